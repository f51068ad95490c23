"""The plausibility gate before output: no quote leaves the extractor with a speaker that
fails `plausible_speaker`, and the test knows persons and bodies by class (inflected role
nouns, family names, surnames from the name lists)."""
from qawl.doc import Quote
from qawl.quotes import UNKNOWN_SPEAKER, extract_quotes, plausible_speaker
from qawl.quotes.plausible import check_speakers, family_name
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
    out = check_speakers([quote("البعض", "البعض", "group", 0, 20), quote("", "الكاتب إذا", "named", 1, 90)], [])
    assert [(q.speaker, q.speaker_kind) for q in out] == [(UNKNOWN_SPEAKER, "unknown"), ("الكاتب", "title")]


def test_a_demonstrative_points_at_the_noun_after_it_and_alone_is_no_speaker():
    assert plausible_speaker("هذا المسؤول") and plausible_speaker("أحد هؤلاء الجنود")
    assert not plausible_speaker("هؤلاء") and not plausible_speaker("أولئك")


def test_a_number_is_no_speaker():
    assert not plausible_speaker('12,500"') and not plausible_speaker("2015")
