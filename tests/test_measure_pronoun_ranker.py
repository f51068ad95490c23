"""The pronoun-ranker measurement script (scripts/measure_pronoun_ranker.py) on an article of our own:
its candidates and the article-level features it gives them."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import measure_pronoun_ranker as M  # noqa: E402

TEXT = ("قال الوزير سامي الخطيب إن الحكومة ستدعم المزارعين. "
        "والتقى الخطيب السفيرة مريم حداد في مكتبه. "
        "وأضاف أن الدعم سيبدأ الشهر المقبل.")


def _span(word: str, nth: int = 0) -> tuple[int, int]:
    at = -1
    for _ in range(nth + 1):
        at = TEXT.index(word, at + 1)
    return at, at + len(word)


def _entity(word: str, canonical: str, sentence: int, nth: int = 0) -> dict:
    start, end = _span(word, nth)
    return dict(text=word, canonical=canonical, label="PER", start=start, end=end, sentence_index=sentence)


def _quote(content: str, cue: str, speaker: str, mention: str, kind: str, sentence: int) -> dict:
    start, end = _span(content)
    cue_start, cue_end = _span(cue)
    return dict(speaker=speaker, speaker_mention=mention, cue=cue, quote=content, start=start, end=end,
                sentence_index=sentence, speaker_kind=kind, cue_start=cue_start, cue_end=cue_end,
                rule="verb+comp:indirect")


def _doc() -> dict:
    ends = [TEXT.index(".", k) + 1 for k in (0, TEXT.index("والتقى"), TEXT.index("وأضاف"))]
    starts = [0, ends[0] + 1, ends[1] + 1]
    return dict(text=TEXT,
                sentences=[dict(index=k, start=s, end=e, paragraph=0) for k, (s, e) in enumerate(zip(starts, ends))],
                entities=[_entity("سامي الخطيب", "سامي الخطيب", 0), _entity("الخطيب", "سامي الخطيب", 1, 1),
                          _entity("مريم حداد", "مريم حداد", 1)],
                quotes=[_quote("الحكومة ستدعم المزارعين", "قال", "سامي الخطيب", "الوزير سامي الخطيب", "named", 0),
                        _quote("الدعم سيبدأ الشهر المقبل", "وأضاف", "سامي الخطيب", "", "pronoun", 2)])


def test_only_pronoun_subjects_are_selected():
    doc = _doc()
    assert [M.selected(q) for q in doc["quotes"]] == [False, True]


def test_candidates_merge_a_name_with_its_short_form():
    names = [c["name"] for c in M.candidates(_doc(), 1)]
    assert names == ["سامي الخطيب", "مريم حداد"]


def test_the_earlier_speaker_is_the_main_one_and_the_previous_reports_subject():
    doc = _doc()
    cands = M.candidates(doc, 1)
    f = M.features(doc, 1, cands[0], cands)
    assert f["rule"] == f["main_speaker"] == f["prev_quote"] == 1.0
    assert f["new_person_since"] == 1.0  # مريم حداد was named after his first quote


def test_a_woman_does_not_agree_with_a_masculine_cue():
    doc = _doc()
    cands = M.candidates(doc, 1)
    f = M.features(doc, 1, cands[1], cands)
    assert f.get("gender_clashes") == 1.0 and f["never_quoted"] == 1.0
    assert f["governed"] == 0.0 and "rule" not in f
