"""The store's backends for tests: `store_url` runs a test on SQLite and on PostgreSQL.

PostgreSQL comes from $QAWL_TEST_PG (e.g. postgresql+psycopg://qawl:qawl@127.0.0.1:5432/qawl_test;
.ci/run starts a server and sets it). Every test gets an empty database: the store's tables
are dropped first. Without the variable the PostgreSQL half skips, except in CI (CI=true),
where it fails. Use it with `from store_backends import store_url` (pytest finds the fixture),
and `article(...)` builds small hand-made parses."""
from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine

from qawl.doc import Article, Entity, Quote
from qawl.sentences import split_sentences
from qawl.store import schema
from qawl.store.database import forget, resolve_url

PG_URL = os.environ.get("QAWL_TEST_PG", "")


def empty_postgres() -> str:
    """$QAWL_TEST_PG with none of the store's tables (skip or fail when it is not set)."""
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("CI runs the store tests on PostgreSQL: set QAWL_TEST_PG (.ci/run does)")
        pytest.skip("no PostgreSQL server configured: set QAWL_TEST_PG=postgresql+psycopg://…")
    forget(PG_URL)
    engine = create_engine(resolve_url(PG_URL))
    with engine.begin() as conn:
        schema.drop(conn)
    engine.dispose()
    return PG_URL


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """A URL of an empty store on each backend."""
    url = str(tmp_path / "qawl.sqlite") if request.param == "sqlite" else empty_postgres()
    yield url
    forget(url)


def article(text: str, title: str | None = "اختبار",
            speakers: tuple[tuple[str, str, tuple[str, ...]], ...] = (),
            entities: tuple[tuple[str, str], ...] = ()) -> Article:
    """A parse of `text` made by hand: one quote per (speaker, kind, aliases), each spanning
    the first sentence, and one entity per (surface text, label) at its first occurrence."""
    sentences = tuple(split_sentences(text))
    first = sentences[0]
    quotes = tuple(Quote(speaker=name, speaker_mention=name, cue="قال", type="indirect",
                         quote=text[first.start:first.end], start=first.start, end=first.end,
                         sentence_index=0, speaker_kind=kind, speaker_aliases=aliases, rule="test",
                         confidence=0.5)
                   for name, kind, aliases in speakers)
    found = []
    for surface, label in entities:
        start = text.index(surface)
        index = next(s.index for s in sentences if s.start <= start < s.end)
        found.append(Entity(surface, surface, label, start, start + len(surface), index))
    return Article(text=text, title=title, sentences=sentences, entities=tuple(found), quotes=quotes)
