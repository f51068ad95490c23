"""The Store's correction methods: make a correction, undo one, list them, read the edit log.

Making or undoing a correction is one transaction: the correction row, the derived rows
of every article it touches rebuilt from the machine's parse with the corrections applied
(so charts, searches and speaker identities show the corrected data), and an edit_log row
with what was shown before and after. Speaker identity corrections also keep the identity
table right: a rename gives the identity its new name and key (same id), a split gives the
split name an identity of its own; undoing either puts the identity back."""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from sqlalchemy import Connection, delete, select

if TYPE_CHECKING:   # pandas only where a DataFrame is returned: `qawl ingest` never loads it
    import pandas as pd

from ..corrections import RENAME_SPEAKER, SPLIT_SPEAKER, Correction, CorrectionError, apply
from ..doc import Article
from ..quotes import speaker_key
from .corrections import at_span, from_row, load, log, machine_parses, to_row
from .schema import corrections, edit_log, quotes, speaker_aliases, speakers
from .sql import chunks
from .writes import rederive

LOG_COLUMNS = ["at", "author", "action", "kind", "article_id", "correction_id", "correction", "before", "after"]


class Editing:
    """Mixed into `Store` (which provides `db` and `read_only`)."""

    def corrected(self, article: Article) -> Article:
        """`article` (a machine parse) with the stored corrections applied."""
        return apply(article, self.corrections(article.id)).article

    def corrections(self, article_id: str | None = None) -> list[Correction]:
        """The corrections of an article and the archive-wide ones, in the order made;
        every correction when `article_id` is None."""
        def work(conn: Connection) -> list[Correction]:
            if article_id is None:
                return [from_row(r) for r in conn.execute(select(corrections).order_by(corrections.c.id))]
            found = load(conn, [article_id])
            return sorted(found[""] + found[article_id], key=lambda c: c.id)
        return self.db.run(work, write=False, action="read")

    def identity_names(self, speaker_id: int) -> list[str]:
        """The names a speaker identity goes by: its own, then its quotes' speakers."""
        def work(conn: Connection) -> list[str]:
            own = conn.execute(select(speakers.c.name).where(speakers.c.id == speaker_id)).scalar()
            names = conn.execute(select(quotes.c.speaker).distinct().where(quotes.c.speaker_id == speaker_id))
            return list(dict.fromkeys([n for n in [own, *(r[0] for r in names)] if n]))
        return self.db.run(work, write=False, action="read")

    def identities(self, limit: int = 1000) -> pd.DataFrame:
        """Speaker identities that have quotes, most quoted first: id, name, kind, n_quotes, n_articles."""
        c = speakers.c
        query = (select(c.id, c.name, c.kind, c.n_quotes, c.n_articles).where(c.n_quotes > 0)
                 .order_by(c.n_quotes.desc(), c.name).limit(limit))
        rows = self.db.run(lambda conn: conn.execute(query).all(), write=False, action="read")
        import pandas as pd

        return pd.DataFrame(rows, columns=["id", "name", "kind", "n_quotes", "n_articles"])

    def unmatched(self, machine: Article) -> list[Correction]:
        """The article's corrections that match nothing in this parse of it (kept, reported)."""
        return list(apply(machine, self.corrections(machine.id)).unmatched)

    def correct(self, correction: Correction, author: str = "") -> Correction:
        """Store a correction and show it everywhere; returns it with its id. A correction
        that matches nothing in the article is refused (CorrectionError)."""
        def work(conn: Connection) -> Correction:
            if correction.is_identity:
                return _correct_identity(conn, correction, author)
            return _correct_article(conn, correction, author)
        return self.db.run(work, write=True)

    def undo(self, correction_id: int, author: str = "") -> bool:
        """Delete a correction (the edit log keeps it); False when there is no such one."""
        def work(conn: Connection) -> bool:
            row = conn.execute(select(corrections).where(corrections.c.id == correction_id)).first()
            if row is None:
                return False
            c = from_row(row)
            before, was = _shown(conn, c), set(touched(conn, c))
            conn.execute(delete(corrections).where(corrections.c.id == c.id))
            if c.is_identity:
                _restore_identity(conn, c)
            rederive(conn, machine_parses(conn, sorted(was | set(touched(conn, c)))))
            log(conn, "undo", c, author, before, _shown(conn, c))
            return True
        return self.db.run(work, write=True)

    def edit_log(self, article_id: str | None = None, limit: int = 200) -> pd.DataFrame:
        """The latest edits first (of one article and the archive-wide ones, or all)."""
        query = select(*(edit_log.c[name] for name in LOG_COLUMNS)).order_by(edit_log.c.id.desc()).limit(limit)
        if article_id is not None:
            query = query.where(edit_log.c.article_id.in_([article_id, ""]))
        rows = self.db.run(lambda conn: conn.execute(query).all(), write=False, action="read")
        import pandas as pd

        return pd.DataFrame(rows, columns=LOG_COLUMNS)


def _correct_article(conn: Connection, c: Correction, author: str) -> Correction:
    parsed = machine_parses(conn, [c.article_id])
    if not parsed:
        raise CorrectionError("that article is not stored")
    found = load(conn, [c.article_id])
    before = at_span(apply(parsed[0], found[""] + found[c.article_id]).article, c)
    c = _insert(conn, c, author)
    if c in apply(parsed[0], found[""] + found[c.article_id] + [c]).unmatched:
        raise CorrectionError("there is no quote or entity at those words any more")
    rederive(conn, parsed)
    log(conn, "correct", c, author, before, _shown(conn, c))
    return c


def _correct_identity(conn: Connection, c: Correction, author: str) -> Correction:
    before = _identities(conn, _keys(c))
    if c.kind == RENAME_SPEAKER and before:
        c = _with(c, identity=before[0])
        _set_identity(conn, before[0]["id"], speaker_key(c.data["name"]), c.data["name"])
    elif c.kind == SPLIT_SPEAKER and not any(i["key"] == c.data["key"] for i in before):
        kind = before[0]["kind"] if before else "person"
        created = conn.execute(speakers.insert().values(key=c.data["key"], name=c.data["name"], kind=kind,
                                                        n_quotes=0, n_articles=0).returning(speakers.c.id)).scalar_one()
        c = _with(c, identity={"id": created})
    ids = touched(conn, c)
    c = _insert(conn, c, author)
    rederive(conn, machine_parses(conn, ids))
    log(conn, "correct", c, author, before, _shown(conn, c))
    return c


def _restore_identity(conn: Connection, c: Correction) -> None:
    """Undo what a rename or split did to the identity table."""
    was = c.data.get("identity")
    if not was:
        return
    if c.kind == RENAME_SPEAKER:
        _set_identity(conn, was["id"], was["key"], was["name"])
    elif c.kind == SPLIT_SPEAKER:
        conn.execute(delete(speaker_aliases).where(speaker_aliases.c.speaker_id == was["id"]))
        conn.execute(delete(speakers).where(speakers.c.id == was["id"]))


def _set_identity(conn: Connection, id: int, key: str, name: str) -> None:
    """Rename an identity, and re-key it unless another identity has that key."""
    taken = conn.execute(select(speakers.c.id).where(speakers.c.key == key, speakers.c.id != id)).first()
    values = {"name": name} if taken else {"name": name, "key": key}
    conn.execute(speakers.update().where(speakers.c.id == id).values(**values))


def _insert(conn: Connection, c: Correction, author: str) -> Correction:
    row = to_row(c, author)
    id = conn.execute(corrections.insert().values(**row).returning(corrections.c.id)).scalar_one()
    return Correction(c.kind, c.article_id, c.start, c.end, c.data, id=id, author=author,
                      created_at=row["created_at"])


def _with(c: Correction, **data) -> Correction:
    return Correction(c.kind, c.article_id, c.start, c.end, {**c.data, **data})


def _keys(c: Correction, target: bool = False) -> list[str]:
    """The speaker keys an identity correction names (with `target`, also the key of the
    name it gives them)."""
    if c.kind == SPLIT_SPEAKER:
        return [c.data["key"]]
    return list(c.data["keys"]) + ([speaker_key(c.data["name"])] if target else [])


def _identities(conn: Connection, keys: Sequence[str]) -> list[dict]:
    """The identities called by, or holding as an alias, one of these speaker keys."""
    held = select(speaker_aliases.c.speaker_id).where(speaker_aliases.c.alias_key.in_(keys))
    rows = conn.execute(select(speakers.c.id, speakers.c.key, speakers.c.name, speakers.c.kind)
                        .where((speakers.c.key.in_(keys)) | speakers.c.id.in_(held)).order_by(speakers.c.id))
    return [dict(r._mapping) for r in rows]


def touched(conn: Connection, c: Correction) -> list[str]:
    """Ids of the stored articles a correction can change."""
    if not c.is_identity:
        return [c.article_id]
    ids = [i["id"] for i in _identities(conn, _keys(c, target=True))]
    found: set[str] = set()
    for part in chunks(ids):
        found.update(r[0] for r in conn.execute(select(quotes.c.article_id).distinct()
                                                .where(quotes.c.speaker_id.in_(part))))
    return sorted(found)


def _shown(conn: Connection, c: Correction):
    """What the correction's target looks like now (for the edit log)."""
    if c.is_identity:
        return _identities(conn, _keys(c, target=True))
    parsed = machine_parses(conn, [c.article_id])
    if not parsed:
        return None
    found = load(conn, [c.article_id])
    return at_span(apply(parsed[0], found[""] + found[c.article_id]).article, c)

