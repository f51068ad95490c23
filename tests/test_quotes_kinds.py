"""Speaker kinds settled after resolution (qawl.quotes.kinds), on phrases written for these tests:
only the kind changes, never the speaker."""
from __future__ import annotations

import pytest

from qawl.doc import Entity, Quote
from qawl.quotes import extract_quotes
from qawl.quotes.kinds import settle_kinds
from qawl.sentences import split_sentences


def quote(speaker: str, mention: str, kind: str) -> Quote:
    return Quote(speaker=speaker, speaker_mention=mention, cue="وقال", type="indirect", quote="…", start=0, end=1,
                 sentence_index=0, speaker_kind=kind)


def entity(text: str, label: str) -> Entity:
    return Entity(text, text, label, 0, len(text), 0)


def settled(speaker: str, mention: str, kind: str, *entities: Entity) -> str:
    [q] = settle_kinds([quote(speaker, mention, kind)], list(entities))
    assert q.speaker == speaker and q.speaker_mention == mention
    return q.speaker_kind


@pytest.mark.parametrize("speaker, mention", [
    ("تقرير حديث", "تقرير حديث"),                 # a report read as a name (indefinite)
    ("دراسة", "دراسة أجرتها شركة استشارية"),        # the study, its author in a clause
    ("تقرير المنظمة", "تقرير المنظمة"),
    ("غرفة التجارة الكبرى", "تقرير صادر من غرفة التجارة الكبرى"),  # the issuer for the report at the cue
])
def test_a_report_or_study_is_an_organisation_source(speaker, mention):
    assert settled(speaker, mention, "named") == "organisation"


@pytest.mark.parametrize("speaker", ["تقارير إعلامية", "معلومات صحافية", "أرقام رسمية"])
def test_reports_in_the_plural_are_unnamed_sources(speaker):
    assert settled(speaker, speaker, "named") == "unnamed"
    assert settled("ال" + speaker.split()[0], "ال" + speaker.split()[0], "organisation") == "unnamed"


def test_a_recognised_body_is_an_organisation():
    assert settled("شركة النفط الوطنية", "نفطكو", "named", entity("شركة النفط الوطنية", "ORG")) == "organisation"


def test_a_person_the_recogniser_read_as_a_place_after_a_role_stays_named():
    assert settled("جون سميث", "مدير النادي، جون سميث", "named", entity("جون سميث", "LOC")) == "named"


def test_a_family_name_of_a_recognised_person_is_named():
    # «وأكد الزهراني» after «سعد بن علي الزهراني»: the definite surname was read as a body
    assert settled("الزهراني", "الزهراني", "organisation", entity("سعد بن علي الزهراني", "PER")) == "named"
    assert settled("سعد الزهراني", "الزهراني", "organisation", entity("سعد الزهراني", "PER")) == "named"


def test_a_role_resolved_to_its_holder_is_a_title():
    assert settled("كمال ناصر", "المتحدث", "unnamed", entity("كمال ناصر", "PER")) == "title"
    assert settled("كمال ناصر", "المتحدث الرسمي", "unnamed", entity("كمال ناصر", "PER")) == "title"


def test_an_unnamed_official_resolved_to_a_body_keeps_its_kind():
    # a wrong speaker («بحماس» for «المسؤول بحماس») is not made a body
    assert settled("حماس", "المسؤول", "unnamed", entity("حماس", "ORG")) == "unnamed"


@pytest.mark.parametrize("speaker, kind", [
    ("مفتي عام المملكة", "title"),            # a title in construct with a definite word
    ("عميد شؤون الطلاب", "title"),
    ("وزير سابق", "unnamed"),                 # described, not defined
    ("مسؤول في الوزارة", "unnamed"),          # a preposition ends the construct
    ("معارضون", "group"),                     # a group noun
    ("ناشطون سياسيون", "unnamed"),            # other people, unnamed
    ("مصدران مطلعان", "unnamed"),
    ("معاليه", "title"),                      # his excellency, named before
])
def test_people_nouns_read_as_a_name(speaker, kind):
    assert settled(speaker, speaker, "named") == kind


@pytest.mark.parametrize("speaker", ["الباحثون", "المخرج", "المحاميان"])
def test_people_read_as_a_body_are_unnamed(speaker):
    # the last resort of the cue's reading made any definite phrase a body
    assert settled(speaker, speaker, "organisation") == "unnamed"


@pytest.mark.parametrize("speaker", ["الشرطة", "اللجنة", "الحكومة"])
def test_bodies_stay_organisations(speaker):
    assert settled(speaker, speaker, "organisation") == "organisation"


@pytest.mark.parametrize("speaker", [
    "رائد",           # a first name that is also a rank, without the article
    "وسام الحربي",    # a name the role-noun clusters hold too
    "برنامج الغذاء",  # no people noun
])
def test_names_and_bodies_stay_named(speaker):
    assert settled(speaker, speaker, "named") == "named"


def test_a_name_after_a_role_keeps_named():
    # the speaker is the name read after the role, not the mention: no change
    assert settled("أنيسة كريم", "وزيرة الدفاع أنيسة كريم", "named") == "named"


def test_a_recognised_person_word_keeps_named():
    assert settled("ناشط كريم", "ناشط كريم", "named", entity("كريم", "PER")) == "named"


def test_extraction_gives_a_report_its_kind():
    text = "وأكد تقرير حديث أن الأسعار سترتفع."
    [q] = extract_quotes(text, split_sentences(text), [])
    assert q.speaker_kind == "organisation"


def test_one_of_a_group_read_as_a_name_is_one_unnamed_person():
    assert settled("مستثمرون عقاريون", "مستثمرون عقاريون", "named") == "group"
    assert settled("أحد المستثمرين العقاريين", "أحد المستثمرين العقاريين", "named") == "unnamed"
