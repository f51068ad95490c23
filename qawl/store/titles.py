"""Titles learned from the archive: who holds «خادم الحرمين الشريفين» or «وزير الخارجية الأمريكي».

Every quote of a named person records the titles it gives them, by the article's day
(`speaker_title_days`: title key, identity, day, quotes): the runs that open its role
(«وزير الخارجية الأمريكي» → وزير، وزير خارجيه، وزير خارجيه امريكي), the honorifics that
end it («خادم الحرمين الشريفين الملك» → خادم حرمين شريفين، ملك; not the royal title inside
a body's name, «مدير مطار الملك خالد») and the honorifics before the name («الملك سلمان» →
ملك). Titles change hands, so a speaker named by a title alone links to the identity quoted
with it `DOMINANCE` times as often as all others together (as an alias joins its dominant
holder) within `WINDOW_DAYS` of its article's day (all of them for an undated article), and
at least `MIN_QUOTES` times: «الوزير», given to many ministers, stays unlinked. The database
adds the quotes up per title and returns only the leading holder and the total."""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterable

from sqlalchemy import Connection, func, or_, select, text

from ..quotes import speaker_key as _speaker_key
from ..quotes.speakers import HONORIFICS, key
from .schema import articles, quotes, speaker_title_days, speakers
from .sql import chunks
from .statements import execute_many, upsert

speaker_key = lru_cache(maxsize=200_000)(_speaker_key)

DOMINANCE = 3
MIN_QUOTES = 3
MAX_WORDS = 6
WINDOW_DAYS = 60
UNDATED = ""   # the day recorded for an article without a date


@lru_cache(maxsize=100_000)
def titles_of(name: str, role: str, aliases: tuple[str, ...] = ()) -> frozenset[str]:
    """The title keys a named person's quote gives them (see the module docstring); an alias
    that ends with the name gives the words before it («الرئيس الأمريكي باراك أوباما»)."""
    found = _role_titles(role)
    own = speaker_key(name).split()
    for alias in aliases:
        words = speaker_key(alias).split()
        if len(words) > len(own) and words[-len(own):] == own:
            found |= _role_titles(" ".join(words[:-len(own)]))
    for w in (key(w) for w in name.split()):
        if w not in HONORIFICS:
            break
        found.add(w)
    return frozenset(found)


def _role_titles(role: str) -> set[str]:
    """The runs that open a role and the honorifics that end it, right before the name
    («… الشريفين الملك» → ملك): one inside a body's name is no title of the speaker («المتحدث
    باسم مركز الملك سلمان»، «مدير مطار الملك خالد»)."""
    words = speaker_key(role).split() if role.strip() else []
    found = {" ".join(words[:n]) for n in range(1, min(len(words), MAX_WORDS) + 1)}
    end = len(words)
    while end and words[end - 1] in HONORIFICS:
        end -= 1
        found.add(words[end])
    return found


@lru_cache(maxsize=10_000)
def window(day: str) -> tuple[str, str] | None:
    """The first and last day (ISO) whose quotes decide a title's holder on `day`; None
    (every day) for an undated article or a day that is no date."""
    try:
        d = date.fromisoformat(day)
    except ValueError:
        return None
    span = timedelta(days=WINDOW_DAYS)
    return (d - span).isoformat(), (d + span).isoformat()


def _within(day: str, bounds: tuple[str, str] | None) -> bool:
    return bounds is None or day != UNDATED and bounds[0] <= day <= bounds[1]


class Titles:
    """The titles a batch looks up (leading holder and total per day's window, from the
    database) and the batch's own additions to them."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.stored: dict[tuple[str, str], tuple[int, int, int]] = {}   # (title, day) -> top id, its quotes, all
        self.added: dict[str, dict[tuple[int, str], int]] = defaultdict(lambda: defaultdict(int))

    def load(self, by_day: dict[str, set[str]]) -> set[int]:
        """Read the leading holder of these title keys around each day; their identity ids."""
        t = speaker_title_days.c
        n = func.sum(t.n_quotes)
        for day, keys in sorted(by_day.items()):
            bounds = window(day)
            where = [t.day.between(*bounds)] if bounds else []
            for part in chunks(sorted(keys)):
                ranked = select(t.title_key, t.speaker_id, n.label("n"),
                                func.sum(n).over(partition_by=t.title_key).label("total"),
                                func.row_number().over(partition_by=t.title_key,
                                                       order_by=(n.desc(), t.speaker_id)).label("rank")) \
                    .where(t.title_key.in_(part), *where).group_by(t.title_key, t.speaker_id).subquery()
                for title, id, k, total in self.conn.execute(
                        select(ranked.c.title_key, ranked.c.speaker_id, ranked.c.n, ranked.c.total)
                        .where(ranked.c.rank == 1)):
                    self.stored[title, day] = (id, int(k), int(total))
        return {id for id, _, _ in self.stored.values()}

    def known(self, title: str, day: str) -> bool:
        """The title has a holder around `day` (in the database or in this batch)."""
        return (title, day) in self.stored or any(_within(d, window(day)) for _, d in self.added.get(title, ()))

    def holder(self, title: str, day: str) -> int | None:
        """The identity that holds the title around `day`, when it has `DOMINANCE` times the
        others' quotes with it, and `MIN_QUOTES` (the batch's additions counted with the stored
        leader's quotes)."""
        top, n, total = self.stored.get((title, day), (None, 0, 0))
        bounds = window(day)
        counts: dict[int, int] = defaultdict(int)
        if top is not None:
            counts[top] = n
        for (id, d), k in self.added.get(title, {}).items():
            if _within(d, bounds):
                counts[id] += k
                total += k
        if not counts:
            return None
        best, k = max(counts.items(), key=lambda item: (item[1], -item[0]))
        return best if k >= MIN_QUOTES and k >= DOMINANCE * (total - k) else None

    def named_holders(self, wanted: set[tuple[str, str]]) -> dict[tuple[str, str], set[int]]:
        """(title, first name) -> the identities that ever held the title and whose name
        opens with that first name («ملك», «سلمان» → سلمان بن عبدالعزيز), stored or added."""
        found: dict[tuple[str, str], set[int]] = defaultdict(set)
        t, s = speaker_title_days.c, speakers.c
        for part in chunks(sorted(wanted), 100):
            rows = self.conn.execute(
                select(t.title_key, s.id, s.key).distinct().join_from(speaker_title_days, speakers, s.id == t.speaker_id)
                .where(t.title_key.in_({title for title, _ in part}),
                       or_(*(s.key.startswith(name + " ", autoescape=True) for name in {n for _, n in part}),
                           s.key.in_({name for _, name in part}))))
            for title, id, name_key in rows:
                first = name_key.split()[0]
                if (title, first) in wanted:
                    found[title, first].add(id)
        return found

    def added_holders(self, title: str) -> set[int]:
        return {id for id, _ in self.added.get(title, ())}

    def record(self, id: int, titles: Iterable[str], day: str) -> None:
        for title in titles:
            self.added[title][id, day] += 1

    def write(self, real: dict[int, int]) -> None:
        """Add the batch's counts (temporary identity ids mapped to real ones), one upsert."""
        if not self.added:
            return
        execute_many(self.conn, upsert(self.conn.dialect.name, speaker_title_days, "n_quotes"),
                     [{"title_key": t, "speaker_id": real.get(id, id), "day": d, "n_quotes": n}
                      for t, holders in sorted(self.added.items()) for (id, d), n in sorted(holders.items())])


def fill(conn: Connection) -> None:
    """Learn the title counts by day from the stored quotes of persons (a store of schema
    6 or older kept them without days, in `speaker_titles`, which goes)."""
    from .speakers import Speaker   # speakers imports this module
    learned = Titles(conn)
    q, a = quotes.c, articles.c
    for name, kind, role, id, day in conn.execute(
            select(q.speaker, q.speaker_kind, q.speaker_role, q.speaker_id, a.day)
            .join_from(quotes, articles, a.id == q.article_id).where(q.speaker_id.is_not(None))):
        speaker = Speaker.of({"speaker": name, "speaker_kind": kind, "speaker_role": role}, ())
        learned.record(id, speaker.titles, day or UNDATED)
    learned.write({})
    conn.execute(text("DROP TABLE IF EXISTS speaker_titles"))
