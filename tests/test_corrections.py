"""The correction model: pure functions on hand-made parses, no database."""
import pytest

from qawl.corrections import (NOT_AN_ENTITY, CorrectionError, add_entity, add_quote, apply, apply_corrections,
                              merge_speakers, reject_quote, rename_speaker, set_label, set_speaker,
                              set_type, speaker_names, split_speaker)
from qawl.doc import Article, Entity, Quote
from qawl.sentences import split_sentences

TEXT = ("قال الوزير خالد سالم إن الخطة جاهزة. وأكدت الوزارة أن التنفيذ يبدأ غدا.\n"
        "وذكر المتحدث سامي أن الموعد ثابت. وتقع القاهرة في مصر.")


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def quote(speaker: str, content: str, type: str = "indirect", kind: str = "named") -> Quote:
    start, end = span(TEXT, content)
    index = next(s.index for s in split_sentences(TEXT) if s.start <= start < s.end)
    return Quote(speaker=speaker, speaker_mention=speaker, cue="قال", type=type, quote=content,
                 start=start, end=end, sentence_index=index, speaker_kind=kind, speaker_aliases=("سالم",))


def entity(surface: str, label: str, canonical: str | None = None, nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(surface, start + 1)
    return Entity(surface, canonical or surface, label, start, start + len(surface), 0)


@pytest.fixture
def parsed() -> Article:
    return Article(text=TEXT, title="خبر", sentences=tuple(split_sentences(TEXT)),
                   entities=(entity("خالد سالم", "PER"), entity("القاهرة", "PER"), entity("مصر", "LOC")),
                   quotes=(quote("خالد سالم", "الخطة جاهزة"), quote("الوزارة", "التنفيذ يبدأ غدا", kind="organisation")))


def test_set_speaker_and_type_mark_the_quote_corrected_and_keep_the_others(parsed):
    s, e = span(TEXT, "الخطة جاهزة")
    fixed = apply_corrections(parsed, [set_speaker(parsed.id, s, e, "وزير الخارجية", "title"),
                                       set_type(parsed.id, s, e, "direct")])
    q = fixed.quotes[0]
    assert (q.speaker, q.speaker_kind, q.type, q.corrected, q.speaker_aliases) == \
        ("وزير الخارجية", "title", "direct", True, ())
    assert fixed.quotes[1] == parsed.quotes[1] and not fixed.quotes[1].corrected
    assert parsed.quotes[0].speaker == "خالد سالم"   # the machine's parse is untouched


def test_reject_removes_the_quote_and_add_inserts_it_in_text_order(parsed):
    s, e = span(TEXT, "التنفيذ يبدأ غدا")
    content, cue = span(TEXT, "الموعد ثابت"), span(TEXT, "وذكر")
    fixed = apply_corrections(parsed, [reject_quote(parsed.id, s, e),
                                       add_quote(parsed, *content, cue, "سامي", "indirect", "named")])
    assert [q.quote for q in fixed.quotes] == ["الخطة جاهزة", "الموعد ثابت"]
    added = fixed.quotes[1]
    assert (added.speaker, added.cue, added.sentence_index, added.rule, added.corrected) == \
        ("سامي", "وذكر", 2, "human", True)
    assert TEXT[added.start:added.end] == added.quote and TEXT[added.cue_start:added.cue_end] == "وذكر"


def test_an_added_quote_replaces_the_machine_quote_on_the_same_words(parsed):
    s, e = span(TEXT, "الخطة جاهزة")
    fixed = apply_corrections(parsed, [add_quote(parsed, s - 3, e, (0, 3), "خالد سالم", "direct")])
    assert len(fixed.quotes) == 2 and fixed.quotes[0].quote == "إن الخطة جاهزة" and fixed.quotes[0].type == "direct"


def test_a_correction_follows_its_quote_when_a_new_parse_moves_the_span_a_little(parsed):
    s, e = span(TEXT, "الخطة جاهزة")
    correction = set_speaker(parsed.id, s, e, "سالم")
    reparsed = Article(text=TEXT, title=None, sentences=parsed.sentences, entities=(),
                       quotes=(Quote("?", "", "قال", "indirect", TEXT[s:e - 1], s, e - 1, 0),))
    result = apply(reparsed, [correction])
    assert result.article.quotes[0].speaker == "سالم" and result.unmatched == ()


def test_a_correction_that_matches_nothing_is_reported_not_lost(parsed):
    s, e = span(TEXT, "الموعد ثابت")   # no quote there
    stray = set_type(parsed.id, s, e, "direct")
    other = set_type("another-article", s, e, "direct")
    result = apply(parsed, [stray, other])
    assert result.unmatched == (stray,)
    assert result.article.quotes == parsed.quotes


def test_label_fix_relabels_every_mention_of_the_entity_and_not_an_entity_removes_it(parsed):
    cairo, egypt = span(TEXT, "القاهرة"), span(TEXT, "مصر")
    fixed = apply_corrections(parsed, [set_label(parsed.id, *cairo, "LOC"), set_label(parsed.id, *egypt, NOT_AN_ENTITY)])
    assert [(e.text, e.label, e.corrected) for e in fixed.entities] == \
        [("خالد سالم", "PER", False), ("القاهرة", "LOC", True)]


def test_an_added_entity_takes_the_place_of_the_mentions_it_overlaps(parsed):
    s, e = span(TEXT, "الوزير خالد سالم")
    fixed = apply_corrections(parsed, [add_entity(parsed, s + len("الوزير "), e, "PER", "خالد سالم"),
                                       add_entity(parsed, *span(TEXT, "الوزارة"), "ORG")])
    assert [(x.text, x.canonical, x.label, x.corrected) for x in fixed.entities] == [
        ("خالد سالم", "خالد سالم", "PER", True), ("الوزارة", "الوزارة", "ORG", True),
        ("القاهرة", "القاهرة", "PER", False), ("مصر", "مصر", "LOC", False)]
    with pytest.raises(CorrectionError, match="not PERSON"):
        add_entity(parsed, s, e, "PERSON")


def test_merge_and_rename_apply_to_every_article_by_speaker_key(parsed):
    merged = apply_corrections(parsed, [merge_speakers(["الوزارة"], "وزارة المالية")])
    assert [q.speaker for q in merged.quotes] == ["خالد سالم", "وزارة المالية"]
    assert merged.quotes[1].corrected and not merged.quotes[0].corrected
    renamed = apply_corrections(parsed, [rename_speaker(["خالد سالم"], "خالد أحمد سالم")])
    assert renamed.quotes[0].speaker == "خالد أحمد سالم"


def test_merges_chain_and_a_split_undoes_one_member():
    chain = [merge_speakers(["أ ب"], "ج د"), merge_speakers(["ج د"], "هـ و")]
    assert speaker_names(chain) == {"ا ب": "هـ و", "ج د": "هـ و"}
    assert speaker_names(chain + [split_speaker("أ ب")]) == {"ج د": "هـ و"}


def test_a_set_speaker_then_a_merge_of_that_name_shows_the_merged_name(parsed):
    s, e = span(TEXT, "التنفيذ يبدأ غدا")
    fixed = apply_corrections(parsed, [set_speaker(parsed.id, s, e, "الوزارة"),
                                       merge_speakers(["الوزارة"], "وزارة المالية")])
    assert fixed.quotes[1].speaker == "وزارة المالية"


@pytest.mark.parametrize("make, message", [
    (lambda a: set_speaker(a.id, 5, 9, "  "), "the speaker is empty"),
    (lambda a: set_type(a.id, 5, 9, "rumour"), "not rumour"),
    (lambda a: set_label(a.id, 5, 9, "PERSON"), "not PERSON"),
    (lambda a: set_type(a.id, 9, 9, "direct"), "empty"),
    (lambda a: add_quote(a, 10, 5, (-1, -1), "سالم"), "mark the words"),
    (lambda a: add_quote(a, 4, 20, (10, 12), "سالم"), "outside the quote"),
    (lambda a: merge_speakers(["سالم"], "سالم"), "other than"),
])
def test_bad_corrections_say_what_is_wrong(parsed, make, message):
    with pytest.raises(CorrectionError, match=message):
        make(parsed)
