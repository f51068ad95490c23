"""Every view's URL, in English and Arabic, opened on a freshly started server in a new
browser (no session, no cookie): the view comes back with every selection of its query
string, and shows what it was about. The store holds two short articles written for this
test. Skipped without Chromium, like tests/test_browser.py."""
from __future__ import annotations

from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

import qawl
from qawl import queries
from qawl.doc import ArticleMeta
from qawl.i18n import t
from qawl.store import Store

from browser import require_chromium  # noqa: E402  (scripts/ on the path)
from appserver import EXCEPTION, chromium, running_app, wait_for_app  # noqa: E402

require_chromium()

OUTLET = "جريدة الساحل"
ARTICLES = [
    ('قال رئيس البلدية كريم ناصر إن الجسر الجديد سيفتح في حيفا الشهر المقبل. وقال ناصر: "العمل تأخر بسبب المطر".',
     ArticleMeta(title="الجسر الجديد يفتح قريبا", outlet=OUTLET, date="2016-03-01", source="a.txt")),
    ("أكدت الطبيبة ليلى حداد في عكا أن المستشفى يحتاج إلى ممرضين. وقال كريم ناصر إن البلدية ستساعد المستشفى.",
     ArticleMeta(title="المستشفى يحتاج ممرضين", outlet="جريدة الجبل", date="2016-03-02", source="b.txt")),
]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """A freshly started server on the two articles; the chromium browser; the first article's id and its
    speaker's identity id."""
    db = tmp_path_factory.mktemp("urls") / "qawl.sqlite"
    parsed = [(qawl.parse(text, meta.title), meta) for text, meta in ARTICLES]
    Store(db).add_many(parsed)
    with Store(db).connect() as conn:
        nasser = int(queries.top_speakers(conn, None, "ناصر")["id"].iloc[0])
    with running_app(db) as url, chromium() as browser:
        yield url, browser, parsed[0][0], nasser


def views(first: qawl.doc.Article | None, speaker: int) -> dict[str, tuple[str, dict, str]]:
    """View -> (path, selections, a text the view shows for them)."""
    article, qtype = (first.id, first.quotes[-1].type) if first else ("", "")   # one of its two types
    return {
        "article": ("", {"article": article}, "الجسر الجديد يفتح قريبا"),
        "entities": ("entities", {"article": article, "types": ["PER"], "top": "5", "entity": "كريم ناصر"},
                     "وقال ناصر"),
        "wordcloud": ("wordcloud", {"article": article, "n": "20", "ents": "0"}, ""),   # image and grid: no text
        "quotes": ("quotes", {"article": article, "qtypes": [qtype], "speakers": ["كريم ناصر"]}, "كريم ناصر"),
        "library": ("library", {"outlet": OUTLET, "from": "2016-03-01", "title": "الجسر", "sort": "quotes",
                                "order": "asc"}, "الجسر الجديد يفتح قريبا"),
        "search": ("search", {"q": "البلدية", "to": "2016-03-02"}, "البلدية"),
        "entity": ("entity", {"name": "كريم ناصر", "by": "week", "with": "sentence"}, "المستشفى يحتاج ممرضين"),
        "speakers": ("speakers", {"kinds": ["person"], "who": "ناصر", "sp": [str(speaker)]}, "الجسر الجديد"),
        "corpus": ("corpus", {"outlet": OUTLET, "n": "30"}, ""),
        "upload": ("upload", {}, ""),
    }


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("view", list(views(None, 0)))
def test_a_views_url_reopens_it_with_its_selections(served, view, lang):
    url, browser, article, speaker = served
    path, selections, shown = views(article, speaker)[view]
    wanted = {**selections, **({"lang": "ar"} if lang == "ar" else {})}
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        tab = context.new_page()
        tab.goto(f"{url}/{path}?{urlencode(wanted, doseq=True)}")
        wait_for_app(tab)
        assert tab.locator(EXCEPTION).count() == 0, tab.locator(EXCEPTION).first.inner_text()
        found = parse_qs(urlsplit(tab.url).query)
        if "article" not in wanted:   # the sidebar's article picker adds the article it shows
            found.pop("article", None)
        kept = {k: v if isinstance(wanted.get(k), list) else v[0] for k, v in found.items()}
        assert kept == wanted                                   # every selection taken up by its widget
        assert urlsplit(tab.url).path.strip("/") == path
        assert shown in tab.locator('[data-testid="stMain"]').inner_text()
        assert t("language", lang) in tab.locator('[data-testid="stSidebar"]').inner_text()
    finally:
        context.close()
