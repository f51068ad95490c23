"""Speaker attribution on short texts written for these tests: word order, titles,
pronouns, organisations, unnamed sources, groups, reported sources, canonical names."""
from __future__ import annotations

import re

import pytest

from qawl.doc import Entity
from qawl.quotes import UNKNOWN_SPEAKER, extract_quotes, merge_speakers, speaker_key
from qawl.quotes.plausible import clean_name
from qawl.quotes.resolve import runs_into_clause
from qawl.quotes.speakers import close_person_parts, names_no_one
from qawl.sentences import sentence_at, split_sentences


def entities_of(text: str, names: dict[str, str] | None) -> list[Entity]:
    """Every occurrence of the `names` (surface form → label): a stand-in recogniser."""
    sentences = split_sentences(text)
    entities = []
    for surface, label in (names or {}).items():
        for m in re.finditer(re.escape(surface), text):
            entities.append(Entity(surface, surface, label, m.start(), m.end(), sentence_at(sentences, m.start())))
    return sorted(entities, key=lambda e: e.start)


def quotes_of(text: str, names: dict[str, str] | None = None):
    """Quotes of text; `names` maps entity surface forms to labels (a stand-in recogniser)."""
    return extract_quotes(text, split_sentences(text), entities_of(text, names))


def test_verb_subject_order():
    [q] = quotes_of("وقال سامي الخطيب إن المفاوضات مستمرة.")
    assert q.speaker == "سامي الخطيب" and q.speaker_mention == "سامي الخطيب" and q.speaker_kind == "named"


def test_subject_verb_order():
    [q] = quotes_of("لكن رئيس البلدية فادي نصار قال إن المشروع سيتأخر.")
    assert q.speaker == "فادي نصار" and q.speaker_role == "رئيس البلدية"


def test_adjuncts_between_subject_and_content_are_not_the_speaker():
    [q] = quotes_of("وقال نبيل عيسى للصحفيين يوم الأحد في العاصمة إن الحوار سيستأنف.")
    assert q.speaker == "نبيل عيسى"


def test_title_resolves_to_the_person_named_with_it_earlier():
    text = ("وصل وزير المالية الكندي ريتشارد لوفال إلى القاهرة.\n"
            "وقال الوزير الكندي إن الزيارة ناجحة.")
    [q] = quotes_of(text)
    assert q.speaker == "ريتشارد لوفال" and q.speaker_mention == "الوزير الكندي"


KINGS = {"فهد بن زيد": "PER", "حامد بن عمر": "PER"}


def test_an_epithet_alone_is_the_person_the_article_apposed_it_to():
    text = ("استقبل حارس المدينتين الملك فهد بن زيد أمس موفدا من الملك حامد بن عمر.\n"
            "وقال حارس المدينتين إن البلدين يقفان معا.")
    [q] = quotes_of(text, KINGS)
    assert q.speaker == "فهد بن زيد" and q.speaker_mention == "حارس المدينتين"


def test_an_epithet_is_apposed_through_forms_of_address():
    text = ("وصل حارس المدينتين جلالة الملك فهد بن زيد إلى العاصمة.\n"
            "وقال حارس المدينتين إن الزيارة ناجحة.")
    assert quotes_of(text, KINGS)[0].speaker == "فهد بن زيد"


@pytest.mark.parametrize("text", [
    "وقال حارس المدينتين إن البلدين يقفان معا.\nواستقبل حارس المدينتين الملك فهد بن زيد أمس موفدا.",
    "وقال حارس المدينتين إن البلدين يقفان معا.\nواستقبل الملك فهد بن زيد موفدا.",
])
def test_an_epithet_not_apposed_before_it_speaks_keeps_its_words(text):
    assert quotes_of(text, KINGS)[0].speaker == "حارس المدينتين"


@pytest.mark.parametrize("style", ["صاحب السمو الملكي", "صاحب السمو", "صاحب المعالي"])
def test_a_form_of_address_after_a_title_leads_to_the_holder(style):
    text = f"قال نائب رئيس الوزراء {style} الأمير فهد بن زيد وزير الداخلية: إن الأمن مستتب."
    [q] = quotes_of(text, KINGS)
    assert q.speaker == "فهد بن زيد" and q.speaker_role.startswith(f"نائب رئيس الوزراء {style}")


def test_the_length_limit_cuts_no_recognised_name():
    name = "فهد بن زيد بن عمر بن سالم آل حامد"
    text = f"قال نائب رئيس مجلس الوزراء لشؤون الأمن الأمير {name} وزير الداخلية: إن الأمن مستتب."
    assert quotes_of(text, {name: "PER"})[0].speaker == name


def test_a_form_of_address_is_no_part_of_the_role_a_title_alone_links_to():
    text = ("استقبل نائب رئيس الوزراء صاحب السمو الملكي الأمير فهد بن زيد وفدا أمس.\n"
            "وحضر اللقاء نائب رئيس الوزراء للشؤون الاقتصادية الدكتور حامد بن عمر.\n"
            "وقال نائب رئيس الوزراء إن الأمن مستتب.")
    assert quotes_of(text, KINGS)[0].speaker == "فهد بن زيد"


def test_pronoun_subject_continues_the_previous_speaker():
    text = ("وقالت المهندسة ريم داود إن الجسر آمن.\n"
            "وأضافت: «سنفتحه أمام السيارات الشهر المقبل بعد الفحص».")
    first, second = quotes_of(text)
    assert second.speaker == first.speaker == "ريم داود"
    assert second.speaker_mention == "" and second.speaker_kind == "pronoun"


def test_pronoun_skips_a_report_without_an_agent():
    text = ("وقال المهندس حسن فارس إن السد ممتلئ.\n"
            "وتشير التقديرات إلى أن المياه ستكفي عامين.\n"
            "وأضاف أن الصيانة انتهت.")
    qs = quotes_of(text)
    assert qs[-1].speaker == "حسن فارس"


def test_participle_shares_the_subject_of_its_verb():
    text = "وكان اتحاد المزارعين أعرب عن قلقه، مؤكدا أن الأسعار ارتفعت كثيرا."
    [q] = quotes_of(text)
    assert q.cue == "مؤكدا" and q.speaker == "اتحاد المزارعين"


def test_a_participle_a_persons_first_name_disagrees_with_is_not_his():
    [q] = quotes_of("حجبت السلطات موقعا ينتقد رئيس الوزراء أحمد سالم قائلة إن الموقع خالف القانون.",
                    {"أحمد سالم": "PER"})
    assert q.cue == "قائلة" and q.speaker == "السلطات"
    text = "وأوضحت سارة خليل أنها تحدثت مع نجلها أحمد الذي أخبرها أنه بخير، مؤكدا أنه لن يعود إلى السباق."
    said, added = quotes_of(text, {"سارة خليل": "PER", "أحمد": "PER"})
    assert said.speaker == "سارة خليل" and added.cue == "مؤكدا" and added.speaker == "أحمد"


def test_organisation_speaker():
    [q] = quotes_of("وقالت وزارة الصحة في بيان إن عدد الإصابات تراجع.")
    assert q.speaker == "وزارة الصحة" and q.speaker_kind == "organisation"


def test_definite_body_refers_back_to_its_full_name():
    text = ("أصدرت وزارة الخارجية اليابانية تحذيرا للمسافرين.\n"
            "وقالت الوزارة إن الرحلات إلى المنطقة غير آمنة.")
    [q] = quotes_of(text)
    assert q.speaker == "وزارة الخارجية اليابانية" and q.speaker_mention == "الوزارة"


def test_a_body_the_recogniser_ran_into_the_reported_clause_keeps_its_own_name():
    text = ("أصدرت وزارة المالية الكندية تقريرا عن الأسعار.\n"
            "وقالت الوزارة إن مبيعات الأثاث ارتفعت في الربيع.")
    [q] = quotes_of(text, {"وزارة المالية الكندية": "ORG", "الوزارة إن مبيعات الأثاث": "ORG"})
    assert q.speaker == "وزارة المالية الكندية" and q.speaker_mention == "الوزارة"


def test_a_source_run_into_its_clause_is_cut_at_the_complementiser():
    [q] = quotes_of("وذكر مصدر أمني أن مسلحين هاجموا نقطة تفتيش.", {"مصدر أمني أن مسلحين": "ORG"})
    assert q.speaker == "مصدر أمني"


def test_a_person_is_not_completed_by_a_name_run_into_the_clause():
    text = ("قالت رئيسة المصرف جانيت هولمز إن التضخم تراجع.\n"
            "وقالت هولمز إن المصرف سيرفع الفائدة.")
    second = quotes_of(text, {"جانيت هولمز": "PER", "هولمز إن المصرف": "ORG"})[-1]
    assert second.speaker == "جانيت هولمز"


@pytest.mark.parametrize("name,ran", [
    ("الوزارة إن مبيعات الأثاث", True), ("مصدر أمني أنه", True),
    ("شبكة سي إن إن", False), ("شبكة إن بي سي", False), ("إي إس بي إن", False),  # letters of an acronym
    ("الأمين العام بان كي مون", False), ("رئيسة البلدية آن مارتان", False),  # names spelt like «بأن»، «أن»
])
def test_runs_into_clause(name, ran):
    assert runs_into_clause(name) is ran


def test_unnamed_source_is_the_same_speaker_when_made_definite():
    text = ("قال مصدر فرنسي إن المحادثات ستبدأ غدا.\n"
            "وقال المصدر الفرنسي إن الوفود وصلت.")
    first, second = quotes_of(text)
    assert first.speaker == second.speaker == "مصدر فرنسي"
    assert first.speaker_kind == second.speaker_kind == "unnamed"
    assert second.speaker_mention == "المصدر الفرنسي"


def test_unnamed_source_with_a_place():
    [q] = quotes_of("وقال مسؤول في وزارة النقل إن القطار سيعود للعمل.")
    assert q.speaker.startswith("مسؤول في وزارة النقل") and q.speaker_kind == "unnamed"


def test_group_speaker():
    [q] = quotes_of("وقال المتظاهرون إنهم سيواصلون الاعتصام.")
    assert q.speaker == "المتظاهرون" and q.speaker_kind == "group"
    assert q.quote == "سيواصلون الاعتصام"


def test_reported_through_an_intermediary_gives_the_original_source():
    text = "ونقلت الإذاعة عن الطبيب كمال يونس قوله إن المستشفى يحتاج إلى أدوية."
    [q] = quotes_of(text)
    assert q.speaker == "كمال يونس" and q.cue == "قوله"


def test_according_to_aside_does_not_replace_the_speaker():
    text = "وقال المتحدث، بحسب وكالة محلية، إن الطريق أعيد فتحه."
    [q] = quotes_of(text)
    assert q.speaker == "المتحدث"


def test_canonical_speaker_is_the_fullest_name_with_aliases():
    text = ("وقال جمال الدين عباس إن الموسم كان صعبا.\n"
            "وأكد عباس أن الفريق سيعود أقوى.")
    qs = quotes_of(text, {"جمال الدين عباس": "PER", "عباس": "PER"})
    assert [q.speaker for q in qs] == ["جمال الدين عباس", "جمال الدين عباس"]
    assert "عباس" in qs[1].speaker_aliases


@pytest.mark.parametrize("text, names, speakers", [
    ("وقال بعض المعارضين في فرنسا إن الخطة خاطئة. وأعلنت فرنسا أنها ستدرس الأمر.", {"فرنسا": "LOC"},
     ["بعض المعارضين في فرنسا", "فرنسا"]),
    ("ويقول كثير من الخبراء إن المادة خطرة. ويقول الخبراء إن البديل آمن.", {},
     ["كثير من الخبراء", "الخبراء"]),
])
def test_a_name_after_a_preposition_in_a_longer_speaker_is_not_completed_by_it(text, names, speakers):
    # «بعض المعارضين في فرنسا» are people in France, no fuller name of France
    assert [q.speaker for q in quotes_of(text, names)] == speakers


def test_two_names_after_the_verb_keep_the_first_as_subject():
    text = "واتهم سامر حداد شركة النور بالتأخير، مشيرا إلى أن العقد انتهى."
    [q] = quotes_of(text, {"سامر حداد": "PER", "شركة النور": "ORG"})
    assert q.speaker == "سامر حداد"


def test_relative_clause_speaker_is_the_antecedent():
    text = "وصل الوفد أمس، بحسب النائب عماد سالم، الذي قال إن الزيارة تستمر يومين."
    [q] = quotes_of(text, {"عماد سالم": "PER"})
    assert q.speaker == "عماد سالم"


@pytest.mark.parametrize("text, speaker", [
    ("ارتفعت الأسعار بحسب ما أعلنته وزارة الزراعة الأردنية أمس، التي أشارت إلى أن الموسم كان جافا.",
     "وزارة الزراعة الأردنية"),
    ("وذلك خلافا لرواية القوات الفرنسية التي قالت للصحافيين إن القتلى من المسلحين.", "القوات الفرنسية"),
])
def test_relative_clause_after_an_institution_takes_it_as_speaker(text, speaker):
    [q] = quotes_of(text)
    assert q.speaker == speaker


def test_relative_clause_with_its_own_subject_or_a_demonstrative_keeps_no_antecedent():
    [q] = quotes_of("انتقد التجار خطة الوزارة، التي رأى البعض أنها تضر بالسوق.")
    assert q.speaker != "الوزارة"
    text = "«القراءة حياة» يقول كمال نادر. وكان هذا الرجل، الذي يقول إن الكتب أصدقاؤه، يقرأ كثيرا."
    qs = quotes_of(text, {"كمال نادر": "PER"})
    assert qs[-1].speaker == "كمال نادر"


def test_speaker_offsets_point_at_the_mention():
    text = "وقال المدير العام خالد منصور إن الأرباح زادت."
    [q] = quotes_of(text)
    assert text[q.speaker_start:q.speaker_end] == q.speaker_mention
    assert text[q.cue_start:q.cue_end] == "وقال"


def test_speaker_key_merges_spellings_across_articles():
    assert speaker_key("جو بايدن") == speaker_key("جو بايدنَ") == speaker_key("وجو بايدن")
    assert speaker_key("الشيخ محمد سالم") == speaker_key("محمد سالم")
    assert speaker_key("إيران") == speaker_key("ايران")
    assert speaker_key("جو بايدن") != speaker_key("جون كيري")


def test_feminine_verb_resolves_to_the_last_speaker_of_that_gender():
    text = ("وقالت الوزيرة هند كرم إن الخطة جاهزة.\n"
            "وقال مساعدها سليم نادر إن التنفيذ يبدأ غدا.\n"
            "وأضافت أن التمويل متوفر.")
    qs = quotes_of(text)
    assert qs[-1].speaker == "هند كرم"


def test_prepositional_phrase_after_the_verb_is_not_a_subject():
    text = ("وقال المحامي رامي خوري إن القضية معقدة.\n"
            "ويطالب بمزيد من الوقت، ويقول إن الأدلة ناقصة.")
    qs = quotes_of(text)
    assert qs[-1].speaker == "رامي خوري"


def test_merge_speakers_across_articles_joins_a_surname_to_its_only_full_name():
    merged = merge_speakers(["جو بايدن", "بايدن", "وبايدن", "جون كيري", "كيري", "الكرملين"])
    assert merged["بايدن"] == merged["جو بايدن"] == merged["وبايدن"]
    assert merged["كيري"] == merged["جون كيري"] != merged["جو بايدن"]
    assert merged["الكرملين"] == speaker_key("الكرملين")


def test_merge_speakers_follows_a_surname_through_longer_forms_of_one_name():
    merged = merge_speakers(["سلمان بن عبد العزيز", "سلمان بن عبدالعزيز آل سعود", "الملك سلمان",
                             "محمد بن سلمان", "كيري", "جون كيري", "جون فوربس كيري", UNKNOWN_SPEAKER])
    assert merged["الملك سلمان"] == merged["سلمان بن عبد العزيز"] == merged["سلمان بن عبدالعزيز آل سعود"]
    assert merged["محمد بن سلمان"] != merged["الملك سلمان"]  # after an honorific, a first name
    assert merged["كيري"] == speaker_key("كيري")  # two longer names hold كيري
    assert merged[UNKNOWN_SPEAKER] == UNKNOWN_SPEAKER


def test_merge_speakers_is_near_linear_in_the_number_of_names():
    names = [f"{first} {last}" for first in ("سامي", "رامي", "هادي", "نادر") for last in
             (f"{a}{b}" for a in "بتثجحخدذرزسشصضطظعغفقكلمنهوي" for b in "بتثجحخدذرزسشصضطظعغفقكلمنهوي")]
    names += [n.split()[1] for n in names[:300]]
    merged = merge_speakers(names)
    assert len(merged) == len(set(names))
    assert all(merged[n] == speaker_key(n) for n in names[:300])  # each surname has four holders


def test_merge_speakers_keeps_a_person_apart_from_the_office_named_after_him():
    merged = merge_speakers(["جون لافوا"] * 5 + ["لافوا", "مكتب الرئيس الكندي جون لافوا"])
    assert merged["لافوا"] == merged["جون لافوا"] == speaker_key("جون لافوا")
    assert merged["مكتب الرئيس الكندي جون لافوا"] == speaker_key("مكتب الرئيس الكندي جون لافوا")


def test_merge_speakers_keeps_an_ambiguous_surname_apart():
    merged = merge_speakers(["أحمد سالم", "محمد سالم", "سالم"])
    assert merged["سالم"] == "سالم" and merged["أحمد سالم"] != merged["محمد سالم"]


def test_role_and_aliases_are_shared_by_all_quotes_of_a_speaker():
    text = ("وقال المتحدث باسم البلدية أنور سعيد إن المياه ستعود.\n"
            "وأضاف أن الأعطال أصلحت.")
    first, second = quotes_of(text)
    assert first.speaker == second.speaker == "أنور سعيد"
    assert first.speaker_role == second.speaker_role == "المتحدث باسم البلدية"
    assert "المتحدث باسم البلدية أنور سعيد" in second.speaker_aliases


def test_a_second_titled_person_after_the_subject_is_the_object():
    text = "وحذر وزير الخارجية الهولندي يان دي فريس وزير الخارجية البلجيكي من أن الوقت ينفد."
    [q] = quotes_of(text)
    assert q.speaker == "يان دي فريس"


def test_general_in_a_title_is_not_a_time_word():
    [q] = quotes_of("قال الأمين العام للمنظمة كارلوس بيريرا إن الاجتماع سيعقد.")
    assert q.speaker == "كارلوس بيريرا"


def test_a_spokesperson_of_another_body_is_not_the_earlier_spokesperson():
    text = ("قالت المتحدثة باسم وزارة البيئة سلمى عادل إن التلوث تراجع.\n"
            "من جانبها، أعربت المنظمة عن قلقها، وقالت المتحدثة باسمها إن الأرقام غير دقيقة.")
    first, second = quotes_of(text)
    assert first.speaker == "سلمى عادل"
    assert second.speaker == "المتحدثة باسمها" and second.speaker_kind == "unnamed"


def test_the_statement_itself_as_subject():
    [q] = quotes_of("وأوضح البيان أن الحادث لم يسفر عن إصابات.")
    assert q.speaker == "البيان" and q.speaker_kind == "organisation"


def test_demonstrative_source_refers_back():
    text = ("قال مصدر أمني عراقي إن الهجوم فشل.\n"
            "وقال هذا المصدر الأمني إن المهاجمين فروا.")
    first, second = quotes_of(text)
    assert second.speaker == first.speaker == "مصدر أمني عراقي"
    assert second.speaker_mention == "هذا المصدر الأمني"


def test_participle_in_the_same_sentence_shares_the_mention():
    first, second = quotes_of("وقال المهندس باسل نور إن العمل بدأ، مضيفا أن المشروع سينتهي قريبا.")
    assert second.speaker == "باسل نور" and second.speaker_mention == first.speaker_mention


def test_fronted_prepositional_phrase_is_not_a_subject():
    [q] = quotes_of("وعنها قال الروائي إنه كتبها في شبابه.")
    assert q.speaker == "الروائي"


def test_a_bracketed_short_name_later_used_alone_is_the_same_speaker():
    text = ("وقال رئيس الحركة خالد يوسف (أبوسامي) إن الانتخابات ستجرى.\n"
            "وأكد أبوسامي أن القوائم جاهزة.")
    first, second = quotes_of(text)
    assert first.speaker == second.speaker == "خالد يوسف"
    assert "أبوسامي" in second.speaker_aliases


def test_an_acronym_in_quotation_marks_after_a_recognised_name():
    text = ('أفادت الهيئة العامة للإعلام "هعا" بأن البث توقف.\n'
            "وقالت هعا إن البث سيعود مساء.")
    qs = quotes_of(text, {"الهيئة العامة للإعلام": "ORG", "هعا": "ORG"})
    assert qs[-1].speaker == "الهيئة العامة للإعلام"


def test_an_object_with_a_possessive_after_the_subject_is_left_out():
    [q] = quotes_of('وأكد المصدر في الوزارة دعم بلاده "الكامل" للخطة.')
    assert q.speaker == "المصدر في الوزارة"


def test_definite_subject_before_a_present_verb():
    text = ("وقال الخبير رامز عيد إن الطلب ضعيف.\n"
            "لكن الأرقام الرسمية تشير إلى أن الطلب ارتفع.")
    first, second = quotes_of(text)
    assert second.speaker == "الأرقام الرسمية" and second.speaker_mention == "الأرقام الرسمية"


# --- generalisation: patterns found wanting on unseen newswire ------------------------

def test_report_verb_lahadha_is_a_cue():
    [q] = quotes_of("لكن الباحث منير داود لاحظ أن الأسعار تتراجع ببطء.", {"منير داود": "PER"})
    assert q.speaker == "منير داود" and q.quote == "الأسعار تتراجع ببطء"


def test_a_fronted_place_is_not_the_subject():
    text = "وفي عمان قال وزير النقل سليم حداد ان الطريق سيفتح غدا."
    [q] = quotes_of(text, {"عمان": "LOC", "سليم حداد": "PER"})
    assert q.speaker == "سليم حداد"


def test_a_single_word_name_ending_in_ha_after_qala_is_the_subject():
    text = ("أعلن المنتج ريمون كاليه خطته الجديدة.\n"
            "وقال كاليه لمجلة فنية في حديث نشر امس ان الفيلم سيعرض في الربيع.")
    qs = quotes_of(text, {"ريمون كاليه": "PER"})
    assert qs[-1].speaker_mention == "كاليه" and qs[-1].speaker == "ريمون كاليه"


def test_a_feminine_noun_after_a_masculine_verb_is_its_object():
    text = ("وقال الزعيم المعارض هادي سالم إن الانتخابات مزورة.\n"
            "ووصف الحكومة بأنها فاشلة.")
    qs = quotes_of(text, {"هادي سالم": "PER"})
    assert qs[-1].quote == "فاشلة" and qs[-1].speaker == "هادي سالم" and qs[-1].speaker_mention == ""


def test_a_long_subject_with_two_roles_before_the_verb():
    text = ("وقال الوزير عماد حلمي إن الاتفاق قريب.\n"
            "لكن مستشار رئيس الوزراء الأردني والمتحدث الرسمي باسم حزب الوسط كمال يوسف نفى أن يكون الاتفاق قريبا.")
    qs = quotes_of(text, {"عماد حلمي": "PER", "حزب الوسط": "ORG", "كمال يوسف": "PER"})
    assert qs[-1].speaker == "كمال يوسف"


def test_the_subject_stops_after_the_name_before_a_masdar_object():
    text = "نفى وزير الري المصري حسن سالم حصول أي اتفاق مع الجانب الآخر. وقال إنه متفائل."
    qs = quotes_of(text, {"حسن سالم": "PER"})
    assert qs[-1].speaker == "حسن سالم" and qs[-1].speaker_role == "وزير الري المصري"


def test_a_masculine_participle_after_a_feminine_speaker_belongs_to_the_reported_man():
    text = ("وقالت مجلة أسبوعية إن غرانتوف كشف في مذكراته خلافات داخل الفريق، "
            "مشيرا إلى أن المدرب استقال مرتين.")
    qs = quotes_of(text)
    assert [q.speaker for q in qs] == ["مجلة أسبوعية", "غرانتوف"]


def test_a_feminine_elided_subject_skips_the_man_who_spoke_in_between():
    text = ("وقالت الوزيرة هدى منصور إن الخطة جاهزة.\n"
            "وقال المحلل سمير عطا إن الخطة طموحة.\n"
            "وأضافت أن التنفيذ يبدأ غدا.")
    qs = quotes_of(text, {"هدى منصور": "PER", "سمير عطا": "PER"})
    assert qs[-1].speaker == "هدى منصور"


def test_an_elided_subject_continues_a_later_report_of_the_sentence_before():
    text = ("وأشار الوزير خالد العتيبي إلى أن الحملة ستستمر في جميع المدن وفيما يتعلق بالتنظيم أكد "
            "مدير الإدارة سامي الحربي اكتمال الاستعدادات في كل المراكز. وأوضح أنه تم تجهيز المراكز.")
    qs = quotes_of(text, {"خالد العتيبي": "PER", "سامي الحربي": "PER"})
    assert [q.speaker for q in qs] == ["خالد العتيبي", "سامي الحربي"]


def test_a_report_verb_with_a_nominal_subject_in_the_reported_clause_is_not_continued():
    text = ("وقال الوزير خالد العتيبي إن رئيس الوزراء سامي الحربي أكد دعمه للخطة. "
            "وأضاف أن الخطة ستنفذ العام المقبل.")
    qs = quotes_of(text, {"خالد العتيبي": "PER", "سامي الحربي": "PER"})
    assert [q.speaker for q in qs] == ["خالد العتيبي", "خالد العتيبي"]


def test_a_feminine_elided_subject_skips_a_later_report_by_a_man():
    text = ("وأشارت الوزيرة هدى منصور إلى أن الحملة ستستمر في جميع المدن وفيما يتعلق بالتنظيم أكد "
            "مدير الإدارة سامي الحربي اكتمال الاستعدادات. وأوضحت أنه تم تجهيز المراكز.")
    qs = quotes_of(text, {"هدى منصور": "PER", "سامي الحربي": "PER"})
    assert qs[-1].speaker == "هدى منصور"


def test_the_genitive_body_after_a_construct_head_is_the_subject():
    text = ("تعددت اهتمامات الصحف الفرنسية الصادرة اليوم فتناولت الأزمة في لبنان وما قاله الجميع عن "
            "ميشال عون, وأكدت أن الحكومة ستستقيل قريبا.")
    [q] = quotes_of(text, {"ميشال عون": "PER", "لبنان": "LOC"})
    assert q.speaker == "الصحف الفرنسية"


def test_a_body_heading_a_construct_stays_the_subject():
    text = "أصدرت وزارة الخارجية اليوم بيانا عن الأزمة مع سامي الحربي, وأكدت أن السفير سيعود قريبا."
    [q] = quotes_of(text, {"سامي الحربي": "PER"})
    assert q.speaker == "وزارة الخارجية"


def test_the_subject_after_time_words_and_a_press_conference():
    [q] = quotes_of("وقال امس في مؤتمر صحفي وزير الزراعة السوداني كامل بشير ان المحصول وفير.",
                    {"كامل بشير": "PER"})
    assert q.speaker == "كامل بشير" and q.speaker_mention == "وزير الزراعة السوداني كامل بشير"


def test_the_subject_after_a_day_and_an_addressee():
    [q] = quotes_of("واكد يوم الاحد لرويترز متحدث باسم الشركة ان المصنع سيغلق.")
    assert q.speaker == "متحدث باسم الشركة" and q.quote == "المصنع سيغلق"


def test_time_words_with_no_subject_after_them_leave_it_elided():
    text = "وقال النائب وليد عمر إن القانون سيمر.\nوأضاف أمس في بيان له أن التصويت قريب."
    qs = quotes_of(text, {"وليد عمر": "PER"})
    assert qs[-1].speaker == "وليد عمر" and qs[-1].speaker_mention == ""


def test_a_name_spelt_like_a_preposition_stays_in_the_subject():
    [q] = quotes_of("وقال رئيس الوزراء علي حسن انه لن يستقيل.", {"علي حسن": "PER"})
    assert q.speaker == "علي حسن" and q.speaker_role == "رئيس الوزراء"


def test_an_opening_pronoun_takes_the_next_named_speaker_of_its_gender():
    text = ("قال فيه إن الأزمة ستطول. وقالت الوزيرة منى سعد إن الحل قريب.\n"
            "وأضاف الكاتب جمال رشيد أن الحلول مؤجلة.")
    qs = quotes_of(text, {"منى سعد": "PER", "جمال رشيد": "PER"})
    assert [q.speaker for q in qs] == ["جمال رشيد", "منى سعد", "جمال رشيد"]
    assert qs[0].speaker_mention == ""


def test_hamzaless_reuters_spelling():
    text = ("قال وزير الاقتصاد كارل شولتز ان النمو سيتباطأ. واضاف انه يتوقع تحسنا مشيرا الي ان الصادرات قوية. "
            "وقالت وزيرة المالية انا برغر انها تؤيد الخطة. واضافت ان العجز سيتقلص. واوضح انه متفائل.")
    qs = quotes_of(text)
    assert [q.quote for q in qs] == ["النمو سيتباطأ", "يتوقع تحسنا", "الصادرات قوية", "تؤيد الخطة",
                                     "العجز سيتقلص", "متفائل"]
    assert [q.speaker for q in qs] == ["كارل شولتز"] * 3 + ["انا برغر"] * 2 + ["كارل شولتز"]


def test_a_recognised_name_right_before_the_verb_after_a_run_in_heading():
    text = "أزمة الميناء و الربان هانسن اعتبر قرار الإدارة ظلما للبحارة."
    [q] = quotes_of(text, {"هانسن": "PER"})
    assert q.speaker == "هانسن" and q.quote == "قرار الإدارة ظلما للبحارة"


def test_the_addressee_is_not_part_of_the_subject():
    first, second = quotes_of("قال ناطق باسم الدفاع المدني لرويترز ان الحريق أخمد.\n"
                              "وابلغ المحافظ الصحفيين ان الاضرار محدودة.")
    assert first.speaker == "ناطق باسم الدفاع المدني" and second.speaker == "المحافظ"


@pytest.mark.parametrize("outlet", ["لـCNN", "لـBBC"])
def test_an_outlet_set_off_by_commas_is_the_addressee_not_the_name(outlet):
    [q] = quotes_of(f"وقال مصدر آخر في الوزارة، {outlet}، إن الوزير لا يعرف شيئا.")
    assert q.speaker == "مصدر آخر في الوزارة"


@pytest.mark.parametrize("body", ["إدارة", "حكومة", "نظام"])
def test_the_body_a_person_leads_is_not_the_person(body):
    text = f"وقال دونالد ترامب إن الاتفاق سيئ.\nوأكدت {body} ترامب أنها لن تتراجع عن العقوبات."
    first, second = quotes_of(text, {"دونالد ترامب": "PER", "ترامب": "PER"})
    assert first.speaker == "دونالد ترامب"
    assert second.speaker == f"{body} ترامب" and second.speaker_kind == "organisation"


@pytest.mark.parametrize("text, speaker", [
    ("وقال مكتب رئيس الوزراء الكندي جان لافوا إن الحكومة ستجتمع.", "مكتب رئيس الوزراء الكندي جان لافوا"),
    ("وقالت حكومة الرئيس الجديد جان لافوا إنها ستدرس القرار.", "حكومة الرئيس الجديد جان لافوا"),
])
def test_the_office_of_a_titled_person_is_not_the_person(text, speaker):
    # the whole title between the body and the name: «رئيس الوزراء الكندي», «الرئيس الجديد»
    [q] = quotes_of(text, {"جان لافوا": "PER"})
    assert q.speaker == speaker and q.speaker_kind == "organisation"
    [q] = quotes_of("وقال مدير مكتب رئيس الوزراء جان لافوا إن الحكومة ستجتمع.", {"جان لافوا": "PER"})
    assert q.speaker == "جان لافوا"  # the office's director is named


def test_the_office_speaks_when_the_title_holders_name_is_not_recognised():
    [q] = quotes_of("وذكر مكتب الرئيس الكوري الجنوبي سامر قوطالي في بيان أن البلدين اتفقا.")
    assert q.speaker == "مكتب الرئيس الكوري الجنوبي سامر قوطالي" and q.speaker_kind == "organisation"


@pytest.mark.parametrize("text, speaker", [
    ('وقالت مجموعة "النسيم" في باريس إن المقارنة ليست واردة.', "مجموعة النسيم"),
    ("وقالت جمعية «الأمل» الخيرية إن التبرعات تراجعت.", "جمعية الأمل الخيرية"),
    ("وقال مركز «الأفق» للدراسات إن الأرقام مقلقة.", "مركز الأفق للدراسات"),  # its full name
])
def test_a_kind_of_body_and_its_quoted_name_are_one_name(text, speaker):
    [q] = quotes_of(text)
    assert q.speaker == speaker


def test_a_statement_named_again_is_the_body_that_issued_it():
    text = ("وقال سامي عيد إن القرار خاطئ.\n"
            "وأصدرت نقابة المعلمين بيانا انتقدت فيه القرار.\n"
            'وجاء في البيان، "إن الأجور متدنية جدا."\n'
            "ولفت البيان إلى أن الإضراب مستمر.")
    first, second, third = quotes_of(text, {"سامي عيد": "PER"})
    assert first.speaker == "سامي عيد"
    assert second.speaker == "نقابة المعلمين" and third.speaker == "نقابة المعلمين"


def test_who_publishes_a_statement_already_named_did_not_issue_it():
    text = ("وقال سامي عيد إن القرار خاطئ.\n"
            "ونشرت وكالة الأنباء البيان كاملا.\n"
            'وجاء في البيان، "إن الأجور متدنية جدا."')
    assert quotes_of(text, {"سامي عيد": "PER"})[1].speaker != "وكالة الأنباء"


def test_the_issuer_after_a_statement_and_its_adjectives():
    text = ("وقال الطبيب سامي عيد إن الوضع صعب.\n"
            'أما البيان الرسمي للمستشفى فاكتفى بذكر أن المريض "في حالة مستقرة"، مضيفا أن "الأطباء يتابعونه".')
    first, second, third = quotes_of(text, {"سامي عيد": "PER"})
    assert first.speaker == "سامي عيد"
    assert second.speaker == "المستشفى" and third.speaker == "المستشفى"


def test_a_name_ending_like_an_adjective_after_a_statement_noun_is_its_author():
    text = 'وقالت الوزارة إن العمل مستمر.\nونقل التقرير تصريحات روحاني قائلا: "أنا واثق من النتائج".'
    first, second = quotes_of(text, {"روحاني": "PER"})
    assert first.speaker == "الوزارة" and second.speaker == "روحاني"


def test_after_a_statement_of_another_kind_the_preposition_names_the_addressee():
    [q] = quotes_of("وقال سامي عيد في تصريح للصحيفة إن الوضع صعب.", {"سامي عيد": "PER"})
    assert q.speaker == "سامي عيد"


@pytest.mark.parametrize("clause", ["التي زارها نبيل حداد أمس،",
                                    "التي قام بزيارة خاطفة إليها رئيس الوزراء نبيل حداد السبت الماضي،"])
def test_a_participle_after_a_relative_clause_takes_the_subject_after_its_verb(clause):
    text = f"وقال سامي عيد إن الوضع صعب.\nوعاد النواب إلى البلدة {clause} مؤكدا أنها زيارة رمزية."
    first, second = quotes_of(text, {"سامي عيد": "PER", "نبيل حداد": "PER"})
    assert first.speaker == "سامي عيد" and second.speaker == "نبيل حداد"


@pytest.mark.parametrize("text", [
    "وقال سامي عيد إن الحرس يقاتل مع نبيل حداد، مؤكدا أن الجيش لن يتراجع.",
    "ووصف سامي عيد التصريحات التي هاجم فيها نبيل حداد السبت، معتبرا أنها مسيئة.",
])
def test_a_participle_does_not_take_a_name_that_may_be_an_object(text):
    assert {q.speaker for q in quotes_of(text, {"سامي عيد": "PER", "نبيل حداد": "PER"})} == {"سامي عيد"}


@pytest.mark.parametrize("text, speaker", [
    ("ولكن زعماء دينيين مسلمين ومسيحيين وصفوا القانون بأنه انتهاك للحريات.", "زعماء دينيين مسلمين ومسيحيين"),
    ("لكن قادة الفصائل أكدوا أن الهدنة صامدة.", "قادة الفصائل"),
])
def test_leaders_before_a_plural_verb_are_its_subject(text, speaker):
    [q] = quotes_of(text)
    assert q.speaker == speaker and q.speaker_kind == "group"


@pytest.mark.parametrize("body", ["رئيس “لجنة متابعة أسعار الوقود والغاز”", "عضو جمعية «أصدقاء البيئة في المدينة»"])
def test_a_longer_quoted_name_after_a_title_or_a_body_is_part_of_the_subject(body):
    text = f"من جهته، ذكر وكيل الوزارة {body} الدكتور سامي الحربي، أن دور الوزارة هو حماية المستهلك."
    [q] = quotes_of(text, {"سامي الحربي": "PER"})
    assert q.speaker == "سامي الحربي" and q.quote == "دور الوزارة هو حماية المستهلك"


def test_the_judiciary_is_a_body():
    text = ("وقال سامي الحربي إن القضية معقدة.\n"
            "واتخذت القضية بعدا أكبر، حين أعلن القضاء المصري، الثلاثاء، أنه يريد استجواب الشهود.")
    first, second = quotes_of(text, {"سامي الحربي": "PER"})
    assert second.speaker == "القضاء المصري" and second.speaker_kind == "organisation"


def test_the_subject_stops_at_a_complementiser():
    [q] = quotes_of("وصرح وزير الصحة بان اللقاح آمن.")
    assert q.speaker == "وزير الصحة" and q.quote == "اللقاح آمن"


def test_a_statement_issued_by_a_body_is_the_body_speaking():
    [q] = quotes_of("وقال بيان صادر عن وزارة التربية ان المدارس ستفتح.")
    assert q.speaker == "وزارة التربية" and q.speaker_kind == "organisation"


def test_a_foreign_name_ending_like_a_possessive_stays_in_the_subject():
    [q] = quotes_of("وقال رئيس البنك المركزي الفرنسي جان بيير دوميه ان التضخم سينخفض.")
    assert q.speaker_mention == "رئيس البنك المركزي الفرنسي جان بيير دوميه"


def test_a_plural_elided_subject_skips_a_single_speaker_in_between():
    text = ("وقال مسؤولون في الميناء إن السفينة غادرت.\n"
            "وقال المهندس باسل نجم إن الرصيف تضرر.\n"
            "وأضافوا أن الحركة ستعود غدا.")
    qs = quotes_of(text, {"باسل نجم": "PER"})
    assert qs[-1].speaker == "مسؤولون في الميناء"


def test_a_country_after_a_title_is_part_of_the_role_not_the_name():
    [q] = quotes_of("وقال سفير كندا إن المساعدات ستصل.", {"كندا": "LOC"})
    assert q.speaker == "سفير كندا" and q.speaker_kind == "title"


def test_a_verb_before_a_present_cue_is_not_its_subject():
    [q] = quotes_of("ومضى يقول إن المفاوضات صعبة.")
    assert q.speaker_mention == "" and q.quote == "المفاوضات صعبة"


def test_a_form_of_address_in_ta_marbuta_takes_a_masculine_verb():
    [q] = quotes_of("وأكد سعادة رئيس مجلس الإدارة أن الأرباح ارتفعت.")
    assert q.speaker_mention == "سعادة رئيس مجلس الإدارة" and q.speaker_kind == "title"


def test_a_title_over_a_council_and_a_province_before_the_name():
    [q] = quotes_of("وقال رئيس مجلس محافظة الشمال رامي خليل إن الطرق مغلقة.", {"رامي خليل": "PER"})
    assert q.speaker == "رامي خليل" and q.speaker_role == "رئيس مجلس محافظة الشمال"


def test_oblique_plural_sources_are_groups_or_sources():
    [q] = quotes_of("لكن دبلوماسيين قالوا إن الاقتراح لم ينضج.")
    assert q.speaker == "دبلوماسيين" and q.speaker_kind in ("group", "unnamed")


BODIES = {"البيت الأبيض": "ORG", "وزارة المالية": "ORG", "الأمم المتحدة": "ORG", "حركة النهضة": "ORG"}


@pytest.mark.parametrize("text, speaker", [
    ("لكن موظفي البيت الأبيض قالوا إن الاجتماع أرجئ.", "موظفي البيت الأبيض"),
    ("لكن مسؤولي وزارة المالية قالوا إن العجز تراجع.", "مسؤولي وزارة المالية"),
    ("ونقلت الصحيفة عن ممثلي الأمم المتحدة قولهم إن القافلة وصلت.", "ممثلي الأمم المتحدة"),
    ("وقال موظفو وزارة المالية إن الرواتب تأخرت.", "موظفو وزارة المالية"),
    ("ويقول مستشارو البيت الأبيض إن الخطة جاهزة.", "مستشارو البيت الأبيض"),
])
def test_staff_of_a_body_in_construct_are_unnamed_people_not_the_body(text, speaker):
    """A sound plural of a person noun in construct (nominative و, oblique ي) before a body: the
    people speak, not the body, and «موظفي» is no «my employee» before a listed name."""
    [q] = quotes_of(text, BODIES)
    assert q.speaker == speaker and q.speaker_kind == "unnamed"


def test_a_chief_of_officials_named_in_apposition_is_the_speaker():
    """«كبير مسؤولي X، NAME، أخبر»: the oblique plural is كبير's genitive, not the subject."""
    text = "كبير مسؤولي التسويق في شركة نوفا، جون سميث، أخبر الصحيفة أن المبيعات تضاعفت."
    [q] = quotes_of(text, {"جون سميث": "PER", "شركة نوفا": "ORG"})
    assert q.speaker == "جون سميث"


@pytest.mark.parametrize("text, speaker", [
    ("وقال موظفون في وزارة المالية إن الرواتب تأخرت.", "موظفون في وزارة المالية"),
    ("ويقول مساعدون في البيت الأبيض إن الخطة جاهزة.", "مساعدون في البيت الأبيض"),
    ("وقال متحدثون باسم الجيش الليبي إن القوات تقدمت.", "متحدثون باسم الجيش الليبي"),
    ("وأعلن مديرون تنفيذيون في الشركة أنها ستطلق سيارة جديدة.", "مديرون تنفيذيون في الشركة"),
    ("ويرى مراسلون أن الموقف قد يساعد الحكومة.", "مراسلون"),
])
def test_a_bare_plural_of_a_person_noun_is_unnamed_people_with_its_tail(text, speaker):
    """The sound plural of a listed person noun (موظف، مساعد، متحدث، مدير، مراسل), indefinite and not
    in construct, heads an unnamed source like «مسؤولون»: with the phrase that places it."""
    [q] = quotes_of(text, BODIES | {"الجيش الليبي": "ORG"})
    assert q.speaker == speaker and q.speaker_kind == "unnamed"


def test_a_bare_plural_of_a_person_noun_before_a_singular_verb_is_not_its_subject():
    [q] = quotes_of("موظفون في وزارة المالية أكد أن الرواتب تأخرت.", BODIES)
    assert q.speaker != "موظفون في وزارة المالية"


@pytest.mark.parametrize("one, group", [
    ("أحد المحللين", "المحللون"),
    ("أحد سكان المدينة", "سكان المدينة"),
    ("أحد قادة حركة النهضة", "قادة حركة النهضة"),
    ("أحد أنصار جون سميث", "أنصار جون سميث"),
])
def test_one_of_a_group_is_one_unnamed_person(one, group):
    """«أحد» + a plural of persons names one person of the group: unnamed, not the group."""
    entities = BODIES | {"جون سميث": "PER"}
    [q] = quotes_of(f"وقال {one} إن الانتخابات نزيهة.", entities)
    assert (q.speaker, q.speaker_kind) == (one, "unnamed")
    [q] = quotes_of(f"وقال {group} إن الانتخابات نزيهة.", entities)
    assert (q.speaker, q.speaker_kind) == (group, "group")


def test_a_construct_plural_of_a_group_noun_is_a_group():
    [q] = quotes_of("وقال مؤيدو حركة النهضة إن الانتخابات نزيهة.", BODIES)
    assert q.speaker == "مؤيدو حركة النهضة" and q.speaker_kind == "group"


def test_an_opening_pronoun_does_not_take_an_organisation_that_follows():
    qs = quotes_of("لكنه أضاف أن الشكوك قائمة. وقال البنك الدولي إن النمو سيستمر.", {"البنك الدولي": "ORG"})
    assert qs[0].speaker == UNKNOWN_SPEAKER and qs[0].speaker_kind == "unknown"


def test_a_name_spelt_like_a_report_verb_is_not_a_cue():
    [q] = quotes_of("وقال دان برايس «سنبني المصنع هنا».", {"دان برايس": "PER"})
    assert q.speaker == "دان برايس" and q.cue == "وقال"


def test_the_topic_after_amma_is_the_subject_of_the_fa_verb():
    [q] = quotes_of("أما المحامي نادر سليم، الذي تابع القضية، فيرى أن الحكم عادل.", {"نادر سليم": "PER"})
    assert q.speaker == "نادر سليم"


def test_one_phrase_before_bi_anna_after_wasafa_is_its_object():
    text = "وقال النائب سعد علي إن الميزانية سيئة.\nووصف نتائج المفاوضات بأنها مخيبة."
    qs = quotes_of(text, {"سعد علي": "PER"})
    assert qs[-1].speaker == "سعد علي" and qs[-1].quote == "مخيبة"


@pytest.mark.parametrize("accused", ["الوزير السابق منير داود،", "منير داود", "المعارضة"])
def test_one_person_before_bi_anna_after_ittahama_is_the_accused(accused):
    text = f"وقال النائب سعد علي إن الميزانية سيئة.\nواتهم {accused} بأنه أهدر الأموال."
    qs = quotes_of(text, {"سعد علي": "PER", "منير داود": "PER"})
    assert qs[-1].speaker == "سعد علي" and qs[-1].quote == "أهدر الأموال"


def test_the_accuser_before_the_accused_is_the_subject():
    [q] = quotes_of("واتهم النائب سعد علي الوزير منير داود بأنه أهدر الأموال.", {"سعد علي": "PER", "منير داود": "PER"})
    assert q.speaker == "سعد علي"


@pytest.mark.parametrize("verb, obj", [("ووصف", "الاتفاق بأنه"), ("وطالب", "البرلمان بأن")])
def test_a_definite_noun_after_a_definite_title_is_the_object(verb, obj):
    text = f"وقال الوزير سعد علي إن الميزانية سيئة.\n{verb} الوزير {obj} يراجع الأرقام."
    qs = quotes_of(text, {"سعد علي": "PER"})
    assert qs[-1].speaker == "سعد علي" and qs[-1].quote == "يراجع الأرقام"


@pytest.mark.parametrize("subject", ["الأمين العام", "المبعوث الخاص", "الدكتور الشايع"])
def test_an_adjective_or_family_name_after_a_definite_title_stays_in_the_subject(subject):
    [q] = quotes_of(f"وقال {subject} إن المفاوضات صعبة.")
    assert q.speaker_mention == subject


def test_a_family_name_the_recogniser_missed_after_a_role_and_a_first_name_stays_in_the_subject():
    # not the object of the verb, as a definite common noun after the name is («… لوتن الحكومة»)
    text = ("استقبل الرئيس عمر الحداد الوفد.\n"
            "وبعث رئيس الحكومة عمر الغنيمان رسائل إلى المواطنين، مؤكدا أن الضرائب لن ترتفع.")
    qs = quotes_of(text, {"عمر الحداد": "PER"})
    assert [(q.speaker, q.speaker_mention) for q in qs] == [("عمر الغنيمان", "رئيس الحكومة عمر الغنيمان")]
    text = "ودعا مدير التعليم سعد الغنيمان الطلاب إلى التسجيل، موضحا أن الموقع يفتح غدا."
    [q] = quotes_of(text)
    assert q.speaker == "سعد الغنيمان"  # the object after the family name is no part of it


def test_a_describing_participle_with_its_object_pronoun_word_reports_the_marks():
    [q] = quotes_of('وأعلن العميد سامر علي القبض على المتهم، واصفا إياه بـ"الإرهابي الأخطر" في البلاد.',
                    {"سامر علي": "PER"})
    assert q.quote == "الإرهابي الأخطر" and q.speaker == "سامر علي"


@pytest.mark.parametrize("body", ["قوات", "حكومة", "أنصار"])
def test_a_body_named_after_a_person_is_not_that_person(body):
    text = f"وقال الرئيس سامر حداد إن الحرب ستنتهي.\nوقالت {body} حداد إنها تستهدف المسلحين."
    qs = quotes_of(text, {"سامر حداد": "PER", "حداد": "PER"})
    assert qs[-1].speaker == f"{body} حداد" and qs[-1].speaker_kind in ("organisation", "group")


def test_a_quotation_after_a_definite_body_is_what_it_said_not_its_name():
    text = ('ولم يذكر التقرير الأرقام، لكنه أشار إلى أن اللجنة "استلمت شكاوى" كثيرة. '
            'وقالت اللجنة إن الشكاوى قيد الدراسة.')
    assert quotes_of(text)[-1].speaker_mention == "اللجنة"
    assert "استلمت" not in quotes_of(text)[-1].speaker


def test_a_fiancee_named_by_her_fiance_is_not_him():
    text = "وقال الصحفي سامر حداد إنه سيعود. وحكت خطيبة حداد القصة، إذ كتبت أن خطيبها سافر إلى المدينة."
    qs = quotes_of(text, {"سامر حداد": "PER", "حداد": "PER"})
    assert qs[-1].speaker != "سامر حداد"


@pytest.mark.parametrize("people, expected", [("مختصون في شركات التأجير", "مختصون"),
                                               ("عدد من العمال", "عدد من العمال")])
def test_unnamed_people_after_the_paper_spoken_to_are_the_subject(people, expected):
    [q] = quotes_of(f'وقال لـ"الصحيفة" {people} إن السوق ضعيف.')
    assert q.speaker == expected and q.speaker_kind == "unnamed"


def test_a_report_nested_with_its_own_quotation_is_the_inner_speakers():
    text = 'وكشفت صحيفة "الأيام" أن المفتش العام سامر حداد قال: "يجب أن نحقق في كل شيء".'
    [q] = quotes_of(text, {"سامر حداد": "PER"})
    assert q.speaker == "سامر حداد" and q.quote == "يجب أن نحقق في كل شيء"


def test_a_person_then_a_relative_clause_between_commas_is_the_subject():
    text = 'وأوضحت هدى سالم أن حداد، الذي ترك عمله العام الماضي، قال إنه "لن يعود".'
    qs = quotes_of(text, {"هدى سالم": "PER", "حداد": "PER"})
    assert qs[-1].speaker == "حداد" and qs[-1].quote == "لن يعود"


def test_a_relative_clause_on_a_visit_is_not_on_the_visitor():
    text = "وذكر المكتب أن جولة حداد، التي تدوم ثلاثة أسابيع، تؤكد أن العلاقات قوية."
    assert all(q.speaker != "حداد" for q in quotes_of(text, {"حداد": "PER"}))


def test_an_aside_opened_by_wa_and_a_preposition_stands_between_subject_and_verb():
    [q] = quotes_of("لكن الوزير وفي حديث للتلفزيون قال إن الوضع صعب.")
    assert q.speaker == "الوزير"


def test_the_dots_of_an_acronym_do_not_open_a_new_clause():
    text = 'غير أن حداد في مقابلة مع بي.بي.سي قال إنه "لا يحب المفاجآت".'
    [q] = quotes_of(text, {"حداد": "PER", "بي": "ORG", "سي": "ORG"})
    assert q.speaker == "حداد"


def test_a_body_after_a_feminine_verb_and_its_particle_is_the_antecedent_of_waqalat():
    text = ("وأوضح سامر حداد أن الطلبات زادت.\n"
            "وينتظر أن تطلق وزارة الصحة الخدمة الجديدة، وقالت في بيان إن الإطلاق سيكون قريبا.")
    qs = quotes_of(text, {"سامر حداد": "PER", "وزارة الصحة": "ORG"})
    assert qs[-1].speaker == "وزارة الصحة"


@pytest.mark.parametrize("role", ["المفتش العام", "المدعي العام", "القنصل العام"])
def test_inspectors_prosecutors_and_consuls_are_titles(role):
    [q] = quotes_of(f"وأصدر {role} بيانا أكد فيه أنه سيراجع الملف.")
    assert q.speaker == role and q.speaker_kind == "title"


@pytest.mark.parametrize("people", ["بعض الاقتصاديين", "معظم المحللين", "فبعض التجار", "ونفر من الناس"])
def test_a_quantified_group_before_its_verb_is_the_subject(people):
    [q] = quotes_of(f"والأسعار مرتفعة، ولكن {people} يعتقدون أنها ستنخفض.")
    assert q.speaker == people.removeprefix("ف").removeprefix("و") and q.speaker_kind in ("unnamed", "group")


@pytest.mark.parametrize("text, speaker", [
    ("ورجح التحليل أن تبقى الأسعار منخفضة.", "التحليل"),
    ("وأشار التعميم الوزاري إلى أن المدارس ستفتح مبكرا.", "التعميم الوزاري"),
    ("ورجح التحليل الأسبوعي الصادر عن البنك الأهلي أن تبقى الأسعار منخفضة.", "البنك الأهلي"),
])
def test_analyses_and_circulars_are_sources_and_their_issuer_speaks_for_them(text, speaker):
    [q] = quotes_of(text, {"البنك الأهلي": "ORG"})
    assert q.speaker == speaker


def test_an_approximate_survey_share_is_a_group_speaker():
    [q] = quotes_of("وفي المقابل رأى نحو 60 في المائة من المشاركين في الاستطلاع أن الخدمة جيدة.")
    assert q.speaker.startswith("نحو 60 في المائة") and q.speaker_kind == "group"


def test_a_report_nested_without_quotation_marks_stays_the_outer_speakers():
    [q] = quotes_of("وذكرت الشرطة أن الوزير قال إن الوضع صعب.")
    assert q.speaker == "الشرطة"


def test_a_person_named_inside_a_run_on_organisation_entity():
    text = ("قال رئيس البنك المركزي الاوروبي يوهان كريستنبرغ ان الفائدة ملائمة.\n"
            "واضاف كريستنبرغ ان التضخم سيتراجع.")
    qs = quotes_of(text, {"البنك المركزي الاوروبي يوهان كريستنبرغ": "ORG"})
    assert [q.speaker for q in qs] == ["يوهان كريستنبرغ", "يوهان كريستنبرغ"]


def test_a_preposition_run_into_the_end_of_a_name_is_left_out():
    text = "وصرح الوزير كينجي ابي بان الخطة جاهزة. وقال ابي امام البرلمان ان الدستور سيعدل."
    qs = quotes_of(text, {"كينجي ابي": "PER", "ابي امام": "PER"})
    assert qs[-1].speaker_mention == "ابي" and qs[-1].speaker == "كينجي ابي"


def test_an_indefinite_source_with_an_adjective_has_no_name():
    [q] = quotes_of("ونقلت إذاعة محلية عن مسؤول رفيع قوله ان الانتخابات ستؤجل.")
    assert q.speaker == "مسؤول رفيع" and q.speaker_kind == "unnamed"


def test_a_quantified_group_of_sources():
    [q] = quotes_of("وقال عدد من السكان ان المياه انقطعت.")
    assert q.speaker == "عدد من السكان" and q.speaker_kind == "group"


@pytest.mark.parametrize("text, names, speaker", [
    ("ووصف كثير من مستخدمي فيسبوك القرار الجديد بأنه متسرع.", {"فيسبوك": "ORG"}, "كثير من مستخدمي فيسبوك"),
    ("وبرر عدد من سكان الرياض الإقبال الكبير على الحدائق بأنه بسبب الطقس.", {"الرياض": "LOC"},
     "عدد من سكان الرياض"),
    ("وقال عدد من أعضاء حزب الوفد المصري إن الحزب سيشارك.", {"حزب الوفد": "ORG"}, "عدد من أعضاء حزب الوفد المصري"),
    ("وأعلنت كل من سامسونغ وغوغل أن الهواتف ستحدث.", {"سامسونغ": "ORG", "غوغل": "ORG"}, "سامسونغ وغوغل"),
])
def test_a_name_ends_a_quantified_group_before_the_object(text, names, speaker):
    [q] = quotes_of(text, names)
    assert q.speaker == speaker


def test_a_name_ending_in_alef_is_not_taken_for_an_accusative_object():
    [q] = quotes_of("وحذرت وزيرة الخارجية الكندية ماريسكا لوتن الحكومة من أنها ستواجه عقوبات.")
    assert q.speaker == "ماريسكا لوتن"


def test_compound_names_and_spokesman_of_keep_their_definite_parts():
    first, second = quotes_of("وقال الناطق باسم البلدية نور الدين سالم إن الطريق سيفتح.\n"
                              "وقال وزير النقل عبد الله حمدي إن الجسر آمن.")
    assert first.speaker == "نور الدين سالم" and second.speaker == "عبد الله حمدي"


def test_the_object_after_a_relative_pronoun_is_not_the_subject():
    qs = quotes_of('وكان الوزير الذي وصف المعارضة بأنها "فوضوية" قد غادر.')
    assert qs and all(q.speaker == "الوزير" for q in qs)


def test_a_run_in_heading_before_wa_qad_is_not_the_subject():
    [q] = quotes_of("المشاركة الأوروبية وقد أعلن وزير الدفاع الإيطالي أن بلاده ستشارك.")
    assert q.speaker == "وزير الدفاع الإيطالي"


def test_a_source_speaking_to_a_news_agency():
    [q] = quotes_of("وقال ناطق عسكري لوكالة أنباء محلية ان الجنود انسحبوا.")
    assert q.speaker == "ناطق عسكري"


def test_a_verb_starting_with_hamza_alef_lam_is_not_a_definite_subject():
    text = "وقال الوزير رامي سعد إن الخطة جاهزة.\nوقال في كلمة ألقاها أمس إن التنفيذ يبدأ غدا."
    qs = quotes_of(text, {"رامي سعد": "PER"})
    assert qs[-1].speaker == "رامي سعد" and qs[-1].speaker_mention == ""


def test_an_accusative_source_after_lakinna():
    text = "كان المبعوث قد أنهى محادثاته في القاهرة، لكن مصدرا دبلوماسيا رفيعا قال إن الاتفاق قريب."
    [q] = quotes_of(text)
    assert q.speaker == "مصدر دبلوماسي رفيع" and q.speaker_kind == "unnamed"  # its citation form
    assert q.speaker_mention == "مصدرا دبلوماسيا رفيعا"


def test_the_subject_of_kana_before_a_report_verb():
    [q] = quotes_of("خيارات صعبة وكانت الوزيرة الألمانية صرحت أمس أن الحل سياسي.")
    assert q.speaker == "الوزيرة الألمانية"


def test_a_feminine_object_after_a_masculine_title_is_not_part_of_the_speaker():
    [q] = quotes_of("وانتقد السفير الميزانية بأنها لا تكفي للمدارس.")
    assert q.speaker == "السفير" and q.quote == "لا تكفي للمدارس"
    [q] = quotes_of("وقال السفير السابق إن الميزانية لا تكفي.")  # an adjective agrees and stays
    assert q.speaker == "السفير السابق"
    [q] = quotes_of("ووصف المضربون الإدارة بأنها تتجاهل مطالبهم.")
    assert q.speaker == "المضربون"  # a masculine plural does not take a feminine adjective either


def test_coordinated_report_verb_shares_the_subject_of_a_non_report_verb():
    [q] = quotes_of("وافتتح المحافظ المدرسة وأكد أن التعليم أولوية.")
    assert q.speaker == "المحافظ" and q.quote == "التعليم أولوية"
    [q] = quotes_of("وزارت وزيرة الصحة المستشفى وقالت إن الأطباء يعملون بجد.")
    assert q.speaker == "وزيرة الصحة"  # the object (المستشفى) is not part of the subject
    [q] = quotes_of("وأصدرت النقابة بيانا قالت فيه إن الأجور متدنية.")
    assert q.speaker == "النقابة" and q.cue == "قالت"  # the verb after the statement noun reports it
    qs = quotes_of("وقال المهندس رامي سعد إن الجسر آمن. وشهدت البلدة أمطارا وأكد أن الطرق مفتوحة.")
    assert qs[-1].speaker == "رامي سعد"  # شهدت … وأكد disagree: البلدة is not the speaker


def test_statement_noun_object_of_the_opening_verb_takes_its_subject():
    [q] = quotes_of("وأصدرت هيئة الموانئ بيانا جاء فيه أن الرصيف سيغلق.")
    assert q.speaker == "هيئة الموانئ" and q.quote == "الرصيف سيغلق"
    [q] = quotes_of("وأصدر المرصد بيانا ورد فيه أن الإصابات تراجعت.")
    assert q.speaker == "المرصد"
    [q] = quotes_of("ونشرت المنظمة دراسة أكدت فيها أن الفقر يتراجع.")
    assert q.speaker == "المنظمة"  # a report verb in a relative clause (… فيها) on the object


def test_a_spokesman_role_after_the_name_is_read_whole():
    text = "وقال أحمد سالم المتحدث باسم الوزارة إن الاجتماع انتهى."
    quote = quotes_of(text)[0]
    assert quote.speaker == "أحمد سالم"
    assert quote.speaker_role == "المتحدث باسم الوزارة"


# --- speakers are entities: role + name apposition, cleaning, plausibility (issue 8)

def test_a_name_apposed_between_commas_after_a_role_is_the_speaker():
    [q] = quotes_of("وقالت المتحدثة باسم وزارة الزراعة، لينا حداد، إن المحصول وفير.")
    assert q.speaker == "لينا حداد" and q.speaker_kind == "named"
    assert q.speaker_role == "المتحدثة باسم وزارة الزراعة"


def test_a_long_role_with_a_prepositional_tail_keeps_its_holder():
    [q] = quotes_of("وقال سفير كندا لدى الاتحاد الأوروبي ماركو بيلان إن المفاوضات صعبة.",
                    {"كندا": "LOC", "الاتحاد الأوروبي": "ORG"})
    assert q.speaker == "ماركو بيلان" and q.speaker_role == "سفير كندا لدى الاتحاد الأوروبي"


@pytest.mark.parametrize("text, names, holder", [
    ("وقال المتحدث باسم الجبهة، سامر العلوان، السبت، إن القصف توقف.", {}, "سامر العلوان"),  # a day after it
    ("وقال المسؤول عن حماية الحدود دانيل كوفاريتش في مؤتمر صحفي إن العدد ارتفع.", {}, "دانيل كوفاريتش"),
    ('وقال الضابط المسؤول في شرطة المدينة سالم الرميثي لصحيفة "الأنباء" إن الحادث وقع ليلا.',
     {"سالم الرميثي": "PER"}, "سالم الرميثي"),  # a recognised person, then the paper spoken to
    ("وقال السفير لدى روسيا، سامر قوطالي، أمس إن العلاقات جيدة.", {}, "سامر قوطالي"),  # commas after a tail
    ("وقال السفير لدى روسيا، سامر قوطالي، في تصريح صحفي إن العلاقات جيدة.", {}, "سامر قوطالي"),  # a statement
])
def test_a_role_holder_named_before_an_adjunct_is_the_speaker(text, names, holder):
    [q] = quotes_of(text, names)
    assert q.speaker == holder and q.speaker_kind == "named"


@pytest.mark.parametrize("text", [
    "وقال محللون في وحدة «ماركو نيو لاين» للتجارة إن الأسعار ارتفعت.",  # a quoted firm's name
    "وذكرت مصادر أمنية، ليل السبت، أن الغارات استمرت.",  # one word before the time: no name
])
def test_no_holder_is_read_inside_quotation_marks_or_from_one_word_before_an_adjunct(text):
    [q] = quotes_of(text)
    assert q.speaker_kind != "named"


def test_a_common_first_name_before_a_rare_surname_after_a_role_is_the_holder():
    # no recognised entity: «بكر» is also an ordinary word, «دوريفي» reads as a foreign name
    [q] = quotes_of("وقال المشرف على البرنامج بكر دوريفي إن الإقبال كبير.")
    assert q.speaker == "بكر دوريفي" and q.speaker_kind == "named"


def test_an_honorific_after_a_role_in_a_movement_introduces_the_name():
    [q] = quotes_of('وقال القيادي في حزب "النهضة" الدكتور سليم الراوي إن الحزب سيشارك.')
    assert q.speaker == "سليم الراوي" and q.speaker_kind == "named"


def test_a_name_the_recogniser_cut_short_after_an_honorific_runs_to_the_trigger():
    # «سامي بدر» recognised, «كرمنشي» left out: the holder is the whole name up to the colon
    [q] = quotes_of("وقال مستشار الرئيس الدكتور سامي بدر كرمنشي: إن الاتفاق قريب.", {"سامي بدر": "PER"})
    assert q.speaker == "سامي بدر كرمنشي" and q.speaker_kind == "named"
    assert q.speaker_mention == "مستشار الرئيس الدكتور سامي بدر كرمنشي"
    [q] = quotes_of("وقال مستشار الوزير الدكتور نادر: إن الاتفاق قريب.", {"نادر": "PER"})
    assert q.speaker == "نادر"  # nothing after the name: unchanged


def test_a_manner_participle_after_a_cut_name_is_not_part_of_it():
    for text in ("وقال الشيخ الحربي ساخراً: إن الأمر انتهى.", "وقال الدكتور الحربي معقبا: إن الأمر انتهى."):
        [q] = quotes_of(text, {"الحربي": "PER"})
        assert q.speaker == "الحربي" and q.speaker_mention.split()[-1] == "الحربي"


def test_a_title_links_to_the_whole_name_the_recogniser_cut_short_in_its_apposition():
    # «ماهر سعيد» recognised, «كرمنشي» left out; the later quote under the role takes the whole name
    [q, _] = quotes_of("وأكد رئيس هيئة المياه الوطنية، ماهر سعيد كرمنشي، ووفقا للوكالة، أن المشروع سيكتمل. "
                       "وقال مدير المكتب الدكتور ماهر سعيد الجابري: إن العمل مستمر.",
                       {"هيئة المياه الوطنية": "ORG", "ماهر سعيد": "PER", "الجابري": "PER"})
    assert q.speaker == "ماهر سعيد كرمنشي"


def test_a_speech_verb_or_adverb_in_a_recognised_name_is_not_part_of_the_speaker():
    [q] = quotes_of("وقال فارس مازحا إن الطقس جميل.", {"فارس مازحا": "PER"})
    assert q.speaker == "فارس"
    from qawl.quotes.plausible import clean_name
    assert clean_name("وشدد بيلان") == "بيلان" and clean_name("بيلان مشيرا") == "بيلان"
    assert clean_name("دان غيلرمان") == "دان غيلرمان"  # a bare past form may be a name


def test_a_subject_that_cannot_speak_gives_an_explicit_unknown_speaker():
    [q] = quotes_of("وأكد كلاهما أن القرار خاطئ.")
    assert q.speaker == UNKNOWN_SPEAKER and q.speaker_kind == "unknown"
    [q] = quotes_of("وقال بحضور المحافظ إن المشروع ناجح.")
    assert q.speaker == UNKNOWN_SPEAKER


def test_a_failed_subject_parse_falls_back_to_the_previous_speaker_of_that_gender():
    text = ("وقالت المهندسة سارة عيد إن الجسر آمن.\n"
            "وأضافت بحضور المحافظ أن الافتتاح قريب.")
    qs = quotes_of(text)
    assert qs[-1].speaker == "سارة عيد" and qs[-1].speaker_kind == "pronoun"


def test_plausible_speaker_heads():
    from qawl.quotes import plausible_speaker
    for name in ("جون كيري", "الروائي", "المتحدث باسم الشرطة", "مصدر أمني", "وزارة الصحة", "البيان",
                 "المحتجون", "ذي إندبندنت", "مصدرا دبلوماسيا رفيعا", "البعض", "آخرون", "نفس المصدر"):
        assert plausible_speaker(name), name
    for name in ("", UNKNOWN_SPEAKER, "بحضور", "قبيل", "بعض", "كلاهما", "القرار", "وشدد كيري", "كيري مازحا"):
        assert not plausible_speaker(name), name


def test_a_name_after_an_adjunct_with_someone_else_is_not_the_speaker():
    [q] = quotes_of("وقال الوزير في مؤتمر صحفي مع نظيره ماركو بيلان، إن المحادثات مثمرة.",
                    {"ماركو بيلان": "PER"})
    assert q.speaker != "ماركو بيلان"


def test_a_hashtag_name_is_the_speaker():
    [q] = quotes_of("وقال الرئيس #سامي_عيد إنه يأمل بالسلام.")
    assert q.speaker == "سامي عيد"


def test_the_subject_of_a_clause_after_an_impersonal_report_starts_after_anna():
    [q] = quotes_of("يشار إلى أن مصدرا مقربا من التحقيق كشف أن المتهم فر.")
    assert q.speaker_kind == "unnamed" and q.speaker.startswith("مصدر مقرب")


def test_each_of_introduces_the_names():
    [q] = quotes_of('وفي لقاء مع الشباب قال كل من فهد سالم: "نحن سعداء بالمشروع".')
    assert q.speaker == "فهد سالم"


def test_the_agency_after_an_addressee_preposition_is_not_the_subject():
    text = 'وكان سامي عيد عضو اللجنة التنفيذية للمنظمة قال لوكالة رويترز "إن هذا مخالف للقانون".'
    [q] = quotes_of(text, {"سامي عيد": "PER", "رويترز": "ORG"})
    assert q.speaker == "سامي عيد"


def test_an_elided_subject_with_no_earlier_speaker_takes_the_nearest_person_of_its_gender():
    text = ("استقبل المحافظ سامي عيد وفدا من الجامعة أمس.\n"
            "وأضاف أن المشروع سيكتمل العام المقبل.")
    [q] = quotes_of(text, {"سامي عيد": "PER"})
    assert q.speaker == "سامي عيد" and q.speaker_kind == "pronoun"


def test_a_function_word_read_as_a_subject_is_an_elided_subject():
    text = ("وقالت المهندسة سارة عيد إن الجسر آمن.\n"
            "وأكدت ربما أن الافتتاح قريب.")
    assert quotes_of(text)[-1].speaker == "سارة عيد"


def test_merge_speakers_never_joins_a_father_name_and_follows_the_most_quoted_holder():
    names = ["سلمان بن عبدالعزيز", "سلمان بن عبدالعزيز آل سعود", "سلطان بن سلمان بن عبدالعزيز"]
    merged = merge_speakers(names)
    assert merged["سلمان بن عبدالعزيز"] == merged["سلمان بن عبدالعزيز آل سعود"]
    assert merged["سلطان بن سلمان بن عبدالعزيز"] != merged["سلمان بن عبدالعزيز"]
    quoted = ["باراك أوباما"] * 9 + ["سارة أوباما"] + ["أوباما"] * 3
    assert merge_speakers(quoted)["أوباما"] == speaker_key("باراك أوباما")
    assert merge_speakers(set(quoted))["أوباما"] == speaker_key("أوباما")  # once each: no evidence


def test_a_preposition_with_a_pronoun_between_the_verb_and_its_subject_is_skipped():
    [q] = quotes_of("وقال لي سامر حداد إن المفاوضات صعبة.", {"سامر حداد": "PER"})
    assert q.speaker == "سامر حداد"
    [q] = quotes_of("وقد رد عليه أوباما بأن المفاوضات صعبة.", {"أوباما": "PER"})
    assert q.speaker == "أوباما"
    # after it, a definite common noun is no subject (عليه السلام is a blessing)
    quotes = quotes_of("ذكر النبي الحديث. قال عليه السلام: «الدين النصيحة».")
    assert "السلام" not in {q.speaker for q in quotes}


def test_a_preposition_with_a_pronoun_after_the_verb_leaves_the_subject_elided():
    text = "أعلنت شركة نوفا أن هاتفها الجديد جاهز. وقالت عنه إن بطاريته تدوم يومين."
    quotes = quotes_of(text, {"شركة نوفا": "ORG"})
    assert quotes[-1].speaker == "شركة نوفا"


def test_a_quantifier_standing_for_unnamed_people_is_a_group_or_an_unnamed_speaker():
    [some] = quotes_of("ويرى البعض أن المشروع سيتأخر كثيرا.")
    [others] = quotes_of("وقال آخرون إن الأسعار سترتفع.")
    [one] = quotes_of("وقال أحدهم إن الطريق مغلق.")
    assert (some.speaker, some.speaker_kind) == ("البعض", "group")
    assert (others.speaker, others.speaker_kind) == ("آخرون", "group")
    assert (one.speaker, one.speaker_kind) == ("أحدهم", "unnamed")


def test_many_of_and_all_quantify_the_head_that_follows():
    [many] = quotes_of("وقال العديد من السكان إن الماء انقطع.")
    [every] = quotes_of("وأكدت جميع المصادر أن الاجتماع تأجل.")
    assert (many.speaker, many.speaker_kind) == ("العديد من السكان", "group")
    assert (every.speaker, every.speaker_kind) == ("جميع المصادر", "unnamed")


def test_the_same_source_is_the_earlier_source():
    first, second = quotes_of("وقال مصدر أمني إن الهجوم وقع ليلا. وأضاف نفس المصدر أن القتلى ثلاثة.")
    assert second.speaker == first.speaker == "مصدر أمني" and second.speaker_mention == "نفس المصدر"


def test_people_by_their_place_in_a_service_or_an_audience_are_speakers():
    [q] = quotes_of("وقالت المريضة إن الطبيب تأخر ساعتين.")
    assert q.speaker == "المريضة" and q.speaker_kind != "unknown"
    [q] = quotes_of("وأكد الركاب أن الرحلة تأخرت.")
    assert q.speaker == "الركاب" and q.speaker_kind != "unknown"
    [q] = quotes_of("ويقول القارئ إن المقال طويل.")
    assert q.speaker == "القارئ"


def test_a_survey_share_after_the_cue_is_a_group_speaker():
    [q] = quotes_of("وقال 43 في المائة من الذين شملهم المسح إنهم يعملون من المنزل.")
    assert q.speaker == "43 في المائة من الذين شملهم المسح" and q.speaker_kind == "group"
    [q] = quotes_of("وفي الاستطلاع، ذكر 61% أن الأسعار مرتفعة.")
    assert q.speaker == "61%" and q.speaker_kind == "group"
    [q] = quotes_of("بينما قال %27 من المشاركين: إن الخدمة جيدة.")
    assert q.speaker == "%27 من المشاركين" and q.speaker_kind == "group"


@pytest.mark.parametrize("text, speaker", [
    ("ويرى نصف المشاركين أن الاقتصاد يتجه نحو الأسوأ.", "نصف المشاركين"),
    ("وأكد ثلثا الموظفين أن الرواتب منخفضة.", "ثلثا الموظفين"),
    ("ويقول أكثر من نصف الطلاب إن الامتحانات صعبة.", "أكثر من نصف الطلاب"),
    ("فقد أشار أكثر من ثلث المهنيين (35%) في المنطقة إلى أن المواقع أفضل.",
     "أكثر من ثلث المهنيين (35%) في المنطقة"),
    ("وقال ما يقرب من نصف المديرين (48 في المائة) إنهم يخشون الخسارة.",
     "ما يقرب من نصف المديرين (48 في المائة)"),
])
def test_a_fraction_of_people_after_the_cue_is_a_group_speaker(text, speaker):
    [q] = quotes_of(text)
    assert q.speaker == speaker and q.speaker_kind == "group"


def test_a_share_of_them_or_up_to_a_share_before_ila_anna_is_a_group_speaker():
    [_, q] = quotes_of("وقال المشاركون إن الخدمة جيدة، وأقر 63% منهم أنهم راضون عنها.")
    assert q.speaker == "63% منهم" and q.speaker_kind == "group"
    [q] = quotes_of("ويوضح ما يصل إلى 45% من الموظفين أن العمل صعب.")
    assert q.speaker == "ما يصل إلى 45% من الموظفين"
    [q] = quotes_of("وأشار 40% من المشاركين إلى أن الأسعار مرتفعة.")
    assert q.speaker == "40% من المشاركين" and q.speaker_kind == "group"


@pytest.mark.parametrize("text, speaker", [
    ("وأشار المسح إلى أن الإنتاج ارتفع في الشهر الماضي.", "المسح"),
    ("وتؤكد إحصائيات رسمية أن نسبة البطالة ارتفعت.", "إحصائيات رسمية"),
])
def test_a_survey_or_statistics_are_the_speaker_of_what_they_show(text, speaker):
    [q] = quotes_of(text)
    assert q.speaker == speaker


@pytest.mark.parametrize("time", ["الليلة الماضية", "اليوم"])
def test_a_time_after_a_statement_noun_is_no_author(time):
    [q] = quotes_of(f'وقالت قيادة العمليات في بيان {time}: "إن القصف طال مخازن أسلحة".')
    assert q.speaker == "قيادة العمليات" and q.cue == "وقالت"


@pytest.mark.parametrize("text", [
    'ماذا ينتظر السكان؟ "نبأ" تقول للمسؤول: إن الطرق بحاجة إلى صيانة.',
    'وقالت "نبأ" إن الطرق بحاجة إلى صيانة.',
])
def test_a_short_name_in_quotation_marks_next_to_the_verb_is_its_subject(text):
    [q] = quotes_of(text)
    assert q.speaker == "نبأ"


def test_quoted_words_before_a_verb_with_its_own_subject_are_no_speaker():
    [q] = quotes_of('"لا أحد" قال السفير إن الاتفاق صامد.')
    assert q.speaker == "السفير"


@pytest.mark.parametrize("text, speaker", [
    ("ثم رد الرجل باستغراب: «لم أسمع بهذا من قبل».", "الرجل"),                # a manner phrase is no name
    ("وقال المدير بانفعال: «لن نقبل بهذا القرار أبدا».", "المدير"),
    ("وتوفيت المعلمة أمس. وقال زوجها في حينه: «حضرنا منذ الساعة الثامنة صباحا».", "زوجها"),  # kin
    ("أكد قائدا الأمن العام والدفاع المدني أن الوضع تحت السيطرة.", "قائدا الأمن العام والدفاع المدني"),
    ("فيما قال المتهم إنه كان يمازح زملاءه.", "المتهم"),
])
def test_kin_dual_titles_and_the_accused_speak_and_manner_phrases_do_not(text, speaker):
    assert [q.speaker for q in quotes_of(text)][-1] == speaker


def test_preposition_with_a_pronoun_after_the_verb_is_no_subject():
    qs = quotes_of("وقال الأمير سامي العلي إن المبنى جاهز. وعقد مؤتمرا قال خلاله: «المبنى أرض ذات سيادة».")
    assert qs[-1].speaker != "خلاله"


def test_the_attention_drawn_by_lafata_is_its_object_not_part_of_the_subject():
    [q] = quotes_of("ولفت البيان النظر إلى أن المشروع سيكتمل قريبا.")
    assert q.speaker == "البيان"
    [q] = quotes_of("ولفتت الدراسة الانتباه إلى أن الأسعار سترتفع.")
    assert q.speaker == "الدراسة"


def test_a_compound_ordinal_stays_whole_in_the_speaker():
    [q] = quotes_of("وكشف التقرير الثالث والعشرون الذي أصدره البنك أن الودائع ارتفعت.")
    assert q.speaker == "التقرير الثالث والعشرون"


def test_a_manner_participle_after_the_verb_is_no_subject():
    text = "وقال المدرب سامي الحربي إن الفريق جاهز. ويضيف مبتسما: «سنفوز بالكأس»."
    first, second = quotes_of(text, {"سامي الحربي": "PER"})
    assert second.speaker == "سامي الحربي"
    [q] = quotes_of("وقالت ماريا: «كان الموسم صعبا».", {"ماريا": "PER"})
    assert q.speaker == "ماريا"   # a name that opens with م and ends in alif


@pytest.mark.parametrize("manner", ["متحدثا عن خطة الإصلاح", "مخاطبا رئيس الحكومة نبيل الصالح",
                                    "متحدثاً لصحيفة محلية", "مختتما حديثه"])
def test_a_manner_participle_with_its_complement_is_no_subject(manner):
    text = f"وقال الوزير سامي الحربي إن الميزانية جاهزة. وأضاف {manner}: «لن نتراجع عن قراراتنا»."
    first, second = quotes_of(text, {"سامي الحربي": "PER", "نبيل الصالح": "PER"})
    assert second.speaker == "سامي الحربي"


@pytest.mark.parametrize("style", ["سموه", "فضيلته", "سماحته", "معاليه"])
def test_a_form_of_address_with_a_pronoun_refers_back_to_the_person(style):
    qs = quotes_of(f"وافتتح الشيخ خالد الراشد المسجد الجديد صباح أمس. وقال {style} إن المسجد يتسع لألفي مصل.",
                   {"خالد الراشد": "PER"})
    assert [(q.speaker, q.quote) for q in qs] == [("خالد الراشد", "المسجد يتسع لألفي مصل")]


def test_a_form_of_address_refers_to_the_person_styled_so_not_to_the_king_in_the_object():
    text = ("رفع صاحب السمو الملكي الأمير فهد الراشد التهاني لخادم الحرمين الشريفين الملك خالد العمر "
            "بنجاح الموسم. وقال سموه إن النجاح كبير.")
    [q] = quotes_of(text, {"فهد الراشد": "PER", "خالد العمر": "PER"})
    assert q.speaker == "فهد الراشد"


def test_his_excellency_refers_to_the_minister_styled_so_who_has_not_spoken_yet():
    text = ("استنكر معالي وزير الداخلية الدكتور سامي الحربي الحادث. ورفع معاليه التعازي لخادم الحرمين "
            "الشريفين الملك خالد العمر، داعيا الله أن يتغمد الضحايا برحمته. وأضاف معاليه أن الأمن مستتب.")
    qs = quotes_of(text, {"سامي الحربي": "PER", "خالد العمر": "PER"})
    assert [q.speaker for q in qs if q.cue == "وأضاف"] == ["سامي الحربي"]


def test_a_form_of_address_prefers_the_styled_person_who_spoke_to_one_met_since():
    text = ("قال معالي وزير الخارجية سامي الحربي إن الاتفاق مهم. وأضاف معاليه عقب لقائه معالي وزير الخارجية "
            "الفرنسي جان دوبوا إن الحوار مستمر. وأوضح معاليه أن الزيارة ناجحة.")
    qs = quotes_of(text, {"سامي الحربي": "PER", "جان دوبوا": "PER"})
    assert [q.speaker for q in qs] == ["سامي الحربي"] * 3


def test_a_form_of_address_skips_the_styled_persons_listed_as_addressees():
    text = ("رفع صاحب السمو الملكي الأمير فهد الراشد التهاني لخادم الحرمين الشريفين الملك خالد العمر وصاحب السمو "
            "الملكي الأمير سعد الماجد ولي العهد. وقال سمو أمير المنطقة إن النجاح كبير. وأضاف سموه أن الجميع فخورون.")
    qs = quotes_of(text, {"فهد الراشد": "PER", "خالد العمر": "PER", "سعد الماجد": "PER"})
    assert [q.speaker for q in qs if q.cue == "وأضاف"] == ["فهد الراشد"]


def test_a_style_word_that_opens_no_title_styles_no_one():
    text = ("أدان صاحب السمو الملكي الأمير فهد الراشد الهجوم. ورفع سمو باسمه وباسم أهالي المنطقة التعازي "
            "لخادم الحرمين الشريفين الملك خالد العمر. وقال سموه إن الحادث أليم.")
    qs = quotes_of(text, {"فهد الراشد": "PER", "خالد العمر": "PER"})
    assert [q.speaker for q in qs if q.cue == "وقال"] == ["فهد الراشد"]


def test_a_form_of_address_the_recogniser_tagged_as_a_person_still_refers_back():
    text = "أكد معالي الشيخ سامي الحربي وزير الداخلية أن الأمن مستتب. وقال معاليه في تصريح له اليوم إن البلاد آمنة."
    qs = quotes_of(text, {"سامي الحربي": "PER", "معاليه": "PER"})
    assert [q.speaker for q in qs] == ["سامي الحربي", "سامي الحربي"]


def test_a_form_of_address_does_not_continue_the_scripture_its_holder_quoted():
    text = ("وقال الشيخ خالد الراشد في خطبة الجمعة إن الصدق نجاة، قال الله تعالى: «وكونوا مع الصادقين». "
            "وأضاف فضيلته أن الكذب يهدم الثقة بين الناس.")
    qs = quotes_of(text, {"خالد الراشد": "PER", "الله": "PER"})
    assert [q.speaker for q in qs if q.cue == "وأضاف"] == ["خالد الراشد"]


def test_two_coordinated_roles_take_the_holder_the_article_names_under_the_last():
    [q] = quotes_of("استنكر رئيس هيئة مدينة الرياض الشيخ خالد الراشد الحادث. "
                    "وقال المدير العام ورئيس هيئة مدينة الرياض إن الأمن مسؤولية الجميع.",
                    {"خالد الراشد": "PER", "الرياض": "LOC"})
    assert q.speaker == "خالد الراشد" and q.speaker_mention == "المدير العام ورئيس هيئة مدينة الرياض"


@pytest.mark.parametrize("text, rank, speaker", [
    ("وأعلنت متحدثة أخرى هي الميجور هند العلي أن الطائرة هبطت بسلام.", "الميجور", "هند العلي"),
    ("وقال الكولونيل سامي الحربي إن الغارات مستمرة.", "الكولونيل", "سامي الحربي"),
])
def test_a_borrowed_rank_the_recogniser_tags_alone_names_no_one(text, rank, speaker):
    [q] = quotes_of(text, {rank: "PER", speaker: "PER"})
    assert q.speaker == speaker


def test_borrowed_ranks_are_titles():
    assert names_no_one("الميجور", "PER") and names_no_one("الكولونيل", "PER") and not names_no_one("ميجور", "PER")


def test_a_long_bracketed_addressee_after_the_name_still_closes_the_roles_tail():
    text = ("وقال مستشار كارتر للأمن القومي، سامي الحربي، لشبكة (إيه.بي.سي)، إن الولايات المتحدة "
            "لا تتطلع لتحقيق إنجازات.")  # (not «كارتر»: the adviser is named after the commas)
    [q] = quotes_of(text, {"سامي الحربي": "PER"})
    assert q.speaker == "سامي الحربي" and q.speaker_role == "مستشار كارتر للأمن القومي"


@pytest.mark.parametrize("names", [None, {"سامي الخطيب": "PER"}])
def test_any_opens_the_object_after_the_subject(names):
    # «ونفى X أي تواطؤ»: «أي» (any) is the object's first word, never part of the subject
    text = "ونفى الوزير سامي الخطيب أي تواطؤ مع الشركة، كما قال إن الحملة نظيفة."
    [q] = quotes_of(text, names)
    assert q.speaker == "سامي الخطيب"
    [q] = quotes_of("ونفى الوزير أي تواطؤ مع الشركة، وقال إن الحملة نظيفة.")
    assert q.speaker == "الوزير"


def test_a_place_after_a_title_in_construct_is_no_name():
    # «نائب محافظ منطقة X»: ordinary words and a place after the title go on with the role, no person's name
    [q] = quotes_of("وقال نائب محافظ منطقة موسكو لوكالة انترفاكس إن عمليات البحث مستمرة.", {"موسكو": "LOC"})
    assert q.speaker == "نائب محافظ منطقة موسكو" and q.speaker_kind == "title"
    [q] = quotes_of("وقال نائب محافظ منطقة موسكو فلاديمير سيرغييف إن عمليات البحث مستمرة.",
                    {"موسكو": "LOC", "فلاديمير سيرغييف": "PER"})
    assert q.speaker == "فلاديمير سيرغييف"


@pytest.mark.parametrize("subject", ["هو نفسه", "هو الآخر"])
def test_a_subject_pronoun_with_its_emphasis_is_the_one_named_before(subject):
    text = f"وقال الوزير سامي الخطيب إن الخطة جاهزة. وأجاب {subject}: «هذا غير عادل»."
    assert [q.speaker for q in quotes_of(text, {"سامي الخطيب": "PER"})] == ["سامي الخطيب", "سامي الخطيب"]


def test_a_subject_pronoun_before_a_name_is_no_part_of_it():
    assert clean_name("هو تركي البنعلي") == "تركي البنعلي"
    assert clean_name("آنا لورا") == "آنا لورا"  # the name Anna, which normalises like أنا


@pytest.mark.parametrize("text, names, speaker", [
    ("وقال الوزير ماهر سليم إن الملف أغلق. وأكدت زوجته هالة يوسف أنه بريء.", {"ماهر سليم": "PER", "هالة يوسف": "PER"},
     "هالة يوسف"),
    ("وقال الوزير ماهر سليم إن الملف أغلق. وأشارت والدته نوال سعيد إلى أنه بريء.",
     {"ماهر سليم": "PER", "نوال سعيد": "PER"}, "نوال سعيد"),
    ("وقال الوزير ماهر سليم إن الملف أغلق. وأعلن شقيقه رئيس البلدية ناصر سليم أنه بريء.",
     {"ماهر سليم": "PER", "ناصر سليم": "PER"}, "ناصر سليم"),
    ("وقال الوزير ماهر سليم إن الملف أغلق. وأوضح محاميه أنه بريء.", {"ماهر سليم": "PER"}, "محاميه"),
])
def test_a_close_person_with_a_pronoun_after_a_report_verb_is_its_subject_not_its_object(text, names, speaker):
    assert [q.speaker for q in quotes_of(text, names)] == ["ماهر سليم", speaker]


def test_a_close_person_with_a_pronoun_after_a_verb_of_addressing_is_its_object():
    text = "وقال الوزير ماهر سليم إن الملف أغلق. وحذر شقيقه من أن الخصوم يتربصون."
    assert [q.speaker for q in quotes_of(text, {"ماهر سليم": "PER"})] == ["ماهر سليم", "ماهر سليم"]



@pytest.mark.parametrize("text", [
    "ويقول عضو البرلمان البالغ من العمر 45 عاما إن الخطة فاشلة.",
    "ويقول عضو البرلمان البالغ 45 عاما إن الخطة فاشلة.",
])
def test_an_age_after_the_subject_is_no_part_of_it(text):
    [q] = quotes_of(text)
    assert q.speaker == "عضو البرلمان"


@pytest.mark.parametrize("text, names, speaker", [
    ("وبين من جهته سالم العتيبي أن الاحتفالات تغيرت.", {"سالم العتيبي": "PER"}, "سالم العتيبي"),
    ("وبيّن من جهته سالم العتيبي؛ أن الاحتفالات تغيرت.", {"سالم العتيبي": "PER"}, "سالم العتيبي"),
    ("ويقول من جانبه رئيس الجمعية: إن الاحتفالات تغيرت.", None, "رئيس الجمعية"),
    ("وقالت في وقت سابق هالة يوسف رئيسة اللجنة: «الاحتفالات تغيرت».", {"هالة يوسف": "PER"}, "هالة يوسف"),
    ("وقال في وقت لاحق، سالم العتيبي إن الاحتفالات تغيرت.", {"سالم العتيبي": "PER"}, "سالم العتيبي"),
])
def test_for_his_part_or_earlier_between_the_verb_and_its_subject(text, names, speaker):
    [q] = quotes_of(text, names)
    assert q.speaker == speaker


@pytest.mark.parametrize("text, names, speaker", [
    ("وقال الوزير ماهر سليم إن الملف أغلق. وكانت شركة النور، إحدى كبرى شركات الاتصالات في البلاد، قد أكدت أن "
     "الضريبة مرتفعة.", {"ماهر سليم": "PER"}, "شركة النور"),
    ("وقال الوزير ماهر سليم إن الملف أغلق. بدوره، كان رئيس الحكومة، ناصر العلي، قد قال الأحد إن الملف مفتوح.",
     {"ماهر سليم": "PER", "ناصر العلي": "PER"}, "ناصر العلي"),
    ("وقال الوزير ماهر سليم إن الملف أغلق. وكان الخبير في شؤون الطاقة، الأستاذ ناصر العلي، قد كتب أن الملف مفتوح.",
     {"ماهر سليم": "PER", "ناصر العلي": "PER"}, "ناصر العلي"),
])
def test_the_subject_of_kana_is_read_past_an_aside_set_off_by_commas(text, names, speaker):
    assert [q.speaker for q in quotes_of(text, names)] == ["ماهر سليم", speaker]


def test_a_close_person_after_the_pronoun_of_the_one_addressed_is_the_subject():
    text = "وقال الوزير ماهر سليم إن الملف أغلق. وفي المنزل قال له شقيقه فؤاد إن الملف مفتوح."
    assert [q.speaker for q in quotes_of(text, {"ماهر سليم": "PER", "فؤاد": "PER"})] == ["ماهر سليم", "فؤاد"]


@pytest.mark.parametrize("text, names, speakers, kind", [
    # «his lawyer»: of the person the article names most (twice here), the next turn his too
    ("قال الوزير ماهر سليم إن الملف أغلق. وكان ماهر سليم قد استقال من منصبه. وأوضح محاميه أنه بريء. وأضاف أن الحكم جائر.",
     {"ماهر سليم": "PER"}, ["ماهر سليم", "محامي ماهر سليم", "محامي ماهر سليم"], "unnamed"),
    # «her husband»: a woman known as one by her verb
    ("وقالت هالة يوسف إن الملف أغلق. وكانت هالة يوسف قد استقالت. وأكد زوجها أنها بريئة.",
     {"هالة يوسف": "PER"}, ["هالة يوسف", "زوج هالة يوسف"], "unnamed"),
    # the family: a group
    ("قال الوزير ماهر سليم إن الملف أغلق. وكان ماهر سليم قد استقال. وقالت عائلته إنه بريء.",
     {"ماهر سليم": "PER"}, ["ماهر سليم", "عائلة ماهر سليم"], "group"),
    # the article writes the noun before the owner's name: as written
    ("ويقول محامي برونسون إن الحكم جائر. وكان القس أندرو برونسون قد اعتقل. وقال محاميه إن موكله بريء.",
     {"برونسون": "PER", "أندرو برونسون": "PER"}, ["محامي برونسون", "محامي برونسون"], "unnamed"),
])
def test_a_close_person_with_a_pronoun_is_named_after_the_person_it_belongs_to(text, names, speakers, kind):
    quotes = quotes_of(text, names)
    assert [q.speaker for q in quotes] == speakers
    assert quotes[-1].speaker_kind in (kind, "pronoun")


def test_a_close_person_the_article_names_is_that_person():
    text = ("قال المحامي سامر خليل إن موكله سيستأنف. وكان ماهر سليم قد أدين. وكان ماهر سليم قد استقال. "
            "وأوضح محاميه أنه بريء.")
    quotes = quotes_of(text, {"سامر خليل": "PER", "ماهر سليم": "PER"})
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("سامر خليل", "named"), ("سامر خليل", "title")]


@pytest.mark.parametrize("text, names, speaker", [
    # named once only: not clearly the one the article is about
    ("وقال الوزير ماهر سليم إن الملف أغلق. وأوضح محاميه أنه بريء.", {"ماهر سليم": "PER"}, "محاميه"),
    # «her husband» where the article names men only
    ("قال ماهر سليم إن الملف أغلق. وكان ماهر سليم قد استقال. وقال زوجها إنها بريئة.", {"ماهر سليم": "PER"}, "زوجها"),
    # two persons named as often: whose is not clear
    ("قال ماهر سليم إن الملف أغلق. وكان ماهر سليم وسامر خليل قد استقالا. وكان سامر خليل غائبا. "
     "وأوضح محاميه أنه بريء.", {"ماهر سليم": "PER", "سامر خليل": "PER"}, "محاميه"),
    # a counterpart is the counterpart of the person last in view, not of the article's
    ("قال ماهر سليم إن الملف أغلق. وكان ماهر سليم قد استقال. والتقى الوزير سامر خليل أمس. وأكد نظيره أن الوضع هادئ.",
     {"ماهر سليم": "PER", "سامر خليل": "PER"}, "نظيره"),
])
def test_a_close_person_whose_owner_is_not_clear_stays_as_written(text, names, speaker):
    assert quotes_of(text, names)[-1].speaker == speaker


def test_a_close_persons_name_does_not_complete_the_persons_own():
    text = "قال ماهر سليم إن الملف أغلق. وكان ماهر سليم قد استقال. وقالت عائلته إنه بريء. وقال ماهر سليم إنه سيستأنف."
    speakers = [q.speaker for q in quotes_of(text, {"ماهر سليم": "PER"})]
    assert speakers == ["ماهر سليم", "عائلة ماهر سليم", "ماهر سليم"]


def test_close_person_parts():
    assert close_person_parts("زوجته") == ("زوجة", "ه")
    assert close_person_parts("ومحاميها") == ("محامي", "ها")
    assert close_person_parts("بلاده") is None
