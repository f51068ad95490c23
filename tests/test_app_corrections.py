"""Who sees the correction controls (AppTest): an editor on a local app; on a hosted app
nobody without the editor password, an editor once it is entered. And a correction made
in the store shows on the Quotes and Article pages with its mark."""
from __future__ import annotations

import html
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from qawl.corrections import set_label, set_speaker
from qawl.html import CORRECTED_MARK
from qawl.pipeline import DEFAULT_ARTICLE
from qawl.store import Store

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def db(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "qawl.sqlite"
    monkeypatch.setenv("QAWL_DB", str(path))
    return path


def quotes_page(password: str = "") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    if password:
        at.secrets["qawl"] = {"editor_password": password}
    at.switch_page("views/quotes.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def edit_controls(at: AppTest) -> int:
    return len([b for b in at.button if b.key and b.key.startswith(("save_", "rej_"))])


def test_a_local_app_shows_edit_controls_on_every_card(db):
    at = quotes_page()
    assert edit_controls(at) == 2 * len(Store(db).get(Store(db).ensure_default(DEFAULT_ARTICLE)).quotes)


def test_a_hosted_app_hides_them_until_the_editor_password_is_entered(db, monkeypatch):
    monkeypatch.setenv("QAWL_HOSTED", "1")
    assert edit_controls(quotes_page()) == 0   # no password configured: nobody edits
    at = quotes_page(password="open sesame")
    assert edit_controls(at) == 0
    at.text_input(key="editor_password").input("wrong").run()
    assert edit_controls(at) == 0
    at.text_input(key="editor_password").input("open sesame").run()
    assert edit_controls(at) > 0


def test_a_stored_correction_shows_on_the_pages_with_its_mark(db, monkeypatch):
    store = Store(db)
    article = store.get(store.ensure_default(DEFAULT_ARTICLE))
    q = article.quotes[0]
    store.correct(set_speaker(article.id, q.start, q.end, "متحدث مصحح"))
    monkeypatch.setenv("QAWL_HOSTED", "1")   # a viewer sees corrected data too
    at = quotes_page()
    body = "\n".join(h.value for h in at.html)
    assert "متحدث مصحح" in body and body.count("corrected by a reader") == 1


def test_the_entity_page_marks_a_name_a_reader_relabelled(db):
    store = Store(db)
    article = store.get(store.ensure_default(DEFAULT_ARTICLE))
    fixed = next(e for e in article.entities if e.label != "MISC")
    store.correct(set_label(article.id, fixed.start, fixed.end, "MISC"))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.switch_page("views/entity.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    body = "\n".join(h.value for h in at.html)
    assert f"{html.escape(fixed.canonical)} {CORRECTED_MARK}" in body
    assert body.count(CORRECTED_MARK) == 1
