"""Exports with corrections applied: quotes and entities as CSV / JSON with article metadata,
gold-format files per article, and the `qawl export` command."""
import csv
import io
import json

from store_backends import store_url  # noqa: F401  (pytest fixture)
from test_store_corrections import TEXT, first, span

from qawl.cli import main
from qawl.corrections import reject_quote, set_label, set_speaker
from qawl.doc import ArticleMeta
from qawl.export import QUOTE_COLUMNS, entity_rows, gold_document, quote_rows, write_csv, write_gold
from qawl.store import Store

META = ArticleMeta(title="عنوان الخبر", outlet="عكاظ", date="2015-08-02", url="https://example.org/1",
                   origin="file", source="okaz_1.txt")


def corrected_store(url):
    store, a = Store(url), first()
    store.add(a, META)
    store.correct(set_speaker(a.id, *span(TEXT, "الخطة جاهزة"), "سامي الخطيب"))
    store.correct(reject_quote(a.id, *span(TEXT, "التنفيذ يبدأ غدا")))
    store.correct(set_label(a.id, *span(TEXT, "القاهرة"), "LOC"))
    return store, a


def test_quote_and_entity_rows_carry_the_article_and_the_corrections(store_url):
    store, a = corrected_store(store_url)
    quotes = list(quote_rows(store))
    assert [(q["speaker"], q["speaker_identity"], q["quote"]) for q in quotes] == \
        [("سامي الخطيب", "سامي الخطيب", "الخطة جاهزة")]
    assert {k: quotes[0][k] for k in ("article_id", "title", "outlet", "date", "url")} == \
        {"article_id": a.id, "title": "عنوان الخبر", "outlet": "عكاظ", "date": "2015-08-02",
         "url": "https://example.org/1"}
    assert [(e["text"], e["label"]) for e in entity_rows(store, [a.id])] == \
        [("خالد سالم", "PER"), ("القاهرة", "LOC"), ("مصر", "LOC")]
    out = io.StringIO()
    assert write_csv(quotes, QUOTE_COLUMNS, out) == 1
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["speaker"] == "سامي الخطيب" and row["start"] == str(span(TEXT, "الخطة جاهزة")[0])


def test_gold_document_is_the_samples_format_with_offsets_counts_and_forms(store_url):
    store, a = corrected_store(store_url)
    gold = gold_document(store.get(a.id), store.meta(a.id))
    assert (gold["id"], gold["outlet"], gold["url"], gold["text"]) == (a.id, "عكاظ", "https://example.org/1", TEXT)
    [q] = gold["quotes"]
    assert TEXT[q["char_start"]:q["char_end"]] == q["quote"] == "الخطة جاهزة"
    assert (q["speaker"], q["corrected"], q["sentence_index"]) == ("سامي الخطيب", True, 0)
    assert gold["entities"][1] == {"text": "القاهرة", "label": "LOC", "count": 1, "variants": [],
                                   "surface_forms": {"القاهرة": 1}, "corrected": True}
    assert "corrected" not in gold["entities"][0]


def test_qawl_export_writes_csv_json_and_one_gold_file_per_article(store_url, tmp_path, capsys):
    store, a = corrected_store(store_url)
    db = ["--db", store_url]
    assert main(["export", *db, "--format", "json", "--table", "entities"]) == 0
    assert [e["label"] for e in json.loads(capsys.readouterr().out)] == ["PER", "LOC", "LOC"]
    assert main(["export", *db, "--format", "csv", "--out", str(tmp_path / "q.csv")]) == 0
    assert next(csv.DictReader(open(tmp_path / "q.csv", encoding="utf-8")))["outlet"] == "عكاظ"
    assert main(["export", *db, "--format", "gold", "--names", "source", "--out", str(tmp_path / "gold")]) == 0
    written = json.loads((tmp_path / "gold" / "okaz_1.json").read_text(encoding="utf-8"))
    assert [q["speaker"] for q in written["quotes"]] == ["سامي الخطيب"]
    assert [p.name for p in write_gold(store, tmp_path / "ids")] == [f"{a.id}.json"]


def test_qawl_export_reports_a_missing_folder_and_an_unwritable_file(store_url, tmp_path, capsys):
    corrected_store(store_url)
    assert main(["export", "--db", store_url, "--format", "gold"]) == 2
    assert "needs --out DIR" in capsys.readouterr().err
    assert main(["export", "--db", store_url, "--out", str(tmp_path / "no" / "such" / "q.csv")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("qawl: cannot write") and "Traceback" not in err
