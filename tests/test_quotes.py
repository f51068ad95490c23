"""Quote extraction on short sentences written for these tests: cues, content spans,
types, and the negative cases. Speakers are tested in test_quotes_speakers.py."""
from __future__ import annotations

import pytest

from qawl.doc import Entity
from qawl.normalise import normalise
from qawl.quotes import extract_quotes
from qawl.quotes.content import COMPLEMENTISERS
from qawl.quotes.cues import NOUN, PARTICIPLE, VERB, clausal_participle, cue_of, verb_with_object
from qawl.sentences import split_sentences
from test_quotes_speakers import entities_of


def quotes_of(text: str, entities: list[Entity] | None = None):
    qs = extract_quotes(text, split_sentences(text), entities or [])
    for q in qs:  # the offsets are the truth
        assert text[q.start:q.end] == q.quote
        assert q.rule and 0 < q.confidence <= 1
    return qs


# --- cues ---------------------------------------------------------------------------

@pytest.mark.parametrize("word, kind", [
    ("قال", VERB), ("قالت", VERB), ("يقول", VERB), ("تقول", VERB), ("وأضاف", VERB), ("وأضافت", VERB),
    ("فأكد", VERB), ("أكدوا", VERB), ("يؤكدون", VERB), ("وتابع", VERB), ("نفت", VERB), ("نفوا", VERB),
    ("صرحا", VERB), ("أوضحتا", VERB), ("مضيفا", PARTICIPLE), ("مضيفاً", PARTICIPLE), ("مشيرة", PARTICIPLE),
    ("مؤكدين", PARTICIPLE), ("نافيا", PARTICIPLE), ("قائلا", PARTICIPLE), ("قوله", NOUN), ("تصريح", NOUN),
    ("البيان", NOUN), ("مفاده", NOUN),
])
def test_cue_lexicon_covers_inflections(word, kind):
    cue = cue_of(word)
    assert cue is not None and cue.kind == kind


@pytest.mark.parametrize("word", ["بين", "عبر", "متهما", "مبلغا", "متوقعا", "الكتاب", "ذهب", "أقرأ", "وأقرأ", "اقرأ"])
def test_homographs_and_ordinary_words_are_not_cues(word):
    assert cue_of(word) is None  # أقرأ (I read) is no dual of أقر (acknowledged), which is written أقرا


def test_reading_is_no_report_but_the_dual_of_acknowledging_is():
    assert quotes_of("وأنا أقرأ الصفحات الأولى إن أعجبتني أكملت الرواية.") == []
    [q] = quotes_of("وأقرا أن الاتفاق نهائي.")
    assert q.cue == "وأقرا" and q.quote == "الاتفاق نهائي"


@pytest.mark.parametrize("word, lemma", [("أعلنه", "أعلن"), ("ذكرته", "ذكر"), ("نقلتها", "نقل"), ("ذكرت", "ذكر")])
def test_report_verb_with_an_object_pronoun(word, lemma):
    cue = verb_with_object(word)
    assert cue is not None and cue.kind == VERB and cue.lemma == lemma


@pytest.mark.parametrize("word", ["تصريحه", "مضيفا", "كتابه", "الله"])
def test_only_verbs_take_an_object_pronoun(word):
    assert verb_with_object(word) is None


@pytest.mark.parametrize("word", ["ووصفها", "وصفه", "وصفوهم", "اتهمه", "يصفها", "أبلغهم"])
def test_verbs_with_their_object_first_take_an_object_pronoun(word):
    cue = cue_of(word)
    assert cue is not None and cue.kind == VERB and cue.object


def test_cue_gender_and_conjunction_are_recorded():
    cue = cue_of("وأضافت")
    assert cue.feminine and cue.conjunction == "و" and cue.lemma == "أضاف"


# --- content and type ---------------------------------------------------------------

def test_indirect_after_inna_excludes_the_complementiser():
    [q] = quotes_of("قال وزير الزراعة إن المحصول سيكون وفيرا هذا العام.")
    assert q.type == "indirect" and q.quote == "المحصول سيكون وفيرا هذا العام" and q.cue == "قال"


@pytest.mark.parametrize("comp", ["أن", "بأن", "إنه", "من أن", "إلى أن"])
def test_indirect_after_each_complementiser(comp):
    [q] = quotes_of(f"وأكد المدير {comp} الشركة ستفتح فرعا جديدا.")
    assert q.quote == "الشركة ستفتح فرعا جديدا"


@pytest.mark.parametrize("open_, close", [("«", "»"), ("“", "”"), ('"', '"')])
def test_direct_quote_in_each_kind_of_mark(open_, close):
    text = f"وقال المدرب: {open_}سنلعب من أجل الفوز في كل مباراة{close}."
    [q] = quotes_of(text)
    assert q.type == "direct" and q.quote == "سنلعب من أجل الفوز في كل مباراة"


def test_direct_quote_after_complementiser_is_the_text_inside_the_marks():
    [q] = quotes_of('وقالت الطبيبة إن "الوضع تحت السيطرة حتى الآن".')
    assert q.type == "direct" and q.quote == "الوضع تحت السيطرة حتى الآن"


def test_unclosed_quotation_runs_to_the_end_of_the_paragraph():
    [q] = quotes_of("وقال المزارع: «الأمطار تأخرت كثيرا هذا الموسم. نحن ننتظر المساعدة.")
    assert q.quote == "الأمطار تأخرت كثيرا هذا الموسم. نحن ننتظر المساعدة"


def test_quote_over_several_sentences_keeps_the_first_sentence_index():
    text = "افتتح المعرض أمس.\nوقال المنظم: «جاء الزوار من كل المدن. وكان الإقبال كبيرا.»"
    [q] = quotes_of(text)
    assert q.quote == "جاء الزوار من كل المدن. وكان الإقبال كبيرا"
    assert q.sentence_index == 1


def test_colon_speech_without_marks_is_direct():
    [q] = quotes_of("وقال الوزير: لن نرفع الضرائب هذا العام.")
    assert q.type == "direct" and q.quote == "لن نرفع الضرائب هذا العام"


def test_mixed_clause_with_a_quoted_fragment():
    [q] = quotes_of('وقال المحافظ إن الوضع "مقلق" لكنه تحت المراقبة.')
    assert q.type == "mixed" and q.quote == 'الوضع "مقلق" لكنه تحت المراقبة'


@pytest.mark.parametrize("text, kind", [
    ('وقالت الوزيرة إن المبادرة "تأخرت كثيرا" عن موعدها.', "mixed"),  # a predicate after a definite head
    ('وأكد السفير أن الاتفاقية "إنجاز تاريخي" للبلدين.', "mixed"),
    ('وقالت الوزيرة إن المبادرة "الخضراء" تأخرت.', "indirect"),  # a definite name after the head
    ('وقالت الوزيرة إن مبادرة "أمل" تأخرت.', "indirect"),  # an indefinite head names it
])
def test_quote_after_a_definite_head_noun_is_a_predicate_unless_it_is_a_name(text, kind):
    [q] = quotes_of(text)
    assert q.type == kind


def test_report_without_a_complementiser_after_an_addressee_or_time_word():
    [q] = quotes_of("وقال المدرب للصحفيين الفريق جاهز للمباراة.")
    assert q.quote == "الفريق جاهز للمباراة" and q.speaker == "المدرب" and q.type == "indirect"
    [q] = quotes_of("وقالت النائبة أمس نحن نرفض هذا القانون.")
    assert q.quote == "نحن نرفض هذا القانون"
    assert quotes_of("وقال المدرب في الملعب الذي افتتح أمس.") == []  # a place, no content
    assert quotes_of("وقال المدرب للصحفيين الذين حضروا.") == []  # a relative clause on the addressee


def test_participle_continuation_starts_a_new_quote():
    qs = quotes_of("وقال الوزير إن الميزانية جاهزة، مضيفا أن البرلمان سيناقشها الأسبوع المقبل.")
    assert [q.quote for q in qs] == ["الميزانية جاهزة", "البرلمان سيناقشها الأسبوع المقبل"]
    assert [q.cue for q in qs] == ["وقال", "مضيفا"]


def test_participle_after_a_comma_ends_the_quote_even_with_no_content():
    [q] = quotes_of("وقال الوزير إن الميزانية جاهزة للتصويت، مشيرا إلى الأزمة المالية في البلاد.")
    assert q.quote == "الميزانية جاهزة للتصويت"


def test_participle_with_an_addressee_before_its_complementiser():
    qs = quotes_of("وقال الوزير إن الميزانية جاهزة، مضيفا للصحفيين في مقر الوزارة بالعاصمة أمس "
                   "أن البرلمان سيناقشها قريبا.")
    assert [q.quote for q in qs] == ["الميزانية جاهزة", "البرلمان سيناقشها قريبا"]
    assert qs[1].cue == "مضيفا" and qs[1].speaker == "الوزير"


def test_participle_with_a_quoted_agency_name_in_its_addressee():
    qs = quotes_of("وقال الوزير إن الميزانية جاهزة، مضيفا لوكالة الأنباء «سبأ» أن البرلمان سيناقشها قريبا.")
    assert [q.quote for q in qs] == ["الميزانية جاهزة", "البرلمان سيناقشها قريبا"]


def test_a_verb_with_an_object_pronoun_reports_and_ends_the_quote_before_it():
    qs = quotes_of('أعلن النائب أنه لن يترشح للانتخابات ووصفها بأنها "مهزلة".')
    assert [(q.quote, q.type) for q in qs] == [("لن يترشح للانتخابات", "indirect"), ("مهزلة", "direct")]
    assert qs[1].cue == "ووصفها" and qs[1].speaker == "النائب"


def test_object_pronoun_makes_the_verb_active_not_passive():
    [q] = quotes_of("وكان المعرض ناجحا ووصفه بأنه أفضل معرض في تاريخ المدينة.")
    assert q.quote == "أفضل معرض في تاريخ المدينة"


def test_describing_participle_with_a_long_object_before_bianna():
    qs = quotes_of("وقال الوزير إن المشروع تأخر، واصفا القرارات التي صدرت أمس عن المجلس بأنها متسرعة جدا.")
    assert [q.quote for q in qs] == ["المشروع تأخر", "متسرعة جدا"]
    assert qs[1].cue == "واصفا" and qs[1].speaker == "الوزير"


@pytest.mark.parametrize("text, quote, speaker", [
    ("وبرر المسؤولون ذلك بأنها إجراءات احترازية مؤقتة.", "إجراءات احترازية مؤقتة", "المسؤولون"),
    ("وقد برر المدير قرار الشركة بأنه جاء بعد دراسة طويلة.", "جاء بعد دراسة طويلة", "المدير"),
    ("وبرر الوزير تأجيل الافتتاح بقوله: لم تكتمل الطرق المؤدية إلى الموقع.",
     "لم تكتمل الطرق المؤدية إلى الموقع", "الوزير"),
    ('وألغى الرئيس الزيارة، مبررا قراره بـ"الظروف الأمنية الصعبة" في البلاد.', "الظروف الأمنية الصعبة", "الرئيس"),
    ("وقال المدرب إن الفريق تعب، مبررا أن المباريات كانت متلاحقة.", "المباريات كانت متلاحقة", "المدرب"),
])
def test_a_verb_of_justifying_reports_its_reasons(text, quote, speaker):
    qs = quotes_of(text)
    assert (qs[-1].quote, qs[-1].speaker) == (quote, speaker)


@pytest.mark.parametrize("text", [
    "فالوسيلة تبرر الغاية عندهم، إلى حد أن يقف أمامها البعض مشدوهين.",
    "قد أجد مبررا لهذا المقترح لكني لم أستطع أن أقنع نفسي به.",
    "وبررت الإدارة الطلب بسببين يتمثلان في: الحاجة إلى المشاورات وضيق الوقت.",
    'وكشف كثيرون عن مبررات القرار وارتباطه بفعاليات "شخصية رسمية ذات حيثيات".',
])
def test_a_verb_of_justifying_reports_no_later_that_colon_or_quotation(text):
    assert all(q.cue.lstrip("و") not in ("تبرر", "مبررا", "بررت", "مبررات") for q in quotes_of(text))


def test_the_writers_aside_ends_the_content():
    [q] = quotes_of("وألمح اللاعب بأن الإدارة منعته من الظهور، مع العلم أن القرار صادر منذ عامين.")
    assert q.quote == "الإدارة منعته من الظهور"


def test_haythu_clause_continues_the_content():
    [q] = quotes_of("وقال الوزير إن الأسعار انخفضت، حيث تراجع سعر القمح إلى أدنى مستوى منذ عامين.")
    assert q.quote == "الأسعار انخفضت، حيث تراجع سعر القمح إلى أدنى مستوى منذ عامين"


@pytest.mark.parametrize("text, first", [
    ("وأعلنت الشركة أن الهاتف سيطرح قريبا، حيث قال مديرها إن المبيعات ستبدأ غدا.", "الهاتف سيطرح قريبا"),
    ("وقال الوزير إن الوضع صعب لكنه أضاف أن المبيعات ستبدأ غدا.", "الوضع صعب"),
    ("وأكد الخطيب أن الصدق واجب، فقد قال الحكيم إن المبيعات ستبدأ غدا.", "الصدق واجب"),
    ("وشددت المصادر على أن الإدارة متمسكة بحقها، بل أكدت أن المبيعات ستبدأ غدا.", "الإدارة متمسكة بحقها"),
    ("وكشف الحزب أن الأطراف وافقت على التمديد، وفيما أكد أن المبيعات ستبدأ غدا.", "الأطراف وافقت على التمديد"),
])
def test_clause_opener_before_a_report_verb_ends_the_quote(text, first):
    qs = quotes_of(text)
    assert [q.quote for q in qs] == [first, "المبيعات ستبدأ غدا"]


@pytest.mark.parametrize("text, cue", [
    ("وقال الوزير إن المصنع جاهز، مفيدا أن الإنتاج يبدأ غدا.", "مفيدا"),
    ("وقالت المصادر إن المصنع جاهز. متوقعة أن الإنتاج يبدأ غدا.", "متوقعة"),
    ("وقال الوزير إن المصنع جاهز، مستبعدا أن الإنتاج يبدأ غدا.", "مستبعدا"),
    ("وقال الوزير إن المصنع جاهز، مصرا على أن الإنتاج يبدأ غدا.", "مصرا"),
    ("وقال الوزير إن المصنع جاهز، آملا أن الإنتاج يبدأ غدا.", "آملا"),        # hoping: no report verb of its own
    ("وقالت الوزيرة إن المصنع جاهز، متمنية أن الإنتاج يبدأ غدا.", "متمنية"),  # wishing
    ("وقال الوزير إن المصنع جاهز، محددا أن الإنتاج يبدأ غدا.", "محددا"),      # specifying
])
def test_mostly_adjectival_participle_opening_a_clause_before_a_complementiser(text, cue):
    qs = quotes_of(text)
    assert [q.quote for q in qs] == ["المصنع جاهز", "الإنتاج يبدأ غدا"] and qs[1].cue == cue


@pytest.mark.parametrize("word, feminine, plural", [
    ("متوقعا", False, False), ("متوقعة", True, False), ("ذاكرةً", True, False), ("داعية", True, False),
    ("مطالبين", False, True), ("متوقعات", True, True), ("متمنية", True, False),
])
def test_a_mostly_adjectival_participle_read_as_a_cue_keeps_its_gender_and_number(word, feminine, plural):
    cue = clausal_participle(word, [normalise("أن")], COMPLEMENTISERS)
    assert cue.kind == PARTICIPLE and (cue.feminine, cue.plural) == (feminine, plural)


def test_mostly_adjectival_participle_inside_a_clause_is_no_cue():
    assert quotes_of("وكان فوز الفريق متوقعا أن يحدث مبكرا.") == []


@pytest.mark.parametrize("text", [
    "وحدد الوزير موعدا للاجتماع.",                         # the verbs أمل، تمنى، حدد report nothing
    "وتمنى اللاعب أن يفوز فريقه باللقب.",
    "ويعمل الفريق بجد أملا بأن يفوز باللقب.",              # أملا without its madda: the noun (hope)
    "وقال الكاتب إن الوضع صعب بل أملا بأن الحل قريب.",
])
def test_hoping_wishing_and_specifying_report_only_as_participles_before_a_complementiser(text):
    assert [q.cue for q in quotes_of(text)] in ([], ["وقال"])


def test_accusative_participle_after_its_object_needs_no_comma():
    qs = quotes_of("وتحدث الوزير عن المقاولين في المؤتمر ذاكرا أنهم تأخروا في تسليم المدارس.")
    assert [(q.cue, q.speaker) for q in qs] == [("ذاكرا", "الوزير")]
    assert qs[0].quote.endswith("تأخروا في تسليم المدارس")


@pytest.mark.parametrize("text", [
    "ويحمل الناس يقينا جازما بأن المطر قادم غدا.",     # the adjective of an accusative noun
    "وأصبح الحل متوقعا أن يأتي من الشركة.",             # the predicate of a sister of كان
])
def test_accusative_participle_that_is_no_circumstantial_clause_is_no_cue(text):
    assert quotes_of(text) == []


def test_bayyana_with_a_one_word_subject_before_the_complementiser():
    qs = quotes_of("وافتتح الأمير خالد المعرض صباح أمس. وبين سموه أن الزوار سيتجاوزون مليونا هذا العام.")
    assert [q.cue for q in qs] == ["وبين"] and qs[0].quote == "الزوار سيتجاوزون مليونا هذا العام"


def test_bayyana_with_a_quoted_name_ends_the_speech_before_it():
    qs = quotes_of('وقلل المتحدث من عدد الإصابات قائلا: إن هناك ثلاث حالات فقط. وبين "الغامدي" بأنه تم عزل الحالات.')
    assert [(q.cue, q.quote) for q in qs] == [("قائلا", "إن هناك ثلاث حالات فقط"), ("وبين", "تم عزل الحالات")]


def test_between_two_quoted_names_is_no_cue():
    assert quotes_of('وقارن التقرير بين "الأهلي" و"الهلال" في عدد الألقاب.') == []


@pytest.mark.parametrize("text, speaker, quote", [
    ("وارتفعت الأسعار بعد قول مسؤولين في الوزارة إن الإنتاج سيتراجع.", "مسؤولين في الوزارة", "الإنتاج سيتراجع"),
    ("ورفض النادي ادعاءات المدرب بأنه طرد من عمله دون سبب.", "المدرب", "طرد من عمله دون سبب"),
    ("وعاد الهدوء إلى المدينة مع إعلان الشرطة أن الطرق فتحت.", "الشرطة", "الطرق فتحت"),
    ("وجاء ذلك رغم تحذيرات الخبراء من أن السد قد ينهار.", "الخبراء", "السد قد ينهار"),
])
def test_speech_noun_with_its_agent_in_construct_reports(text, speaker, quote):
    [q] = quotes_of(text)
    assert (q.speaker, q.quote, q.type) == (speaker, quote, "indirect")


@pytest.mark.parametrize("text", [
    "ونفى الوزير مزاعم بأنه سافر سرا.",                       # nobody's claims: the verb reports
    "ومنذ إعلان الاتفاق بدا أن الأسواق هدأت.",                 # no agent: an event
    "وتكرر الحكومة مزاعم غربية بأن المصنع مغلق.",              # an adjective, not an agent
    "وانتظر الجمهور إعلان الحكم إلى أن انتهت المباراة.",        # إلى أن: until
])
def test_speech_noun_without_an_agent_before_its_complementiser_is_no_cue(text):
    assert all(q.cue not in ("مزاعم", "إعلان") for q in quotes_of(text))


@pytest.mark.parametrize("text, speaker, quote", [
    ("وجدد رئيس الوزراء الأردني التأكيد على أن السد آمن.", "رئيس الوزراء الأردني", "السد آمن"),
    ('وأعادت "الشركة الوطنية" التأكيد أنها ستفتتح المصنع.', "الشركة الوطنية", "ستفتتح المصنع"),
    ("وتعاود الوزيرة التشديد على أن المدارس ستفتح.", "الوزيرة", "المدارس ستفتح"),
    ("وكرر المدرب التأكيد على أن الفريق جاهز.", "المدرب", "الفريق جاهز"),
])
def test_renewed_report_with_its_verbal_noun_after_the_subject(text, speaker, quote):
    [q] = quotes_of(text)
    assert (q.speaker, q.quote, q.type) == (speaker, quote, "indirect")


def test_renewal_verb_with_another_object_is_no_cue():
    assert quotes_of("وأعاد الفريق ترتيب صفوفه بعد أن خسر المباراة.") == []
    assert quotes_of("وجدد النادي عقد المدرب رغم أن النتائج ضعيفة.") == []


@pytest.mark.parametrize("text, quote", [
    ("وتحدث المزارع عن خسائره. وقال لقد فقدت نصف المحصول هذا العام.", "لقد فقدت نصف المحصول هذا العام"),
    ("وسألناه عن الأسعار. فقال نحن نبيع بسعر التكلفة تقريبا.", "نحن نبيع بسعر التكلفة تقريبا"),
    ("وعن موعد الافتتاح أكد لا يوجد موعد محدد حتى الآن.", "لا يوجد موعد محدد حتى الآن"),
    ("ويصف الكاتب الحي القديم، فيقول كان السكان يعرفون بعضهم بعضا.", "كان السكان يعرفون بعضهم بعضا"),
])
def test_report_verb_with_no_subject_before_a_clause_opener(text, quote):
    [q] = quotes_of(text)
    assert (q.quote, q.type) == (quote, "indirect")


@pytest.mark.parametrize("text", [
    "وسألته عن ذلك فقال لا.",                                   # a short answer
    "قد تقول لا يوجد جديد في هذه الخطة.",                         # what one might say
])
def test_report_verb_with_no_subject_and_no_clause_is_no_bare_report(text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("text, speaker, quote", [
    ("وأضاف التقرير، كانت الطريقة مشابهة لما جرى في القرية.", "التقرير", "كانت الطريقة مشابهة لما جرى في القرية"),
    ("ويقول التاجر قد يكون السبب ارتفاع الأسعار.", "التاجر", "قد يكون السبب ارتفاع الأسعار"),
    ("فيما قال الوزير، إذا تأجل القرار فسيكون مخالفا للقانون.", "الوزير", "إذا تأجل القرار فسيكون مخالفا للقانون"),
])
def test_report_verb_and_subject_before_a_word_only_a_clause_opens_with(text, speaker, quote):
    [q] = quotes_of(text)
    assert (q.speaker, q.quote, q.type) == (speaker, quote, "indirect")


@pytest.mark.parametrize("text", [
    "وأكد الوزير أمس التزام الحكومة بالخطة.",                # أكد takes a noun object
    "ويقول روبرت كان، وهو باحث في المعهد، رغم ذلك.",        # كان before a comma: a surname
])
def test_no_bare_report_without_a_clause(text):
    assert quotes_of(text) == []


def test_emphatic_pronoun_after_the_verb_opens_no_clause():
    assert all(not q.quote.startswith("هو") for q in quotes_of("وكما يقول هو نفسه، الطريق ما زال طويلا."))


def test_participle_after_a_copula_is_its_predicate_and_no_report():
    [q] = quotes_of("وذكرت الشركة أن المحادثات في بدايتها وأنه ليس مؤكدا أن تنتهي باتفاق.")
    assert q.cue == "وذكرت" and q.quote == "المحادثات في بدايتها وأنه ليس مؤكدا أن تنتهي باتفاق"


def test_bayni_wa_bayna_is_no_cue():
    assert quotes_of("وكنت قد قررت بيني وبين نفسي أن أسافر إلى القرية.") == []


@pytest.mark.parametrize("text, cue, quote", [
    ("وأبان مدير المستشفى أن الحالات المصابة نقلت إلى قسم العزل.", "وأبان", "الحالات المصابة نقلت إلى قسم العزل"),
    ("وأبانت الجمعية الخيرية أنها ستوزع السلال الغذائية غدا.", "وأبانت", "ستوزع السلال الغذائية غدا"),
    ("أبان المتحدث أنه تم ضبط المتهمين خلال ساعات.", "أبان", "تم ضبط المتهمين خلال ساعات"),
    ("وافتتح الوزير المعرض. وأبان أن الزوار سيتجاوزون مليونا.", "وأبان", "الزوار سيتجاوزون مليونا"),
])
def test_abana_made_clear_reports_a_clause(text, cue, quote):
    qs = quotes_of(text)
    assert [(q.cue, q.quote) for q in qs] == [(cue, quote)]


def test_abana_agrees_in_gender_with_its_subject():
    [q] = quotes_of("وأبانت الوزارة أن الإجراءات ستطبق على الجميع.")
    assert q.speaker == "الوزارة"


@pytest.mark.parametrize("text", [
    "إبان الحرب الأهلية أن الناس هاجروا.",          # إبان (during), as its hamza shows
    "شهدت المدينة تحولات إبّان الحرب الطويلة أن تلك.",  # and its shadda
    "ابان الحرب الأهلية هاجر كثيرون إلى الخارج.",       # bare: no complementiser after a short subject
])
def test_iban_during_is_no_cue(text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("comp", ["وأن", "وأنه", "وبأن"])
def test_clause_coordinated_after_a_nominal_complement(comp):
    [q] = quotes_of(f"وشدد الوزير على أهمية التسجيل المبكر في المدارس، {comp} الموعد لن يمدد هذا العام.")
    assert q.quote == "الموعد لن يمدد هذا العام" and q.speaker == "الوزير" and q.type == "indirect"


def test_coordinated_complementiser_needs_the_comma_before_it():
    assert quotes_of("وشدد الوزير على أهمية التسجيل المبكر وأن يكون الموعد ثابتا.") == []


@pytest.mark.parametrize("agency", ["(أ. ف. ب)", "(د. ب. أ)", "(و. م. ع)"])
def test_agency_initials_with_spaced_dots_do_not_end_the_sentence(agency):
    [q] = quotes_of(f"وقالت المصادر لوكالة الأنباء {agency} إن الطريق الساحلي أغلق أمس.")
    assert q.quote == "الطريق الساحلي أغلق أمس" and q.speaker == "المصادر"


def test_content_ending_its_line_with_a_colon_runs_on_over_the_list_below():
    text = "وأكد المدير أن المطلوب ثلاثة مستندات هي:\nالهوية وعقد الإيجار وصورة شخصية.\nوانتهى الاجتماع مساء."
    [q] = quotes_of(text)
    assert q.quote == "المطلوب ثلاثة مستندات هي:\nالهوية وعقد الإيجار وصورة شخصية"


def test_abara_an_is_the_verb_expressed():
    qs = quotes_of('وقال الوزير إن الوضع صعب. وعبر عن "قلقه العميق" من تدهور الأوضاع في المنطقة.')
    assert [q.cue for q in qs] == ["وقال", "وعبر"] and qs[1].speaker == "الوزير"


def test_abara_meaning_via_is_no_cue_before_a_complementiser():
    [q] = quotes_of('وصرح الرئيس عبر القنوات التلفزيونية أن "الحرب انتهت حاليا في كل المناطق".')
    assert q.cue == "وصرح" and q.speaker == "الرئيس"


def test_two_quoted_segments_after_one_cue_are_two_quotes():
    qs = quotes_of("وقال القائد: «المعركة طويلة جدا علينا» «لكننا سننتصر في النهاية حتما».")
    assert [q.quote for q in qs] == ["المعركة طويلة جدا علينا", "لكننا سننتصر في النهاية حتما"]
    assert qs[1].cue == "" and qs[1].speaker == qs[0].speaker


def test_cueless_quoted_paragraph_continues_the_previous_speaker():
    text = ("وقالت الباحثة منى سليم إن النتائج مشجعة.\n"
            "«سنبدأ المرحلة الثانية من التجارب في الربيع المقبل»")
    qs = quotes_of(text)
    assert len(qs) == 2 and qs[1].cue == "" and qs[1].speaker == qs[0].speaker
    assert qs[1].quote == "سنبدأ المرحلة الثانية من التجارب في الربيع المقبل"


def test_statement_noun_governs_content():
    [q] = quotes_of('وجاء في البيان: "نرفض أي تدخل في شؤوننا الداخلية".')
    assert q.cue == "البيان" and q.quote == "نرفض أي تدخل في شؤوننا الداخلية"


def test_indirect_content_stops_at_a_separate_clause():
    [q] = quotes_of("وقال المتحدث إن الطريق مغلق، وذلك بسبب الثلوج الكثيفة.")
    assert q.quote == "الطريق مغلق"


# A mark left open earlier in the line («…» never closed) keeps the sentence splitter from ending
# the sentences after it; a reported clause there still ends at its full stop.
STRAY_MARK = "قال الطالب « نحن هنا . "


@pytest.mark.parametrize("rest, quote", [
    ("وأوضح المدير أن المشروع يسير وفق الجدول الزمني. وشدد على أهمية التعاون بين الجهات.",
     "المشروع يسير وفق الجدول الزمني"),
    ("وأوضح المدير أن الوضع صعب! وشكر الحضور على اهتمامهم.", "الوضع صعب"),
    # dots in a row are a pause, a dot after a lone letter an abbreviation
    ("وأوضح المدير أن المواقع تتعرض لخطرين.. الطبيعة والإنسان.", "المواقع تتعرض لخطرين.. الطبيعة والإنسان"),
    ("وأوضح المدير أن د. خالد سيزور المدرسة غدا. وشكر الحضور على اهتمامهم.", "د. خالد سيزور المدرسة غدا"),
    # a quotation inside the clause goes on over its own sentences
    ('وأوضح المدير أن الوضع "صعب. لكننا سنواصل العمل" حتى النهاية. وشكر الحضور.',
     'الوضع "صعب. لكننا سنواصل العمل" حتى النهاية'),
])
def test_indirect_content_ends_at_a_full_stop_after_a_mark_left_open(rest, quote):
    qs = quotes_of(STRAY_MARK + rest)
    assert [q.quote for q in qs] == ["نحن هنا", quote]


@pytest.mark.parametrize("rest, quotes", [
    ("وعلى ضوء ذلك قال الوزير: الخطة جاهزة.", ["نعمل على المشروع منذ عامين", "الخطة جاهزة"]),
    ("من جانبه أكد الوزير أن الخطة جاهزة.", ["نعمل على المشروع منذ عامين", "الخطة جاهزة"]),
    # the speech goes on over a sentence that reports nothing
    ("وسنواصل العمل حتى نهايته.", ["نعمل على المشروع منذ عامين. وسنواصل العمل حتى نهايته"]),
])
def test_speech_after_a_colon_stops_before_a_report_after_a_mark_left_open(rest, quotes):
    qs = quotes_of(STRAY_MARK + "وقال المدير: نعمل على المشروع منذ عامين. " + rest)
    assert [q.quote for q in qs] == ["نحن هنا"] + quotes


@pytest.mark.parametrize("lead", ["", STRAY_MARK])
def test_speech_after_a_colon_stops_before_a_sentence_opening_with_a_report_verb_and_a_noun(lead):
    qs = quotes_of(lead + "وقال المدير: نعمل على المشروع منذ عامين. وشدد الوزير على أهمية التعاون بين الجهات.")
    assert [q.quote for q in qs][-1] == "نعمل على المشروع منذ عامين"


def test_a_report_in_the_next_sentence_of_exclamations_does_not_cut_the_speech():
    qs = quotes_of(STRAY_MARK + "وقال المدير: أي جهد! وأي صبر! فرد عليه الوزير: شكرا لكم.")
    assert [q.quote for q in qs] == ["نحن هنا", "أي جهد! وأي صبر!", "شكرا لكم"]


def test_trailing_punctuation_is_trimmed():
    [q] = quotes_of("قال الحارس إن الباب مغلق،")
    assert q.quote == "الباب مغلق"


# --- negative cases -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ولم يذكر المتحدث تفاصيل أخرى.",
    "وامتنع المكتب عن التعليق.",
    "ولم يقل الوزير إن الاتفاق انتهى.",
    "وصل الوفد إلى المدينة مساء أمس.",
    "شارك الفريق في بطولة تسمى \"كأس الأمل\" الشهر الماضي.",
])
def test_no_quote(text):
    assert quotes_of(text) == []


def test_quotation_marks_around_a_name_or_term_are_not_quotes():
    qs = quotes_of('قال المحلل إن قناة "روسيا اليوم" نشرت تقريرا عن ما يسمى "صفقة القرن".')
    assert len(qs) == 1 and qs[0].type == "indirect"
    assert qs[0].quote.startswith("قناة")


def test_marks_around_a_quoted_name_after_the_verb_are_the_subject():
    [q] = quotes_of('ونفى "الخطيب" أن يكون قد التقى الوفد.')
    assert q.speaker == "الخطيب" and q.quote == "يكون قد التقى الوفد"


@pytest.mark.parametrize("text", [
    'واحتشد المتظاهرون أمام السفارة وهتفوا "ارحلوا .. ارحلوا".',
    'واحتشد المتظاهرون أمام السفارة وهتفوا "ارحلوا .. ارحلوا"، وأكد المنظمون أن المسيرة سلمية.',
])
def test_a_short_quotation_right_after_a_plural_verb_is_what_they_said(text):
    q = quotes_of(text)[0]   # a plural verb holds its subject: the marks are no quoted subject's
    assert (q.speaker, q.quote, q.type) == ("المتظاهرون", "ارحلوا .. ارحلوا", "direct")


def test_a_short_quotation_after_a_plural_verb_is_no_subject_of_a_later_complementiser():
    quotes = quotes_of('وتجمع المتظاهرون وهتفوا "ارحلوا .. ارحلوا" في حين حث ناشطون الحكومة على أن تستقيل.')
    assert quotes[0].speaker == "المتظاهرون" and quotes[0].quote.startswith('"ارحلوا .. ارحلوا"')


def test_empty_text():
    assert quotes_of("") == []


def test_fima_starts_a_second_report_with_its_own_speaker():
    qs = quotes_of("وقال المدرب إن الفريق جاهز، فيما أكدت إدارة النادي أن العقود جددت.")
    assert [q.quote for q in qs] == ["الفريق جاهز", "العقود جددت"]
    assert qs[1].speaker == "إدارة النادي" and qs[1].cue == "أكدت"


@pytest.mark.parametrize("rest", ["، فيما تصل أربع شحنات أخرى غدا", "، لكنها لم تكف الجميع",
                                  "، إلا أن المخزون ما زال قليلا"])
def test_a_contrast_with_no_report_cue_goes_on_with_the_reported_content(rest):
    [q] = quotes_of(f"وقال المتحدث إن المدينة تسلمت خمس شحنات{rest}.")
    assert q.quote == "المدينة تسلمت خمس شحنات" + rest


@pytest.mark.parametrize("rest", ["، فيما أكد الطبيب أن الحالات مستقرة", "، لكنها أوضحت أن الحالات مستقرة"])
def test_a_contrast_before_a_report_cue_ends_the_content(rest):
    qs = quotes_of(f"وقال المتحدث إن المدينة تسلمت خمس شحنات{rest}.")
    assert qs[0].quote == "المدينة تسلمت خمس شحنات" and qs[1].quote == "الحالات مستقرة"


@pytest.mark.parametrize("rest", ["، في الوقت الذي أكد فيه الطبيب أن الحالات مستقرة",
                                  "، وفي الوقت نفسه قال الطبيب إن الحالات مستقرة"])
def test_while_before_a_report_cue_ends_the_content(rest):
    qs = quotes_of(f"وقال المتحدث إن المدينة تسلمت خمس شحنات{rest}.")
    assert qs[0].quote == "المدينة تسلمت خمس شحنات" and qs[1].quote == "الحالات مستقرة"


@pytest.mark.parametrize("rest", ["، في الوقت الذي تنتظر فيه الأحياء الأخرى دورها",
                                  "، إلا بعد تقديم تصريح من البلدية"])
def test_while_or_except_with_no_report_goes_on_with_the_content(rest):
    [q] = quotes_of(f"وقال المتحدث إن المدينة لن توزع المساعدات{rest}.")
    assert q.quote == "المدينة لن توزع المساعدات" + rest


def test_a_noun_report_with_content_after_fima_ends_the_content():
    qs = quotes_of("وأكد المدرب أن الفريق جاهز للمباراة، فيما أفاد بيان النادي بأن العقود جددت.")
    assert qs[0].quote == "الفريق جاهز للمباراة"


@pytest.mark.parametrize("aside", ["وحسب", "وبحسب", "ووفقا"])
def test_according_to_with_wa_after_a_comma_ends_the_content(aside):
    qs = quotes_of(f"وقال المتحدث إن المدينة تسلمت خمس شحنات، {aside} ما أفاد مدير الميناء فإن الشحنات تأخرت.")
    assert qs[0].quote == "المدينة تسلمت خمس شحنات"


def test_according_to_a_norm_with_wa_goes_on():
    [q] = quotes_of("وقال المتحدث إن الطلاب سيقبلون، وبحسب معايير القبول، في الفصل المقبل.")
    assert q.quote == "الطلاب سيقبلون، وبحسب معايير القبول، في الفصل المقبل"


@pytest.mark.parametrize("text, entities", [
    ('وقتل جنديان في ما وصفته وزارة الدفاع حينها بـ"الحادث المؤلم".', {"الحادث المؤلم": "MISC"}),
    ('ونفى الوزير ما وصفه بـ"الأكاذيب" بشأن إمكانية أن تنقل الأموال إلى الخارج.', {}),
    ('ووصف والد الطفل المعتدي بـ"الجبان" الذي هاجم ابنه.', {}),
])
def test_what_a_describing_verb_calls_someone_is_the_quote_in_the_marks(text, entities):
    [q] = quotes_of(text, entities_of(text, entities))
    assert q.type == "direct" and q.quote in ("الحادث المؤلم", "الأكاذيب", "الجبان")


def test_but_someone_said_after_a_quotation_opens_a_report_of_its_own():
    qs = quotes_of('قال الوزير إن "المبلغ جيد" لكن مجموعة من المنظمات الدولية الكبرى قالت إن المبلغ غير كاف.')
    assert [q.quote for q in qs] == ["المبلغ جيد", "المبلغ غير كاف"]
    assert qs[1].speaker == "مجموعة من المنظمات الدولية الكبرى"


def test_statement_noun_with_its_author():
    [q] = quotes_of('وانتقد النائب تصريح وزارة التعليم بأنه "لا توجد أزمة في المدارس".')
    assert q.cue == "تصريح" and q.speaker == "وزارة التعليم"
    assert q.quote == "لا توجد أزمة في المدارس"


def test_plural_participle_continues_a_plural_subject():
    qs = quotes_of("يقول المسؤولون إنهم لا يعرفون السبب، مؤكدين أن التحقيق مستمر.")
    assert [q.cue for q in qs] == ["يقول", "مؤكدين"]
    assert qs[1].speaker == qs[0].speaker == "المسؤولون"


def test_quoted_addressee_after_li_is_not_the_content():
    [q] = quotes_of("وقالت مصادر مطلعة لـ«الصحيفة» إن المفاوضات متعثرة.")
    assert q.quote == "المفاوضات متعثرة" and q.speaker == "مصادر مطلعة"


def test_a_short_quoted_name_before_the_complementiser_is_skipped():
    [q] = quotes_of('وقال مدير مستشفى "الأمل" في المدينة إن الأسرّة امتلأت.')
    assert q.quote == "الأسرّة امتلأت" and q.type == "indirect"


def test_written_statements_count():
    [q] = quotes_of("وكتب الرئيس الفرنسي على حسابه: «نقف إلى جانب الشعب اللبناني».")
    assert q.cue == "وكتب" and q.quote == "نقف إلى جانب الشعب اللبناني"


def test_a_short_according_to_aside_does_not_end_the_clause():
    [q] = quotes_of("وقال الوزير إن الشركة ستبني، بحسب قوله، ثلاثة مصانع جديدة.")
    assert q.quote == "الشركة ستبني، بحسب قوله، ثلاثة مصانع جديدة"


def test_an_according_to_tail_ends_the_clause():
    [q] = quotes_of("وقال مسؤولون إن الطريق مغلق، بحسب وكالة محلية.")
    assert q.quote == "الطريق مغلق"


@pytest.mark.parametrize("text, quote", [
    ("وقال الوزير إن بلاده ستتعاون إذا وصل طلب رسمي وفقا لمعاهدة الحظر التي تمنح مهلة شهر.",
     "بلاده ستتعاون إذا وصل طلب رسمي وفقا لمعاهدة الحظر التي تمنح مهلة شهر"),
    ("وأكد المدير أن المستشفى سيعمل، وفق ضوابط تصدرها الوزارة، على مدار الساعة.",
     "المستشفى سيعمل، وفق ضوابط تصدرها الوزارة، على مدار الساعة"),
    ("وقال المتحدث إن الأسعار ستحدد بحسب أجندته الخاصة.", "الأسعار ستحدد بحسب أجندته الخاصة"),
    ("وقال الوزير: إن الزيارات ستجري وفقا لإطار الاتفاق الموقع.", "إن الزيارات ستجري وفقا لإطار الاتفاق الموقع"),
    ("وأوضح المدير أن اللجنة وزعت المقاعد بحسب الاحتياج في كل مدرسة.", "اللجنة وزعت المقاعد بحسب الاحتياج في كل مدرسة"),
    ("وقال التاجر إن الأسعار تتغير بحسب نوع البضاعة والموسم.", "الأسعار تتغير بحسب نوع البضاعة والموسم"),
])
def test_in_accordance_with_a_norm_is_no_source_and_the_clause_goes_on(text, quote):
    [q] = quotes_of(text)
    assert q.quote == quote


@pytest.mark.parametrize("text, quote", [
    ("وقال المدير إن مدة الإجراءات تختلف بحسب الحالة.", "مدة الإجراءات تختلف بحسب الحالة"),
    ("وأوضح المتحدث أن التعيين يتم وفقا للدرجة التي حصل عليها المتقدم.", "التعيين يتم وفقا للدرجة التي حصل عليها المتقدم"),
    ("وقال التاجر إن الأسعار تتفاوت بحسب ما تحتويه الشقة من خدمات.", "الأسعار تتفاوت بحسب ما تحتويه الشقة من خدمات"),
    ("وأكد المدير أن الأسعار تتحدد، بحسب العرض والطلب، في كل موسم.", "الأسعار تتحدد، بحسب العرض والطلب، في كل موسم"),
    ("وقال المدرب إن اللاعبين سيشاركون وفقا لخبراتهم في المباريات الكبيرة.",
     "اللاعبين سيشاركون وفقا لخبراتهم في المباريات الكبيرة"),
])
def test_according_to_a_common_or_verbal_noun_is_no_source_and_the_clause_goes_on(text, quote):
    [q] = quotes_of(text)
    assert q.quote == quote


@pytest.mark.parametrize("tail", [
    "، بحسب الشرطة", "، وفقا لعدة مصادر", "، بحسب أحد الصحافيين", "، بحسب قول المراسل", "، وفقا لـ\"واس\"",
    "، بحسب وكالات أنباء", "، بحسب آخر إحصائيات الهيئة", "، وفقا للعاملين في القطاع", "، وفقا لتقديراتها",
    "، بحسب ما جاء في البيان", "، وفقا لما قالته في المؤتمر", "، وفق ذكرت إذاعة محلية", ".وفقا للفرنسية",
])
def test_according_to_a_source_ends_the_clause(tail):
    [q] = quotes_of(f"وقالت الشركة إن الأرباح تراجعت في الربع الأول{tail}.")
    assert q.quote == "الأرباح تراجعت في الربع الأول"


def test_according_to_a_source_without_a_comma_ends_the_clause():
    [q] = quotes_of("وقال مسؤولون إن الطريق مغلق وفقا لوكالة محلية.")
    assert q.quote == "الطريق مغلق"


def test_participle_after_a_closing_mark_starts_a_new_quote_without_a_comma():
    qs = quotes_of('وقالت الهيئة في بيان "نتابع الوضع عن كثب منذ الصباح" مؤكدة أن الفرق "جاهزة" للتدخل.')
    assert [q.quote for q in qs] == ["نتابع الوضع عن كثب منذ الصباح", 'الفرق "جاهزة" للتدخل']
    assert [q.type for q in qs] == ["direct", "mixed"]


@pytest.mark.parametrize("text", [
    "ومن المقرر أن يصل الوفد غدا، فيما يتوقع أن يوقع الطرفان الاتفاق.",
    "ويذكر ان المصنع افتتح قبل عشرين عاما.",
    "ويشار إلى أن الجسر أغلق مرتين.",
    "وعقد الطرفان جولة محادثات وصفت بأنها صعبة.",
])
def test_agentless_passive_reports_are_not_quotes(text):
    assert quotes_of(text) == []


def test_a_past_report_verb_with_an_elided_subject_still_counts():
    qs = quotes_of("وقال المحامي سعيد نادر إن القضية معقدة. وذكر أن الجلسة المقبلة بعد شهر.")
    assert [q.quote for q in qs] == ["القضية معقدة", "الجلسة المقبلة بعد شهر"]


def test_a_kama_clause_inside_reported_speech_stays_in_it():
    [q] = quotes_of("وقال المدرب إن الفريق لن يخسر مجددا، كما حدث له الموسم الماضي، بسبب الإرهاق.")
    assert q.quote == "الفريق لن يخسر مجددا، كما حدث له الموسم الماضي، بسبب الإرهاق"


def test_kama_with_a_new_report_verb_ends_the_clause():
    qs = quotes_of("وقال المدرب إن الفريق جاهز، كما أكد أن الحارس تعافى.")
    assert [q.quote for q in qs] == ["الفريق جاهز", "الحارس تعافى"]


def test_an_adverbial_masdar_starts_a_new_quote():
    qs = quotes_of("وقال السكان إنهم باقون في أرضهم، تأكيدا منهم أن التهجير مرفوض.")
    assert [q.quote for q in qs] == ["باقون في أرضهم", "التهجير مرفوض"]
    assert qs[1].speaker == "السكان" and qs[1].cue == "تأكيدا"


def test_itabara_with_an_object_and_a_predicate_is_a_report():
    [q] = quotes_of("الوزير سامي عاد اعتبر قرار المحكمة تدخلا في شؤون الحكومة.")
    assert q.quote == "قرار المحكمة تدخلا في شؤون الحكومة" and q.type == "indirect" and q.cue == "اعتبر"


@pytest.mark.parametrize("text, quote", [
    ("واستنكرت الوزارة تصريحات النائب، معتبرة إياها تعديا سافرا على القانون.", "إياها تعديا سافرا على القانون"),
    ("ونشر الناشط الفيديو على حسابه، معتبرا ذلك فضيحة جديدة للشركة.", "ذلك فضيحة جديدة للشركة"),
])
def test_itabara_with_a_pronoun_or_demonstrative_object_and_a_predicate_is_a_report(text, quote):
    [q] = quotes_of(text)
    assert q.quote == quote and q.speaker in ("الوزارة", "الناشط")


@pytest.mark.parametrize("text", [
    "واعتبر الوزير القرار خاطئا.",          # two words: too short a small clause to tell
    "وأرسل المدير التقرير، معتبرا ذلك من واجبه.",  # a prepositional phrase, no accusative predicate
    "ويعتبر النهر الأطول في المنطقة.",       # no predicate in the accusative
])
def test_itabara_without_a_clear_small_clause_is_not_a_quote(text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("text, speaker, quote, typ", [
    ("واعتبر المبعوث الدولي سياسة الحصار غير قانونية وتعرقل جهود السلام.", "المبعوث الدولي",
     "سياسة الحصار غير قانونية وتعرقل جهود السلام", "indirect"),
    ("واعتبر سامي الحربي الاتفاق بمثابة تنازل خطير عن حقوق الصيادين.", "سامي الحربي",
     "الاتفاق بمثابة تنازل خطير عن حقوق الصيادين", "indirect"),
    ("واعتبر الوزير الحادث مؤشرا واضحا على تدهور الأمن.", "الوزير", "الحادث مؤشرا واضحا على تدهور الأمن", "indirect"),
    ("واعتبرت وزارة الزراعة استمرار الجفاف بمثابة \"كارثة وطنية\" على المزارعين.", "وزارة الزراعة",
     'استمرار الجفاف بمثابة "كارثة وطنية" على المزارعين', "mixed"),
    # the object after the comma that closes an apposition, a time word or an «including» aside
    ("واعتبر رئيس البلدية، سامي الحربي، الأحد قرار المحافظة \"خطوة متأخرة جدا\".", "سامي الحربي",
     'قرار المحافظة "خطوة متأخرة جدا"', "mixed"),
    ("واعتبر بعض السكان في المدينة وضواحيها، بما في ذلك تجار وأصحاب مطاعم، الخطة ضربة قاسية للسوق.",
     "بعض السكان في المدينة", "الخطة ضربة قاسية للسوق", "indirect"),
    ("واعتبر وزير النقل، إغلاق الطريق الساحلي أمام الشاحنات، \"قرارا لا يخدم أحدا في المنطقة\".", "وزير النقل",
     'إغلاق الطريق الساحلي أمام الشاحنات، "قرارا لا يخدم أحدا في المنطقة"', "mixed"),
])
def test_itabara_with_its_subject_after_it_then_an_object_and_a_predicate_is_a_report(text, speaker, quote, typ):
    [q] = quotes_of(text, entities_of(text, {"سامي الحربي": "PER", "وزارة الزراعة": "ORG"}))
    assert (q.speaker, q.quote, q.type, q.cue) == (speaker, quote, typ, text.split()[0])


@pytest.mark.parametrize("text", [
    "وتعتبر المدينة قلب صناعة السينما في البلاد.",        # the imperfective: mostly the passive
    "ويعتبر الخبراء هذه الخطوة بداية مرحلة جديدة تماما.",  # (left out, even when active)
    "واعتبرت الحكومة الحادث مؤشر واضح على تدهور الأمن.",  # «الحكومة الحادث» read as one phrase: then an
    # indefinite phrase, a predicate, is no object
    "واعتبروا مقربين من الحكومة، أطلقوا حملة واسعة في الشمال.",  # a plural verb: the passive
])
def test_itabara_with_a_subject_after_it_but_no_clear_small_clause_is_not_a_quote(text):
    assert quotes_of(text) == []


def test_a_detached_straight_mark_after_a_sentence_end_closes():
    qs = quotes_of('السماء ملبدة بالغيوم. " وقال مركز الأرصاد إن الأمطار ستهطل غدا.')
    assert [q.quote for q in qs] == ["الأمطار ستهطل غدا"]


def test_a_quoted_title_far_from_a_verb_is_not_its_content():
    text = 'بدأ الشاعر يكتب القصائد وعمره خمس عشرة سنة، وأصدر أول دواوينه "ليل المدينة" عام 1950 وهو طالب.'
    assert quotes_of(text) == []


@pytest.mark.parametrize("text, cue, speaker, quote", [
    ('وكتب الروائي سالم أحمد عن سنوات الحرب في صفحته الشخصية على فيسبوك أمس "كانت أياما صعبة علينا جميعا".',
     "وكتب", "سالم أحمد", "كانت أياما صعبة علينا جميعا"),
    ('وغردت الوزيرة سلمى خالد، عضو الحكومة الجديدة، على حسابها الرسمي أمس "نعمل من أجل كل المواطنين بلا استثناء".',
     "وغردت", "سلمى خالد", "نعمل من أجل كل المواطنين بلا استثناء"),
])
def test_a_far_quotation_after_a_writing_verb_and_where_online_is_what_was_written(text, cue, speaker, quote):
    [q] = quotes_of(text, [Entity(speaker, speaker, "PER", text.index(speaker), text.index(speaker) + len(speaker), 0)])
    assert (q.cue, q.speaker, q.quote) == (cue, speaker, quote)


def test_a_far_quotation_after_a_writing_verb_with_no_medium_is_no_quote():
    text = 'كتب الروائي سالم فصول روايته الأولى في القاهرة خلال سنوات الحرب "أيام طويلة في المدينة القديمة".'
    assert quotes_of(text) == []


def test_a_far_quotation_after_bi_is_still_the_description():
    [q] = quotes_of('ووصف المصدر الحكومي الرفيع اتهامات الوزارة بإخفاء الأرقام عن الناس بـ"الأكاذيب المكشوفة".')
    assert "الأكاذيب المكشوفة" in q.quote and q.cue == "ووصف"


def test_unclosed_quotation_stops_before_a_sentence_opening_with_kama_and_a_report():
    text = "وقال الوزير إن المزارعين «عانوا كثيرا من الجفاف هذا العام. كما أكد الوزير أن الحكومة ستدفع التعويضات قريبا."
    assert [q.quote for q in quotes_of(text)] == [
        "المزارعين «عانوا كثيرا من الجفاف هذا العام", "الحكومة ستدفع التعويضات قريبا"]


def test_unclosed_quotation_stops_before_a_sentence_whose_report_verb_touches_a_colon():
    text = ('وقالت الأم: "انتظرنا الرد أسابيع وكتبوا لنا "راجعوا الإدارة"، ولم يتصل أحد. '
            'وأضافت: لم نعد نثق في الوعود.')
    assert [q.quote for q in quotes_of(text)] == [
        'انتظرنا الرد أسابيع وكتبوا لنا "راجعوا الإدارة"، ولم يتصل أحد', "لم نعد نثق في الوعود"]


def test_unclosed_quotation_stops_before_a_report_after_wa_that_opens_its_own_quotation():
    text = ('وقال النائب إن «الكتل اتفقت على موعد الجلسة المقبلة وأضاف النائب أن «التصويت سيكون علنيا»، '
            'لافتا إلى أن «المعارضة ستشارك».')
    assert [q.quote for q in quotes_of(text)] == [
        "الكتل اتفقت على موعد الجلسة المقبلة", "التصويت سيكون علنيا", "المعارضة ستشارك"]


def test_unclosed_quotation_runs_on_past_a_plain_word_after_wa_before_a_quotation():
    [q] = quotes_of('وقال المدرب: «لعبنا جيدا ووعدنا الجمهور بلقب "الدوري" هذا العام.')
    assert q.quote == 'لعبنا جيدا ووعدنا الجمهور بلقب "الدوري" هذا العام'


def test_straight_quote_after_a_colon_opens_even_when_an_earlier_one_was_left_open():
    text = ('وقال الخطيب: "جاء في الأثر أن الصدق منجاة. وأوضح أن الكذب يهدي إلى الفجور، '
            'وقال: "أيها الناس اتقوا الله في أعمالكم".')
    assert [q.quote for q in quotes_of(text)] == [
        "جاء في الأثر أن الصدق منجاة", "الكذب يهدي إلى الفجور", "أيها الناس اتقوا الله في أعمالكم"]


def test_straight_quotes_nest_one_level_when_the_inner_opener_touches_its_word():
    text = 'وقال المتحدث: "نحو نصف الأعضاء صوتوا لصالح "الخطة الجديدة" في جلسة أمس، بينما قاطع الباقون".'
    [q] = quotes_of(text)
    assert q.type == "direct"
    assert q.quote == 'نحو نصف الأعضاء صوتوا لصالح "الخطة الجديدة" في جلسة أمس، بينما قاطع الباقون'


def test_then_after_a_comma_goes_on_with_an_indirect_clause_but_ends_colon_speech():
    [q] = quotes_of("وقال الخبير إن الأسعار سترتفع قليلا هذا الشهر، ثم تتراجع مع بداية الصيف.")
    assert q.quote == "الأسعار سترتفع قليلا هذا الشهر، ثم تتراجع مع بداية الصيف"
    [q] = quotes_of("ونظر إلى صديقه وقال: الطريق طويل جدا، ثم مشى نحو الباب.")
    assert q.quote == "الطريق طويل جدا"


def test_concessive_content_keeps_its_main_clause_after_illa():
    [q] = quotes_of("وأوضح المدير أنه على الرغم من الجهود الكبيرة، إلا أن النتائج ما زالت ضعيفة.")
    assert q.quote == "على الرغم من الجهود الكبيرة، إلا أن النتائج ما زالت ضعيفة"


def test_content_stops_before_but_he_did_not_say():
    [q] = quotes_of('وقال الوزير إن عدة شركات "أبدت اهتماما" بالمشروع لكنه لم يذكر أسماءها.')
    assert q.quote == 'عدة شركات "أبدت اهتماما" بالمشروع'


def test_elative_after_one_of_is_no_report_verb_in_a_clause_with_a_trailing_source():
    text = "أفرجت الشرطة عن إحدى أبرز الناشطات في المدينة بعد احتجازها أسبوعا، حسب ما قاله محامون أمس."
    [q] = quotes_of(text)
    assert q.quote == "أفرجت الشرطة عن إحدى أبرز الناشطات في المدينة بعد احتجازها أسبوعا" and q.speaker == "محامون"


def test_a_list_announced_by_a_colon_runs_over_the_lines_that_announce_more():
    text = ("وأوضح المدير أن الأوراق المطلوبة هي:\nبطاقة الهوية، وإثبات السكن وهو أحد الآتي:\n"
            "عقد إيجار، أو فاتورة كهرباء باسم المتقدم.\nوتبدأ المرحلة الثانية غدا.")
    [q] = quotes_of(text)
    assert q.quote.startswith("الأوراق المطلوبة هي:") and q.quote.endswith("أو فاتورة كهرباء باسم المتقدم")


@pytest.mark.parametrize("text, cue", [
    ("اتصلت بالمدرب أحمد سالم بعد المباراة. كان جوابه واضحا: الملعب لم يكن جاهزا للمباراة.", "جوابه"),
    ("وجاء ردها سريعا: لن نتراجع عن قرارنا أبدا.", "ردها"),
])
def test_a_reply_noun_with_a_possessive_introduces_speech_after_a_colon(text, cue):
    [q] = quotes_of(text)
    assert q.cue == cue and q.type == "direct" and q.quote == text.split(": ")[1].rstrip(".")


def test_reminding_participle_opens_a_clause_only_before_a_complementiser():
    text = "وأكد الخطيب أن الصدق أساس التعامل بين الناس، مذكرا أن الأمانة من صفات المؤمن."
    assert [q.quote for q in quotes_of(text)] == ["الصدق أساس التعامل بين الناس", "الأمانة من صفات المؤمن"]
    assert cue_of("مذكرة") is None  # a memorandum


def test_a_clause_coordinated_after_a_quotation_is_a_quote_of_its_own():
    text = 'وخلصت اللجنة إلى "غياب أي تقصير من جانب الموظفين"، وأن الحريق كان "نتيجة خلل كهربائي".'
    quotes = quotes_of(text)
    assert [(q.quote, q.type) for q in quotes] == [
        ("غياب أي تقصير من جانب الموظفين", "direct"), ('الحريق كان "نتيجة خلل كهربائي"', "mixed")]
    assert {q.speaker for q in quotes} == {"اللجنة"}


@pytest.mark.parametrize("text, second", [
    ('ودعا الوزير إلى "وقف فوري لإطلاق النار في المدينة" وحث الطرفين على الحوار "دون شروط مسبقة".',
     'وحث الطرفين على الحوار "دون شروط مسبقة"'),
    ('وأكدت المديرة أن "المشروع تأخر بسبب نقص التمويل" وبفضله صارت المدينة "أكثر جذبا للزوار" هذا العام.',
     'وبفضله صارت المدينة "أكثر جذبا للزوار" هذا العام'),
])
def test_a_quotation_then_a_clause_joined_by_wa_are_two_quotes(text, second):
    quotes = quotes_of(text)
    assert [q.type for q in quotes] == ["direct", "mixed"] and quotes[1].quote == second
    assert len({q.speaker for q in quotes}) == 1


@pytest.mark.parametrize("text, speakers", [
    ('وقال الوزير إن "الخطة تحتاج إلى وقت طويل للتنفيذ" والمعارضة قالت "إنها فاشلة منذ البداية".',
     {"الوزير", "المعارضة"}),
    ('وقال الوزير إن "الخطة تحتاج إلى وقت طويل للتنفيذ" ووفقا لمستشاره فإنها "بحاجة إلى تمويل".', {"الوزير"}),
])
def test_a_clause_joined_by_wa_that_reports_on_its_own_is_not_the_first_speakers(text, speakers):
    quotes = quotes_of(text)
    assert quotes[0].quote == "الخطة تحتاج إلى وقت طويل للتنفيذ" and quotes[0].type == "direct"
    assert {q.speaker for q in quotes} == speakers and "ووفقا" not in " ".join(q.quote for q in quotes)


@pytest.mark.parametrize("text, cue", [
    ("وهتف المحتجون أمام المبنى: «نريد الماء والكهرباء».", "وهتف"),
    ("واقترب الحارس من الزائر وهمس في أذنه: «الباب مغلق منذ الصباح».", "وهمس"),
])
def test_chanting_and_whispering_report_speech(text, cue):
    [q] = quotes_of(text)
    assert q.cue == cue and q.type == "direct"


@pytest.mark.parametrize("text, cue", [
    ("وأكد المدرب أن الفريق جاهز. وواصل: «سنلعب بكل قوة في المباراة المقبلة».", "وواصل"),
    ("وأكدت المديرة أن العمل بدأ. وواصلت «سنفتح فروعا جديدة في الصيف المقبل».", "وواصلت"),
    ("وسأله الصحفي عن الموعد. يرد الوزير: «الموعد لم يحدد بعد».", "يرد"),
    ("وقال المدير: «السوق هادئة هذا الشهر». وزاد: «ننتظر انتعاشا في الخريف».", "وزاد"),
    ("وأكد الحارس أن الفريق مستعد، وزاد «سنقاتل على كل كرة في المباراة».", "وزاد"),
])
def test_verbs_that_report_only_direct_speech(text, cue):
    assert [q.cue for q in quotes_of(text)][-1] == cue


@pytest.mark.parametrize("text", [
    "وواصل الجيش تقدمه نحو المدينة الساحلية.",
    "وواصل تنظيم «القاعدة في بلاد المغرب» نشاطه في المنطقة.",   # a name in quotation marks
    "وذلك ردا على «استمرار الادعاءات الكاذبة من الجماعة».",     # ردا: "in reply"
    "كما يرد في التقرير السنوي للهيئة.",
    "وزاد عدد الزوار في الصيف الماضي.",
    "لكن التنمية تزيد من التفاوت: الأغنياء يزدادون غنى والفقراء فقرا.",  # increases
])
def test_those_verbs_elsewhere_report_nothing(text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("text", [
    "ويعتبر اليود منظما لنمو الجسم وتطوره.",
    "وتعتبر الجائزة بمسماها الجديد إنجازا كبيرا للمؤسسة.",
])
def test_imperfective_itabara_with_a_small_clause_is_the_passive(text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("text, n", [
    ("وتراجعت الأسعار مما يشير إلى أن السوق ضعيفة.", 0),
    ("وهو ما يؤكد أن الخطة نجحت في عامها الأول.", 0),
    ("وقال الوزير إن الخطة نجحت. وهذا ما نفى أن يكون قد قاله في المؤتمر.", 1),
])
def test_what_confirms_is_no_speaker(text, n):
    assert len(quotes_of(text)) == n


def test_the_statement_came_in_names_its_issuer():
    qs = quotes_of("وأصدرت وزارة الخارجية تصريحا حول الحادث. وجاء في التصريح أن «الحكومة تتابع الأمر عن كثب».")
    assert [(q.cue, q.speaker) for q in qs] == [("التصريح", "وزارة الخارجية")]


def test_verb_after_an_apposed_name_is_the_reported_clauses_own_predicate():
    text = "وأعلن الرئيس أن الزعيم الكوري الشمالي، كيم جونغ أون، أعرب عن أمله في إنهاء الحرب."
    [q] = quotes_of(text)
    assert q.quote.endswith("أعرب عن أمله في إنهاء الحرب")


def test_the_colon_of_a_web_address_reports_nothing():
    text = "ودعت الإدارة المتقدمين إلى التسجيل عبر الرابط التالي http://example.org/jobs خلال أسبوع."
    assert quotes_of(text) == []


@pytest.mark.parametrize("text", [
    "وسيسعى الحاكم إلى نقل خبرته في الإدارة إلى المستوى الوطني ومن المقرر أن يعلن ترشحه اليوم.",
    "وأوضح البيان أن الطفلة نقلت إلى المستشفى بعد الحادث.",
])
def test_naql_with_ila_moves_something_and_reports_nothing(text):
    assert all(q.cue not in ("نقل", "نقلت") for q in quotes_of(text))


def test_naql_with_an_about_clause_still_reports():
    text = "ونقلت الوكالة عن مصادر في الوزارة إشارتها إلى أن الزيارة ستتم الأسبوع المقبل."
    [q] = quotes_of(text)
    assert text[q.start:q.end] == "الزيارة ستتم الأسبوع المقبل"


@pytest.mark.parametrize("text, outer, inner", [
    ("وقال المكتب إن الطائرات قصفت المواقع أمس بعد أن قالت الحكومة إنها ستحمي حدودها.",
     "الطائرات قصفت المواقع أمس", "ستحمي حدودها"),
    ("وأضافت الشركة أن الإنتاج سيرتفع بعدما ذكرت الهيئة أن على المصانع أن تقلص الاستهلاك.",
     "الإنتاج سيرتفع", "على المصانع أن تقلص الاستهلاك"),
    ('وأضاف الصندوق أن العرض منخفض بعدما ذكرت "إينوك" أن الشركة ستخفض إنتاجها.',
     "العرض منخفض", "الشركة ستخفض إنتاجها"),
    ("وأكد الوزير أن الوقت ينفد بالقول \"نريد اتفاقا قبل نهاية الشهر\".",
     "الوقت ينفد", "نريد اتفاقا قبل نهاية الشهر"),
])
def test_a_report_of_its_own_inside_indirect_content_ends_it(text, outer, inner):
    assert [q.quote for q in quotes_of(text)] == [outer, inner]


@pytest.mark.parametrize("text, quote", [
    # the clause is the predicate of كان
    ("وأشار إلى أن المفاجأة كانت عندما أصر المشرف أن يستمر في العمل.",
     "المفاجأة كانت عندما أصر المشرف أن يستمر في العمل"),
    # what the speaker was told is part of the account
    ("وقالت إنها ذهبت إلى الصيدلية بعد أن أخبرها الطبيب أن الدواء ضروري.",
     "ذهبت إلى الصيدلية بعد أن أخبرها الطبيب أن الدواء ضروري"),
    # no subject after the verb
    ("وقال المحامي إن القرار صدر قبل عامين حينما أوضح بأن السبب قانوني.",
     "القرار صدر قبل عامين حينما أوضح بأن السبب قانوني"),
    ('وأكد المدير أن الخطة تحقق ما أعلنه الأمير عندما قال "ستكون المنطقة وجهة سياحية أولى".',
     'الخطة تحقق ما أعلنه الأمير عندما قال "ستكون المنطقة وجهة سياحية أولى"'),
])
def test_a_subordinate_report_without_a_source_of_its_own_stays_in_the_content(text, quote):
    assert [q.quote for q in quotes_of(text)][0] == quote


@pytest.mark.parametrize("text, first, second", [
    ("وقال المحافظ إن السيول غمرت القرى الجبلية وألحقت أضرارا بالجسور التي قال إنها بنيت قبل عقود.",
     "السيول غمرت القرى الجبلية وألحقت أضرارا بالجسور", "بنيت قبل عقود"),
    ("وأكدت الجمعية أن العاصفة دمرت عشرات المنازل في الحي القديم، التي قالت إن سكانها غادروها أمس.",
     "العاصفة دمرت عشرات المنازل في الحي القديم", "سكانها غادروها أمس"),
    ("وذكر التقرير أن الأسعار ارتفعت مقارنة بتقديرات الخبراء الذين توقعوا أن تستقر هذا العام.",
     "الأسعار ارتفعت مقارنة بتقديرات الخبراء", "تستقر هذا العام"),
])
def test_a_report_in_a_relative_clause_after_the_reported_clause_is_a_quote_of_its_own(text, first, second):
    assert [q.quote for q in quotes_of(text)] == [first, second]


@pytest.mark.parametrize("text", [
    # the relative clause still describes the reported clause's subject
    "وأشار المحامي إلى أن موكله، الذي أكد أنه تعاون مع المحققين، استهدف بسبب مكانته.",
    # a verb that describes its object, and the impersonal passive
    "وقال المبعوث إن حل الأزمة في البلاد التي وصفها بأنها كارثية لن يكون إلا سلميا.",
    "وقال الوزير إن هناك أدلة كافية لاتهام الرجلين الذين يعتقد أنهما غادرا البلاد.",
])
def test_a_relative_clause_that_belongs_to_the_reported_clause_stays_in_it(text):
    assert len(quotes_of(text)) == 1


@pytest.mark.parametrize("text, outer, inner, speaker", [
    # an overt subject of وصف in a relative clause
    ('وقال الوزير إن المبعوث أقام "علاقة طيبة" مع الزعيم، الذي كان الرئيس الأمريكي قد وصفه العام الماضي '
     'بـ"الرجل الخطير".', 'المبعوث أقام "علاقة طيبة" مع الزعيم، الذي كان الرئيس الأمريكي قد وصفه العام الماضي '
     'بـ"الرجل الخطير"', "الرجل الخطير", "الرئيس الأمريكي"),
    # ما وصفها: the outer speaker's own description
    ('ورأى الوزير أن على الحكومة أن تراجع خططها بسبب ما وصفها بـ"القرارات المتسرعة".',
     'على الحكومة أن تراجع خططها بسبب ما وصفها بـ"القرارات المتسرعة"', "القرارات المتسرعة", "الوزير"),
    ('وقال النائب إن المحكمة سجنت الناشط الذي يدعم جماعة تصفها الحكومة بـ"المتطرفة".',
     'المحكمة سجنت الناشط الذي يدعم جماعة تصفها الحكومة بـ"المتطرفة"', "المتطرفة", "الحكومة"),
])
def test_a_description_in_quotation_marks_inside_reported_words_is_a_quote_of_its_own(text, outer, inner, speaker):
    qs = quotes_of(text)
    assert [q.quote for q in qs] == [outer, inner]
    assert qs[1].cue in ("وصفه", "وصفها", "تصفها") and qs[1].speaker == speaker and qs[1].type == "direct"


def test_a_nested_description_is_no_antecedent_of_the_next_report():
    qs = quotes_of('وقال الوزير إن الزعيم، الذي وصفه الرئيس بـ"الخطير"، سيزور البلاد، وأضاف أن اللقاء سيكون "مهما".')
    assert [(q.quote, q.speaker) for q in qs] == [
        ('الزعيم، الذي وصفه الرئيس بـ"الخطير"، سيزور البلاد', "الوزير"), ("الخطير", "الرئيس"),
        ('اللقاء سيكون "مهما"', "الوزير")]


@pytest.mark.parametrize("text, quote", [
    ("وعرض التلفزيون صورا تظهر ما قالت الوزارة إنه مصنع للأسلحة في الضواحي.", "مصنع للأسلحة في الضواحي"),
    ("وتحدث المحافظ عن السيول، وأشار إلى ما قال إنها أضرار جسيمة في الطرق.", "أضرار جسيمة في الطرق"),
    ("ويعود ذلك إلى ما يقول المسؤولون إنه نقص في التمويل.", "نقص في التمويل"),
])
def test_ma_resumed_by_the_pronoun_of_the_complementiser_is_a_relative_not_a_negation(text, quote):
    assert [q.quote for q in quotes_of(text)] == [quote]


@pytest.mark.parametrize("text", [
    "ما قال الوزير إن الاتفاق انتهى.",                                   # a bare إن: the negation
    "واحتوت الحكومة الجدل في شأن ما ذكر أنه خلاف مع الجيران.",          # ما ذُكر: the passive
    "ويشتري المستثمرون الأسهم بسعر يفوق ما يعتقدون أنه السعر العادل.",   # a belief, no report
])
def test_ma_before_a_verb_of_belief_a_passive_or_a_bare_complementiser_reports_nothing(text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("text, quotes", [
    ("وأكد المدرب أن الفريق جاهز للمباراة، وعن طموح اللاعبين قال إنهم يريدون اللقب.",
     ["الفريق جاهز للمباراة", "يريدون اللقب"]),
    ("وقال الوزير إن الخطة ستنفذ هذا العام، وفي ختام كلمته أكد أن التمويل متوفر.",
     ["الخطة ستنفذ هذا العام", "التمويل متوفر"]),
])
def test_a_fronted_adjunct_before_a_report_verb_opens_the_next_turn(text, quotes):
    assert [q.quote for q in quotes_of(text)] == quotes


def test_a_verb_in_a_relative_clause_of_the_adjunct_opens_no_turn():
    text = "وقال المدرب إن الفريق تحسن كثيرا، ومن خلال المعسكر الذي اختتم أمس ظهر ذلك بوضوح."
    assert [q.quote for q in quotes_of(text)] == ["الفريق تحسن كثيرا، ومن خلال المعسكر الذي اختتم أمس ظهر ذلك بوضوح"]


def test_by_saying_inside_verbatim_speech_is_the_speakers_own():
    text = "وقال الخطيب: إن الصلاة فريضة أخبر عنها الحديث بقوله: «الصلاة عماد الدين»، فلنحافظ عليها."
    [q] = quotes_of(text)
    assert q.quote.startswith("إن الصلاة فريضة") and q.quote.endswith("فلنحافظ عليها")


@pytest.mark.parametrize("text, n", [
    ('وفي رد المدير لسؤال "الصحيفة" عن الأرباح، أفاد المدير بأن الشركة تركز على الإنتاج.', 1),
    ('ورداً على سؤال لمراسلة "الصحيفة"، قال المتحدث إن التحقيق مستمر.', 1),
    ("وعلى ذكر الزوار فقد ارتفع عددهم بأن فتحت البوابات مبكرا.", 0),
    ("وتحدث المخرج محمد علي قال إن الفيلم جاهز للعرض.", 1),          # علي, a name, not على
])
def test_a_verb_form_after_a_preposition_is_its_verbal_noun(text, n):
    assert len(quotes_of(text)) == n
    assert all(q.cue not in ("رد", "ورداً", "ذكر") for q in quotes_of(text))


@pytest.mark.parametrize("text, quote", [
    ("وقال الوزير في اذاعة آر.تي.إي. الحكومية اليوم “الوضع تحت السيطرة تماما”.", "الوضع تحت السيطرة تماما"),
    ("وقال المشرف أ.د. محمد الحمراني إن المشاركة تأتي تفعيلا لدور الجمعية.", "المشاركة تأتي تفعيلا لدور الجمعية"),
])
def test_the_dot_that_ends_a_dotted_acronym_ends_no_sentence(text, quote):
    assert [q.quote for q in quotes_of(text)] == [quote]


@pytest.mark.parametrize("text, quote", [
    ("شددت روسيا على حق المملكة، معربة في الوقت نفسه عن أملها بأن تجد الدولتان مخرجا من الأزمة.",
     "تجد الدولتان مخرجا من الأزمة"),
    ("أكد الرئيس أن القضية مهمة، مشددا أثناء لقائه الوزير الأمريكي، أمس، على أنها ستظل في أولوياته.",
     "ستظل في أولوياته"),
])
def test_a_participle_reaches_past_an_adjunct_to_its_own_preposition(text, quote):
    assert [q.quote for q in quotes_of(text)][-1] == quote


def test_a_participles_preposition_with_a_noun_complement_reaches_no_further():
    text = "وأثنى المدير على المهرجان، مؤكدا على تسخير كافة الإمكانات للمحافظة، ومتمنيا أن تتواصل النجاحات."
    assert all(not q.quote.startswith("تتواصل") or q.cue == "ومتمنيا" for q in quotes_of(text))


@pytest.mark.parametrize("text, speaker, quote", [
    ("وتساءل المواطن سعد الخضر متى يتم تطبيق نقطة الفرز الواحدة؟", "سعد الخضر", "متى يتم تطبيق نقطة الفرز الواحدة؟"),
    ("وأكد المدرب أن الفريق جاهز، وتساءل المدرب لماذا لا تحضر الجماهير؟", "المدرب", "لماذا لا تحضر الجماهير؟"),
])
def test_tasaala_reports_the_question_that_follows_it(text, speaker, quote):
    q = quotes_of(text)[-1]
    assert (q.speaker, q.quote) == (speaker, quote)


def test_a_bare_report_ends_the_content_before_it():
    [first, second] = quotes_of("وقال المدير إن السوق هادئة، ويقول التاجر قد يكون السبب ارتفاع الأسعار.")
    assert (first.quote, second.quote) == ("السوق هادئة", "قد يكون السبب ارتفاع الأسعار")


def test_what_one_might_ask_is_no_report():
    assert quotes_of("في البدء، قد يتساءل بعضكم، لماذا أتطرق إلى هذا الأمر اليوم؟") == []


def test_a_name_in_quotation_marks_that_repeats_its_definite_head_is_a_name():
    text = 'وقال المتحدث باسم قوات التحالف "تحالف دعم الشرعية في اليمن" إن الضربات "عمل عسكري مشروع".'
    assert [q.quote for q in quotes_of(text)] == ['الضربات "عمل عسكري مشروع"']


# --- quotation marks that pair across kinds ----------------------------------------

def _segments(text: str) -> list[tuple[str, bool]]:
    from qawl.quotes.marks import find_segments
    segments = find_segments(text, lambda w: (c := cue_of(w)) is not None and c.kind == VERB)
    return [(text[s.open + 1:s.close], s.closed) for s in segments]


@pytest.mark.parametrize("text, inner", [
    ('وقال الوزير «الخطة جاهزة للتنفيذ" ثم غادر القاعة.', "الخطة جاهزة للتنفيذ"),
    ("وقال الوزير “الخطة جاهزة للتنفيذ» ثم غادر القاعة.", "الخطة جاهزة للتنفيذ"),
    ("وقال الوزير «الخطة جاهزة للتنفيذ” ثم غادر القاعة.", "الخطة جاهزة للتنفيذ"),
    # a straight mark that looks like an opener closes the open one when no other follows in the line
    ('ووصف الوزير ذلك "خرقا واضحا للقانون "وطالب بالتحقيق في الحادث.', "خرقا واضحا للقانون "),
    ('وأكدت "أم فهد "صاحبة المتجر في السوق أن المبيعات زادت.', "أم فهد "),
    # its own closer comes only in a later sentence
    ('قال إن "الخطة جاهزة». وأضاف إنه «تم التنفيذ».', "الخطة جاهزة"),
])
def test_a_closing_mark_of_another_kind_closes_when_none_of_its_own_follows(text, inner):
    assert _segments(text)[0] == (inner, True)


@pytest.mark.parametrize("text, segments", [
    # the mark's own closer follows: the other kind stays inside it
    ('قال «الخطة" جاهزة» ثم غادر.', [('الخطة" جاهزة', True)]),
    ('قال "نحو الحزب "الجديد" غدا" ثم غادر.', [('نحو الحزب "الجديد" غدا', True), ("الجديد", True)]),
    # not across a line
    ('قال «الخطة جاهزة\nثم قال" غدا.', [("الخطة جاهزة", False)]),
    # not with a mark that opened in an earlier sentence: that one was left open there
    ('قال «نحن هنا. وأضاف أن الخطة جاهزة" ثم غادر.', [('نحن هنا.', False)]),
    ('وقال المدير "نحن هنا. وتابع البيان "إن السلامة أولوية في كل الأحوال.',
     [("نحن هنا.", False), ("إن السلامة أولوية في كل الأحوال", False)]),
    # a straight mark after a comma opens a clause of its own
    ('وقال البيان "إنه في ظل الأزمة، "فإنها تعمل على الحل. وشكر الحضور.',
     [('إنه في ظل الأزمة، "فإنها تعمل على الحل. وشكر الحضور', False), ("فإنها تعمل على الحل. وشكر الحضور", False)]),
    # not when a closer of its own kind follows in the sentence
    ('قال "الخطة» جاهزة للتنفيذ" ثم غادر.', [('الخطة» جاهزة للتنفيذ', True)]),
])
def test_a_mark_of_another_kind_does_not_close_when_its_own_closer_follows(text, segments):
    assert _segments(text) == segments


@pytest.mark.parametrize("text", [
    'وقال الوزير «الخطة جاهزة للتنفيذ في كل المناطق" ثم غادر القاعة وسط تصفيق الحضور.',
    "وقال الوزير “الخطة جاهزة للتنفيذ في كل المناطق» ثم غادر القاعة وسط تصفيق الحضور.",
])
def test_a_quotation_closed_by_a_mark_of_another_kind_ends_there(text):
    [q] = quotes_of(text)
    assert q.quote == "الخطة جاهزة للتنفيذ في كل المناطق"
