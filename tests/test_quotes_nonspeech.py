"""Unknown speakers' quotes that are no speech (issue 8), on sentences written for these tests:
a complementiser that a clause after a comma between it and the cue owns is not the cue's."""
from __future__ import annotations

from dataclasses import replace

from test_quotes_speakers import quotes_of

from qawl.doc import Entity, Quote
from qawl.quotes import UNKNOWN_SPEAKER
from qawl.quotes.nonspeech import adverbial_clause, agentless, evidence, owned_elsewhere


def test_a_complementiser_that_a_later_clause_owns_gives_no_quote():
    assert quotes_of("ونحن في مجتمع تحكمه القيم السامية التي تدعو للأمانة في العمل والتعامل مع الناس، ولكن لا "
                     "يزال بيننا من يخالفها، لذلك علينا أن نتعاون جميعا.") == []
    assert quotes_of("والكتاب فيه تاريخ طويل ووصف دقيق لما جرى في المدينة وأهلها وأسواقها، والأجمل في الكتاب أن "
                     "مؤلفه زار كل الأماكن.") == []
    assert quotes_of("وقد عادت الأحزاب التي أعلنت سابقا مقاطعتها للانتخابات، وهو ما أشعل النقاش في الشارع، خاصة "
                     "مع ترجيح مصادر حكومية أن يبدأ التسجيل الشهر المقبل.") == []


def test_a_comma_right_before_the_complementiser_or_before_a_time_word_keeps_the_quote():
    for text in ("وأشارت الخطة الخمسية الصادرة عن الوزارة في العاصمة أمس، إلى أنه سيتم تخصيص مبالغ جديدة.",
                 "وأشارت الخطة الخمسية الصادرة عن الوزارة في العاصمة، أمس، إلى أنه سيتم تخصيص مبالغ جديدة."):
        [q] = quotes_of(text)
        assert q.quote == "سيتم تخصيص مبالغ جديدة"


def test_a_name_after_the_comma_keeps_the_quote():
    [q] = quotes_of("وكان الموقف الرسمي لا يتفق مع رأي وزير الدفاع السابق، روبرت غيتس بأنه «لا حل إلا بالحرب».",
                    {"روبرت غيتس": "PER"})
    assert q.quote == "لا حل إلا بالحرب"


def _unknown(text: str, cue: str, that: str) -> Quote:
    cue_start, start = text.index(cue), text.index(that) + len(that) + 1
    return Quote(speaker=UNKNOWN_SPEAKER, speaker_mention="", cue=cue, type="indirect", quote=text[start:],
                 start=start, end=len(text), sentence_index=0, cue_start=cue_start,
                 cue_end=cue_start + len(cue), rule="verb+comp:indirect")


def test_a_participle_or_a_name_after_the_comma_keeps_the_quote():
    text = "وتحدثوا عن الدور الكبير الذي لعبته الجمعية في خدمة الأسر، مؤكدين أن العمل مستمر"
    assert not owned_elsewhere(_unknown(text, "وتحدثوا", "أن"), text, [])
    text = "وتحدثوا عن الدور الكبير الذي لعبته الجمعية في خدمة الأسر، وعلينا أن نشكرها"
    assert owned_elsewhere(_unknown(text, "وتحدثوا", "أن"), text, [])
    text = "وتحدثوا عن الدور الكبير الذي لعبته الجمعية في خدمة الأسر، ويرى سامي الخطيب أن العمل مستمر"
    k = text.index("سامي")
    name = Entity("سامي الخطيب", "سامي الخطيب", "PER", k, k + len("سامي الخطيب"), 0)
    assert not owned_elsewhere(_unknown(text, "وتحدثوا", "أن"), text, [name])


def test_a_short_gap_counts_too_but_not_a_coordinated_complementiser_or_a_preposition():
    text = "وتحدثوا عن الحادث، ولو سألتهم لوجدت أن الأمر مختلف"
    assert owned_elsewhere(_unknown(text, "وتحدثوا", "أن"), text, [])
    text = "وتحدثوا عن الحادث في المدينة، وبأنه وقع ليلا"
    assert not owned_elsewhere(_unknown(text, "وتحدثوا", "وبأنه"), text, [])
    text = "وتحدثت الصحف المحلية، عن أن الحادث وقع ليلا"
    assert not owned_elsewhere(_unknown(text, "وتحدثت", "أن"), text, [])


def test_a_because_clause_or_a_subordinated_complementiser_is_no_content():
    assert quotes_of("وشهدت المدينة في السنوات الأخيرة نموا لافتا لأنها أصبحت مركزا للشركات.") == []
    assert quotes_of("وكان بإمكان اللاعب أن يذهب إلى المدرب ويقول رأيه قبل أن يتحدث للإعلام، لأنه حينها "
                     "يتجاوز إدارته.") == []
    for text, that in (("وتعلن البنوك أرباحها بالمليارات وتهدر وقت الناس مع أنه", "أنه"),
                       ("ولم تنته الأزمة كما يقول الخبراء، إذ إن الأسعار", "إن"),
                       ("وتحدثوا عن الحادث طويلا، خاصة أن الضحايا", "أن")):
        assert adverbial_clause(_unknown(text + " كثيرون", text.split()[0], that), text + " كثيرون"), text


def test_a_complementiser_after_a_report_verb_or_its_preposition_is_content():
    for text, cue in (("وتحدثوا عن الحادث وأكدوا أن الضحايا كثيرون", "وأكدوا"),
                      ("وأشاروا مع ذلك إلى أن الضحايا كثيرون", "وأشاروا")):
        assert not adverbial_clause(_unknown(text, cue, "أن"), text), text


def test_an_agentless_imperfect_of_noticing_deeming_or_expecting_is_no_report():
    # يُلاحظ أن، يُعتبر الوضع …، ويُتوقع رسميا أن: the passive (or «one»), which no one says
    for text in ("وتراجعت الصادرات في الشهر الماضي. ويلاحظ من خلال الأرقام أن الواردات ارتفعت.",
                 "ومع ذلك، يعتبر الوضع أكثر تعقيدا: فالمفاوضات متوقفة.",
                 "وهبطت الأسعار في الربع الأول. ويتوقع رسميا أن ينمو الاقتصاد بنسبة ثلاثة في المئة."):
        assert quotes_of(text) == [], text
    assert agentless("ويُلاحظ") and agentless("يعتبر") and not agentless("تعتبر") and not agentless("لاحظ")


def test_an_agentless_verb_with_its_speaker_still_reports():
    [q] = quotes_of("ويتوقع الخبير الاقتصادي سامي الخطيب أن ينمو الاقتصاد.", {"سامي الخطيب": "PER"})
    assert q.speaker == "سامي الخطيب"


def test_it_turned_out_after_a_fronted_phrase_gives_no_quote():
    assert quotes_of("وبعد التحريات تبين أنه غادر المدينة قبل الحادث.") == []
    assert quotes_of("بعد مضي شهر كامل تبين لي أن الجار لا يعرف أحدا.") == []
    assert quotes_of("وعند وصول الفرق الميدانية تبين أن الحريق محدود.") == []
    [q] = quotes_of("وتبين الدراسة أن التكلفة أقل.")  # بيّن with its subject
    assert q.speaker == "الدراسة"


def test_a_present_verb_of_evidence_with_no_speaker_gives_no_quote():
    assert quotes_of("ما يحدث من تغير في هذا القطاع يؤكد أن السوق تتجه إلى النمو.") == []
    assert quotes_of("وارتفعت الصادرات في الربع الأول، الأمر الذي يؤكد أن الاقتصاد متماسك.") == []
    assert quotes_of("كل ما حولنا من شواهد يؤكد لنا أن التغيير ممكن.") == []
    assert quotes_of("لكن أحدث البيانات تشير إلى أنه أمام الدولة سنوات قبل الأزمة.") == []


def test_a_verb_of_evidence_that_may_go_on_with_a_report_keeps_its_quote():
    text = "نشر الموقع أمس تقريرا يشير فيه إلى أن الشركة ستطلق هاتفا جديدا"
    assert not evidence(_unknown(text, "يشير", "أن"), text)  # a relative clause on a statement
    text = "تفخر الشركة بسياراتها المصنوعة يدويا، وتؤكد أن رساما واحدا يرسم خطوطها"
    assert not evidence(_unknown(text, "وتؤكد", "أن"), text)  # و: maybe the company's own report
    text = "وصفه الشهود بعبارات تؤكد غرابته مثل: كان حدثا لا يصدق"
    q = replace(_unknown(text, "تؤكد", "مثل:"), rule="verb+colon:direct")
    assert not evidence(q, text)  # a colon: words someone said
    text = "وخلال اللقاء مع الطلاب يوضح أن الدراسة تبدأ غدا"
    assert not evidence(_unknown(text, "يوضح", "أن"), text)  # a fronted phrase: the subject is elided
    text = "الأمر الذي يؤكد أن الاقتصاد متماسك"
    assert evidence(_unknown(text, "يؤكد", "أن"), text)


def test_the_if_of_if_any_is_no_complementiser():
    assert quotes_of("وتقدم الطلبات مع وثيقة التخرج وكشف درجات معتمد وشهادات الدورات إن وجدت إلى مكتب القسم.") == []
    [q] = quotes_of("وأوضح المدير أن الطلبات تقدم مع شهادات الدورات إن وجدت إلى مكتب القسم.")
    assert q.quote == "الطلبات تقدم مع شهادات الدورات إن وجدت إلى مكتب القسم"
