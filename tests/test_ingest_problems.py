"""Problems the readers report are recognised by kind, so the Arabic interface can show
them in Arabic; each kind has its label in both languages."""
import json

import pytest

from qawl.errors import IngestError
from qawl.i18n import TEXTS
from qawl.ingest.problems import PATTERNS, kind
from qawl.ingest.sources import iter_upload
from zips import zip_bytes


CASES = [
    ("a.txt", b"  ", "empty"),
    ("a.txt", b"\x89PNG\r\n\x1a\n" + bytes(100), "binary"),
    ("a.txt", "قال".encode("utf-8")[:-1] + b"\xff\xfe" + bytes(range(128, 160)), "encoding"),
    ("a.txt", b"The minister said so.", "no_arabic"),
    ("a.txt", "این یک متن فارسی است که گفت و گو می کند و چیزهای زیادی می گوید".encode("utf-8"), "persian"),
    ("a.html", b"<html><body><script>var x = 1;</script></body></html>", "no_html_text"),
    ("a.docx", b"not a zip at all", "bad_docx"),
    ("a.pdf", b"%PDF-1.4", "unsupported"),
    ("a.json", b'[{"content": "\xd9\x82\xd8\xa7\xd9\x84 \xd9\x82\xd8\xa7\xd9\x84 \xd9\x82\xd8\xa7\xd9\x84"}, {', "bad_json"),
    ("a.jsonl", json.dumps({"title": "بلا نص"}).encode(), "no_text"),
    ("a.csv", "title,date\nخبر,2015\n".encode(), "no_text"),
    ("a.zip", b"PK\x03\x04 damaged", "bad_zip"),
    ("b.zip", zip_bytes({"inner.zip": b"PK"}), "nested_zip"),
]


@pytest.mark.parametrize("name,data,expected", CASES, ids=[c[2] + "-" + c[0] for c in CASES])
def test_reader_messages_are_recognised(name, data, expected):
    problems = [i.problem for i in iter_upload(name, data) if isinstance(i, IngestError)]
    assert problems and kind(problems[-1])[0] == expected, problems


def test_numbers_are_carried_and_unknown_problems_are_not_guessed():
    assert kind("the server answered 404 Not Found") == ("http_status", {"code": "404"})
    assert kind("something nobody wrote") is None


def test_every_kind_has_a_label_in_both_languages():
    for name, _ in PATTERNS:
        english, arabic = TEXTS[f"problem_{name}"]
        assert english and arabic and english != arabic
