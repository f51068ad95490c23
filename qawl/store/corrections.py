"""Corrections in the store: reading and writing the `corrections` and `edit_log` rows, and
the parse as corrected, which is what every derived row (mentions, quotes, speaker
identities, counts) is built from. `parse_json` keeps the machine's parse."""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import asdict
from datetime import datetime, timezone
from typing import Sequence

from sqlalchemy import Connection, or_, select

from ..corrections import Correction, apply, speaker_names
from ..doc import Article
from ..quotes import speaker_key
from .rows import ArticleRows, article_from_json, counts, derived_rows
from .schema import articles, corrections, edit_log
from .sql import chunks


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def from_row(row) -> Correction:
    return Correction(row.kind, row.article_id, row.start, row.end, json.loads(row.data),
                      id=row.id, author=row.author or "", created_at=row.created_at)


def to_row(c: Correction, author: str) -> dict:
    return {"article_id": c.article_id, "kind": c.kind, "start": c.start, "end": c.end,
            "data": json.dumps(dict(c.data), ensure_ascii=False), "author": author, "created_at": now()}


def load(conn: Connection, article_ids: Sequence[str]) -> dict[str, list[Correction]]:
    """article id -> its corrections in the order made; key "" holds the archive-wide ones."""
    found: dict[str, list[Correction]] = defaultdict(list)
    wanted = list(dict.fromkeys(article_ids))
    for part in chunks(wanted) if wanted else [[]]:
        query = (select(corrections).where(or_(corrections.c.article_id.in_(part), corrections.c.article_id == ""))
                 .order_by(corrections.c.id))
        for row in conn.execute(query):
            if row.id not in {c.id for c in found[row.article_id]}:
                found[row.article_id].append(from_row(row))
    return found


def corrected(conn: Connection, parsed: Sequence[Article]) -> list[Article]:
    """The articles with their stored corrections applied."""
    found = load(conn, [a.id for a in parsed])
    if not any(found.values()):
        return list(parsed)
    return [apply(a, found[""] + found[a.id]).article for a in parsed]


def with_corrections(conn: Connection, batch: Sequence[ArticleRows]) -> list[ArticleRows]:
    """New articles' rows (inserted already), rebuilt from the corrected parse for those a
    stored correction touches (made before under the same text, or an archive-wide speaker
    correction); their counts in `articles` are updated."""
    found = load(conn, [r.id for r in batch])
    names = speaker_names(found[""])
    out = []
    for r in batch:
        if found[r.id] or (names and any(speaker_key(q["speaker"]) in names for q in r.quotes)):
            article = article_from_json(r.article["text"], r.article["parse_json"], r.article["title"])
            shown = apply(article, found[""] + found[r.id]).article
            conn.execute(articles.update().where(articles.c.id == r.id).values(**counts(shown, r.article["n_words"])))
            r = ArticleRows(r.article, *derived_rows(shown))
        out.append(r)
    return out


def machine_parses(conn: Connection, ids: Sequence[str]) -> list[Article]:
    """The stored parses (as the machine made them) of these articles."""
    parsed = []
    for part in chunks(list(ids)):
        rows = conn.execute(select(articles.c.id, articles.c.title, articles.c.text, articles.c.parse_json)
                            .where(articles.c.id.in_(part)).order_by(articles.c.id))
        parsed += [article_from_json(r.text, r.parse_json, r.title) for r in rows]
    return parsed


def log(conn: Connection, action: str, c: Correction, author: str, before, after) -> None:
    """One edit_log row; `before` and `after` are JSON-able (None: nothing there)."""
    conn.execute(edit_log.insert().values(
        at=now(), author=author, action=action, correction_id=c.id, article_id=c.article_id, kind=c.kind,
        correction=json.dumps(dict(c.data), ensure_ascii=False),
        before=json.dumps(before, ensure_ascii=False), after=json.dumps(after, ensure_ascii=False)))


def at_span(article: Article, c: Correction) -> dict | None:
    """What an article-level correction changes, as shown: the quote or mention at its span."""
    from ..corrections import ENTITY_KINDS, find_span
    spans = article.entities if c.kind in ENTITY_KINDS else article.quotes
    i = find_span(spans, c.start, c.end)
    if i is None:
        return None
    found = asdict(spans[i])
    found.pop("speaker_aliases", None)
    return found
