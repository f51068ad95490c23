"""The archive pages in headless Chromium on a store of three short articles written for
this test: the Library (title search, opening an article), Search (a normalised match
linking to its sentence), an entity's articles and the speaker leaderboard, in English and
Arabic. Skipped without Chromium, like tests/test_browser.py."""
from __future__ import annotations

import pytest

import qawl
from qawl.doc import ArticleMeta
from qawl.store import Store

from browser import app_tab, open_link, require_chromium  # noqa: E402  (scripts/ on the path)
from appserver import wait_for_app  # noqa: E402

require_chromium()

EAST, WEST = "صحيفة الشرق", "صحيفة الغرب"
ARTICLES = [
    ("قال وزير المالية سامي خالد إن الموازنة الجديدة جاهزة. وأضاف خالد أن الحكومة ستنشرها في جدة الأسبوع المقبل.",
     ArticleMeta(title="الموازنة الجديدة جاهزة", outlet=EAST, date="2015-01-05", source="a.txt")),
    ("أكد سامي خالد في الرياض أن الضرائب لن ترتفع. ولبايدن رأي مختلف في الاقتصاد بحسب مصادر في واشنطن.",
     ArticleMeta(title="الضرائب لن ترتفع", outlet=WEST, date="2015-01-06", source="b.txt")),
    ("قالت المتحدثة باسم الوزارة هدى سليمان إن المدارس ستفتح في جدة يوم الأحد.",
     ArticleMeta(title="المدارس تفتح", outlet=EAST, date="2015-01-07", source="c.txt")),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    db = tmp_path_factory.mktemp("archive") / "qawl.sqlite"
    parsed = [(qawl.parse(text, meta.title), meta) for text, meta in ARTICLES]
    Store(db).add_many(parsed)
    return db, [a for a, _ in parsed]


@pytest.fixture(scope="module")
def page(archive):
    db, _ = archive
    with app_tab(db) as tab:
        yield tab


def table_rows(page) -> list[str]:
    return page.locator("table.qawl-table tbody tr").all_inner_texts()


def test_library_searches_titles_and_opens_an_article(page, archive):
    _, articles = archive
    open_link(page, "library")
    rows = table_rows(page)   # newest first; the default article (undated) comes last
    assert [r.split("\t")[0] for r in rows[:3]] == ["المدارس تفتح", "الضرائب لن ترتفع", "الموازنة الجديدة جاهزة"]
    assert rows[1].split("\t")[1:3] == [WEST, "2015-01-06"]
    open_link(page, "library", title="الضرائب", lang="ar")
    assert [r.split("\t")[0] for r in table_rows(page)] == ["الضرائب لن ترتفع"]
    assert page.locator("table.qawl-table").get_attribute("dir") == "rtl"
    page.get_by_role("link", name="الضرائب لن ترتفع").click()
    wait_for_app(page)
    assert f"article={articles[1].id}" in page.url
    assert "الضرائب لن ترتفع" in page.locator(".qawl-heading").first.inner_text()


def test_the_outlet_and_dates_fold_applies_the_urls_filter_and_opens_on_its_widgets(page):
    open_link(page, "library", outlet=EAST, **{"from": "2015-01-06"})
    assert [r.split("\t")[0] for r in table_rows(page)] == ["المدارس تفتح"]
    assert page.locator('[data-testid="stDateInput"]').count() == 0   # closed: no date picker drawn
    fold = page.locator(".st-key-exp_filter")
    assert EAST in fold.inner_text() and "2015-01-06" in fold.inner_text()
    fold.locator("summary").click()
    page.locator(".st-key-w_to").wait_for()   # opening the fold runs the page again
    wait_for_app(page)
    assert page.locator('[data-testid="stDateInput"]').count() == 2
    assert page.locator(".st-key-w_from input").input_value() == "2015-01-06"
    assert page.locator(".st-key-w_outlet input").input_value() == EAST
    assert [r.split("\t")[0] for r in table_rows(page)] == ["المدارس تفتح"]
    assert "from=2015-01-06" in page.url


def test_search_finds_a_word_behind_its_clitics_and_links_to_the_sentence(page, archive):
    _, articles = archive
    open_link(page, "search", q="بايدن", outlet=WEST)   # (the default article also names Biden)
    matches = page.locator(".qawl-kwic-match").all_inner_texts()
    assert matches == ["ولبايدن"]                       # written with و + ل, found by its bare form
    assert page.locator(".qawl-kwic-after").first.inner_text().startswith("رأي مختلف")
    assert page.locator(".qawl-chart svg").count() == 2   # hits per outlet, over time
    page.locator(".qawl-kwic-match a").first.click()
    wait_for_app(page)
    assert f"article={articles[1].id}" in page.url and "sentence=1" in page.url
    assert page.locator("#qawl-target").inner_text().startswith("ولبايدن رأي مختلف")


def test_an_entity_lists_the_articles_that_mention_it(page):
    open_link(page, "entity", name="جدة", lang="ar")
    titles = [r.split("\t")[0] for r in page.locator("table.qawl-table").nth(0).locator("tbody tr").all_inner_texts()]
    assert titles == ["المدارس تفتح", "الموازنة الجديدة جاهزة"]
    named_with = page.locator("table.qawl-table").nth(1).inner_text()
    assert "هدى سليمان" in named_with and "سامي خالد" in named_with and "واشنطن" not in named_with
    assert page.locator(".qawl-chart svg").count() == 2    # over time, heatmap


def test_speaker_leaderboard_has_one_row_per_speaker(page):
    open_link(page, "speakers")
    rows = [r.split("\t") for r in table_rows(page)]
    khalid = [r for r in rows if r[0] == "سامي خالد"]
    assert len(khalid) == 1 and khalid[0][2:] == ["3", "2"]           # 3 quotes in 2 articles
    assert [r[0] for r in rows].index("سامي خالد") < [r[0] for r in rows].index("هدى سليمان")
    page.get_by_role("link", name="سامي خالد").click()
    wait_for_app(page)
    assert "sp=" in page.url
    assert page.locator(".qawl-card").count() == 3
    assert page.locator(".qawl-card details").first.locator("summary").inner_text() == "Sentence before and after"
