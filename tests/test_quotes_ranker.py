"""The speaker ranker: its candidates for an elided subject and its choice among them
(texts written for these tests)."""
from __future__ import annotations

from qawl.quotes import ranker
from qawl.quotes.engine import extract
from qawl.sentences import split_sentences

from test_quotes_speakers import entities_of

TEXT = ("وقال الوزير سامي الحربي إن الوضع جيد.\n"
        "واستقبل السفير خالد العلي الوفد في مكتبه.\n"
        "وأضاف أن الزيارة ناجحة.")
NAMES = {"سامي الحربي": "PER", "خالد العلي": "PER"}


def recorded(text: str, names: dict[str, str]) -> list[list[ranker.Candidate]]:
    """The ranker's candidates at each elided subject the rules resolve by their fallback."""
    seen = []

    def record(res, art, before, feminine, plural):
        seen.append(ranker.candidates(res, art, before, feminine, plural))
        return res.last(before, feminine, plural)

    extract(text, split_sentences(text), entities_of(text, names), choose=record)
    return seen


def test_candidates_are_earlier_speakers_and_persons_just_named():
    [cands] = recorded(TEXT, NAMES)
    by_name = {c.speaker.name: c.features for c in cands}
    assert set(by_name) == {"سامي الحربي", "خالد العلي"}
    assert by_name["خالد العلي"]["entity"] == 1 and by_name["خالد العلي"]["recent"] == 1
    assert by_name["خالد العلي"]["previous_sentence"] == 1
    assert by_name["سامي الحربي"]["history"] == 1 and by_name["سامي الحربي"]["quote"] == 1
    assert by_name["سامي الحربي"]["rule_choice"] == 1 and by_name["خالد العلي"]["rule_choice"] == 0


def test_best_follows_the_weights():
    [cands] = recorded(TEXT, NAMES)
    assert ranker.best(cands, {"rule_choice": 1.0}).name == "سامي الحربي"
    assert ranker.best(cands, {"entity": 1.0}).name == "خالد العلي"
    assert ranker.best([], {"rule_choice": 1.0}) is None


def test_only_candidates_that_agree_with_the_verb():
    text = ("وقالت الوزيرة ريم داود إن الجسر آمن.\n"
            "وقال المهندس حسن فارس إن الطريق مفتوح.\n"
            "واستقبلت الوفد في مكتبها.\n"
            "وأضافت أن الافتتاح قريب.")
    cands = recorded(text, {"ريم داود": "PER", "حسن فارس": "PER"})[-1]
    assert [c.speaker.name for c in cands] == ["ريم داود"]
