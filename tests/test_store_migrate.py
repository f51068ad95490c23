"""A store written before the archive (schema 1: one `articles` table with the parse as
JSON) is upgraded in place: every article kept, metadata columns added, derived rows built
from the stored parse, and an interrupted upgrade resumes at the next open."""
import json
import sqlite3

from sqlalchemy import create_engine, inspect, text as sql
from store_backends import article, store_url  # noqa: F401  (the fixture)

from qawl.pipeline import pipeline_version
from qawl.store import Store
from qawl.store.database import database, forget, resolve_url
from qawl.store.schema import SCHEMA_VERSION

SCHEMA_1 = """CREATE TABLE articles (id TEXT PRIMARY KEY, title TEXT, source TEXT NOT NULL, text TEXT NOT NULL,
    parse_json TEXT NOT NULL, pipeline_version TEXT NOT NULL, added_at TEXT NOT NULL)"""
TEXTS = {"default": "قال الرئيس جو بايدن إن الاقتصاد قوي.", "pasted": "وقال بايدن إن المحادثات ستستمر.",
         "a.txt": "أعلنت الحكومة موازنة جديدة للمدارس."}


def old_store(path, version=None):
    """A schema-1 database holding the three TEXTS, as the old store wrote them."""
    parsed = {source: article(t, speakers=(("جو بايدن", "named", ()),)) for source, t in TEXTS.items()}
    with sqlite3.connect(path) as con:
        con.execute(SCHEMA_1)
        for i, (source, a) in enumerate(parsed.items()):
            con.execute("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (a.id, a.title, source, a.text, json.dumps(a.to_json(), ensure_ascii=False),
                         version or pipeline_version(), f"2025-01-0{i + 1}T10:00:00+00:00"))
    con.close()
    return parsed


def counts(store):
    with store.connect() as conn:
        return [conn.execute(sql(f"SELECT count(*) FROM {t}")).scalar()
                for t in ("articles", "mentions", "quotes", "sentences", "schema_version")]


def test_an_old_store_is_upgraded_in_place(tmp_path):
    path = tmp_path / "qawl.sqlite"
    parsed = old_store(path)
    store = Store(path)
    assert store.list()[["source", "origin"]].values.tolist() == \
        [["default", "default"], ["pasted", "paste"], ["a.txt", "file"]]
    assert all(store.get(a.id) == a for a in parsed.values())
    assert counts(store) == [3, 0, 3, 3, 1]
    with store.connect() as conn:
        assert conn.execute(sql("SELECT version FROM schema_version")).scalar() == SCHEMA_VERSION
        assert conn.execute(sql("SELECT n_quotes, n_articles FROM speakers")).all() == [(3, 3)]
    assert [a for a, *_ in store.search("الموازنة")] == [parsed["a.txt"].id]


def test_an_interrupted_upgrade_resumes_at_the_next_open(tmp_path):
    path = tmp_path / "qawl.sqlite"
    old_store(path, version="old")
    assert database(path).needs_rebuild   # columns added, derived rows not built yet
    forget(path)
    store = Store(path)
    assert counts(store) == [3, 0, 3, 3, 1]
    forget(path)
    assert not database(path).needs_rebuild
    assert Store(path).reparse_stale() == 3   # parses made by another version are redone on demand


def test_a_store_of_schema_7_drops_the_index_of_words_by_word(store_url):  # noqa: F811
    Store(store_url).add_many([(article(TEXTS["a.txt"]), None)])
    forget(store_url)
    engine = create_engine(resolve_url(store_url))
    with engine.begin() as conn:
        words = conn.execute(sql("SELECT key, count FROM article_words ORDER BY key")).all()
        conn.execute(sql("CREATE INDEX ix_article_words_key ON article_words (key)"))
        conn.execute(sql("UPDATE schema_version SET version = 7"))
    engine.dispose()
    store = Store(store_url)
    with store.connect() as conn:
        assert "ix_article_words_key" not in {ix["name"] for ix in inspect(conn).get_indexes("article_words")}
        assert conn.execute(sql("SELECT version FROM schema_version")).scalar() == SCHEMA_VERSION
        assert conn.execute(sql("SELECT key, count FROM article_words ORDER BY key")).all() == words != []
