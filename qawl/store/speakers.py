"""Speaker identities across the archive, linked incrementally as articles are written.

A quote's speaker gets the key `qawl.quotes.speaker_key(name)` and an identity kind:
named / title / pronoun speakers are persons; organisation, group and unnamed stay what
they are; anything else is "unknown". An unknown speaker (an empty name, or
`qawl.quotes.UNKNOWN_SPEAKER`) gets no identity: its quotes keep `speaker_id` NULL.

Linking a batch (no all-pairs comparison; only the batch's keys are read):
1. an identity whose key is the speaker's key;
   A person named by a title alone («خادم الحرمين الشريفين») links to the title's holder
   learned from the archive around the article's day (`titles.py`), else to the identity of
   the title alone: never through an alias or a family name («الكاتب» is no «فهد الكاتب»,
   and a holder gets no title as an alias that would outlast its days); a name
   after an honorific («الملك سلمان») to the one identity whose name opens with the name
   and that holds the title;
2. else the one identity of the same kind that has the key among its aliases (its own
   key, the keys of its speakers' other names, and for a person with a full name the
   surname and the name without its family or grandfather's name, «سلمان بن عبدالعزيز ال
   سعود» → «سلمان بن عبدالعزيز»): «بايدن» joins «جو بايدن» only while no other person is
   called بايدن;
3. else a person's full name adopts an earlier surname-only identity when no other
   identity has that surname (the identity keeps its id and counts, and takes the name),
   or the identity of its shorter form (its name without the family name);
4. else a new identity.
An identity of a title alone made before the title had a holder gives the holder its quotes
of the holder's days once it has one.
A batch reads its speakers' identities by key, the holders of aliases only for the speakers
whose key is no identity's yet, and from the title counts only the leading holder of each.
`n_quotes` and `n_articles` are kept up to date on every write; identities whose quotes
are all deleted stay (with zero counts) so that ids never change."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from sqlalchemy import Connection, bindparam, func, select, text

from .. import quotes as quotes_package
from .titles import speaker_key   # cached
from .rows import ArticleRows
from .schema import articles, quotes, speaker_aliases, speakers
from .sql import chunks, insert_many
from .statements import execute_many, upsert
from .titles import DOMINANCE, UNDATED, Titles, titles_of, window

PERSON = "person"
IDENTITY_KIND = {"named": PERSON, "title": PERSON, "pronoun": PERSON,
                 "organisation": "organisation", "group": "group", "unnamed": "unnamed"}
COMPOUND = {"عبد", "ابو", "ابن", "بن", "بنت", "ام", "ذو"}   # first word of a two-word surname
MIN_SURNAME = 3
LINEAGE = {"بن", "بنت", "ال"}   # keys of بن / بنت / آل: a family name or a father's name follows
MIN_DOMINANT = 5   # an alias held by several joins the one quoted DOMINANCE times more, at least 5 times
PG_LOCK = 7_172_001   # advisory lock: one linker at a time on PostgreSQL


def is_unknown(name: str) -> bool:
    """No speaker: an empty name or the pipeline's explicit unknown-speaker constant."""
    return not name.strip() or name == getattr(quotes_package, "UNKNOWN_SPEAKER", None)


def surname(key: str) -> str | None:
    """The surname key of a person's full-name key (the last word, or the last two after
    عبد / أبو / بن …); None for a one-word name."""
    words = key.split()
    n = 2 if len(words) >= 3 and words[-2] in COMPOUND else 1
    last = " ".join(words[-n:])
    return last if len(words) > n and len(last.replace(" ", "")) >= MIN_SURNAME else None


def shorter_forms(key: str) -> list[str]:
    """A full name without its family name or its grandfather's name, longest first
    («سلمان بن عبدالعزيز ال سعود» → «سلمان بن عبدالعزيز»; «محمد بن سلمان بن عبدالعزيز» →
    «محمد بن سلمان»); never the first name alone."""
    words = key.split()
    return [" ".join(words[:i]) for i in range(len(words) - 1, 2, -1) if words[i] in LINEAGE]


@dataclass(frozen=True)
class Speaker:
    key: str
    name: str
    kind: str
    role: str
    aliases: frozenset[str]    # alias keys (its own key included)
    surname: str | None
    titles: frozenset[str]     # title keys its quote gives it (titles.titles_of)
    shorter: tuple[str, ...]   # its name without family or grandfather's name

    @classmethod
    def of(cls, row: dict, names: Sequence[str]) -> "Speaker":
        return _speaker(row["speaker"], row["speaker_kind"] or "", row["speaker_role"] or "", tuple(names))


@lru_cache(maxsize=100_000)
def _speaker(name: str, kind: str, role: str, names: tuple[str, ...]) -> Speaker:
    key = speaker_key(name)
    kind = IDENTITY_KIND.get(kind, "unknown")
    person = kind == PERSON
    last = surname(key) if person else None
    shorter = tuple(shorter_forms(key)) if person else ()
    aliases = {key} | {k for k in map(speaker_key, names) if k} | ({last} if last else set()) | set(shorter)
    titles = titles_of(name, role, names) if person else frozenset()
    return Speaker(key, name, kind, role, frozenset(aliases), last, titles - {key}, shorter)


@dataclass
class Identity:
    id: int
    key: str
    kind: str
    n_quotes: int = 0


IDENTITY = select(speakers.c.id, speakers.c.key, speakers.c.kind, speakers.c.n_quotes)
HOLDERS = select(speaker_aliases.c.alias_key, speakers.c.id, speakers.c.key, speakers.c.kind, speakers.c.n_quotes) \
    .join(speakers, speakers.c.id == speaker_aliases.c.speaker_id)   # the identities holding an alias


def lock(conn: Connection) -> None:
    """Serialise identity changes between PostgreSQL writers (SQLite writers already are)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_LOCK})


class Linker:
    """Links the quotes of a batch of articles, inside the batch's transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.by_key: dict[str, Identity] = {}
        self.by_id: dict[int, Identity] = {}
        self.holders: dict[str, set[int]] = defaultdict(set)   # alias key -> identity ids
        self.new_aliases: list[dict] = []
        self.pending: dict[int, dict] = {}   # identities to create, under temporary ids < 0
        self.titles = Titles(conn)
        self.named: dict[tuple[str, str], set[int]] = {}   # (honorific, first name) -> its holders so named
        self.folded: dict[tuple[int, str], int] = {}   # (identity of a title alone, day) -> the title's holder

    def link(self, batch: Sequence[ArticleRows]) -> None:
        """Set `speaker_id` on every quote row of `batch` and add the batch to the counts."""
        wanted = []
        for r in batch:
            day = r.article.get("day") or UNDATED
            for row, names in zip(r.quotes, r.aliases):
                speaker = None if is_unknown(row["speaker"]) else Speaker.of(row, names)
                if speaker and speaker.key:   # a name of punctuation alone has no key
                    wanted.append((row, speaker, day))
        if not wanted:
            return
        lock(self.conn)
        self._load(wanted)
        batch_titles = {t for _, s, _ in wanted for t in s.titles}
        alone = [s.kind == PERSON and (s.key in batch_titles or self.titles.known(s.key, day)) for _, s, day in wanted]
        resolved: dict[tuple[Speaker, bool, str], int] = {}   # a speaker is resolved once a day in a batch
        for k in sorted(range(len(wanted)), key=lambda k: alone[k]):   # the holders of titles first
            row, speaker, day = wanted[k]
            id = resolved.get((speaker, alone[k], day))
            if id is None:
                id = resolved[speaker, alone[k], day] = self._resolve(speaker, alone[k], day)
            elif not alone[k]:
                self.titles.record(id, speaker.titles, day)
            row["speaker_id"] = id
        self._fold_earlier_titles({(t, day) for _, s, day in wanted for t in s.titles})
        real = self._create_pending()
        for row in [row for row, _, _ in wanted] + self.new_aliases:
            row["speaker_id"] = real.get(row["speaker_id"], row["speaker_id"])
        execute_many(self.conn, upsert(self.conn.dialect.name, speaker_aliases), self.new_aliases)
        self.titles.write(real)
        fold(self.conn, {(a, day): real.get(h, h) for (a, day), h in self.folded.items() if a > 0})
        add_counts(self.conn, [row for row, _, _ in wanted], +1)

    def _load(self, wanted: list[tuple[dict, Speaker, str]]) -> None:
        """The identities the batch's speakers may join: by key and alias, the leading holders
        of the titles their keys may be, and the holders of their honorifics so named."""
        by_day: dict[str, set[str]] = defaultdict(set)
        for _, s, day in wanted:
            if s.kind == PERSON:
                by_day[day].add(s.key)
        held = self.titles.load(by_day)
        self.named = self.titles.named_holders({(t, s.key) for _, s, _ in wanted if self._may_be_titled(s)
                                                for t in s.titles})
        for part in chunks(sorted({k for _, s, _ in wanted for k in (s.key, *s.titles)})):
            for row in self.conn.execute(IDENTITY.where(speakers.c.key.in_(part))):
                self._remember(Identity(*row))
        # the holders of an alias only matter to a speaker whose key is no identity's yet
        aliases = {k for _, s, _ in wanted if s.key not in self.by_key for k in (s.key, s.surname, *s.shorter) if k}
        for part in chunks(sorted(aliases)):
            for alias, *identity in self.conn.execute(HOLDERS.where(speaker_aliases.c.alias_key.in_(part))):
                self.holders[alias].add(identity[0])
                if identity[0] not in self.by_id:
                    self._remember(Identity(*identity))
        missing = (held | {i for ids in self.named.values() for i in ids}) - self.by_id.keys()
        for part in chunks(sorted(missing)):
            for row in self.conn.execute(IDENTITY.where(speakers.c.id.in_(part))):
                self._remember(Identity(*row))

    def _remember(self, identity: Identity) -> None:
        self.by_key[identity.key] = self.by_id[identity.id] = identity

    def _resolve(self, speaker: Speaker, title_alone: bool, day: str) -> int:
        """The identity of a speaker quoted on `day` (see the module docstring); `title_alone`:
        its name is a title."""
        if title_alone:   # a title is its holder's by day: no alias or family name of anyone's
            return (self._title_holder(speaker, day) or self.by_key.get(speaker.key) or self._create(speaker)).id
        identity = self._titled(speaker) or self.by_key.get(speaker.key) or self._only_holder(speaker.key, speaker.kind)
        if identity is None and speaker.surname:
            identity = self._adopt(speaker)
        if identity is None:
            identity = next(filter(None, (self.by_key.get(k) or self._only_holder(k, speaker.kind)
                                          for k in speaker.shorter)), None) or self._create(speaker)
        self._add_aliases(identity.id, speaker.aliases)
        if not title_alone:
            self.titles.record(identity.id, speaker.titles, day)
        return identity.id

    def _fold_earlier_titles(self, given: set[tuple[str, str]]) -> None:
        """A stored identity of a title alone («خادم الحرمين الشريفين», quoted before the title
        had a holder) gives its quotes of the days around to the holder that this batch's
        titles make one, judged with the stored counts of those days (not the batch's alone)."""
        alone = {k: self.by_key[k] for k, _ in given if k in self.by_key and self.by_key[k].kind == PERSON
                 and self.by_key[k].id > 0 and self.by_key[k].n_quotes}
        unread: dict[str, set[str]] = defaultdict(set)
        for title, day in given:
            if title in alone and (title, day) not in self.titles.stored:
                unread[day].add(title)
        self.titles.load(unread)
        for title, day in sorted(given):
            id = self.titles.holder(title, day) if title in alone else None
            if id is not None and id != alone[title].id:
                self.folded.setdefault((alone[title].id, day), id)

    def _title_holder(self, speaker: Speaker, day: str) -> Identity | None:
        """The holder, around `day`, of the title that is the whole of this person's name; the
        quotes of those days given earlier to an identity of the title alone are folded into it."""
        id = self.titles.holder(speaker.key, day)
        holder = self.by_id.get(id) if id is not None else None
        alone = self.by_key.get(speaker.key)
        if holder is not None and alone is not None and alone.id != holder.id and alone.kind == PERSON \
                and alone.n_quotes:
            self.folded[alone.id, day] = holder.id
        return holder

    @staticmethod
    def _may_be_titled(speaker: Speaker) -> bool:
        return speaker.kind == PERSON and bool(speaker.titles) and " " not in speaker.key

    def _titled(self, speaker: Speaker) -> Identity | None:
        """«الملك سلمان»: the one holder of the honorific whose name opens with the name."""
        if not self._may_be_titled(speaker):
            return None
        titled = {i for t in speaker.titles for i in self.named.get((t, speaker.key), set())
                  | {i for i in self.titles.added_holders(t) if self.by_id[i].key.split()[0] == speaker.key}}
        return self.by_id[titled.pop()] if len(titled) == 1 else None

    def _only_holder(self, alias: str, kind: str) -> Identity | None:
        """The one identity of this kind with the alias, or the one quoted `DOMINANCE` times
        more than all the others together (باراك أوباما, not سارة أوباما, for «أوباما»)."""
        found = sorted((self.by_id[i] for i in self.holders.get(alias, ()) if self.by_id[i].kind == kind),
                       key=lambda i: (-i.n_quotes, i.id))
        if len(found) == 1:
            return found[0]
        rest = sum(i.n_quotes for i in found[1:])
        return found[0] if found and found[0].n_quotes >= max(MIN_DOMINANT, DOMINANCE * rest) else None

    def _adopt(self, speaker: Speaker) -> Identity | None:
        """The surname-only person identity this full name takes over, if unambiguous."""
        holder = self.by_key.get(speaker.surname)
        if holder is None or holder.kind != PERSON or self.holders[speaker.surname] - {holder.id}:
            return None
        if holder.id in self.pending:
            self.pending[holder.id].update(key=speaker.key, name=speaker.name)
        else:
            self.conn.execute(speakers.update().where(speakers.c.id == holder.id)
                              .values(key=speaker.key, name=speaker.name))
        del self.by_key[holder.key]
        holder.key = speaker.key
        self._remember(holder)
        return holder

    def _create(self, speaker: Speaker) -> Identity:
        """A new identity, written by `_create_pending` once the batch is resolved."""
        identity = Identity(-1 - len(self.pending), speaker.key, speaker.kind)
        self.pending[identity.id] = {"key": speaker.key, "name": speaker.name, "kind": speaker.kind,
                                     "role": speaker.role or None, "n_quotes": 0, "n_articles": 0}
        self._remember(identity)
        return identity

    def _create_pending(self) -> dict[int, int]:
        """Insert the new identities in one go; temporary id -> real id."""
        if not self.pending:
            return {}
        insert_many(self.conn, speakers, list(self.pending.values()))
        temporary = {values["key"]: temp for temp, values in self.pending.items()}
        real = {}
        for part in chunks(sorted(temporary)):
            for id, key in self.conn.execute(select(speakers.c.id, speakers.c.key).where(speakers.c.key.in_(part))):
                real[temporary[key]] = id
        return real

    def _add_aliases(self, id: int, keys: Iterable[str]) -> None:
        for k in keys:
            if id not in self.holders[k]:
                self.holders[k].add(id)
                self.new_aliases.append({"alias_key": k, "speaker_id": id})


def fold(conn: Connection, into: dict[tuple[int, str], int]) -> None:
    """Move the quotes that identities of a title alone have in the window of a day
    (`titles.window`; all of them for an undated day) to the title's holder then, and count
    both identities' quotes and articles again."""
    for (alone, day), holder in sorted(into.items()):
        moved = quotes.update().where(quotes.c.speaker_id == alone).values(speaker_id=holder)
        bounds = window(day)
        if bounds is not None:
            moved = moved.where(quotes.c.article_id.in_(select(articles.c.id).where(articles.c.day.between(*bounds))))
        conn.execute(moved)
        for id in (alone, holder):
            mine = quotes.c.speaker_id == id
            conn.execute(speakers.update().where(speakers.c.id == id).values(
                n_quotes=select(func.count()).where(mine).scalar_subquery(),
                n_articles=select(func.count(func.distinct(quotes.c.article_id))).where(mine).scalar_subquery()))


def add_counts(conn: Connection, rows: Iterable[dict], sign: int) -> None:
    """Add (sign +1) or remove (-1) these quote rows in their identities' counts."""
    n_quotes: dict[int, int] = defaultdict(int)
    articles: dict[int, set[str]] = defaultdict(set)
    for row in rows:
        if row["speaker_id"] is not None:
            n_quotes[row["speaker_id"]] += 1
            articles[row["speaker_id"]].add(row["article_id"])
    if not n_quotes:
        return
    execute_many(conn, ADD_COUNTS, [{"sid": i, "dq": sign * n, "da": sign * len(articles[i])}
                                    for i, n in sorted(n_quotes.items())])


ADD_COUNTS = (speakers.update().where(speakers.c.id == bindparam("sid"))
              .values(n_quotes=speakers.c.n_quotes + bindparam("dq"), n_articles=speakers.c.n_articles + bindparam("da")))


def unlink(conn: Connection, article_ids: Sequence[str]) -> None:
    """Take the quotes of these articles out of their identities' counts (before deleting them)."""
    lock(conn)
    rows = []
    for part in chunks(list(article_ids)):
        rows += [{"speaker_id": s, "article_id": a} for s, a in conn.execute(
            select(quotes.c.speaker_id, quotes.c.article_id)
            .where(quotes.c.article_id.in_(part), quotes.c.speaker_id.is_not(None)))]
    add_counts(conn, rows, -1)

