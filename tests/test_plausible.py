"""The plausibility gate before output: no quote leaves the extractor with a speaker that
fails `plausible_speaker`, and the test knows persons and bodies by class (inflected role
nouns, family names, surnames from the name lists)."""
import pytest

from qawl.doc import Entity, Quote
from qawl.quotes import UNKNOWN_SPEAKER, extract_quotes, plausible_speaker
from qawl.quotes.plausible import (ADDRESSED, check_speakers, clean_name, construct_plural, family_name, finite_verb,
                                   indefinite_object, opens_clause, pronominal_style)
from qawl.sentences import split_sentences


def quote(speaker: str, mention: str, kind: str, sentence: int, start: int, cue: str = "وقال") -> Quote:
    return Quote(speaker=speaker, speaker_mention=mention, cue=cue, type="indirect", quote="الخطة جاهزة",
                 start=start, end=start + 11, sentence_index=sentence, speaker_kind=kind, cue_start=start - 10,
                 confidence=0.9)


def test_an_overt_subject_that_is_no_speaker_never_reaches_the_output():
    # «وكشف التحديات أن …»: an ordinary noun read as the subject is not kept as the speaker
    out = check_speakers([quote("التحديات", "التحديات", "organisation", 0, 20)], [])
    assert [(q.speaker, q.speaker_kind) for q in out] == [(UNKNOWN_SPEAKER, "unknown")]


def test_a_failed_elided_subject_takes_the_plausible_antecedent():
    first = quote("وزير المالية", "وزير المالية", "title", 0, 20, cue="قال")
    failed = quote("الألعاب النارية", "", "pronoun", 1, 90, cue="وأضاف")
    out = check_speakers([first, failed], [])
    assert [q.speaker for q in out] == ["وزير المالية", "وزير المالية"]


def test_family_names_with_the_article_are_names():
    assert family_name("الدغيمان") and plausible_speaker("الدغيمان")
    assert plausible_speaker("سالم الدغيمان")
    assert not family_name("الليرات") and not family_name("الزائرة")  # a plural, a feminine noun
    assert not plausible_speaker("الليرات") and not plausible_speaker("التحديات")


def test_a_family_name_made_of_the_first_name_is_a_name():
    # a Gulf naming pattern: the first name again with the article, even when it is a common word
    assert plausible_speaker("مريح المريح") and plausible_speaker("فهد الفهد")
    assert not plausible_speaker("المريح") and not plausible_speaker("مريح")  # the common word alone


def test_role_nouns_in_their_feminine_dual_and_plural_forms():
    for name in ("المحاميان", "المحاميتان", "الزائرة", "المتطوعات", "الناشطات"):
        assert plausible_speaker(name), name


def test_a_surname_the_name_lists_know_is_a_name_without_entities():
    assert plausible_speaker("نتنياهو", "named")


def test_every_extracted_speaker_passes_the_test():
    text = ("أعلن وزير الخارجية أن المحادثات مستمرة. وكشف التحديات أن العمل صعب. "
            "وقال الدغيمان إن الفريق جاهز. وأضاف مازحا إن الطقس حار.")
    sentences = split_sentences(text)
    quotes = extract_quotes(text, sentences, [])
    assert quotes
    for q in quotes:
        assert q.speaker == UNKNOWN_SPEAKER or plausible_speaker(q.speaker, q.speaker_kind), q.speaker
    assert "التحديات" not in {q.speaker for q in quotes}


def test_an_overt_subject_whose_resolution_failed_is_kept_as_written():
    # «وقال أحد المسعفين إن …»: one of a group is an unnamed source, not an unknown speaker
    lost = quote("", "أحد المسعفين", "named", 0, 20)
    # «وقال رئيس البلدية الجديدة استقالة …»: the resolver read the object as the name after the role
    role = quote("استقالة", "رئيس البلدية الجديدة استقالة", "named", 1, 90)
    # «وأضافت الإدارة أن …» resolved to an unrelated phrase: the body as written
    body = quote("بإدارة شؤون الطلاب", "الإدارة", "organisation", 2, 160)
    out = check_speakers([lost, role, body], [])
    assert [(q.speaker, q.speaker_kind) for q in out] == [
        ("أحد المسعفين", "unnamed"), ("رئيس البلدية الجديدة", "title"), ("الإدارة", "organisation")]


def test_a_relative_adjective_after_a_role_stays_with_it():
    out = check_speakers([quote("تنفيذي", "رئيس تنفيذي", "named", 0, 20)], [])
    assert [(q.speaker, q.speaker_kind) for q in out] == [("رئيس تنفيذي", "title")]


def test_an_overt_subject_that_fails_as_written_stays_unknown():
    # a lone demonstrative names nobody («البعض» alone is a group speaker: test_quotes_speakers)
    out = check_speakers([quote("هؤلاء", "هؤلاء", "group", 0, 20), quote("", "الكاتب إذا", "named", 1, 90)], [])
    assert [(q.speaker, q.speaker_kind) for q in out] == [(UNKNOWN_SPEAKER, "unknown"), ("الكاتب", "title")]


def test_a_demonstrative_points_at_the_noun_after_it_and_alone_is_no_speaker():
    assert plausible_speaker("هذا المسؤول") and plausible_speaker("أحد هؤلاء الجنود")
    assert not plausible_speaker("هؤلاء") and not plausible_speaker("أولئك")


def test_neighbours_professional_players_consultants_and_a_pair_are_people():
    for name in ("أحد الجيران", "الجيران", "المحترف اليوناني الجديد", "استشاري العيون", "الثنائي"):
        assert plausible_speaker(name)
    for text, speaker in (("وقال أحد الجيران إنه مصدوم لما حدث في الحي.", "أحد الجيران"),
                          ("وقدم الثنائي شكرهما لإدارة النادي، وقالا: تمديد عقدينا يمنحنا استقرارا.", "الثنائي"),
                          ("وأبدى المحترف الجديد سعادته بالانضمام للنادي إذ تحدث قائلا: سعيد جدا بالانضمام.",
                           "المحترف الجديد")):
        [q] = extract_quotes(text, split_sentences(text), [])
        assert q.speaker == speaker


def test_a_superlative_ranks_the_noun_it_stands_before():
    # «أحدث تقرير»، «آخر دراسة»، «أحدث الأرقام»: the report is the head, a non-agentive source
    assert plausible_speaker("أحدث تقرير") and plausible_speaker("آخر دراسة") and plausible_speaker("أحدث الأرقام")
    assert plausible_speaker("أبرز الخبراء") and plausible_speaker("أول رئيس")
    assert not plausible_speaker("أكبر مشكلة") and not plausible_speaker("أبرز الأسباب")
    assert plausible_speaker("آخر")  # «وقال آخر»: another one, alone
    for text, speaker in (("وأفاد أحدث تقرير عقاري للمصرف بأن الأسعار ارتفعت خلال الربع الثاني.", "أحدث تقرير"),
                          ("وتشير أحدث الأرقام إلى أن البطالة ارتفعت في المنطقة.", "أحدث الأرقام")):
        [q] = extract_quotes(text, split_sentences(text), [])
        assert q.speaker.startswith(speaker)


def test_a_number_is_no_speaker():
    assert not plausible_speaker('12,500"') and not plausible_speaker("2015")


def person(name: str, start: int = 0) -> Entity:
    return Entity(name, name, "PER", start, start + len(name), 0)


def test_a_leading_verb_possessed_noun_or_pronoun_object_is_no_part_of_a_name():
    from qawl.quotes.plausible import clean_name
    names = {"كيري", "جون", "اوباما", "سامر", "حداد"}
    assert clean_name("رأى كيري", names) == "كيري"            # a bare speech verb before a recognised name
    assert clean_name("زميلي جون كيري", names) == "جون كيري"  # a possessed person noun
    assert clean_name("نظيره سامر حداد", names) == "سامر حداد"
    assert clean_name("عليه اوباما", names) == "اوباما"        # a preposition with a pronoun
    assert clean_name("عنه وكالة الأنباء") == "وكالة الأنباء"
    assert clean_name("لي سامر حداد", names) == "سامر حداد"
    # ... but a construct plural before a common noun, a name that reads like a verb, and
    # letters and names that read like a preposition with a pronoun stay
    assert clean_name("مسؤولي الوزارة", names) == "مسؤولي الوزارة"
    assert clean_name("دان غيلرمان") == "دان غيلرمان"
    assert clean_name("بي بي سي") == "بي بي سي" and clean_name("منى الشاذلي") == "منى الشاذلي"
    assert clean_name("هاربر لي") == "هاربر لي" and clean_name("قناة سي إن إن") == "قناة سي إن إن"


def test_a_trailing_time_word_or_function_word_is_no_part_of_a_name():
    from qawl.quotes.plausible import clean_name
    names = {"كيري", "جون"}
    assert clean_name("جون كيري الجمعة", names) == "جون كيري"
    assert clean_name("كيري الجمعة", names) == "كيري"       # the rest is a recognised name
    assert clean_name("كيري غداة", names) == "كيري" and clean_name("كيري كيف") == "كيري"
    assert clean_name("حسن فهمي وهو") == "حسن فهمي" and clean_name("خبراء في") == "خبراء"


def test_a_weekday_that_may_be_a_family_name_stays():
    from qawl.quotes.plausible import clean_name
    assert clean_name("أحمد الخميس") == "أحمد الخميس"                  # one unrecognised word would be left
    assert clean_name("أحمد الخميس", {"احمد", "خميس"}) == "أحمد الخميس"  # the recogniser holds it in the name
    assert clean_name("جون كيري السبت", {"جون", "كيري", "سبت"}) == "جون كيري السبت"


def test_the_gate_cleans_speakers_with_the_article_entities():
    out = check_speakers([quote("رأى كيري", "رأى كيري", "named", 0, 20),
                          quote("أحمد الخميس", "أحمد الخميس", "named", 1, 90)],
                         [person("جون كيري", 200), person("أحمد الخميس", 300)])
    assert [q.speaker for q in out] == ["كيري", "أحمد الخميس"]


def test_a_preposition_with_a_pronoun_alone_is_no_speaker():
    assert not plausible_speaker("عنه") and not plausible_speaker("بها")
    out = check_speakers([quote("عنه", "عنه", "named", 0, 20)], [])
    assert out[0].speaker == UNKNOWN_SPEAKER


@pytest.mark.parametrize("style", ["معاليه", "معاليها", "سموه", "سعادته", "فضيلتها"])
def test_a_form_of_address_with_a_pronoun_is_no_speaker_of_its_own(style):
    # «معالي» is also a role-noun cluster word; with a pronoun it refers back to someone named before
    assert not plausible_speaker(style, "title")


def test_the_style_of_a_form_of_address_with_a_pronoun():
    # his or her excellency, the ف of فخامته its own (ta marbuta normalised to ه); their excellency in ADDRESSED
    assert [pronominal_style(w) for w in ("معاليه", "سموها", "فخامته", "وفضيلته")] == ["معالي", "سمو", "فخامه", "فضيله"]
    assert pronominal_style("معاليهم") is None and pronominal_style("معاليهم", ADDRESSED) == "معالي"
    assert pronominal_style("معالي") is None and pronominal_style("الوزير", ADDRESSED) is None


def test_two_people_one_after_the_other_are_the_subject_and_the_object():
    # «واتهم سانشيز كوستا بالتقصير»: the speaker is the subject, named in full earlier
    entities = [person("بيدرو سانشيز", 0), person("أنطونيو كوستا", 20)]
    out = check_speakers([quote("سانشيز كوستا", "سانشيز كوستا", "named", 1, 90, cue="واتهم")], entities)
    assert out[0].speaker == "بيدرو سانشيز"
    # a person whose name holds both words stays whole
    out = check_speakers([quote("سانشيز كوستا", "سانشيز كوستا", "named", 1, 90)], [person("ماريا سانشيز كوستا")])
    assert out[0].speaker == "سانشيز كوستا"
    # first names are no surnames: «محمد علي» is one man though «محمد صلاح» and «أحمد علي» speak too
    out = check_speakers([quote("محمد علي", "محمد علي", "named", 1, 90)], [person("محمد صلاح"), person("علي حسن")])
    assert out[0].speaker == "محمد علي"


def test_an_assessment_is_a_report_without_an_agent_like_a_study():
    assert plausible_speaker("تقييم استخباراتي أمريكي", "named")
    assert plausible_speaker("دراسة حديثة", "named")


def test_a_quantifier_with_of_them_is_a_speaker():
    for name in ("عدد منهم", "كل منهما", "بعض منهن"):
        assert clean_name(name) == name and plausible_speaker(name)
    assert not plausible_speaker("منهم")


def test_a_group_that_names_a_body_is_a_speaker():
    for name in ("مجموعة الأزمات الدولية", "المجموعة الدولية", "مجموعة العمل", "مجموعة من الخبراء"):
        assert plausible_speaker(name, "organisation")
    text = 'وقالت مجموعة الأزمات الدولية في تحذير "الوضع في المدينة يقترب من نقطة اللا عودة".'
    [q] = extract_quotes(text, split_sentences(text), [])
    assert q.speaker == "مجموعة الأزمات الدولية" and q.type == "direct"


def test_a_divine_epithet_in_place_of_the_subject_is_scripture_speaking():
    assert plausible_speaker("تعالى") and plausible_speaker("سبحانه")


def test_a_subject_the_article_writes_in_quotation_marks_is_a_name():
    text = 'تلقت "نبأ" ردا من الوزارة. نبأ تقول للوزارة: الطرق مزدحمة.'
    assert any(q.speaker == "نبأ" for q in extract_quotes(text, split_sentences(text), []))
    text = 'والبعض يضيف «الملح»، مبينة أن الطبق جاهز.'  # shared from another clause: not the subject
    assert all(q.speaker != "الملح" for q in extract_quotes(text, split_sentences(text), []))


def test_a_family_is_a_speaker_only_with_the_person_it_belongs_to():
    assert plausible_speaker("ذوو المريض") and not plausible_speaker("ذوو")


def test_a_family_name_alone_after_the_verb_is_the_person_named_before_with_it():
    text = "واستقبل ماجد سالم الواقعي الوفد أمس. وقال الواقعي إن الأسواق مفتوحة."
    qs = extract_quotes(text, split_sentences(text), [])  # the recogniser missed the name
    assert qs[-1].speaker == "ماجد سالم الواقعي"
    text = "وقال الرئيس الفرنسي إن المدينة هادئة. وقال الفرنسي إن الأسواق مفتوحة."
    assert extract_quotes(text, split_sentences(text), [])[-1].speaker != "الرئيس الفرنسي الفرنسي"


def test_a_family_name_that_was_resolved_names_the_same_person_at_the_next_cue():
    # «وأشار الواقعي أن …، ولفت أن …»: the second cue shares the subject resolved at the first
    first = quote("ماجد الواقعي", "الواقعي", "named", 0, 20, cue="وأشار")
    later = quote("الواقعي", "الواقعي", "named", 0, 60, cue="ولفت")
    out = check_speakers([first, later], [])
    assert [q.speaker for q in out] == ["ماجد الواقعي", "ماجد الواقعي"]
    # a misread mention repaired to an antecedent that does not hold it passes nothing on
    first = quote("وزير المالية", "التحديات", "pronoun", 0, 20)
    later = quote("التحديات", "التحديات", "organisation", 1, 90)
    assert check_speakers([first, later], [])[-1].speaker == UNKNOWN_SPEAKER


def test_a_document_that_agrees_with_its_verb_is_the_speaker():
    # like a report («وأشار التقرير»), a document reports what it holds when no author speaks for it
    cases = {"وكشفت الوثيقة أن الرسوم سترتفع.": "الوثيقة",
             "وتقول المذكرة الداخلية إن الموظفين في إجازة.": "المذكرة الداخلية",
             "وتقول لائحة الاتهام إن المتهم هرب.": "لائحة الاتهام",
             "كما بينت المادة الخامسة أن اللجنة تراجع الطلبات.": "المادة الخامسة"}
    for text, speaker in cases.items():
        assert [q.speaker for q in extract_quotes(text, split_sentences(text), [])] == [speaker], text
    text = "وكشف الوثيقة أن الرسوم سترتفع."  # a masculine verb: the document is its object
    assert all(q.speaker != "الوثيقة" for q in extract_quotes(text, split_sentences(text), []))


def test_a_man_named_before_a_relative_clause_is_the_subject_of_its_verb():
    # the recogniser missed the name; «الذي قال إن» is about the man right before it
    text = "وقدم الجوائز مدير الفرع سالم الحربي، الذي قال إن المهرجان ناجح."
    assert [q.speaker for q in extract_quotes(text, split_sentences(text), [])] == ["سالم الحربي"]
    text = "وزرنا المعرض مع سالم الحربي الذي يقول الزوار إنه ناجح."  # the verb's own subject follows it
    assert all(q.speaker != "سالم الحربي" for q in extract_quotes(text, split_sentences(text), []))
    text = "وتضرر المبنى القديم الذي قال إنه جاهز."  # no name before the relative
    assert all(q.speaker != "المبنى القديم" for q in extract_quotes(text, split_sentences(text), []))


def test_a_plural_role_before_its_complement_has_no_article():
    # «أحد ممثلي …»، «موظفو …»: the plural of a role noun in a genitive phrase
    for name in ("أحد مسؤولي الشركة", "ممثلي النقابة المحلية", "أحد موظفي المصنع"):
        assert plausible_speaker(name), name
    assert not plausible_speaker("أحد مباني الشركة")


def test_bodies_by_their_head_noun_and_official_accounts():
    for name in ("المنتدى الثقافي للشباب", "الجمعية الخيرية", "مركز الدراسات البحرية", "الحساب الرسمي للنادي",
                 "نقابة المعلمين", "الرابطة الوطنية"):
        assert plausible_speaker(name), name


def test_a_feminine_honorific_before_an_unlisted_name_is_a_person():
    text = "قالت الآنسة بروفالدين: «نحن هنا للعمل معا». "
    quotes = extract_quotes(text, split_sentences(text), [])
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("بروفالدين", "named")]


def test_an_honorific_before_an_unlisted_name_names_a_person_not_a_title():
    text = "وقال الدكتور كرافيلسون إن النتائج مشجعة. "
    [q] = extract_quotes(text, split_sentences(text), [])
    assert q.speaker_kind == "named"


def test_an_abstract_noun_as_subject_is_a_non_agentive_source_and_gives_no_quote():
    for text in ("ويقول التاريخ إن المدينة كانت مركزا للتجارة. ", "والحقيقة تؤكد أن الخطة فشلت. "):
        assert extract_quotes(text, split_sentences(text), []) == [], text


def test_a_proverb_as_subject_is_a_non_agentive_source_and_gives_no_quote():
    for text in ("يقول مثل قديم إن الصبر مفتاح الفرج. ", "ويقول المثل الشعبي إن الجار قبل الدار. ",
                 "فالمثل يقول إن العلم نور. "):
        assert extract_quotes(text, split_sentences(text), []) == [], text


def test_reality_though_shaped_like_an_agent_noun_is_a_non_agentive_source():
    for text in ("والواقع يقول إن الطرفين خسرا. ", "لكن الواقع يؤكد أن الخطة فشلت. "):
        assert extract_quotes(text, split_sentences(text), []) == [], text


def test_a_noun_phrase_of_things_before_a_verb_whose_subject_went_unparsed_gives_no_quote():
    for text in ("هذا الواقع يؤكد أن الأمر خطير. ", "التجارب الناجحة في التخطيط تشير إلى أن الاستقلال مهم. ",
                 "لكن الأحداث الأخيرة في المنطقة تشير إلى أن الحل بعيد. "):
        assert extract_quotes(text, split_sentences(text), []) == [], text
    [q] = extract_quotes("الوزير يؤكد أن الخطة ناجحة. ", split_sentences("الوزير يؤكد أن الخطة ناجحة. "), [])
    assert q.speaker == "الوزير"
    text = "وفي المؤتمر الصحفي يؤكد أن الخطة ناجحة. "  # a fronted adverbial: the subject is elided
    assert len(extract_quotes(text, split_sentences(text), [])) == 1


def test_professors_are_titles_and_the_wise_are_persons():
    text = "وأبدى البروفسور الذي يعمل في الجامعة ولعه بالموضوع، وقال إن الجسد معقد. "
    [q] = extract_quotes(text, split_sentences(text), [])
    assert (q.speaker, q.speaker_kind) == ("البروفسور", "title")
    text = "وقال العقلاء إن البداية بالنفس. "
    [q] = extract_quotes(text, split_sentences(text), [])
    assert q.speaker == "العقلاء"


def test_unlisted_person_nouns_keep_their_quote():
    # a participle, an agent noun, a nisba: persons described, not abstractions
    for text in ("وقال المزارع إن المحصول تأخر. ", "وقال الحارس إن الباب مغلق. ", "وقال اليمني إن الطريق مقطوع. "):
        assert len(extract_quotes(text, split_sentences(text), [])) == 1, text
    for text, who in (("وقال الملحق الثقافي إن المعرض ناجح. ", "الملحق الثقافي"),
                      ("وتقول الغالبية إن الأسعار مرتفعة. ", "الغالبية")):
        [q] = extract_quotes(text, split_sentences(text), [])
        assert q.speaker == who, text


def test_a_sound_plural_before_its_complement_names_people():
    assert plausible_speaker("معظم مستخدمي الهواتف") and plausible_speaker("بعض منتسبي النادي")
    assert not any(map(construct_plural, ("معاني", "مباني", "ليالي")))  # broken plurals in ي


def test_a_conjunction_is_no_part_of_the_speaker_and_hides_no_common_word():
    assert clean_name("والرسول") == "الرسول" and clean_name("فالبعض") == "البعض"
    assert clean_name("والدة الطفل") == "والدة الطفل"  # والدة: a mother, not و + الدة
    assert not plausible_speaker("والفعل") and not plausible_speaker("وتحرص")


def test_a_single_word_with_tanwin_is_no_name():
    assert not plausible_speaker("ماثلاً")


def test_an_empty_name_is_cleaned_to_itself():
    assert clean_name("") == ""
    assert clean_name(" ") == " "


def test_people_by_age_are_speakers():
    assert all(plausible_speaker(name) for name in ("الصبي", "الفتاة", "طفل", "امرأة"))


def test_a_preposition_glued_to_a_speaker_name_comes_off():
    assert clean_name("للأمم المتحدة") == "الأمم المتحدة"
    assert clean_name("للمبارزة خالد البكر") == "خالد البكر"


def test_the_matter_and_question_words_are_no_speakers():
    for name in ("الأمر", "كيف", "هل", "بما", "الأمر بالـ", "كيف تعتزم حماية المدنيين"):
        assert not plausible_speaker(name), name
    assert plausible_speaker("ولي الأمر")   # a parent or guardian


def test_a_state_noun_stands_for_its_government():
    # «وأعلنت المملكة أنها …»: the kingdom (or sultanate) alone is the country speaking, as a body
    assert plausible_speaker("المملكة") and plausible_speaker("السلطنة", "organisation")
    text = "وقال الوزير سامي الخطيب إن التعاون مستمر. وأعلنت المملكة أنها ستفتح سفارة جديدة."
    quotes = extract_quotes(text, split_sentences(text), [])
    assert [(q.speaker, q.speaker_kind) for q in quotes][-1] == ("المملكة", "organisation")


def test_a_conjunction_glued_to_a_head_noun_comes_off_the_name():
    # «…؛ فصندوق النقد الدولي يرى أن»: the ف joins the clause, not the name; وزير and وليد are words of their own
    assert clean_name("فصندوق النقد الدولي") == "صندوق النقد الدولي"
    assert clean_name("ومصدر في الوزارة") == "مصدر في الوزارة"
    for name in ("وزير الخارجية", "وليد سامي", "واحد", "وام"):
        assert clean_name(name) == name


def test_a_definite_document_that_says_what_it_holds_is_a_plausible_speaker():
    for name in ("الوثيقة", "المذكرة الموقعة", "لائحة الاتهام", "المادة التاسعة"):
        assert plausible_speaker(name, "organisation"), name
    for name in ("القرار", "وثيقة", "لائحة"):
        assert not plausible_speaker(name, "organisation"), name


def test_the_passive_auxiliary_is_no_speaker():
    # «وجاء في بيان تم نشره»: تم is also a name in the person-name gazetteer
    assert not plausible_speaker("تم نشره") and not plausible_speaker("يتم")


def test_a_first_person_verb_or_a_thing_with_our_is_no_speaker():
    # rare forms read as foreign names: «وأضافت نتوقع أن»، «كان حديثنا مع عدد من التجار الذين أكدوا»
    for word in ("نتوقع", "حديثنا", "شركتنا", "سعادتنا"):
        assert not plausible_speaker(word, "named"), word
    # names that look alike, and persons with «our», who speak (مصادرنا، مراسلنا، أحدنا)
    for name in ("نادية", "نبيل", "نتنياهو", "أشرف", "مارينا", "مصادرنا", "مراسلنا", "مرافقنا", "أحدنا"):
        assert plausible_speaker(name, "named"), name


def test_a_first_person_verb_after_the_cue_opens_the_quote_and_the_subject_is_elided():
    text = "وقالت الوزيرة سلمى حداد إن الخطة جاهزة.\nوأضافت نتوقع أن تنخفض الأسعار في الشتاء."
    sentences = split_sentences(text)
    at = text.index("سلمى حداد")
    entity = Entity("سلمى حداد", "سلمى حداد", "PER", at, at + len("سلمى حداد"), 0)
    out = extract_quotes(text, sentences, [entity])
    assert [q.speaker for q in out] == ["سلمى حداد", "سلمى حداد"]


def test_a_clause_after_the_phrase_is_no_part_of_the_name():
    # an indefinite noun takes its describing clause with no relative pronoun: the verb ends the name
    assert clean_name("دراسة نشرت") == "دراسة" and clean_name("مصادر تتخذ من لندن") == "مصادر"
    assert clean_name("جمعية تعمل في الإغاثة") == "جمعية"
    # a verb after a relative pronoun, a relative من or a name's particle stays («من يقول»، «بن طالب»)
    assert clean_name("نصف الذين تتراوح أعمارهم") == "نصف الذين تتراوح أعمارهم"
    assert clean_name("من يقول") == "من يقول" and clean_name("صالح بن يحيى") == "صالح بن يحيى"


def test_a_complementiser_after_the_phrase_ends_the_name():
    # the reported clause after «إن»، «أن»، «فإن» is no part of the subject before it
    assert clean_name("المراقبون فإن") == "المراقبون" and clean_name("شبكة إن بي سي فإن الخطة") == "شبكة إن بي سي"
    assert clean_name("المصرف إن الأرباح ارتفعت") == "المصرف" and clean_name("مصدر أمني أنه") == "مصدر أمني"
    # «فإن» with its pronoun opens the clause too; a longer word that begins like it («فإنتاج») does not
    assert opens_clause(["المراقبون", "فإنه"], 1) and not opens_clause(["مصنع", "فإنتاج", "الحديد"], 1)
    # the letters of an acronym, «آن» and «فان» (names) and «بان» (spelt like «بأن») stay
    for name in ("شبكة سي إن إن", "إي إس بي إن", "رئيسة البلدية آن مارتان", "فيرجيل فان دايك",
                 "الأمين العام بان كي مون"):
        assert clean_name(name) == name


def test_a_verb_is_known_by_its_persons_in_ordinary_text():
    for verb in ("يتلخص", "تعمل", "نشرت", "صدرت"):
        assert finite_verb(verb), verb
    for noun in ("تقرير", "يوسف", "يزيد", "دراسة", "بيان", "وزارة"):
        assert not finite_verb(noun), noun
    assert not plausible_speaker("تتطلع", "named")


def test_an_indefinite_accusative_heads_an_object_not_a_speaker():
    # «إذ كشفت أمورا عديدة»: the verb's object; the subject is elided
    assert indefinite_object("أمورا") and not plausible_speaker("أمورا عديدة", "named")
    assert not plausible_speaker("مجردا", "named")  # «ليس رأيا مجردا»: an adjective alone
    # a source or role in the accusative after إن speaks; a name in -ا is no accusative
    assert not indefinite_object("مصدرا") and not indefinite_object("ماريا")
    assert plausible_speaker("مصدرا مطلعا") and plausible_speaker("ماريا", "named")
    assert plausible_speaker("نورا للطاقة", "organisation")  # a name that reads as an accusative


def _speakers(text: str, *names: str) -> list[str]:
    """The speakers extracted from `text` with each of `names` recognised as a person."""
    sentences = split_sentences(text)
    entities = []
    for name in names:
        start = text.index(name)
        index = next(k for k, s in enumerate(sentences) if s.start <= start < s.end)
        entities.append(Entity(name, name, "PER", start, start + len(name), index))
    return [q.speaker for q in extract_quotes(text, sentences, entities)]


def test_the_byline_that_opens_the_text_is_no_antecedent():
    # the reporter's name before the place is not the one who «adds»: better unknown
    text = "سالم العتيبي- الرياض: أعلنت الشركة عن منتج جديد في معرض الرياض. وأضاف أنه سيطرح في الأسواق قريبا."
    assert _speakers(text, "سالم العتيبي") == [UNKNOWN_SPEAKER]
    # without a dash the name opening the text is the first sentence's subject
    text = "سالم العتيبي زار معرض الرياض أمس مع وفد الشركة. وأضاف أنه سيطرح منتجا جديدا في الأسواق قريبا."
    assert _speakers(text, "سالم العتيبي") == ["سالم العتيبي"]


def test_the_first_words_of_a_proverb_are_no_antecedent():
    text = 'بدأ الشاب تجارته على أثر المثل "جاور السعيد تسعد" قبل عامين. وقال إن تجارته تسير بشكل جيد.'
    assert _speakers(text, "جاور السعيد") == [UNKNOWN_SPEAKER]


def test_a_person_named_once_in_the_story_stays_the_antecedent():
    # the same name as the subject of a verb, or quoted whole as a name, is a person
    text = "واستقبل سالم العتيبي الوفد في مكتبه بالرياض. وقال إن الزيارة ستعزز التعاون."
    assert _speakers(text, "سالم العتيبي") == ["سالم العتيبي"]
    text = 'زار الوفد المدينة القديمة على أثر دعوة "سالم العتيبي" قبل عامين. وقال إن الزيارة ستعزز التعاون.'
    assert _speakers(text, "سالم العتيبي") == ["سالم العتيبي"]


def test_weak_person():
    from qawl.quotes.plausible import weak_person
    text = "وحمل العيد السعيد فرحة للأطفال. وزار سالم العتيبي الحي."
    feast, salem = person("العيد السعيد", 5), person("سالم العتيبي", text.index("سالم"))
    assert weak_person(feast, [feast, salem], text)           # common words only, no name of the lists
    assert not weak_person(salem, [feast, salem], text)       # a first name of the lists
    twice = text + " وقال العيد السعيد"
    assert not weak_person(feast, [feast, salem, person("العيد السعيد", twice.rindex("العيد"))], twice)


def test_told_me_before_a_first_name_or_title_is_no_part_of_the_name():
    # «وقال لي سالم العتيبي»: the recogniser's «لي سالم العتيبي» is «سالم العتيبي» who told me
    names = {"لي", "سالم", "العتيبي", "كه", "تشيانغ"}
    assert clean_name("لي سالم العتيبي", names) == "سالم العتيبي"
    assert clean_name("لي الأمير سعود", names | {"سعود"}) == "الأمير سعود"
    assert clean_name("لي كه تشيانغ", names) == "لي كه تشيانغ"   # a Chinese name's own «لي»
