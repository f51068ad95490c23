"""Full-text search over sentences, the same semantics on both backends: the query is
normalised like the indexed text (`rows.norm_words`), so بايدن finds وبايدن and لبايدن,
and its words must appear in that order (a phrase)."""
from __future__ import annotations

from sqlalchemy import Connection, TextClause, text

from .rows import norm_words

SQLITE = text("""
SELECT s.article_id, s.idx, s.start, s."end" FROM sentences_fts
JOIN sentences s ON s.rowid = sentences_fts.rowid
WHERE sentences_fts MATCH :q ORDER BY s.article_id, s.idx LIMIT :n""")
POSTGRES = text("""
SELECT article_id, idx, start, "end" FROM sentences
WHERE to_tsvector('simple', norm) @@ phraseto_tsquery('simple', :q)
ORDER BY article_id, idx LIMIT :n""")


def match_query(query: str, dialect: str) -> str | None:
    """The query as the backend's full-text syntax expects it; None when it has no words."""
    norm = norm_words(query)
    if not norm:
        return None
    return f'"{norm}"' if dialect == "sqlite" else norm


def sentence_query(dialect: str) -> TextClause:
    """SQL with parameters :q (from `match_query`) and :n, giving article_id, idx, start, end."""
    return SQLITE if dialect == "sqlite" else POSTGRES


def search_sentences(conn: Connection, query: str, limit: int = 100) -> list[tuple[str, int, int, int]]:
    """(article_id, sentence index, start, end) of sentences containing the query."""
    q = match_query(query, conn.dialect.name)
    if q is None:
        return []
    return [tuple(r) for r in conn.execute(sentence_query(conn.dialect.name), {"q": q, "n": limit})]
