"""Archives read record by record: JSON arrays and lines, CSV, TREC-style files, ZIP and
folders; each record with its metadata, each bad record reported with its position."""
import json
import zipfile

import pytest

from qawl.errors import IngestError
from qawl.ingest.dates import find_arabic_date, iso_date
from qawl.ingest.reader import split_headline
from qawl.ingest.sources import Meter, input_size, iter_path, iter_upload
from zips import zip_bytes

ONE = "قال الوزير إن الاتفاق سيوقع غدا في القاهرة."
TWO = "وأعلنت الشركة أنها ستفتتح مصنعا جديدا في جدة."
THREE = "وقال المتحدث إن الوفد سيصل مساء الأحد."
RECORD = {"source": "okaz", "url": "http://example.com/1", "date_extracted": "2015-07-21 02:51:32",
          "title": "اتفاق في القاهرة", "author": "القاهرة: كاتب", "content": ONE}


def split(items):
    items = list(items)
    return ([i for i in items if not isinstance(i, IngestError)],
            [str(i) for i in items if isinstance(i, IngestError)])


@pytest.mark.parametrize("value,expected", [
    ("2015-07-21 02:51:32", "2015-07-21T02:51:32"),
    ("2015-07-21", "2015-07-21"),
    ("Sun, 18 Feb 2018 20:50:44 GMT", "2018-02-18T20:50:44+00:00"),
    ("Thu, 14 Jun 2018 22:36:50 +0400", "2018-06-14T22:36:50+04:00"),
    ("21 يوليو 2015", "2015-07-21"),
    ("٢١ تموز ٢٠١٥", "2015-07-21"),
    ("3 كانون الثاني 2016", "2016-01-03"),
    ("نشر في 1 تشرين الأول، 2017", "2017-10-01"),
    ("21/07/2015", "2015-07-21"),
    ("2015-02-30", None), ("30 فبراير 2015", None), ("", None), (None, None), ("قريبا", None),
])
def test_dates_become_iso_8601(value, expected):
    assert iso_date(value) == expected


def test_the_first_valid_arabic_date_in_a_byline_is_found():
    assert find_arabic_date("كتب: علي — 31 سبتمبر 2015 ثم ٥ أيار ٢٠١٦ مساء") == "2016-05-05"
    assert find_arabic_date("في 2015 كان العام") is None


@pytest.mark.parametrize("text,title", [
    (f"اتفاق في القاهرة\n{ONE}", "اتفاق في القاهرة"),
    (f"اتفاق في القاهرة\n\n{ONE}\n{TWO}", "اتفاق في القاهرة"),
    (f"{ONE}\n{TWO}", None),                          # a sentence, not a headline
    ("قال الوزير:\n" + ONE, None),                     # introduces what follows
    ("اتفاق في القاهرة", None),                        # nothing follows
    (("كلمة " * 40).strip() + "\n" + ONE, None),      # too long for a headline
    (f"صحيفة الغد – القاهرة\n{ONE}", None),            # a byline: outlet – place
    (f"سامي علي ـ صحيفة الغد\n{ONE}", None),           # reporter ـ outlet
    (f"القاهرة 3 مايو (وكالة النجم) -\n{ONE}", None),   # a dateline ending in a dash
    (f"وزير سابق - الاتفاق خطوة أولى نحو السلام الدائم\n{ONE}", "وزير سابق - الاتفاق خطوة أولى نحو السلام الدائم"),
    (f"مباراة الهلال-النصر\n{ONE}", "مباراة الهلال-النصر"),    # a hyphen inside the headline
    (f"تصريح لـ «الغد» عن الاتفاق\n{ONE}", "تصريح لـ «الغد» عن الاتفاق"),   # the tatweel of لـ
])
def test_txt_first_line_is_the_title_when_it_looks_like_a_headline(text, title):
    found, rest = split_headline(text)
    assert found == title
    assert rest.strip() == (text.partition("\n")[2].strip() if title else text)


def test_json_array_records_carry_their_metadata(tmp_path):
    path = tmp_path / "day.json"
    path.write_text(json.dumps([RECORD, {"text": TWO, "published": "21 يوليو 2015",
                                         "outlet": "الرياض"}], ensure_ascii=False), encoding="utf-8")
    (first, second), errors = split(iter_path(path))
    assert errors == []
    assert first.text == ONE
    meta = first.meta
    assert (meta.title, meta.outlet, meta.date, meta.url, meta.author, meta.origin, meta.source) == (
        "اتفاق في القاهرة", "okaz", "2015-07-21T02:51:32", "http://example.com/1",
        "القاهرة: كاتب", "import", "day.json#1")
    assert (second.text, second.meta.outlet, second.meta.date, second.meta.title) == (
        TWO, "الرياض", "2015-07-21", None)


def test_json_array_is_streamed_not_loaded(tmp_path):
    """A large array is read in small pieces: the reader has consumed only part of the
    file when the first record comes out."""
    path = tmp_path / "big.json"
    path.write_text(json.dumps([{"content": ONE, "pad": "x" * 1000}] * 3000), encoding="utf-8")
    meter = Meter()
    items = iter_path(path, meter)
    next(items)
    assert 0 < meter.done < path.stat().st_size / 10
    assert len(list(items)) == 2999 and meter.done == path.stat().st_size


def test_malformed_json_array_keeps_the_records_before_and_names_the_position(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps([RECORD, RECORD | {"content": TWO}])[:-1] + ', {"content": }]',
                    encoding="utf-8")
    documents, errors = split(iter_path(path))
    assert [d.text for d in documents] == [ONE, TWO]
    assert len(errors) == 1 and errors[0].startswith("bad.json#3: malformed JSON")


def test_json_lines_bad_lines_are_reported_and_the_others_go_in(tmp_path):
    lines = [json.dumps({"content": ONE}), "{not json", json.dumps([1, 2]),
             json.dumps({"title": "بلا نص"}), "", json.dumps({"body": TWO}, ensure_ascii=False)]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    documents, errors = split(iter_path(path))
    assert [d.text for d in documents] == [ONE, TWO]
    assert [d.meta.source for d in documents] == ["feed.jsonl:1", "feed.jsonl:6"]
    assert errors[0].startswith("feed.jsonl:2: malformed JSON line")
    assert errors[1].startswith("feed.jsonl:3: expected an object")
    assert errors[2].startswith("feed.jsonl:4: no article text")


def test_an_article_over_the_limit_is_skipped_alone(tmp_path, monkeypatch):
    monkeypatch.setattr("qawl.ingest.archives.MAX_BYTES", 2000)
    monkeypatch.setattr("qawl.ingest.reader.MAX_BYTES", 2000)
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps({"content": t}) for t in (ONE, "ا" * 3000, TWO)),
                    encoding="utf-8")
    documents, errors = split(iter_path(path))
    assert [d.text for d in documents] == [ONE, TWO]
    assert len(errors) == 1 and errors[0].startswith("feed.jsonl:2:") and "limit" in errors[0]


def test_csv_with_a_header_and_a_row_without_text(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text('Title,Body,Date,Publisher\n"اتفاق, في القاهرة",' f'"{ONE}\n{TWO}",2015-07-21,عكاظ\n'
                    "بلا نص,,2015-07-22,عكاظ\n" f"خبر,{THREE},,\n", encoding="utf-8-sig")
    documents, errors = split(iter_path(path))
    assert [(d.text, d.meta.title, d.meta.date, d.meta.outlet) for d in documents] == [
        (f"{ONE}\n{TWO}", "اتفاق, في القاهرة", "2015-07-21", "عكاظ"), (THREE, "خبر", None, None)]
    assert errors == ["news.csv:4: empty (nothing but whitespace)"]


def test_csv_without_a_text_column_is_refused_whole(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(f"title,date\nخبر,{ONE}\n", encoding="utf-8")
    documents, errors = split(iter_path(path))
    assert documents == [] and len(errors) == 1
    assert errors[0].startswith("list.csv: no text column in the CSV header")


TREC = """<DOC>
<DOCNO>X-1</DOCNO>
<URL>https://example.com/a</URL>
<SRC>alarabia</SRC>
<CAT>politics</CAT>
<TITLE>اتفاق في القاهرة</TITLE>
<TIME>Sun, 18 Feb 2018 20:50:44 GMT</TIME>
<AUTHOR>دبي - مراسل</AUTHOR>
<ABSTRACT>
{one}
</ABSTRACT>
<TEXT>
{one}
{two}
</TEXT>
</DOC>
<DOC><TITLE>بلا نص</TITLE></DOC>
<DOC><TITLE>ثالث</TITLE><TEXT>{three}</TEXT></DOC>
"""


def test_trec_documents_with_title_outlet_date(tmp_path):
    path = tmp_path / "AL-1.txt"
    path.write_text(TREC.format(one=ONE, two=TWO, three=THREE), encoding="utf-8")
    documents, errors = split(iter_path(path))
    first, third = documents
    assert first.text == f"{ONE}\n{TWO}"
    assert (first.meta.title, first.meta.outlet, first.meta.date, first.meta.url, first.meta.author,
            first.meta.source) == ("اتفاق في القاهرة", "alarabia", "2018-02-18T20:50:44+00:00",
                                   "https://example.com/a", "دبي - مراسل", "AL-1.txt#1")
    assert (third.text, third.meta.source) == (THREE, "AL-1.txt#3")
    assert errors == ["AL-1.txt#2: no <TEXT> in this <DOC>"]


def test_zip_entries_are_read_one_by_one_and_a_binary_entry_is_reported(tmp_path):
    data = zip_bytes({
        "day.json": json.dumps([RECORD]),
        "notes/one.txt": f"عنوان الخبر\n{TWO}".encode(),
        "photo.png": b"\x89PNG\r\n\x1a\n" + bytes(200),
        "photo.txt": b"\x89PNG\r\n\x1a\n" + bytes(200),
        "__MACOSX/._day.json": b"\x00\x05",
        "inner.zip": zip_bytes({"a.txt": ONE.encode()}),
    })
    documents, errors = split(iter_upload("batch.zip", data))
    assert [(d.text, d.meta.title, d.meta.source, d.meta.origin) for d in documents] == [
        (ONE, "اتفاق في القاهرة", "batch.zip:day.json#1", "import"),
        (TWO, "عنوان الخبر", "one.txt", "upload")]
    assert errors[0].startswith("batch.zip:photo.png: unsupported file type '.png'")
    assert errors[1] == "batch.zip:photo.txt: this is a PNG image, not a text document"
    assert errors[2].startswith("batch.zip:inner.zip: archives inside archives")
    path = tmp_path / "batch.zip"
    path.write_bytes(data)
    assert input_size([path]) == sum(i.file_size for i in zipfile.ZipFile(path).infolist())


def test_a_damaged_zip_is_reported(tmp_path):
    path = tmp_path / "broken.zip"
    path.write_bytes(zip_bytes({"a.json": json.dumps([RECORD])})[:40])
    documents, errors = split(iter_path(path))
    assert documents == [] and errors[0].startswith("broken.zip: not a readable ZIP archive")


def test_folders_are_walked_in_order_and_name_positions_from_the_folder(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "b").mkdir(parents=True)
    (folder / "a.txt").write_text(ONE, encoding="utf-8")
    (folder / "b" / "c.jsonl").write_text(json.dumps({"content": TWO}), encoding="utf-8")
    (folder / ".hidden.txt").write_text(THREE, encoding="utf-8")
    (folder / "b" / "d.pdf").write_bytes(b"%PDF-1.4")
    documents, errors = split(iter_path(folder))
    assert [(d.text, d.meta.source) for d in documents] == [(ONE, "a.txt"), (TWO, "corpus/b/c.jsonl:1")]
    assert errors == ["corpus/b/d.pdf: unsupported file type '.pdf'; supported: .txt, .html, .htm, "
                      ".docx, .json, .jsonl, .ndjson, .csv, .zip"]
    assert split(iter_path(tmp_path / "nowhere"))[1] == [f"{tmp_path / 'nowhere'}: no such file or folder"]
