"""The news golds' entity lists projected onto tokens, and the training corpus's conventions
applied to them (scripts/ner_news_gold.py, qawl.ner.train; tried, not shipped)."""
import importlib.util
import sys
from pathlib import Path

from qawl.ner.train import conventions, fill_misc, harmonise

_spec = importlib.util.spec_from_file_location(
    "ner_news_gold", Path(__file__).resolve().parent.parent / "scripts" / "ner_news_gold.py")
news_gold = importlib.util.module_from_spec(_spec)
sys.modules["ner_news_gold"] = news_gold
_spec.loader.exec_module(news_gold)


def _article(text, entities):
    return {"id": "x", "text": text, "entities": entities}


def test_forms_are_matched_longest_first_at_word_boundaries():
    art = _article("زار سمير الحلبي باريس. وقال الحلبي لباريس كلاما.", [
        {"text": "سمير الحلبي", "label": "PER", "count": 2, "variants": ["سمير الحلبي", "الحلبي"],
         "surface_forms": {"سمير الحلبي": 1, "الحلبي": 1}},
        {"text": "باريس", "label": "LOC", "count": 2, "variants": ["باريس"],
         "surface_forms": {"باريس": 1, "لباريس": 1}}])
    sents, clean, whole, _ = news_gold.project(art)
    assert whole and clean == [True, True]
    assert sents[0][1] == ["O", "B-PER", "I-PER", "B-LOC", "O"]
    assert sents[1][1] == ["O", "B-PER", "B-LOC", "O", "O"]


def test_a_form_found_more_often_than_counted_taints_its_sentences_only():
    art = _article("قالت الحكومة السعودية إن السعودية مستعدة. ووصل سمير إلى عمان.", [
        {"text": "السعودية", "label": "LOC", "count": 1, "variants": ["السعودية"], "surface_forms": {"السعودية": 1}},
        {"text": "سمير", "label": "PER", "count": 1, "variants": ["سمير"], "surface_forms": {"سمير": 1}}])
    sents, clean, whole, _ = news_gold.project(art)
    assert not whole and clean == [False, True]


def _doc(*sents):
    return [[(s.split(), t.split()) for s, t in sents]]


def test_conventions_of_the_training_corpus():
    train = _doc(*[("وزارة الصحة قالت", "O O O")] * 4, *[("البيت الأبيض قال", "B-MISC I-MISC O")] * 2,
                 *[("حركة حماس قالت", "O B-ORG O")] * 3, *[("دفع دولار", "O B-MISC")] * 3)
    news = _doc(("وزارة الصحة قالت", "B-ORG I-ORG O"), ("البيت الأبيض قال", "B-ORG I-ORG O"),
                ("حركة حماس قالت", "B-ORG I-ORG O"), ("دفع دولار", "O O"))
    out = fill_misc(harmonise(conventions(news, train), train), train)
    assert [tags for _, tags in out[0]] == [["O", "O", "O"], ["B-MISC", "I-MISC", "O"],
                                            ["O", "B-ORG", "O"], ["O", "B-MISC"]]
