"""End to end in headless Chromium: a freshly started `streamlit run app.py`, opened on deep
links, shows the article and selections named in the URL, with no exception.

Needs Debian's chromium (/usr/bin/chromium; `.ci/run` installs it). Without it the test is
skipped locally, and fails when QAWL_REQUIRE_BROWSER=1 (as in CI)."""
from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest

import qawl
from qawl import frames
from qawl.doc import ArticleMeta
from qawl.ingest import read_path
from qawl.store import Store

ROOT = Path(__file__).resolve().parent.parent
import browser  # noqa: E402  (puts scripts/ on the path)
from browser import app_tab, require_chromium  # noqa: E402

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "hospitals.txt"

require_chromium()


@pytest.fixture(scope="module")
def uploaded(tmp_path_factory) -> tuple[Path, qawl.doc.Article]:
    """A database holding one uploaded article (the server adds the default one itself)."""
    db = tmp_path_factory.mktemp("browser") / "qawl.sqlite"
    article = qawl.parse(read_path(FIXTURE).text)
    Store(db).add(article, ArticleMeta(source="hospitals.txt"))
    return db, article


@pytest.fixture(scope="module")
def page(uploaded):
    db, _ = uploaded
    with app_tab(db) as tab:
        yield tab


def open_link(page, path: str, **params) -> None:
    browser.open_link(page, path, **params)
    # Streamlit answers a deep link with "Page not found" when it first sees a pages/ folder
    assert page.locator('[role="dialog"]').count() == 0, (
        page.locator('[role="dialog"]').first.inner_text()
        + ("\n(remove the pages/ folder: the app's pages are in views/)" if (ROOT / "pages").exists() else ""))


def test_quotes_deep_link_shows_article_and_chosen_speakers(page, uploaded):
    _, article = uploaded
    speakers = list(frames.quotes(article)["speaker"].value_counts().index)[:2]
    assert len(speakers) == 2
    open_link(page, "quotes", article=article.id, speakers=speakers)
    assert page.get_by_role("combobox", name="Article").input_value() == "hospitals.txt"
    chips = page.locator('[data-testid="stMultiSelect"]').nth(1).inner_text()
    assert all(name in chips for name in speakers)
    columns = page.locator('[data-testid="stColumn"]:has(.qawl-card)')
    assert columns.count() == 2
    for i, name in enumerate(speakers):
        assert name in columns.nth(i).locator("h4").inner_text()
    # the cards are right to left and show the highlighted quote
    card = page.locator(".qawl-card .qawl-rtl").first
    assert card.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert card.locator("mark.qawl-part-content").count() == 1
    assert f"article={article.id}" in page.url
    # the CSV holds the chosen speakers' quotes, with a BOM so that Excel reads Arabic
    with page.expect_download() as download:
        page.get_by_role("button", name="Download CSV").click()
    data = Path(download.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    table = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    quotes = frames.quotes(article)
    assert sorted(table["speaker"]) == sorted(quotes.loc[quotes["speaker"].isin(speakers), "speaker"])
    assert set(table["quote"]) <= set(quotes["quote"])


def test_entities_deep_link_lists_sentences_of_the_entity(page, uploaded):
    _, article = uploaded
    counts = frames.entity_counts(article)
    if counts.empty:
        pytest.fail("the test article has no entities")
    name = counts.iloc[0]["canonical"]
    open_link(page, "entities", article=article.id, entity=name)
    marks = page.locator(f'.qawl-rtl mark[title$="· {name}"]')
    assert marks.count() >= 1
    assert page.locator('.qawl-chart svg [role="graphics-symbol"] title').count() >= 1   # a chart, bars titled


def test_root_shows_default_article_in_arabic_interface(page):
    open_link(page, "", lang="ar")
    nav = page.locator('[data-testid="stSidebarNav"]').inner_text()
    assert "المقال" in nav and "الاقتباسات" in nav and "Quotes" not in nav
    assert page.get_by_role("combobox", name="المقال").input_value().startswith("بايدن")
    assert page.locator(".qawl-rtl mark").count() > 5
    assert page.locator(".qawl-stat-label").all_inner_texts() == ["الكلمات", "الجمل", "الكيانات", "الاقتباسات"]
