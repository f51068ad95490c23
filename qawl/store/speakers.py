"""Speaker identities across the archive, linked incrementally as articles are written.

A quote's speaker gets the key `qawl.quotes.speaker_key(name)` and an identity kind:
named / title / pronoun speakers are persons; organisation, group and unnamed stay what
they are; anything else is "unknown". An unknown speaker (an empty name, or
`qawl.quotes.UNKNOWN_SPEAKER`) gets no identity: its quotes keep `speaker_id` NULL.

Linking a batch (no all-pairs comparison; only the batch's keys are read):
1. an identity whose key is the speaker's key;
   A person named by a title alone («خادم الحرمين الشريفين») first links to the title's
   holder learned from the archive (`titles.py`), and a name after an honorific («الملك
   سلمان») to the one identity that has the name among its aliases and holds the title;
2. else the one identity of the same kind that has the key among its aliases (its own
   key, the keys of its speakers' other names, and for a person with a full name the
   surname and the name without its family or grandfather's name, «سلمان بن عبدالعزيز ال
   سعود» → «سلمان بن عبدالعزيز»): «بايدن» joins «جو بايدن» only while no other person is
   called بايدن;
3. else a person's full name adopts an earlier surname-only identity when no other
   identity has that surname (the identity keeps its id and counts, and takes the name),
   or the identity of its shorter form (its name without the family name);
4. else a new identity.
An identity of a title alone made before the title had a holder joins the holder once it has one.
`n_quotes` and `n_articles` are kept up to date on every write; identities whose quotes
are all deleted stay (with zero counts) so that ids never change."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Sequence

from sqlalchemy import Connection, bindparam, func, select, text

from .. import quotes as quotes_package
from .titles import speaker_key   # cached
from .rows import ArticleRows
from .schema import quotes, speaker_aliases, speakers
from .sql import chunks, insert_ignoring, insert_many
from .titles import Titles, titles_of

PERSON = "person"
IDENTITY_KIND = {"named": PERSON, "title": PERSON, "pronoun": PERSON,
                 "organisation": "organisation", "group": "group", "unnamed": "unnamed"}
COMPOUND = {"عبد", "ابو", "ابن", "بن", "بنت", "ام", "ذو"}   # first word of a two-word surname
MIN_SURNAME = 3
LINEAGE = {"بن", "بنت", "ال"}   # keys of بن / بنت / آل: a family name or a father's name follows
DOMINANCE, MIN_DOMINANT = 3, 5   # an alias held by several joins the one quoted 3 times more, at least 5 times
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


@dataclass
class Speaker:
    key: str
    name: str
    kind: str
    role: str
    aliases: set[str]          # alias keys (its own key included)
    surname: str | None
    titles: set[str]           # title keys its quote gives it (titles.titles_of)
    shorter: list[str]         # its name without family or grandfather's name

    @classmethod
    def of(cls, row: dict, names: Sequence[str]) -> "Speaker":
        key = speaker_key(row["speaker"])
        kind = IDENTITY_KIND.get(row["speaker_kind"] or "", "unknown")
        person = kind == PERSON
        last = surname(key) if person else None
        shorter = shorter_forms(key) if person else []
        aliases = {key} | {k for k in map(speaker_key, names) if k} | ({last} if last else set()) | set(shorter)
        titles = titles_of(row["speaker"], row["speaker_role"] or "", names) if person else set()
        return cls(key, row["speaker"], kind, row["speaker_role"] or "", aliases, last, titles - {key}, shorter)


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
        self.folded: dict[int, int] = {}     # identity of a title alone -> the title's holder

    def link(self, batch: Sequence[ArticleRows]) -> None:
        """Set `speaker_id` on every quote row of `batch` and add the batch to the counts."""
        wanted = []
        for r in batch:
            for row, names in zip(r.quotes, r.aliases):
                speaker = None if is_unknown(row["speaker"]) else Speaker.of(row, names)
                if speaker and speaker.key:   # a name of punctuation alone has no key
                    wanted.append((row, speaker))
        if not wanted:
            return
        lock(self.conn)
        self._load({k for _, s in wanted for k in (s.key, s.surname, *s.shorter) if k},
                   {k for _, s in wanted for k in (s.key, *(s.titles if self._may_be_titled(s) else ()))})
        batch_titles = {t for _, s in wanted for t in s.titles}
        alone = [s.kind == PERSON and (s.key in batch_titles or self.titles.known(s.key)) for _, s in wanted]
        for k in sorted(range(len(wanted)), key=lambda k: alone[k]):   # the holders of titles first
            row, speaker = wanted[k]
            row["speaker_id"] = self._resolve(speaker, alone[k])
        real = self._create_pending()
        for row in [row for row, _ in wanted] + self.new_aliases:
            row["speaker_id"] = real.get(row["speaker_id"], row["speaker_id"])
        insert_ignoring(self.conn, speaker_aliases, self.new_aliases)
        self.titles.write(real)
        fold(self.conn, {a: real.get(h, h) for a, h in self.folded.items() if a > 0})
        add_counts(self.conn, [row for row, _ in wanted], +1)

    def _load(self, keys: set[str], titles: set[str]) -> None:
        held = self.titles.load(titles)
        for part in chunks(sorted(keys)):
            for row in self.conn.execute(IDENTITY.where(speakers.c.key.in_(part))):
                self._remember(Identity(*row))
            for alias, *identity in self.conn.execute(HOLDERS.where(speaker_aliases.c.alias_key.in_(part))):
                self.holders[alias].add(identity[0])
                if identity[0] not in self.by_id:
                    self._remember(Identity(*identity))
        missing = held - self.by_id.keys()
        for part in chunks(sorted(missing)):
            for row in self.conn.execute(IDENTITY.where(speakers.c.id.in_(part))):
                self._remember(Identity(*row))

    def _remember(self, identity: Identity) -> None:
        self.by_key[identity.key] = self.by_id[identity.id] = identity

    def _resolve(self, speaker: Speaker, title_alone: bool) -> int:
        """The identity of a speaker (see the module docstring); `title_alone`: its name is a title."""
        identity = (title_alone and self._title_holder(speaker)) or self._titled(speaker) \
            or self.by_key.get(speaker.key) or self._only_holder(speaker.key, speaker.kind)
        if identity is None and speaker.surname:
            identity = self._adopt(speaker)
        if identity is None:
            identity = next(filter(None, (self.by_key.get(k) or self._only_holder(k, speaker.kind)
                                          for k in speaker.shorter)), None) or self._create(speaker)
        self._add_aliases(identity.id, speaker.aliases)
        if not title_alone:
            self.titles.record(identity.id, speaker.titles)
        return identity.id

    def _title_holder(self, speaker: Speaker) -> Identity | None:
        """The holder of the title that is the whole of this person's name; an identity of
        the title alone made earlier is folded into it."""
        id = self.titles.holder(speaker.key)
        holder = self.by_id.get(id) if id is not None else None
        alone = self.by_key.get(speaker.key)
        if holder is not None and alone is not None and alone.id != holder.id and alone.kind == PERSON:
            self.folded[alone.id] = holder.id
        return holder

    @staticmethod
    def _may_be_titled(speaker: Speaker) -> bool:
        return speaker.kind == PERSON and bool(speaker.titles) and " " not in speaker.key

    def _titled(self, speaker: Speaker) -> Identity | None:
        """«الملك سلمان»: the one holder of the honorific whose name opens with the name."""
        if not self._may_be_titled(speaker):
            return None
        titled = {i for t in speaker.titles for i in self.titles.holders(t)
                  if i in self.by_id and self.by_id[i].key.split()[0] == speaker.key}
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


def fold(conn: Connection, into: dict[int, int]) -> None:
    """Move the quotes of identities of a title alone to the title's holder, with their counts."""
    for alone, holder in sorted(into.items()):
        conn.execute(quotes.update().where(quotes.c.speaker_id == alone).values(speaker_id=holder))
        n_articles = select(func.count(func.distinct(quotes.c.article_id))).where(quotes.c.speaker_id == holder)
        n_quotes = select(speakers.c.n_quotes).where(speakers.c.id == alone).scalar_subquery()
        conn.execute(speakers.update().where(speakers.c.id == holder)
                     .values(n_quotes=speakers.c.n_quotes + n_quotes, n_articles=n_articles.scalar_subquery()))
        conn.execute(speakers.update().where(speakers.c.id == alone).values(n_quotes=0, n_articles=0))


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
    update = (speakers.update().where(speakers.c.id == bindparam("sid"))
              .values(n_quotes=speakers.c.n_quotes + bindparam("dq"),
                      n_articles=speakers.c.n_articles + bindparam("da")))
    conn.execute(update, [{"sid": i, "dq": sign * n, "da": sign * len(articles[i])}
                          for i, n in sorted(n_quotes.items())])


def unlink(conn: Connection, article_ids: Sequence[str]) -> None:
    """Take the quotes of these articles out of their identities' counts (before deleting them)."""
    lock(conn)
    rows = []
    for part in chunks(list(article_ids)):
        rows += [{"speaker_id": s, "article_id": a} for s, a in conn.execute(
            select(quotes.c.speaker_id, quotes.c.article_id)
            .where(quotes.c.article_id.in_(part), quotes.c.speaker_id.is_not(None)))]
    add_counts(conn, rows, -1)

