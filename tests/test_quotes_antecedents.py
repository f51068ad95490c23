"""Antecedents of elided and pronominal speakers across sentence boundaries (texts written for
these tests): a document that spoke last, a repair shared by a verb and its participles, a name
the recogniser missed with a role apposed to it."""
from __future__ import annotations

import pytest

from qawl.quotes.resolve import Resolver, Speaker, non_agentive
from test_quotes_speakers import quotes_of
from test_quotes_stages import context


@pytest.mark.parametrize("text, cue", [
    ("وقال الوزير سامي عادل إن الميزانية كافية. وأوضح التقرير أن الإنفاق زاد كثيرا. وأضاف أن العجز تراجع.", "وأضاف"),
    ("وقالت الوزيرة منى الحربي إن الأرقام مشجعة. وذكرت الدراسة أن المرضى تحسنوا. وأشارت إلى أن العلاج آمن.",
     "وأشارت"),
])
def test_a_report_verb_opening_its_sentence_goes_on_with_the_document_that_spoke_before(text, cue):
    q = next(q for q in quotes_of(text, {"سامي عادل": "PER", "منى الحربي": "PER"}) if q.cue == cue)
    assert q.speaker in ("التقرير", "الدراسة")


def test_a_document_in_a_source_clause_is_no_antecedent_of_the_next_report():
    text = ("وقال الوزير سامي عادل إن الميزانية كافية. ويعاني القطاع من نقص التمويل حسبما ذكر التقرير. "
            "وقال إن العجز تراجع.")
    q = next(q for q in quotes_of(text, {"سامي عادل": "PER"}) if q.quote.startswith("العجز"))
    assert q.speaker == "سامي عادل"


def test_a_participle_sharing_a_misread_subject_is_repaired_as_its_verb_was():
    text = ("وقال سامي عادل إن الخطة جاهزة. وأكد حرص سموه على أن تنفذ الخطة سريعا، مشيرا إلى أن التمويل "
            "متوفر، لافتا إلى أن العمل بدأ.")
    assert [q.speaker for q in quotes_of(text, {"سامي عادل": "PER"})] == ["سامي عادل"] * 4


def test_a_participle_of_another_gender_does_not_take_its_verbs_repair():
    text = "وقال سامي عادل إن الخطة جاهزة. وأكد حرص سموه على أن تنفذ الخطة سريعا، مشيرة إلى أن التمويل متوفر."
    q = next(q for q in quotes_of(text, {"سامي عادل": "PER"}) if q.cue == "مشيرة")
    assert q.speaker != "سامي عادل"


def test_a_report_verb_opening_its_sentence_continues_a_subject_the_sentence_before_apposes_a_role_to():
    text = ("وقالت رئيسة اللجنة منى الحربي إن الجائزة مستحقة. ونشرت ماريانا كوفالتشي، مراسلة الإذاعة في باريس، "
            "صورة على حسابها. وقالت في التعليق على الصورة: \"التقيت بها بعد يوم من وصولها\".")
    assert [q.speaker for q in quotes_of(text, {"منى الحربي": "PER"})] == ["منى الحربي", "ماريانا كوفالتشي"]
    text = ("وقالت رئيسة اللجنة منى الحربي إن الجائزة مستحقة. وزارت المدينة، عاصمة الإقليم، معرضا للصور. "
            "وقالت في التعليق على الصورة: \"التقيت بها بعد يوم من وصولها\".")
    assert quotes_of(text, {"منى الحربي": "PER"})[-1].speaker == "منى الحربي"


def test_a_news_agency_that_spoke_is_the_antecedent_of_the_next_feminine_report():
    text = ("وقالت الوزيرة منى الحربي إن الاتفاق قريب. وقالت وكالة الأنباء الرسمية إن الوفدين اجتمعا أمس. "
            "وذكرت أن الاجتماع استمر ساعتين.")
    q = next(q for q in quotes_of(text, {"منى الحربي": "PER"}) if q.cue == "وذكرت")
    assert q.speaker == "وكالة الأنباء الرسمية"


@pytest.mark.parametrize("name, agentless", [
    ("وكالة الأنباء السورية", False), ("بعض التقارير", True), ("عدة تقارير", True), ("التقديرات", True),
    ("وزير الخارجية", False),
])
def test_news_reports_have_no_agent_but_a_news_agency_has(name, agentless):
    assert non_agentive(name) is agentless


def test_the_last_speaker_is_the_nearest_before_in_the_text_not_the_last_found():
    art = context("وقال الوزير إن الوضع مستقر. وقال السفير إن الأمر انتهى. وأضاف أن الوفد غادر.")
    res = Resolver(art)
    minister, ambassador = Speaker("الوزير", "الوزير", "title"), Speaker("السفير", "السفير", "title")
    res.history += [(ambassador, art.text.index("السفير"), 1, True), (minister, 5, 0, True)]  # found in that order
    assert res.last(art.text.index("وأضاف")) is ambassador


def test_a_participle_after_a_subjectless_opening_verb_continues_the_subject_of_the_sentence_before():
    text = ("وقال الوزير سامي عادل إن الخطة جاهزة. من جانبه، تقدم وزير الخارجية منير خالد بالشكر للحاضرين. "
            "واقترح أن تجتمع الدول قريبا، قائلا: \"لا بد من العمل المشترك الآن\".")
    q = next(q for q in quotes_of(text, {"سامي عادل": "PER", "منير خالد": "PER"}) if q.cue == "قائلا")
    assert q.speaker == "منير خالد"


def test_a_participle_after_an_opening_verb_with_a_subject_of_its_own_does_not_go_back_a_sentence():
    text = ("وقال الوزير سامي عادل إن الخطة جاهزة. من جانبه، تقدم وزير الخارجية منير خالد بالشكر للحاضرين. "
            "وطالبت الوزيرة منى الحربي بالإسراع، قائلة: \"لا بد من العمل المشترك الآن\".")
    q = next(q for q in quotes_of(text, {"سامي عادل": "PER", "منير خالد": "PER", "منى الحربي": "PER"})
             if q.cue == "قائلة")
    assert q.speaker == "منى الحربي"


def test_a_joined_verb_shares_the_bare_name_of_a_body_that_opens_its_sentence_whatever_its_gender():
    text = ("وقالت الحكومة البريطانية إنها تعمل مع شركة نوفاتل. وفتحت نوفاتل تحقيقا في الحادث الذي وقع أمس "
            "وقالت إنه تسبب في تأخيرات كبيرة.")
    q = next(q for q in quotes_of(text, {"نوفاتل": "ORG"}) if q.quote.startswith("تسبب"))
    assert (q.speaker, q.speaker_mention) == ("نوفاتل", "نوفاتل")


def test_a_relative_verb_of_another_gender_does_not_share_a_bare_body_name():
    text = "وقال الوزير سامي عادل إن الخطة جاهزة. واطلعت نوفاتل على ورقة للمفوضية تحذر فيها من أن الوضع سيئ."
    q = next(q for q in quotes_of(text, {"سامي عادل": "PER", "نوفاتل": "ORG"}) if q.cue == "تحذر")
    assert q.speaker != "نوفاتل"


OPENING = "وقال وزير الخارجية سامي عادل إن المحادثات كانت مثمرة. "


@pytest.mark.parametrize("clause, speaker", [
    ("لكن عمدة البلدة يقول إنه لن يسمح بالبناء هناك.", "عمدة البلدة"),
    ("ولكن إحدى الممرضات قالت: «لم نتلق أي تعليمات».", "إحدى الممرضات"),
    ("غير أن أهالي الحي يقولون إن المياه لم تصل بعد.", "أهالي الحي"),
    ("ابن الضحية قال: «نريد أن نعرف الحقيقة».", "ابن الضحية"),
])
def test_a_construct_phrase_before_its_verb_is_the_subject_not_an_earlier_speaker(clause, speaker):
    q = next(q for q in quotes_of(OPENING + clause, {"سامي عادل": "PER"}) if q.start > len(OPENING))
    assert q.speaker == speaker


@pytest.mark.parametrize("clause", [
    "أخطاء الموسم ذكر سامي عادل أن الفريق يحتاج إلى مدرب جديد.",  # a heading run on into a VS report
    "تجاهل التحذير قالت صحيفة الأيام إن الحرب ستطول.",  # and its verb disagrees with the phrase
])
def test_a_heading_before_a_verb_with_its_own_subject_is_not_the_subject(clause):
    q = next(q for q in quotes_of(OPENING + clause, {"سامي عادل": "PER"}) if q.start > len(OPENING))
    assert q.speaker in ("سامي عادل", "صحيفة الأيام")


def test_a_construct_phrase_heading_a_relative_clause_is_not_the_subject_of_its_verb():
    clause = "وأكد سامي عادل أن الأمر صعب. مشكلة الإدارة التي تحدث عنها تتعلق بالتمويل فقط."
    speakers = {q.speaker for q in quotes_of(OPENING + clause, {"سامي عادل": "PER"})}
    assert "مشكلة الإدارة" not in speakers


def test_a_construct_phrase_apposed_after_a_comma_leaves_the_name_the_subject():
    clause = "وكان خالد منصور، نجل الفنان الراحل قد صرح أن والده كان مريضا."
    q = next(q for q in quotes_of(OPENING + clause, {"سامي عادل": "PER", "خالد منصور": "PER"})
             if q.start > len(OPENING))
    assert q.speaker == "خالد منصور"


def test_a_construct_role_before_a_name_the_recogniser_missed_is_the_subject_with_that_name():
    text = OPENING + "لكن عمدة البلدة ماتين ديزان يقول إنه لن يسمح بالبناء. وأضاف أنه سأل السلطات."
    later = [q for q in quotes_of(text, {"سامي عادل": "PER"}) if q.start > len(OPENING)]
    assert [q.speaker for q in later] == ["ماتين ديزان", "ماتين ديزان"]
