"""The SQLite article store: round trip, no duplicates, persistence, re-parse, threads."""
import sqlite3
import threading

import pytest

from qawl.doc import Article, ArticleMeta, Entity, Quote
from qawl.errors import StoreError
from qawl.pipeline import parse, pipeline_version
from qawl.sentences import split_sentences
from qawl.store import Store

TEXT = "قال الرئيس جو بايدن إن الاقتصاد قوي.\nوأضاف أن المحادثات ستستمر."


def article(text=TEXT, title="اختبار"):
    start = text.index("جو بايدن")
    entity = Entity("جو بايدن", "جو بايدن", "PER", start, start + len("جو بايدن"), 0)
    q = text.index("الاقتصاد قوي")
    quote = Quote(speaker="جو بايدن", speaker_mention="الرئيس جو بايدن", cue="قال", type="indirect",
                  quote="الاقتصاد قوي", start=q, end=q + len("الاقتصاد قوي"), sentence_index=0,
                  speaker_aliases=("بايدن",), rule="test", confidence=0.5)
    return Article(text=text, title=title, sentences=tuple(split_sentences(text)),
                   entities=(entity,), quotes=(quote,))


def test_round_trip_and_no_duplicates(tmp_path):
    store = Store(tmp_path / "qawl.sqlite")
    a = article()
    assert a.id not in store
    assert store.add(a, ArticleMeta(source="a.txt")) is True
    assert store.add(article(title="عنوان آخر"), ArticleMeta(source="b.txt")) is False   # same text
    assert a.id in store and len(store) == 1
    assert store.get(a.id) == a
    listed = store.list()
    assert list(listed.columns) == ["id", "title", "outlet", "date", "url", "author", "origin", "source",
                                    "added_at"]
    assert listed.iloc[0][["id", "title", "source"]].tolist() == [a.id, "اختبار", "a.txt"]


def test_list_is_in_insertion_order_and_survives_a_restart(tmp_path):
    path = tmp_path / "sub" / "qawl.sqlite"
    texts = ["وقال الوزير إن الخطة جاهزة.", "أعلنت الحكومة موازنة جديدة.", "قالت المتحدثة إن الوفد وصل."]
    store = Store(path)
    for i, text in enumerate(texts):
        store.add(article(TEXT + "\n" + text), ArticleMeta(source=f"{i}.txt"))
    reopened = Store(path)
    assert reopened.list()["source"].tolist() == ["0.txt", "1.txt", "2.txt"]
    ids = reopened.list()["id"].tolist()
    assert reopened.get(ids[2]).text.endswith(texts[2])


def test_default_path_comes_from_QAWL_DB(tmp_path, monkeypatch):
    monkeypatch.setenv("QAWL_DB", str(tmp_path / "env.sqlite"))
    store = Store()
    store.add(article())
    assert store.path == tmp_path / "env.sqlite" and (tmp_path / "env.sqlite").exists()


def test_unknown_id_is_a_key_error(tmp_path):
    with pytest.raises(KeyError):
        Store(tmp_path / "db.sqlite").get("0" * 16)


def test_parse_from_an_older_pipeline_is_redone_and_saved(tmp_path):
    path = tmp_path / "db.sqlite"
    store = Store(path)
    stale = Article(text=TEXT, title="قديم", sentences=(), entities=(), quotes=())
    store.add(stale)
    with sqlite3.connect(path) as con:
        con.execute("UPDATE articles SET pipeline_version = 'old'")
    fresh = store.get(stale.id)
    assert fresh == parse(TEXT, "قديم")
    assert len(fresh.sentences) == 2
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT pipeline_version FROM articles").fetchone()[0] == pipeline_version()


def test_ensure_default_stores_the_default_article_once(tmp_path):
    default = tmp_path / "default_article.txt"
    default.write_text(TEXT + "\n", encoding="utf-8")
    store = Store(tmp_path / "db.sqlite")
    id = store.ensure_default(default, title="المقال الافتراضي")
    assert store.ensure_default(default, title="المقال الافتراضي") == id
    assert store.list()[["id", "title", "source"]].values.tolist() == [[id, "المقال الافتراضي", "default"]]
    assert store.get(id).text == TEXT


def test_threads_can_share_a_store(tmp_path):
    store = Store(tmp_path / "db.sqlite")
    errors = []

    def add_many(worker):
        try:
            for i in range(10):
                store.add(article(f"{TEXT}\nقال العامل {worker} الرقم {i}."))
                store.list()
        except Exception as error:  # collected: an exception in a thread would be lost
            errors.append(error)

    threads = [threading.Thread(target=add_many, args=(w,)) for w in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(store) == 40


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"this is not a database file, just some text " * 100)
    with pytest.raises(StoreError, match=f"cannot open the article database {path}"):
        Store(path)
