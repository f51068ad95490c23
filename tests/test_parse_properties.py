"""Property: `qawl.parse` accepts any text and every span it returns points into it.

Texts are drawn from Arabic news words (with report verbs, so quotes are found), single
Arabic letters, diacritics, tatweel, bidi controls, quotation marks, punctuation, newlines,
very long tokens and arbitrary Unicode."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import qawl

WORDS = ("قال", "وقال", "أضاف", "وأكد", "مضيفا", "أن", "إن", "بأن", "الرئيس", "الوزير", "المتحدث", "باسم",
         "جو", "بايدن", "وبايدن", "فلاديمير", "بوتين", "الكرملين", "موسكو", "واشنطن", "وزارة", "الخارجية",
         "الأمم", "المتحدة", "مصدر", "مسؤول", "بيان", "في", "على", "إلى", "عن", "هذا", "الذي", "أما", "فيه",
         "المحادثات", "مهمة", "جداً", "اليوم", "أمس", "لـ", "بـ", "و", "ف", "ال", "ة", "ـ")
MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640"  # diacritics, superscript alef, tatweel
BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200c\u200d\ufeff"
PUNCTUATION = "«»“”\"'‘’„()[]:.!?؟،,؛;-–—…"
SPACES = " \n\t\r\u00a0\u2028"

piece = st.one_of(
    st.sampled_from(WORDS),
    st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
    st.sampled_from(MARKS), st.sampled_from(BIDI), st.sampled_from(PUNCTUATION), st.sampled_from(SPACES),
    st.text(max_size=5),  # anything at all, astral planes and controls included
    st.builds(lambda w, n: w * n, st.sampled_from(WORDS + tuple(MARKS)), st.integers(50, 3000)),  # long tokens
)
texts = st.lists(piece, max_size=80).map("".join) | st.lists(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join), max_size=10).map(
    lambda sentences: "\n".join(f"{s} «{s}»." for s in sentences))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_parse_never_raises_and_spans_slice_to_their_text(text):
    article = qawl.parse(text)
    assert article.text == text
    for s in article.sentences:
        assert 0 <= s.start <= s.end <= len(text)
    n = len(article.sentences)
    for e in article.entities:
        assert text[e.start:e.end] == e.text and e.start < e.end
        assert 0 <= e.sentence_index < max(n, 1)
    for q in article.quotes:
        assert text[q.start:q.end] == q.quote and q.start < q.end
        assert 0 <= q.sentence_index < max(n, 1)
        assert q.speaker is not None
