"""Writing articles and their derived rows inside a transaction: one executemany per table
for a whole batch, speaker identities linked on the way."""
from __future__ import annotations

from typing import Sequence

from sqlalchemy import Connection, select

from ..doc import Article
from .corrections import corrected, with_corrections
from .entity_aliases import add_aliases
from .rows import ArticleRows, counts, derived_rows, parse_json, text_words
from .schema import DERIVED, article_words, articles, mentions, quotes, sentences
from .speakers import Linker, unlink
from .sql import chunks, insert_many, insert_new

TABLE_ROWS = ((mentions, "mentions"), (quotes, "quotes"), (sentences, "sentences"), (article_words, "words"))


def write_new(conn: Connection, batch: Sequence[ArticleRows]) -> set[str]:
    """Insert the articles not stored yet, with their derived rows; the ids inserted."""
    first = sorted({r.id: r for r in reversed(batch)}.values(), key=lambda r: r.id)   # each id once, in
    # one order for every writer, so two PostgreSQL writers of the same texts cannot deadlock
    inserted = insert_new(conn, articles, [r.article for r in first])
    write_derived(conn, with_corrections(conn, [r for r in first if r.id in inserted]))
    return inserted


def write_derived(conn: Connection, batch: Sequence[ArticleRows]) -> None:
    Linker(conn).link(batch)
    add_aliases(conn, (row for r in batch for row in r.mentions))
    for table, name in TABLE_ROWS:
        insert_many(conn, table, [row for r in batch for row in getattr(r, name)])


def delete_derived(conn: Connection, ids: Sequence[str]) -> None:
    """Remove the derived rows of these articles (and their quotes from speaker counts)."""
    unlink(conn, ids)
    for table in DERIVED:
        for part in chunks(list(ids)):
            conn.execute(table.delete().where(table.c.article_id.in_(part)))


def replace_parse(conn: Connection, parsed: Sequence[Article], version: str) -> None:
    """Store a new parse of articles already stored: parse_json (the machine's), counts
    and derived rows (of the parse with its corrections)."""
    for article in parsed:
        conn.execute(articles.update().where(articles.c.id == article.id).values(
            parse_json=parse_json(article), pipeline_version=version))
    rederive(conn, parsed)


def rederive(conn: Connection, parsed: Sequence[Article]) -> None:
    """Rebuild the counts and derived rows of stored articles from their parse with the
    stored corrections applied (after a new parse, or a correction made or undone)."""
    delete_derived(conn, [a.id for a in parsed])
    batch = []
    for article in corrected(conn, parsed):
        found = text_words(article.text)
        conn.execute(articles.update().where(articles.c.id == article.id).values(**counts(article, len(found))))
        batch.append(ArticleRows({"id": article.id}, *derived_rows(article, found)))
    write_derived(conn, batch)


def lock_versions(conn: Connection, ids: Sequence[str]) -> dict[str, str]:
    """id -> pipeline_version of these stored articles, their rows locked until commit
    (PostgreSQL; SQLite's writer already holds the database)."""
    found = {}
    for part in chunks(list(ids)):
        q = select(articles.c.id, articles.c.pipeline_version).where(articles.c.id.in_(part)).with_for_update()
        found.update(dict(conn.execute(q).all()))
    return found
