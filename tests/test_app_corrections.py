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
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    if password:
        at.secrets["qawl"] = {"editor_password": password}
    at.switch_page("views/quotes.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def popovers(at: AppTest) -> list[str]:
    """Keys of the correction popovers on the page (one per quote card)."""
    return [k for k in at.session_state._state._state.filtered_state if str(k).startswith("pop_")]


def edit_controls(at: AppTest) -> int:
    return len([b for b in at.button if b.key and b.key.startswith(("save_", "rej_"))])


def test_a_local_app_offers_a_correction_on_every_card_and_builds_one_form(db):
    at = quotes_page()
    assert len(popovers(at)) == len(Store(db).get(Store(db).ensure_default(DEFAULT_ARTICLE)).quotes)
    assert edit_controls(at) == 0   # the controls are built when a card's popover is opened
    at.session_state[popovers(at)[1]] = True
    at.run()
    assert not at.exception and edit_controls(at) == 2


def test_a_hosted_app_hides_them_until_the_editor_password_is_entered(db, monkeypatch):
    monkeypatch.setenv("QAWL_HOSTED", "1")
    assert popovers(quotes_page()) == []   # no password configured: nobody edits
    at = quotes_page(password="open sesame")
    assert popovers(at) == []
    at.text_input(key="editor_password").input("wrong").run()
    assert popovers(at) == []
    at.text_input(key="editor_password").input("open sesame").run()
    assert popovers(at)


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
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.switch_page("views/entity.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    body = "\n".join(h.value for h in at.html)
    assert f"{html.escape(fixed.canonical)} {CORRECTED_MARK}" in body
    assert body.count(CORRECTED_MARK) == 1
