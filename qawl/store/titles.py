"""Titles learned from the archive: who holds «خادم الحرمين الشريفين» or «وزير الخارجية الأمريكي».

Every quote of a named person records the titles it gives them (`speaker_titles`: title key,
identity, quotes): the runs that open its role («وزير الخارجية الأمريكي» → وزير، وزير خارجيه،
وزير خارجيه امريكي), the parts of a role around an honorific («خادم الحرمين الشريفين الملك»
→ خادم حرمين شريفين، ملك) and the honorifics before the name («الملك سلمان» → ملك). A speaker
named by a title alone links to the identity that holds `SHARE` of the title's quotes once it
has been seen `MIN_QUOTES` times: «الوزير», given to many ministers, stays unlinked."""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import Iterable

from sqlalchemy import Connection, select
from sqlalchemy.dialects import postgresql, sqlite

from ..quotes import speaker_key as _speaker_key
from ..quotes.speakers import HONORIFICS, key
from .schema import speaker_titles
from .sql import chunks

speaker_key = lru_cache(maxsize=200_000)(_speaker_key)

SHARE = 0.8
MIN_QUOTES = 3
MAX_WORDS = 6


def titles_of(name: str, role: str, aliases: Iterable[str] = ()) -> set[str]:
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
    return found


def _role_titles(role: str) -> set[str]:
    words = speaker_key(role).split()[:MAX_WORDS] if role.strip() else []
    found = {" ".join(words[:n]) for n in range(1, len(words) + 1)}
    cuts = [i for i, w in enumerate(words) if w in HONORIFICS]
    for i in cuts:
        found.add(words[i])
        if i:
            found.add(" ".join(words[:i]))
    return found


class Titles:
    """The title counts of the keys a batch looks up, and the batch's additions to them."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.counts: dict[str, dict[int, int]] = defaultdict(dict)
        self.added: dict[tuple[str, int], int] = defaultdict(int)

    def load(self, keys: Iterable[str]) -> set[int]:
        """Read the counts of these title keys; the identity ids they mention."""
        for part in chunks(sorted(set(keys))):
            for title, id, n in self.conn.execute(
                    select(speaker_titles.c.title_key, speaker_titles.c.speaker_id, speaker_titles.c.n_quotes)
                    .where(speaker_titles.c.title_key.in_(part))):
                self.counts[title][id] = n
        return {id for holders in self.counts.values() for id in holders}

    def known(self, title: str) -> bool:
        return bool(self.counts.get(title))

    def holder(self, title: str) -> int | None:
        """The identity that holds the title, when one holds `SHARE` of it and `MIN_QUOTES` quotes."""
        holders = self.counts.get(title)
        if not holders:
            return None
        top, n = max(holders.items(), key=lambda item: (item[1], -item[0]))
        return top if n >= MIN_QUOTES and n >= SHARE * sum(holders.values()) else None

    def holders(self, title: str) -> set[int]:
        return set(self.counts.get(title, ()))

    def record(self, id: int, titles: Iterable[str]) -> None:
        for title in titles:
            self.counts[title][id] = self.counts[title].get(id, 0) + 1
            self.added[title, id] += 1

    def write(self, real: dict[int, int]) -> None:
        """Add the batch's counts (temporary identity ids mapped to real ones), one upsert."""
        if not self.added:
            return
        dialect = postgresql if self.conn.dialect.name == "postgresql" else sqlite
        insert = dialect.insert(speaker_titles)
        self.conn.execute(insert.on_conflict_do_update(
            index_elements=["title_key", "speaker_id"],
            set_={"n_quotes": speaker_titles.c.n_quotes + insert.excluded.n_quotes}),
            [{"title_key": t, "speaker_id": real.get(id, id), "n_quotes": n}
             for (t, id), n in sorted(self.added.items())])
