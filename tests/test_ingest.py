"""Reading files into documents, and batches into the store, on small files written here."""
import argparse
import io

import docx
import pytest

from qawl import store_cli
from qawl.ingest import (MAX_BYTES, IngestError, ingest_files, ingest_text, read_document,
                         read_path)
from qawl.store import Store

TEXT = "قال الرئيس جو بايدن إن «الوضع خطير».\nوأضاف أن المحادثات ستستمر."
OTHER = "وقالت الوزيرة إن الاتفاق سيوقع غدا في القاهرة."
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"


def docx_bytes(paragraphs, heading=None):
    document = docx.Document()
    if heading:
        document.add_heading(heading, level=1)
    for p in paragraphs:
        document.add_paragraph(p)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    TEXT.encode("utf-8-sig"),
    TEXT.encode("utf-16"),                       # with a byte-order mark
    b"\xfe\xff" + TEXT.encode("utf-16-be"),
    TEXT.encode("cp1256"),
], ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-be", "windows-1256"])
def test_txt_encodings_are_detected(data):
    document = read_document("article.txt", data)
    assert document.text == TEXT
    assert document.title is None and document.name == "article.txt"


def test_crlf_and_nul_are_normalised_and_the_rest_kept_verbatim():
    data = ("\r\n  " + TEXT.replace("\n", "\r\n") + "\x00 \r\n").encode("utf-8")
    assert read_document("a.txt", data).text == TEXT


def test_read_path_reads_a_windows_1256_file(tmp_path):
    path = tmp_path / "خبر.txt"
    path.write_bytes(OTHER.encode("cp1256"))
    document = read_path(path)
    assert (document.name, document.text) == ("خبر.txt", OTHER)


PAGE = """<!doctype html><html><head><meta charset="windows-1256">
<title>بايدن يحذر | موقع الأخبار</title>
<script>var s = "قال الرئيس كلاما في السكربت";</script><style>p { color: red }</style></head>
<body><header><nav><ul><li>الرئيسية</li><li>رياضة</li></ul></nav></header>
<div class="ad"><p>إعلان</p></div>
<article><h1>بايدن   يحذر بوتين</h1>
<p>قال الرئيس <b>جو بايدن</b>، إن «الوضع خطير».</p>
<p>وأضاف أن المحادثات ستستمر.</p>
<aside><p>اقرأ أيضا خبرا آخر</p></aside><form><p>اشترك في النشرة</p></form></article>
<footer><p>جميع الحقوق محفوظة</p></footer><script>alert("x")</script></body></html>"""


def test_html_keeps_the_article_paragraphs_and_drops_page_furniture():
    document = read_document("page.html", PAGE.encode("cp1256"))
    assert document.title == "بايدن يحذر بوتين"
    assert document.text == "قال الرئيس جو بايدن، إن «الوضع خطير».\nوأضاف أن المحادثات ستستمر."


def test_html_metadata_and_an_arabic_byline_date():
    """trafilatura reads the title, site name and author; the date it guesses from an
    Arabic byline (the first of January) is replaced by the byline's own date."""
    page = ("<html><head><meta charset='utf-8'><title>اتفاق في القاهرة | صحيفة المساء</title>"
            "<meta property='og:site_name' content='صحيفة المساء'></head><body>"
            "<nav><a href='/'>الرئيسية</a> <a href='/w'>العالم</a></nav><article>"
            "<h1>اتفاق في القاهرة</h1><p class='byline'>كتب: سامي علي — ٢١ يوليو ٢٠١٥</p>"
            f"<p>{OTHER}</p><p>وأضافت أن الوفود ستصل الليلة من عواصم عدة.</p></article></body></html>")
    document = read_document("page.html", page.encode("utf-8"))
    meta = document.meta
    assert (meta.title, meta.outlet, meta.date, meta.origin) == (
        "اتفاق في القاهرة", "صحيفة المساء", "2015-07-21", "upload")
    assert "سامي علي" in meta.author
    assert document.text.endswith(OTHER + "\nوأضافت أن الوفود ستصل الليلة من عواصم عدة.")
    assert "الرئيسية" not in document.text


def test_html_date_from_page_metadata_is_kept():
    page = ("<html><head><meta property='article:published_time' content='2019-03-04T10:00:00+03:00'>"
            f"<title>خبر</title></head><body><article><p>{OTHER}</p><p>{TEXT}</p></article></body></html>")
    assert read_document("p.html", page.encode("utf-8")).meta.date.startswith("2019-03-04")


def test_txt_headline_becomes_the_title():
    document = read_document("a.txt", f"بايدن يحذر بوتين\n{TEXT}".encode("utf-8"))
    assert (document.title, document.text) == ("بايدن يحذر بوتين", TEXT)
    assert read_document("b.txt", TEXT.encode("utf-8")).title is None


def test_docx_paragraphs_and_heading_title():
    data = docx_bytes(["قال الرئيس جو بايدن إن «الوضع خطير».", "", "وأضاف أن المحادثات ستستمر."],
                      heading="بايدن يحذر")
    document = read_document("a.docx", data)
    assert document.title == "بايدن يحذر"
    assert document.text == TEXT


def test_docx_without_heading_has_no_title():
    document = read_document("a.docx", docx_bytes([OTHER]))
    assert (document.title, document.text) == (None, OTHER)


BAD_INPUT = [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b" \r\n\t \n", "empty"),
    ("blank16.txt", "  \n ".encode("utf-16"), "empty"),
    ("image.txt", PNG, "PNG image"),
    ("noise.txt", bytes(range(256)) * 8, "binary"),
    ("damaged.txt", TEXT.encode("utf-8")[:-3] + b"\xff" + TEXT.encode("utf-8"),
     "not valid in any supported encoding"),                 # not misread as Windows-1256
    ("utf16-no-bom.txt", TEXT.encode("utf-16-le"), "binary"),
    ("french.txt", "Le président a déclaré à la télé que c'était grave.".encode("latin-1"),
     "not valid in any supported encoding"),
    ("english.txt", b"The president said the situation is serious.", "no Arabic"),
    ("huge.txt", "ا".encode("utf-8") * (MAX_BYTES // 2 + 1), "5 MB"),
    ("scripts.html", b"<html><head><script>var a = 1;</script></head><body>"
                     b"<script>document.write('\xd9\x82\xd8\xa7\xd9\x84')</script><style>b{}</style></body></html>",
     "no article text"),
    ("broken.docx", docx_bytes([OTHER])[:3000], "not a readable .docx"),
    ("notzip.docx", TEXT.encode("utf-8"), "not a readable .docx"),
    ("slides.pdf", b"%PDF-1.4", "unsupported file type '.pdf'; supported: .txt, .html, .htm, .docx"),
    ("huge.html", b"<html><body><p>" + "ا".encode("utf-8") * (MAX_BYTES // 2 + 1), "5 MB"),
]


@pytest.mark.parametrize("name,data,problem", BAD_INPUT, ids=[b[0] for b in BAD_INPUT])
def test_bad_input_gets_a_message_naming_file_and_problem(name, data, problem):
    with pytest.raises(IngestError) as caught:
        read_document(name, data)
    assert str(caught.value).startswith(f"{name}: ")
    assert problem in str(caught.value)


def test_read_path_errors_name_the_path(tmp_path):
    with pytest.raises(IngestError, match="no such file"):
        read_path(tmp_path / "missing.txt")
    with pytest.raises(IngestError, match="is a folder"):
        read_path(tmp_path)
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * (MAX_BYTES + 1))
    with pytest.raises(IngestError, match=r"big\.txt: the file is larger than the 5 MB limit"):
        read_path(big)


def test_a_bad_file_in_a_batch_does_not_stop_the_others(tmp_path):
    store = Store(tmp_path / "db.sqlite")
    first = ingest_files([("one.txt", TEXT.encode("utf-8"))], store)
    assert [r.status for r in first] == ["stored"]
    results = ingest_files([("image.txt", PNG), ("page.html", PAGE.encode("cp1256")),
                            ("two.txt", OTHER.encode("cp1256")), ("one-again.txt", TEXT.encode("utf-16"))],
                           store)
    by_name = {r.source: r for r in results}
    assert {(r.source, r.status) for r in results} == {
        ("image.txt", "failed"), ("page.html", "stored"), ("two.txt", "stored"),
        ("one-again.txt", "skipped")}
    assert "PNG image" in by_name["image.txt"].message and by_name["image.txt"].article_id is None
    assert "already stored" in by_name["one-again.txt"].message
    assert by_name["one-again.txt"].article_id == first[0].article_id
    assert sorted(store.list()["source"]) == ["one.txt", "page.html", "two.txt"]
    assert store.get(by_name["page.html"].article_id).title == "بايدن يحذر بوتين"
    assert store.meta(by_name["page.html"].article_id).origin == "upload"
    assert store.get(first[0].article_id).text == TEXT


def test_ingest_paths(tmp_path):
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(OTHER, encoding="utf-8")
    bad.write_bytes(b"")
    store = Store(tmp_path / "db.sqlite")
    failed, ok = ingest_files([good, str(bad)], store)   # failures are known first
    assert ok.ok and ok.source == "good.txt" and store.list()["source"].tolist() == ["good.txt"]
    assert store.meta(ok.article_id).origin == "file"
    assert not failed.ok and failed.message == "bad.txt: empty (nothing but whitespace)"


def test_pasted_text_gets_the_same_checks(tmp_path):
    store = Store(tmp_path / "db.sqlite")
    result = ingest_text(" " + OTHER + "\r\n", store, title="اتفاق")
    assert result.ok and result.status == "stored"
    article = store.get(result.article_id)
    assert (article.text, article.title) == (OTHER, "اتفاق")
    assert store.meta(result.article_id).origin == "paste"
    assert ingest_text(OTHER, store).status == "skipped"
    assert ingest_text("   ", store).message == "pasted text: empty (nothing but whitespace)"
    assert "no Arabic" in ingest_text("only English here", store).message
    assert len(store) == 1


def run_cli(argv):
    parser = argparse.ArgumentParser(prog="qawl")
    store_cli.add_subcommands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


def test_cli_ingest_reports_each_file_and_fails_when_one_fails(tmp_path, capsys):
    good, bad = tmp_path / "good.txt", tmp_path / "photo.txt"
    good.write_bytes(TEXT.encode("utf-16"))
    bad.write_bytes(PNG)
    db = tmp_path / "db.sqlite"
    assert run_cli(["ingest", str(good), str(bad), "--db", str(db), "--workers", "0"]) == 1
    out, err = capsys.readouterr()
    assert out.startswith("good.txt: stored (")
    assert "photo.txt: this is a PNG image, not a text document" in err
    assert "1 stored, 0 skipped, 1 failed" in err
    assert "Traceback" not in err
    assert run_cli(["ingest", str(good), "--db", str(db), "--workers", "0"]) == 0
    assert capsys.readouterr().out.startswith("good.txt: already stored (")
    assert len(Store(db)) == 1


def test_analysis_or_save_failures_are_reported_and_lose_nothing(tmp_path, monkeypatch):
    import sqlite3

    import qawl.pipeline

    store = Store(tmp_path / "db.sqlite")
    kept = ingest_text(TEXT, store).article_id
    real_parse = qawl.pipeline.parse

    def parse(text, title=None):
        if "انهيار" in text:
            raise RuntimeError("simulated pipeline bug")
        return real_parse(text, title)

    monkeypatch.setattr(qawl.pipeline, "parse", parse)
    with sqlite3.connect(store.path) as con:   # the database itself refuses one row
        con.execute("CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN NEW.text LIKE '%رفض%' "
                    "BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END")
    results = ingest_files([("crash.txt", "قال المحلل إن انهيار السوق وشيك.".encode()),
                            ("refused.txt", "قال المحلل إن رفض الخطة متوقع.".encode()),
                            ("fine.txt", OTHER.encode())], store)   # one write batch
    assert sorted(r.message.split(" (")[0] for r in results) == [
        "crash.txt: could not be analysed", "fine.txt: stored", "refused.txt: could not be saved"]
    assert store.list()["id"].tolist() == [kept, results[-1].article_id]
    assert store.get(kept).text == TEXT


def test_html_paragraphs_wrapped_one_per_div_are_all_kept():
    paragraphs = ["قال الرئيس جو بايدن إن الوضع خطير جدا في المنطقة.",
                  "وأضاف أن المحادثات مع الجانب الروسي ستستمر الأسبوع المقبل.",
                  "وقالت المتحدثة باسم البيت الأبيض إن الاجتماع سيكون عبر الفيديو."]
    page = ("<html><body><div class='links'><p>الرئيسية</p><p>العالم</p><p>اقتصاد</p></div>"
            "<main>" + "".join(f"<div class='block'><p>{p}</p></div>" for p in paragraphs)
            + "</main><div><p>جميع الحقوق محفوظة للموقع.</p></div></body></html>")
    assert read_document("blocks.html", page.encode("utf-8")).text == "\n".join(paragraphs)
