"""The article store on both backends: round trip, metadata, no duplicates, batches,
derived tables, re-parse, delete and rename, search, threads."""
import threading

import pytest
from sqlalchemy import text as sql
from store_backends import article, store_url  # noqa: F401  (pytest fixture)

from qawl.doc import ArticleMeta
from qawl.pipeline import parse, pipeline_version
from qawl.store import Store
from qawl.store.database import forget

TEXT = "قال الرئيس جو بايدن إن الاقتصاد قوي.\nوأضاف أن المحادثات ستستمر."
META = ArticleMeta(title="عنوان", outlet="رويترز", date="2021-12-07T10:30:00+00:00",
                   url="https://example.org/a", author="كاتب", origin="import", source="day.json#3")


def rows(store, query, **params):
    with store.connect() as conn:
        return conn.execute(sql(query), params).all()


def biden(text=TEXT, title="اختبار"):
    return article(text, title, speakers=(("جو بايدن", "named", ("بايدن",)),),
                   entities=(("جو بايدن", "PER"), ("الاقتصاد", "MISC")))


def test_round_trip_with_metadata_and_no_duplicates(store_url):
    store = Store(store_url)
    a = biden(title="عنوان")
    assert a.id not in store and len(store) == 0
    assert store.add(a, META) is True
    assert store.add(biden(title="آخر"), ArticleMeta(source="b.txt")) is False   # same text
    assert a.id in store and len(store) == 1
    assert store.get(a.id) == a
    assert store.meta(a.id) == META
    listed = store.list()
    assert list(listed.columns) == ["id", "title", "outlet", "date", "url", "author", "origin", "source",
                                    "added_at"]
    assert listed.iloc[0][["id", "title", "outlet", "source"]].tolist() == [a.id, "عنوان", "رويترز", "day.json#3"]
    assert rows(store, "SELECT day, n_words, n_entities, n_quotes FROM articles") == [("2021-12-07", 11, 2, 1)]


def test_add_many_stores_each_text_once_and_writes_the_derived_rows(store_url):
    store = Store(store_url)
    first, second = biden(), biden(TEXT + "\nوقال بايدن إن الحرب انتهت.")
    assert store.add(first) is True
    pairs = [(first, None), (second, ArticleMeta(source="2.txt")), (second, ArticleMeta(source="again"))]
    assert store.add_many(pairs, batch_size=2) == [False, True, False]
    assert store.existing_ids([first.id, second.id, "0" * 16]) == {first.id, second.id}
    assert rows(store, "SELECT article_id, count(*) FROM mentions GROUP BY article_id ORDER BY 1") == \
        sorted([(first.id, 2), (second.id, 2)])
    assert rows(store, "SELECT entity_key, label FROM mentions WHERE text = 'جو بايدن' LIMIT 1") == \
        [("جو بايدن", "PER")]
    assert rows(store, "SELECT count(*) FROM sentences WHERE article_id = :id", id=second.id) == [(3,)]
    assert rows(store, "SELECT norm FROM sentences WHERE article_id = :id AND idx = 2", id=second.id) == \
        [("قال بايدن ان حرب انتهت",)]
    words = dict(rows(store, "SELECT key, count FROM article_words WHERE article_id = :id", id=second.id))
    assert words["بايدن"] == 2 and words["اقتصاد"] == 1 and "قال" not in words and "ان" not in words


def test_list_is_in_insertion_order_and_survives_a_restart(store_url):
    texts = ["وقال الوزير إن الخطة جاهزة.", "أعلنت الحكومة موازنة جديدة.", "قالت المتحدثة إن الوفد وصل."]
    store = Store(store_url)
    store.add(biden(TEXT + "\n" + texts[0]), ArticleMeta(source="0.txt"))
    store.add_many((biden(TEXT + "\n" + t), ArticleMeta(source=f"{i}.txt")) for i, t in enumerate(texts[1:], 1))
    forget(store_url)
    reopened = Store(store_url)
    assert reopened.list()["source"].tolist() == ["0.txt", "1.txt", "2.txt"]
    assert reopened.get(reopened.list()["id"][2]).text.endswith(texts[2])


def test_default_path_comes_from_QAWL_DB(tmp_path, monkeypatch):
    monkeypatch.setenv("QAWL_DB", str(tmp_path / "env.sqlite"))
    store = Store()
    store.add(biden())
    assert store.path == tmp_path / "env.sqlite" and (tmp_path / "env.sqlite").exists()
    forget()


def test_unknown_id_is_a_key_error(store_url):
    store = Store(store_url)
    with pytest.raises(KeyError):
        store.get("0" * 16)
    with pytest.raises(KeyError):
        store.meta("0" * 16)


def test_a_parse_from_an_older_pipeline_is_redone_with_its_derived_rows(store_url):
    store = Store(store_url)
    stale = article(TEXT, "قديم")   # no entities, no quotes: what an old pipeline found
    store.add(stale)
    rows(store, "SELECT 1")
    with store.db.engine.begin() as conn:
        conn.execute(sql("UPDATE articles SET pipeline_version = 'old'"))
    fresh = store.get(stale.id)
    assert fresh == parse(TEXT, "قديم") and fresh.quotes
    assert rows(store, "SELECT pipeline_version, n_quotes FROM articles") == [(pipeline_version(), len(fresh.quotes))]
    assert rows(store, "SELECT count(*) FROM mentions") == [(len(fresh.entities),)]
    assert rows(store, "SELECT sum(n_quotes) FROM speakers") == [(len(fresh.quotes),)]
    assert store.get(stale.id) == fresh


def test_reparse_stale_brings_the_whole_archive_up_to_date(store_url):
    store = Store(store_url)
    texts = [TEXT, TEXT + "\nقال الوزير إن الخطة جاهزة.", TEXT + "\nأعلنت الحكومة موازنة جديدة."]
    store.add_many((article(t), None) for t in texts)
    with store.db.engine.begin() as conn:
        conn.execute(sql("UPDATE articles SET pipeline_version = 'old' WHERE id <> :id"), {"id": article(TEXT).id})
    seen = []
    assert store.reparse_stale(batch=1, progress=lambda done, total: seen.append((done, total))) == 2
    assert seen == [(1, 2), (2, 2)]
    assert rows(store, "SELECT count(*) FROM articles WHERE pipeline_version = :v", v=pipeline_version()) == [(3,)]
    assert rows(store, "SELECT count(*) FROM quotes") == \
        [(sum(len(parse(t).quotes) for t in texts[1:]),)]   # the third article kept its own parse
    assert store.reparse_stale() == 0


def test_delete_removes_one_article_and_its_rows_only(store_url):
    store = Store(store_url)
    keep, gone = biden(), biden(TEXT + "\nوقال بايدن إن الحرب انتهت.")
    store.add_many([(keep, None), (gone, None)])
    assert rows(store, "SELECT n_quotes, n_articles FROM speakers") == [(2, 2)]
    assert store.delete(gone.id) is True and store.delete(gone.id) is False
    assert gone.id not in store and keep.id in store and store.get(keep.id) == keep
    for table in ("mentions", "quotes", "sentences", "article_words"):
        assert rows(store, f"SELECT DISTINCT article_id FROM {table}") == [(keep.id,)]
    assert rows(store, "SELECT n_quotes, n_articles FROM speakers") == [(1, 1)]
    assert rows(store, "SELECT count(*) FROM sentences WHERE norm LIKE '%حرب%'") == [(0,)]
    assert store.search("الحرب") == []


def test_rename_changes_the_title_only(store_url):
    store = Store(store_url)
    a = biden()
    store.add(a, META)
    assert store.rename(a.id, "عنوان جديد") is True and store.rename("0" * 16, "x") is False
    assert store.meta(a.id).title == "عنوان جديد" and store.get(a.id).title == "عنوان جديد"
    assert store.meta(a.id).outlet == "رويترز"


def test_search_matches_normalised_clitic_free_words(store_url):
    store = Store(store_url)
    texts = ["التقى الوزير وبايدن في المدرسة.", "قالت الوزارة لبايدن إنّ أحمد سيحضر.",
             "بايدن جو في البيت الأبيض.", "قال جو بايدن إن الخطة جاهزة."]
    ids = [a.id for a in (article(t) for t in texts)]
    store.add_many((article(t), None) for t in texts)
    found = lambda query: sorted(ids.index(a) for a, *_ in store.search(query))  # noqa: E731
    assert found("بايدن") == [0, 1, 2, 3]
    assert found("وبايدن") == [0, 1, 2, 3]
    assert found("جو بايدن") == [3]                 # a phrase: the words in this order
    assert found("مدرسه") == [0] == found("المدرسة")  # ta marbuta, article
    assert found("احمد") == [1] == found("أَحمد")     # alef forms, diacritics
    assert found("واشنطن") == [] and found("؟!") == []
    assert (ids[0], 0, 0, len(texts[0])) in store.search("بايدن")


def test_ensure_default_stores_the_default_article_once(tmp_path, store_url):
    default = tmp_path / "default_article.txt"
    default.write_text(TEXT + "\n", encoding="utf-8")
    store = Store(store_url)
    id = store.ensure_default(default, title="المقال الافتراضي")
    assert store.ensure_default(default, title="المقال الافتراضي") == id
    assert store.list()[["id", "title", "origin"]].values.tolist() == [[id, "المقال الافتراضي", "default"]]
    assert store.get(id).text == TEXT


def test_threads_can_share_a_store(store_url):
    store = Store(store_url)
    errors = []

    def add_some(worker):
        try:
            for i in range(10):
                store.add(biden(f"{TEXT}\nقال العامل {worker} الرقم {i}."))
                store.list()
        except Exception as error:  # collected: an exception in a thread would be lost
            errors.append(error)

    threads = [threading.Thread(target=add_some, args=(w,)) for w in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(store) == 40
    assert rows(store, "SELECT n_quotes, n_articles FROM speakers") == [(40, 40)]


def test_a_batch_is_one_transaction(store_url, monkeypatch):
    store = Store(store_url)
    from qawl.store import writes

    def fail(conn, table, rows):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(writes, "insert_many", fail)
    with pytest.raises(RuntimeError):
        store.add_many([(biden(), None), (biden(TEXT + "\nوقال بايدن إن الحرب انتهت."), None)])
    monkeypatch.undo()
    assert len(store) == 0 and rows(store, "SELECT count(*) FROM speakers") == [(0,)]
    assert store.add(biden()) is True


def test_a_run_of_letters_without_spaces_is_stored_but_neither_indexed_nor_counted(store_url):
    store = Store(store_url)
    run = "بايدن" * 2000
    a = article(f"قال الوزير إن {run} جاهزة.")
    assert store.add(a) is True
    assert [id for id, *_ in store.search("الوزير")] == [a.id] and store.search(run[:5]) == []
    assert rows(store, "SELECT max(length(key)) FROM article_words") == [(len("جاهزه"),)]
    assert rows(store, "SELECT norm FROM sentences") == [("قال وزير ان جاهزه",)]
    assert rows(store, "SELECT n_words FROM articles") == [(5,)]
