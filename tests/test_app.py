"""The dashboard through Streamlit's AppTest: every page, an upload, the Arabic interface,
and selections that live in the URL. Each test has its own database (QAWL_DB in tmp)."""
from __future__ import annotations

import html as html_lib
import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import qawl
from qawl import frames
from qawl.doc import ArticleMeta
from qawl.ingest import read_path
from qawl.pipeline import DEFAULT_ARTICLE
from qawl.store import Store
from qawl.text_safety import literal

from apptest import charts, open_app, tables

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "hospitals.txt"
PAGES = ["views/article.py", "views/entities.py", "views/wordcloud.py", "views/quotes.py", "views/upload.py"]


@pytest.fixture
def db(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "qawl.sqlite"
    monkeypatch.setenv("QAWL_DB", str(path))
    return path



def html(at: AppTest) -> str:
    return "\n".join(h.value for h in at.html)


def param(at: AppTest, name: str) -> list[str]:
    """All values of a query parameter the app wrote."""
    value = at.query_params[name]
    return value if isinstance(value, list) else [value]


@pytest.fixture(scope="module")
def default_article() -> qawl.doc.Article:
    return qawl.parse(read_path(DEFAULT_ARTICLE).text)


def test_article_page_shows_highlighted_text_and_summary(db, default_article):
    at = open_app()
    stats = next(h.value for h in at.html if "qawl-stats" in h.value)
    metrics = dict(re.findall(r'qawl-stat-label">([^<]*)</div><div class="qawl-stat-value">([^<]*)<', stats))
    assert metrics["Sentences"] == str(len(default_article.sentences))
    assert metrics["Quotes"] == str(len(default_article.quotes))
    assert metrics["Entities"] == str(len({(e.canonical, e.label) for e in default_article.entities}))
    body = html(at)
    assert 'dir="rtl"' in body and 'lang="ar"' in body
    for label in {e.label for e in default_article.entities}:
        assert f"qawl-ent-{label}" in body
    assert body.count('<span class="qawl-quote"') == len(default_article.quotes)
    first = default_article.quotes[0]
    assert f'<span class="qawl-tag">{first.speaker}</span>' in body
    assert param(at, "article") == [default_article.id]


def test_entities_page_chart_table_and_sentences(db, default_article):
    counts = frames.entity_counts(default_article)
    top = counts.iloc[0]
    at = open_app("views/entities.py", entity=top["canonical"])
    assert charts(at), "no entity chart"
    table = tables(at)[0]
    assert list(table["Entity"][:3]) == list(counts["canonical"][:3])
    assert at.selectbox(key="w_entity").value == top["canonical"]
    sentences = [h.value for h in at.html if h.value.startswith('<div class="qawl-rtl"')]
    assert len(sentences) == len({e.sentence_index for e in default_article.entities
                                  if e.canonical == top["canonical"]})
    assert all(f'qawl-ent-{top["label"]}' in s for s in sentences)


def test_entity_type_filter(db, default_article):
    labels = set(frames.entity_counts(default_article)["label"])
    assert "LOC" in labels
    at = open_app("views/entities.py", types="LOC")
    assert set(tables(at)[0]["Type"]) == {"Place"}
    at.multiselect(key="w_types").select("PER").run()
    assert set(tables(at)[0]["Type"]) == {"Place", "Person"}
    assert sorted(param(at, "types")) == ["LOC", "PER"]


def test_wordcloud_page_image_table_and_options(db, default_article):
    at = open_app("views/wordcloud.py", n="20", ents="0")
    assert at.slider(key="w_n").value == 20
    assert at.toggle(key="w_ents").value is False
    assert len(at.get("image")) == 1
    table = tables(at)[0]
    expected = frames.word_frequencies(default_article, include_entities=False).head(20)
    assert list(table["Word"]) == list(expected["word"])
    at.toggle(key="w_ents").set_value(True).run()
    assert "ents" not in at.query_params
    with_entities = frames.word_frequencies(default_article, include_entities=True).head(20)
    assert list(tables(at)[0]["Word"]) == list(with_entities["word"])


def test_quotes_page_groups_and_compares_speakers(db, default_article):
    quotes = frames.quotes(default_article)
    by_count = list(quotes["speaker"].value_counts().index)
    assert len(by_count) >= 2
    at = open_app("views/quotes.py")
    assert at.multiselect(key="w_speakers").options == by_count
    body = html(at)
    assert body.count('class="qawl-card"') == len(quotes)
    assert "qawl-part-content" in body and "qawl-part-cue" in body
    # two speakers side by side: one column each, each with only its own quotes
    a, b = by_count[:2]
    at.multiselect(key="w_speakers").select(a).select(b).run()
    assert param(at, "speakers") == [a, b]
    columns = [c for c in at.columns if any("qawl-card" in h.value for h in c.html)]
    assert len(columns) == 2
    for column, name in zip(columns, (a, b)):
        assert sum(h.value.count('class="qawl-card"') for h in column.html) == (quotes["speaker"] == name).sum()
    download = at.get("download_button")[0]
    assert download.proto.label == "Download CSV"


def test_quotes_type_filter_keeps_to_the_chosen_article(db, default_article):
    store = Store(db)
    store.ensure_default(DEFAULT_ARTICLE)
    store.add(qawl.parse(read_path(FIXTURE).text), ArticleMeta(source="hospitals.txt"))
    at = open_app("views/quotes.py", qtypes="direct")
    direct = sum(q.type == "direct" for q in default_article.quotes)
    assert html(at).count('class="qawl-card"') == direct
    assert set(at.multiselect(key="w_speakers").options) == {q.speaker for q in default_article.quotes}


def docx_bytes(title: str, paragraphs: list[str]) -> bytes:
    import io

    import docx

    document = docx.Document()
    document.add_heading(title)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_upload_files_and_text(db):
    at = open_app("views/upload.py")
    good = FIXTURE.read_bytes()
    page = ("<html><head><title>أمطار غزيرة في عمّان</title><script>alert(1)</script></head><body>"
            "<article><p>قال مدير الأرصاد الجوية خالد يوسف إن الأمطار ستستمر حتى يوم الخميس.</p>"
            "<p>وأضاف أن على السائقين الحذر على الطرق الجبلية.</p></article></body></html>")
    at.file_uploader[0].set_value([
        ("hospitals.txt", good, "text/plain"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "text/plain"),
        ("weather.html", page.encode("utf-8"), "text/html"),
        ("empty.txt", b"   \n", "text/plain"),
        ("school.docx", docx_bytes("افتتاح مدرسة جديدة", [
            "افتتحت وزارة التربية مدرسة جديدة في مدينة الزرقاء يوم الأحد.",
            "وقالت مديرة المدرسة هدى سليمان إن المدرسة ستستقبل خمسمئة طالب."]), "application/octet-stream"),
    ])
    at.run()
    at.button[0].click().run()
    assert not at.exception
    successes = [s.value for s in at.success]
    errors = [e.value for e in at.error]
    assert sorted(s.split(":")[0] for s in successes) == ["hospitals.txt", "school.docx", "weather.html"]
    assert "weather.html: added as “أمطار غزيرة في عمّان”." in successes
    assert "school.docx: added as “افتتاح مدرسة جديدة”." in successes
    assert at.info[0].value == "3 added, 0 already in the library, 2 could not be added."
    assert len(errors) == 2
    assert errors[0].startswith("photo.txt") and errors[1].startswith("empty.txt")
    assert not any("Traceback" in e for e in errors)
    # the last new article is chosen in the sidebar and in the URL; all are in the library
    library = Store(db).list()
    assert len(library) == 4
    new_id = library["id"].iloc[-1]
    assert at.selectbox(key="article").value == new_id
    assert param(at, "article") == [new_id]
    assert qawl.doc.article_id(read_path(FIXTURE).text) in list(library["id"])
    # pasted text goes in too; pasting it again does not duplicate it
    pasted = "قال وزير الزراعة محمود سالم إن موسم القمح هذا العام كان جيداً رغم قلة الأمطار."
    for _ in range(2):
        at.text_area(key="upload_text").input(pasted)
        at.text_input(key="upload_title").input("موسم القمح")
        at.button[0].click().run()
    assert [s.value for s in at.success][-1].startswith("pasted text: already in the library")
    assert len(Store(db).list()) == 5


def test_upload_an_archive_in_the_arabic_interface(db):
    """A JSON-lines archive: each article with its metadata, a bad line named with its
    position and its problem in Arabic, a file name that looks like Markdown shown as it is;
    the listing shows the latest additions only."""
    lines = [json.dumps({"title": f"خبر رقم {i}", "content": f"قال الوزير إن المشروع {word} سيبدأ قريبا.",
                         "source": "عكاظ", "date": "21 يوليو 2015"}, ensure_ascii=False)
             for i, word in enumerate(["الأول", "الثاني", "الثالث"])]
    lines.insert(1, "{not json")
    at = open_app("views/upload.py", lang="ar")
    at.file_uploader[0].set_value([("**day**.jsonl", "\n".join(lines).encode("utf-8"), "application/json")])
    at.run()
    at.button[0].click().run()
    assert not at.exception
    errors = [e.value for e in at.error]
    assert errors == [f"{literal('**day**.jsonl:2')}: بيانات JSON غير سليمة"]
    assert "\\*\\*day" in errors[0]                 # the stars are escaped, not bold
    assert len(at.success) == 3
    store = Store(db)
    recent = next(h.value for h in at.html if "qawl-table" in h.value)   # outlet empty, not "None"
    assert recent.count("<tr>") - 1 == min(len(store), 20) and recent.count("عكاظ") == 3 and "None" not in recent
    assert {store.meta(i).date for i in store.list()["id"] if store.meta(i).outlet} == {"2015-07-21"}


def test_upload_a_web_address(db):
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Missing(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_error(404)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Missing)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        at = open_app("views/upload.py", lang="ar")
        at.text_input(key="upload_url").input(f"http://127.0.0.1:{server.server_port}/x")
        at.button[0].click().run()
    finally:
        server.shutdown()
        server.server_close()
    assert not at.exception
    assert [e.value for e in at.error] == [
        f"{literal(f'http://127.0.0.1:{server.server_port}/x', limit=120)}: أجاب الخادم بالخطأ 404"]


def test_uploaded_article_on_every_page(db):
    store = Store(db)
    store.ensure_default(DEFAULT_ARTICLE)
    article = qawl.parse(read_path(FIXTURE).text)
    store.add(article, ArticleMeta(source="hospitals.txt"))
    for page in PAGES:
        at = open_app(page, article=article.id)
        assert at.selectbox(key="article").value == article.id
    at = open_app("views/article.py", article=article.id)
    assert "hospitals.txt" in html(at)  # untitled file: named by its file name


def test_url_reproduces_view_on_fresh_session(db, default_article):
    quotes = frames.quotes(default_article)
    a, b = list(quotes["speaker"].value_counts().index)[:2]
    first = open_app("views/quotes.py")
    first.multiselect(key="w_speakers").select(b).select(a).run()
    params = {k: param(first, k) for k in first.query_params}
    assert params["speakers"] == [b, a]
    # a new session opened with the same URL shows the same selections
    second = open_app("views/quotes.py", **{k: v if len(v) > 1 else v[0] for k, v in params.items()})
    assert second.multiselect(key="w_speakers").value == [b, a]
    assert second.selectbox(key="article").value == default_article.id


def test_unknown_article_in_url_falls_back_to_default(db, default_article):
    at = open_app(article="0000000000000000")
    assert at.selectbox(key="article").value == default_article.id
    assert "0000000000000000" in at.warning[0].value
    assert param(at, "article") == [default_article.id]


def test_stale_selections_in_url_are_ignored(db):
    at = open_app("views/quotes.py", speakers=["لا أحد", "x"], qtypes="nonsense", n="abc")
    assert at.multiselect(key="w_speakers").value == []
    assert at.multiselect(key="w_qtypes").value == at.multiselect(key="w_qtypes").options


def test_arabic_interface(db):
    at = open_app("views/entities.py", lang="ar")
    assert at.radio(key="lang").value == "ar"
    assert at.multiselect(key="w_types").label == "أنواع الكيانات"
    assert "direction: rtl" in html(at)
    at.radio(key="lang").set_value("en").run()
    assert at.multiselect(key="w_types").label == "Entity types"
    assert "lang" not in at.query_params


def test_article_text_is_escaped(db):
    store = Store(db)
    text = ("قال الرئيس محمد علي إن <script>alert('x')</script> «ليس لدينا ما نخفيه» "
            "و<b>لن</b> نغادر القاهرة & الإسكندرية.")
    article = qawl.parse(text)
    store.add(article, ArticleMeta(source="pasted", origin="paste"))
    at = open_app(article=article.id)
    body = html(at)
    assert "<script>" not in body and "<b>" not in body
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in body
    assert "&lt;b&gt;لن&lt;/b&gt;" in body and " &amp; " in body
    # what the reader sees is exactly the text (speaker tags aside)
    shown = next(h.value for h in at.html if h.value.startswith('<div class="qawl-rtl" dir="rtl"'))
    shown = re.sub(r'<span class="qawl-tag">[^<]*</span>', "", shown)
    assert html_lib.unescape(re.sub(r"<[^>]+>", "", shown)) == text


def test_empty_library_still_offers_upload(db, tmp_path, monkeypatch):
    from views import state

    monkeypatch.setattr(state, "DEFAULT_ARTICLE", tmp_path / "missing.txt")
    at = open_app()
    assert "library is empty" in at.info[0].value
    at = open_app("views/upload.py")
    assert len(at.file_uploader) == 1


def test_corpus_words_page_shows_words_as_written(db, default_article):
    at = open_app("views/corpus.py")
    words = list(tables(at)[0]["Word"])
    # keys drop ال and write ة as ه; the page shows the spelling read most often
    assert any(w.startswith("ال") for w in words) and any(w.endswith("ة") for w in words)


def test_an_entity_of_undated_articles_gets_a_note_not_an_empty_timeline(db, default_article):
    at = open_app("views/entity.py", name="جو بايدن", lang="ar")
    assert "لا تاريخ لأي من هذه المقالات." in [c.value for c in at.caption]
    assert len(charts(at)) == 1   # the co-occurrence heatmap only


def test_the_legend_lists_only_the_entity_types_the_article_shows(db):
    article = qawl.parse("قال الرئيس محمد علي في القاهرة إن الاتفاق قريب.")
    Store(db).add(article, ArticleMeta(source="pasted", origin="paste"))
    legend = html(open_app(article=article.id)).split('class="qawl-legend"')[1].split("</div>")[0]
    assert {e.label for e in article.entities} == {"PER", "LOC"}
    assert "qawl-ent-PER" in legend and "qawl-ent-LOC" in legend
    assert "qawl-ent-ORG" not in legend and "qawl-ent-MISC" not in legend


def test_quote_cards_come_a_page_at_a_time_most_quoted_speaker_first(db):
    lines = [f"قال الوزير خالد يوسف إن المشروع رقم {i} سينتهي قريبا." for i in range(1, 16)]
    lines += [f"وقالت المتحدثة سارة حسن إن الطريق رقم {i} سيفتح غدا." for i in range(1, 11)]
    article = qawl.parse("\n".join(lines))
    Store(db).add(article, ArticleMeta(source="pasted", origin="paste"))
    quotes = frames.quotes(article)
    assert len(quotes) == 25 and quotes["speaker"].nunique() == 2
    first, second = list(quotes["speaker"].value_counts().index)
    at = open_app("views/quotes.py", article=article.id)
    assert html(at).count('class="qawl-card"') == 20   # 15 of the first speaker, then 5
    assert at.number_input(key="w_page").value == 1
    at.number_input(key="w_page").set_value(2).run()
    assert param(at, "page") == ["2"]
    body = html(at)
    assert body.count('class="qawl-card"') == 5 and first not in body and second in body
    assert "10 quotes" in body and "5 quotes" not in body   # the heading counts all the speaker's quotes
