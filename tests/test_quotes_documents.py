"""A document that speaks (تقرير، دراسة، إحصائية، نشرة) is its issuer's: the body that issued it,
named at an earlier mention, or the speaker who spoke in it as its own (texts written for these tests)."""
from __future__ import annotations

import pytest

from qawl.quotes.marks import tokenize
from qawl.quotes.speakers import owned_stem
from test_quotes_speakers import quotes_of


@pytest.mark.parametrize("text, body", [
    # named again, the issuer of its first mention
    ("وأوضح تقرير صادر عن هيئة الإحصاء العامة أن عدد السكان ارتفع. وأشار التقرير إلى أن نسبة البطالة انخفضت.",
     "هيئة الإحصاء العامة"),
    # a study prepared by a body
    ("وخلصت دراسة أعدتها جامعة الملك سعود إلى أن الشباب يقرؤون أكثر. وأضافت الدراسة أن المكتبات العامة تشهد إقبالا.",
     "جامعة الملك سعود"),
    # the last speaker's own report («في تقريرها»، «في تقرير لها»)
    ("وذكرت مؤسسة النقد في تقريرها السنوي أن الودائع ارتفعت. وكشف التقرير أن القروض زادت.", "مؤسسة النقد"),
    ("وأكدت شركة الأفق للاستشارات في تقرير لها أن السوق تتعافى. وقال التقرير إن الطلب ارتفع.",
     "شركة الأفق للاستشارات"),
])
def test_a_document_that_speaks_again_is_its_issuers(text, body):
    qs = quotes_of(text, {body: "ORG"})
    assert [q.speaker for q in qs] == [body, body]


def test_a_document_the_last_speaker_only_spoke_of_is_not_theirs():
    text = ("وقال الوزير سامي الحربي إن التقرير دقيق. وأكد أن العمل مستمر في اللجنة. "
            "وأشار التقرير إلى أن النتائج إيجابية.")
    qs = quotes_of(text, {"سامي الحربي": "PER"})
    assert qs[-1].speaker != "سامي الحربي"


def test_a_document_two_bodies_issued_stays_the_document():
    text = ("وأوضح تقرير أعدته دائرة الشؤون القانونية أن الإجراءات سليمة. "
            "وكانت شركة الأفق للاستشارات قد أصدرت تقريرا عن السوق. "
            "وأضاف التقرير أن الأسعار مستقرة.")
    qs = quotes_of(text, {"دائرة الشؤون القانونية": "ORG", "شركة الأفق للاستشارات": "ORG"})
    assert qs[-1].speaker == "التقرير"


def test_a_paper_that_published_a_study_is_not_its_author():
    text = "وخلصت الدراسة التي نشرتها صحيفة الأيام إلى أن النوم المبكر مفيد."
    [q] = quotes_of(text, {"صحيفة الأيام": "ORG"})
    assert q.speaker != "صحيفة الأيام"


def test_a_time_between_the_verb_of_issuing_and_the_document_is_no_part_of_the_issuer():
    text = ("وأصدرت منظمة حقوقية العام الماضي تقريرا عن السجون. "
            "وذكر التقرير أن المعتقلين يعانون من الاكتظاظ.")
    qs = quotes_of(text)
    assert qs[-1].speaker == "منظمة حقوقية"


def test_owned_stem_is_the_noun_without_its_pronoun():
    assert [owned_stem(t) for t in tokenize("تقريرها دراستها التقرير")] == ["تقرير", "دراسه", None]


def test_a_study_a_body_conducted_is_that_bodys():
    [q] = quotes_of("وكشفت دراسة أجرتها مؤسسة الرأي العام أن معظم الناخبين مترددون.", {"مؤسسة الرأي العام": "ORG"})
    assert q.speaker == "مؤسسة الرأي العام"


def test_a_report_a_body_issued_as_its_own_is_that_bodys():
    text = ("وأصدرت غرفة التجارة تقريرها السنوي عن أداء القطاع الخاص. "
            "وأوضح التقرير السنوي أن الصادرات ارتفعت.")
    qs = quotes_of(text, {"غرفة التجارة": "ORG"})
    assert qs[-1].speaker == "غرفة التجارة"

