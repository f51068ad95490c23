import dataclasses

import pytest

from qawl.normalise import has_arabic, key, normalise, split_proclitics, stem, strip_marks
from qawl.tokens import Token, particle_length, tokenize


def test_normalise_removes_diacritics_tatweel_and_unifies_letters():
    assert normalise("أَحْمَد") == "احمد"
    assert normalise("إيـــران") == "ايران"
    assert normalise("مستشفى") == "مستشفي"
    assert normalise("مدرسة") == "مدرسه"
    assert strip_marks("قَالَ") == "قال"


def test_article_and_particles_are_split_off():
    assert stem("والولايات") == "ولايات"
    assert stem("للرئيس") == "رييس"
    assert stem("بالقاهرة") == "قاهره"
    assert split_proclitics("وبايدن") == ("و", "بايدن")


def test_words_that_start_like_a_clitic_are_kept_whole():
    for word in ["وزير", "واشنطن", "بايدن", "فرنسا", "كييف", "لبنان"]:
        assert stem(word) == normalise(word)


def test_article_after_a_conjunction_needs_the_word_without_it_to_be_common():
    # و of والد / والدة / والتر is a root letter: the word without it is rare or unknown
    for word in ["والد", "والدة", "والدته", "والتر"]:
        assert split_proclitics(normalise(word)) == ("", normalise(word))
    assert split_proclitics(normalise("والي")) == ("و", "الي")   # وإلى written without hamza
    assert stem("والتقى") == stem("التقى")                        # و + a verb of form VIII
    assert split_proclitics(normalise("والرئيس")) == ("وال", "رييس")
    assert split_proclitics(normalise("والحكومة")) == ("وال", "حكومه")
    assert split_proclitics(normalise("فالأمر")) == ("فال", "امر")
    assert split_proclitics(normalise("وبالمدينة")) == ("وبال", "مدينه")


def test_names_match_through_clitics():
    assert key("وبايدن") == key("بايدن")
    assert key("والكرملين") == key("الكرملين") == key("كرملين")


def test_has_arabic():
    assert has_arabic("قال الرئيس")
    assert not has_arabic("The president said")


def test_tokens_keep_offsets_into_the_original():
    text = "وقال بايدن: «نحن هنا»."
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["وقال", "بايدن", ":", "«", "نحن", "هنا", "»", "."]
    assert all(text[t.start:t.end] == t.text for t in tokens)


def test_particle_length_skips_conjunctions_but_not_the_article():
    assert particle_length("وبايدن") == 1
    assert particle_length("والكرملين") == 1
    assert particle_length("الكرملين") == 0
    assert particle_length("وزير") == 0
    assert particle_length("وَبايدن") == 2  # the diacritic stays with its letter
    assert particle_length("لـCNN") == 2 and particle_length("وبـBBC") == 3  # before Latin letters


def test_a_preposition_is_not_split_off_a_name_it_only_looks_like():
    assert stem("كوفي") == "كوفي"   # not ك + وفي: no conjunction after a preposition
    assert stem("كمال") == "كمال"   # كـ is split only before a common word
    assert stem("كرئيس") == "رييس"


def test_the_name_of_god_keeps_its_article():
    assert key("حزب الله") == key("وحزب الله") == "حزب الله"
    assert key("عبد الله") != key("عبد له")
    assert stem("لله") == stem("بالله") == stem("الله") == "الله"
    assert stem("وله") == "له"  # «and to him» is not the name


def test_token_is_an_immutable_value_with_its_keys():
    token = Token("وبِايدن", 3, 10)
    assert token == Token("وبِايدن", 3, 10) and len({token, Token("وبِايدن", 3, 10)}) == 1
    assert (token.norm, token.stem) == ("وبايدن", "بايدن")
    with pytest.raises(dataclasses.FrozenInstanceError):
        token.start = 0


@pytest.mark.parametrize("letter", ["ل", "ب", "ك"])
def test_a_long_run_of_one_preposition_letter_splits_without_deep_recursion(letter):
    prefix, rest = split_proclitics(letter * 5000)
    assert prefix + rest == letter * 5000


def test_lam_taken_off_keeps_the_better_known_form():
    from qawl.normalise import lam_taken_off
    assert lam_taken_off("لخبير") == "خبير"
    assert lam_taken_off("للوزير") == "الوزير"       # ل + the article, its alif dropped
    assert lam_taken_off("للبنان") == "لبنان"        # ل + a name that opens with ل
