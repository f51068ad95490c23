"""The dashboard under hostile input: odd URL numbers, an article without spaces, an
archive that cannot be read, and titles, file names and URL values full of Markdown. Each
page stays usable, shows no traceback or server path, and shows such text literally."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import qawl
from qawl.errors import StoreError
from qawl.ingest import ingest_text, read_path
from qawl.pipeline import DEFAULT_ARTICLE
from qawl.store import Store
from qawl.text_safety import literal

from apptest import open_app, tables

ROOT = Path(__file__).resolve().parent.parent
PAGES = ["views/article.py", "views/entities.py", "views/wordcloud.py", "views/quotes.py", "views/upload.py"]
MARKDOWN = "**bold** $x^2$ :red[red] [link](https://example.com) _it_"


@pytest.fixture
def db(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "qawl.sqlite"
    monkeypatch.setenv("QAWL_DB", str(path))
    return path


@pytest.fixture(scope="module")
def default_article() -> qawl.doc.Article:
    return qawl.parse(read_path(DEFAULT_ARTICLE).text)



def messages(at: AppTest) -> list[str]:
    """Every Markdown text element the page shows."""
    kinds = ("success", "error", "warning", "info", "markdown", "caption", "subheader", "header", "title")
    return [e.value for kind in kinds for e in at.get(kind)]


@pytest.mark.parametrize("page, name, value, default", [
    ("views/entities.py", "top", "²", 15),
    ("views/wordcloud.py", "n", "²", 80),
    ("views/entities.py", "top", "9" * 5000, 15),
    ("views/wordcloud.py", "n", "-5", 80),
    ("views/wordcloud.py", "n", "٣٠", 80),  # Arabic-Indic digits are not a URL number
])
def test_odd_numbers_in_the_url_give_the_default(db, page, name, value, default):
    at = open_app(page, **{name: value})
    assert at.slider(key=f"w_{name}").value == default


def test_number_in_the_url_is_kept_within_bounds(db):
    assert open_app("views/entities.py", top="25").slider(key="w_top").value == 25
    assert open_app("views/entities.py", top="99999").slider(key="w_top").value == 40


def test_word_cloud_of_an_article_without_spaces(db):
    text = "قال الوزير إن الاجتماع كان مثمرا جدا.\n" + "كلمة" * 240_000  # 960,000 letters in one run
    stored = ingest_text(text, Store(db), title="no spaces")
    assert stored.ok, stored.message
    at = open_app("views/wordcloud.py", article=stored.article_id)
    assert len(at.get("image")) == 1
    words = list(tables(at)[0]["Word"])
    assert "الاجتماع" in words and max(map(len, words)) <= 40


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_no_server_details(at: AppTest, db: Path) -> None:
    shown = "\n".join(messages(at))
    assert str(db.parent) not in shown and "Traceback" not in shown and "sqlite" not in shown.lower()


@pytest.mark.parametrize("page", PAGES)
def test_unreadable_archive_still_shows_the_default_article(db, page, default_article):
    db.write_bytes(b"this is not a database " * 400)
    before = digest(db)
    at = open_app(page)
    assert "archive cannot be used" in at.warning[0].value
    assert at.selectbox(key="article").value == default_article.id
    assert_no_server_details(at, db)
    assert digest(db) == before


def test_archive_that_fails_on_reading(db, monkeypatch, default_article):
    def fail(*args, **kwargs):
        raise StoreError(f"cannot read the article database {db}: database disk image is malformed")

    Store(db).ensure_default(DEFAULT_ARTICLE)
    for method in ("list", "get", "connect", "__contains__"):   # every way the pages read it
        monkeypatch.setattr(Store, method, fail)
    for page in PAGES:
        at = open_app(page)
        assert "archive cannot be used" in at.warning[0].value
        assert at.selectbox(key="article").value == default_article.id
        assert_no_server_details(at, db)


def test_archive_that_cannot_be_written_still_shows_the_default_article(db, monkeypatch, default_article):
    def fail(*args, **kwargs):
        raise StoreError(f"cannot write to the article database {db}: attempt to write a readonly database")

    monkeypatch.setattr(Store, "add", fail)
    for page, params in [("views/article.py", {}), ("views/quotes.py", {"scope": "all"})]:
        at = open_app(page, **params)
        assert "archive cannot be used" in at.warning[0].value
        assert at.selectbox(key="article").value == default_article.id
        assert_no_server_details(at, db)
    assert "qawl-quote" in html_of(at)


def html_of(at: AppTest) -> str:
    return "\n".join(h.value for h in at.html)


def test_database_replaced_while_running_gets_the_default_article_again(db, default_article):
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.run()
    db.unlink()
    Store(db)  # a new, empty database in its place
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.selectbox(key="article").value == default_article.id
    assert default_article.id in Store(db)


def test_upload_says_plainly_that_it_cannot_store(db):
    db.write_bytes(b"\x00garbage" * 1000)
    before = digest(db)
    at = open_app("views/upload.py")
    at.text_area(key="upload_text").input("قال الوزير إن الاجتماع كان مثمرا.")
    at.button[0].click().run()
    assert not at.exception
    assert any("Nothing was stored" in e.value for e in at.error)
    assert_no_server_details(at, db)
    assert digest(db) == before


def test_pasted_title_is_shown_literally(db):
    at = open_app("views/upload.py")
    at.text_area(key="upload_text").input("قال الوزير إن الاجتماع كان مثمرا.")
    at.text_input(key="upload_title").input(MARKDOWN)
    at.button[0].click().run()
    assert at.success[0].value == f"pasted text: added as “{literal(MARKDOWN)}”."
    assert r"\*\*bold\*\*" in at.success[0].value and r"\$x^2\$" in at.success[0].value


def test_file_name_and_file_error_are_shown_literally(db):
    at = open_app("views/upload.py")
    at.file_uploader[0].set_value([
        ("**حسن** $1.txt", "قال الوزير إن الاجتماع كان مثمرا.".encode(), "text/plain"),
        (":red[empty].txt", b"   ", "text/plain"),
    ])
    at.run()
    at.button[0].click().run()
    assert at.success[0].value.startswith(r"\*\*حسن\*\* \$1.txt: added")
    assert at.error[0].value.startswith(r"\:" + "\u2060" + r"red\[empty\].txt: empty")


def test_unknown_article_in_the_url_is_echoed_short_and_literal(db):
    wanted = "**x**" + "y" * 10_000
    at = open_app(article=wanted)
    warning = at.warning[0].value
    assert r"\*\*x\*\*" in warning and "…" in warning and len(warning) < 300



def test_unexpected_errors_show_no_details_to_visitors():
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["client"]["showErrorDetails"] == "none"
