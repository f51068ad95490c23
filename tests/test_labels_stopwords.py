"""Interface labels in both languages, and the Arabic stop-word list."""
import string

import pytest

from qawl.i18n import TEXTS, quote_count, t
from qawl.normalise import normalise
from qawl.stopwords import STOPWORDS, is_stopword


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", list(TEXTS))
def test_every_label_has_english_and_arabic_with_the_same_fields(key):
    english, arabic = TEXTS[key]
    assert english.strip() and arabic.strip()
    assert fields(english) == fields(arabic)
    assert any("\u0621" <= ch <= "\u064a" for ch in arabic) or arabic == english


def test_labels_fill_fields():
    assert t("sentences_with", "ar", name="بايدن") == "الجمل التي تذكر بايدن"
    assert t("page_quotes", "ar") == "الاقتباسات"
    assert t("page_quotes", "fr") == "Quotes"  # unknown language: English


def test_stopwords_are_stored_normalised():
    assert all(normalise(w) == w for w in STOPWORDS)


@pytest.mark.parametrize("word", ["في", "إلى", "الى", "التي", "هذه", "وفي", "فإن", "أنه", "وقال", "قالت", "عليها", "كانت"])
def test_function_and_reporting_words_are_stop_words(word):
    assert is_stopword(word)


@pytest.mark.parametrize("word", ["بايدن", "الرئيس", "حكومة", "أوكرانيا", "العقوبات", "مستشفى", "قمة"])
def test_content_words_are_not_stop_words(word):
    assert not is_stopword(word)


@pytest.mark.parametrize("n, en, ar", [(1, "1 quote", "اقتباس واحد"), (2, "2 quotes", "اقتباسان"),
                                       (3, "3 quotes", "3 اقتباسات"), (11, "11 quotes", "11 اقتباساً"),
                                       (103, "103 quotes", "103 اقتباسات"), (200, "200 quotes", "200 اقتباس"),
                                       (0, "0 quotes", "0 اقتباس")])
def test_quote_counts(n, en, ar):
    assert quote_count(n, "en") == en and quote_count(n, "ar") == ar


def test_rules_are_told_in_plain_words_in_both_languages():
    from qawl.i18n import rule_words
    assert rule_words("verb+colon:direct") == "a reporting verb followed by a colon"
    assert rule_words("participle+comp:indirect", "ar") == "اسم فاعل يليه «أنّ» أو «إنّ»"
    assert "+" not in rule_words("paragraph:direct", "ar")
    assert rule_words("unheard-of") == "unheard-of"   # never hides what the parser said
    for rule in ("according+comp:indirect", "according+after:mixed", "quote+source:direct", "quote+as-said:direct",
                 "headline:direct"):
        assert "+" not in rule_words(rule) and "+" not in rule_words(rule, "ar")   # every rule the parser writes
