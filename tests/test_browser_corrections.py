"""Corrections end to end in headless Chromium: on a running server an editor fixes a
speaker, rejects a quote, adds a missed quote and merges two speakers; a freshly started
server shows all four, and so does one that must parse the article again (its stored parse
made by another pipeline version). Skipped without Chromium, like tests/test_browser.py."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import text as sql

import qawl
from qawl.doc import ArticleMeta
from qawl.ingest import read_path
from qawl.store import Store
from qawl.store.database import forget

from browser import require_chromium  # noqa: E402  (scripts/ on the path)
from appserver import EXCEPTION, chromium, running_app, wait_for_app  # noqa: E402

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "hospitals.txt"
NEW_SPEAKER = "وزارة المالية الأردنية"

require_chromium()


def open_quotes(tab, url: str, article_id: str) -> None:
    tab.goto(f"{url}/quotes?article={article_id}")
    wait_for_app(tab)
    assert tab.locator(EXCEPTION).count() == 0, tab.locator(EXCEPTION).first.inner_text()


def settle(tab) -> None:
    wait_for_app(tab)
    assert tab.locator(EXCEPTION).count() == 0, tab.locator(EXCEPTION).first.inner_text()


def card_popover(tab, quote_text: str):
    """Open the correction popover under the card that holds `quote_text`; its body."""
    index = next(i for i, content in enumerate(contents(tab)) if quote_text in content)
    tab.get_by_role("button", name="✎ Correct").nth(index).click()
    body = tab.locator('[data-testid="stPopoverBody"]')
    body.wait_for()
    return body


def open_expander(tab, key: str) -> None:
    tab.keyboard.press("Escape")   # close any popover first
    tab.locator(f".st-key-{key} summary").click()
    settle(tab)


def contents(tab) -> list[str]:
    """The quoted words highlighted on each card, in page order."""
    cards = tab.locator(".qawl-card")
    return [" ".join(cards.nth(i).locator("mark.qawl-part-content").all_inner_texts()) for i in range(cards.count())]


def choose(tab, label: str, typed: str) -> None:
    """Pick the first option of a select box that holds `typed` (typing filters the list)."""
    tab.get_by_role("combobox", name=label).click()
    tab.keyboard.type(typed)
    option = tab.get_by_role("option").filter(has_text=typed).first
    option.wait_for()
    option.click()
    settle(tab)


def make_the_four_corrections(tab, url: str, article: qawl.doc.Article) -> None:
    by_speaker = {q.speaker: q for q in article.quotes}
    open_quotes(tab, url, article.id)
    # 1. a speaker fixed by typing a name
    body = card_popover(tab, by_speaker["مصدر في وزارة المالية"].quote[:30])
    body.get_by_label("…or type a name").fill(NEW_SPEAKER)
    body.get_by_role("button", name="Save").click()
    settle(tab)
    # 2. a quote rejected
    body = card_popover(tab, article.quotes[2].quote[:30])
    body.get_by_role("button", name="Not a quote").click()
    settle(tab)
    # 3. a missed quote added: sentence 1 of the article, cue and quoted words picked
    open_expander(tab, "exp_addq")
    tab.locator(".st-key-addq_cue button", has_text="أعلنت").click()
    settle(tab)
    for word in ("خطة", "جديدة"):
        tab.locator(".st-key-addq_content button", has_text=word).first.click()
        settle(tab)
    tab.locator(".st-key-addq_typed input").fill("سلمى الخطيب")
    tab.locator(".st-key-addq_save button").click()
    settle(tab)
    # 4. two speakers merged across the archive
    open_expander(tab, "exp_identities")
    choose(tab, "Merge this speaker…", "العمري")
    choose(tab, "…into this one", "سلمى الخطيب")
    tab.locator(".st-key-id_merge button").click()
    settle(tab)


def assert_the_four_are_shown(tab, url: str, article: qawl.doc.Article, store: Store) -> None:
    shown = store.get(article.id)
    speakers = [q.speaker for q in shown.quotes]
    assert NEW_SPEAKER in speakers and "أحمد العمري" not in speakers
    assert article.quotes[2].quote not in [q.quote for q in shown.quotes]
    added = [q for q in shown.quotes if q.rule == "human"]
    assert len(added) == 1 and added[0].cue == "أعلنت" and added[0].quote.startswith("خطة")
    open_quotes(tab, url, article.id)
    headings = " ".join(tab.locator("h3").all_inner_texts())
    assert NEW_SPEAKER in headings and "أحمد العمري" not in headings
    cards = tab.locator(".qawl-card").all_inner_texts()
    assert len(cards) == len(shown.quotes) == len(article.quotes)   # one rejected, one added
    assert sum("corrected by a reader" in c for c in cards) == 1 + 1 + 2   # fixed, added, two merged
    assert not any(article.quotes[2].quote[:30] in c for c in contents(tab))


def test_four_corrections_stay_after_a_restart_and_a_new_parse(tmp_path):
    db = tmp_path / "qawl.sqlite"
    article = qawl.parse(read_path(FIXTURE).text)
    Store(db).add(article, ArticleMeta(source="hospitals.txt"))
    with chromium() as browser:
        tab = browser.new_page(viewport={"width": 1400, "height": 1200})
        with running_app(db) as url:
            make_the_four_corrections(tab, url, article)
        forget(db)
        with running_app(db) as url:   # a freshly started server
            assert_the_four_are_shown(tab, url, article, Store(db))
        store = Store(db)
        with store.connect() as conn:   # the stored parse was made by another pipeline version
            conn.execute(sql("UPDATE articles SET pipeline_version = 'older'"))
            conn.commit()
        forget(db)
        with running_app(db) as url:
            assert_the_four_are_shown(tab, url, article, Store(db))
        with Store(db).connect() as conn:
            assert conn.execute(sql("SELECT pipeline_version FROM articles")).scalar() != "older"
