"""Highlighted HTML is built from offsets and escapes every piece of the text."""
import html as std_html
import re

from qawl.doc import Article, Entity, Quote
from qawl.html import Mark, article_html, marked, quote_html, table_html
from qawl.sentences import split_sentences

TEXT = 'قال الوزير سامي <img src=x onerror="alert(1)"> إن «الوضع & الأسعار مستقرة» في عمّان.'


def text_of(fragment: str) -> str:
    """What a browser shows: tags removed, entities decoded."""
    return std_html.unescape(re.sub(r"<[^>]+>", "", fragment))


def test_untrusted_text_is_escaped_and_shown_as_text():
    out = marked(TEXT, [Mark(0, 3, "qawl-part-cue", tag='<b>"x"</b>', title='a"b<c>')])
    assert "<img" not in out and "<b>" not in out
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in out
    assert 'title="a&quot;b&lt;c&gt;"' in out
    assert text_of(out) == '<b>"x"</b>' + TEXT


def test_marks_follow_offsets_and_overlaps_are_dropped():
    start = TEXT.index("سامي")
    out = marked(TEXT, [Mark(start, start + 4, "a"), Mark(start + 2, start + 8, "b"), Mark(0, 3, "c")])
    assert re.findall(r'<mark class="(\w)">([^<]*)</mark>', out) == [("c", "قال"), ("a", "سامي")]
    assert text_of(out) == TEXT


def test_article_html_nests_entities_inside_quotes_and_tags_speaker():
    q_start = TEXT.index("«") + 1
    q_end = TEXT.index("»")
    ent_start = TEXT.index("الأسعار")
    sentences = tuple(split_sentences(TEXT))
    entities = (Entity("سامي", "سامي", "PER", TEXT.index("سامي"), TEXT.index("سامي") + 4, 0),
                Entity("الأسعار", "الأسعار", "MISC", ent_start, ent_start + 7, 0))
    quotes = (Quote("الوزير سامي", "الوزير سامي", "قال", "direct", TEXT[q_start:q_end], q_start, q_end, 0),)
    article = Article(TEXT, None, sentences, entities, quotes)
    out = article_html(article)
    assert out.startswith('<div class="qawl-rtl" dir="rtl" lang="ar">')
    assert '<span class="qawl-tag">الوزير سامي</span><span class="qawl-quote"' in out
    quote_part = out[out.index('<span class="qawl-quote"'):]
    assert '<mark class="qawl-ent-MISC" title="MISC · الأسعار">الأسعار</mark>' in quote_part
    assert text_of(out.replace('<span class="qawl-tag">الوزير سامي</span>', "")) == TEXT
    plain = article_html(article, entities=False, quotes=False)
    assert "<mark" not in plain and "qawl-quote" not in plain


def test_quote_html_marks_speaker_cue_and_content():
    q_start = TEXT.index("«") + 1
    row = {"start": q_start, "end": TEXT.index("»"), "cue_start": 0, "cue_end": 3,
           "speaker_start": 4, "speaker_end": 15}
    out = quote_html(TEXT, 0, len(TEXT), row)
    parts = re.findall(r'<mark class="qawl-part-(\w+)">([^<]*)</mark>', out)
    assert parts == [("cue", "قال"), ("speaker", "الوزير سامي"),
                     ("content", std_html.escape("الوضع & الأسعار مستقرة"))]
    no_cue = quote_html(TEXT, 0, len(TEXT), {**row, "cue_start": -1, "cue_end": -1})
    assert "qawl-part-cue" not in no_cue


def test_quote_card_folds_the_sentences_around_the_quote_and_the_rule():
    from qawl.html import quote_card
    text = "جملة أولى هنا. قال الوزير إن الخطة <جاهزة>. جملة أخيرة & تالية."
    first, second = text.index("قال"), text.index("جملة أخيرة")
    quote = {"start": text.index("الخطة"), "end": second - 2, "cue_start": first, "cue_end": first + 3,
             "speaker_start": -1, "speaker_end": -1}
    out = quote_card(text, first, second - 1, quote, "indirect", details="rule verb+comp",
                     before=(0, first - 1), after=(second, len(text)), context_label="context")
    fold = out[out.index("<details"):]
    assert text_of(fold).startswith("context" + text[:first - 1])
    assert text_of(fold).endswith("جملة أخيرة & تالية.rule verb+comp")
    assert "&lt;جاهزة&gt;" in out and "<جاهزة>" not in out
    assert text_of(out[:out.index("<details")]) == "indirect" + text[first:second - 1]
    # the first sentence of an article has nothing before it
    alone = quote_card(text, first, second - 1, quote, "m", before=None, after=None, context_label="c")
    assert "qawl-context" not in alone


def test_article_html_outlines_the_target_sentence_without_losing_text_or_marks():
    from qawl import parse
    text = "قال الوزير سامي خالد إن الخطة جاهزة. وأضاف أن «العمل بدأ» في جدة. وانتهى الاجتماع."
    article = parse(text)
    s = article.sentences[1]
    out = article_html(article, target=(s.start, s.end))
    assert text_of(out).replace(" ", "").count(text.replace(" ", "")[:10]) == 1
    inside = out[out.index('id="qawl-target"'):]
    inside = inside[:inside.index("وانتهى")]
    without_tags = re.sub(r'<span class="qawl-tag">[^<]*</span>', "", inside)   # speaker labels
    assert text_of('<span ' + without_tags).startswith(article.text[s.start:s.end])
    assert re.sub(r"<[^>]+>", "", out) == re.sub(r"<[^>]+>", "", article_html(article))


def test_a_number_column_and_its_heading_line_up_on_the_same_side():
    html = table_html(["الكيان", "الإشارات"], [["جو بايدن", 8]], numeric=[1])
    assert '<th class="qawl-num">الإشارات</th>' in html and '<th>الكيان</th>' in html
    assert '<td class="qawl-num">8</td>' in html
