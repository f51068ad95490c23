"""The speaker ranker's candidates and structural features (qawl/quotes/ranker.py), on an
article written for the test."""
from qawl.doc import Entity, Quote
from qawl.quotes import UNKNOWN_SPEAKER
from qawl.quotes.ranker import abstention, candidates, features, nameable, same_speaker
from qawl.sentences import split_sentences

TEXT = ("قال الوزير سامي الخالدي إن الخطة جاهزة. "
        "والتقى الخالدي مع كريم نادر في الرياض. "
        "وأضافت أن التنفيذ يبدأ غدا.")


def _entity(text: str, label: str) -> Entity:
    start = TEXT.index(text)
    sentences = split_sentences(TEXT)
    index = max(s.index for s in sentences if s.start <= start)
    return Entity(text, text, label, start, start + len(text), index)


ENTITIES = [_entity("سامي الخالدي", "PER"), _entity("كريم نادر", "PER"), _entity("الرياض", "LOC")]


def _quote(speaker: str, kind: str, cue: str, content: str, rule: str) -> Quote:
    start, cue_start = TEXT.index(content), TEXT.index(cue)
    index = max(s.index for s in split_sentences(TEXT) if s.start <= start)
    return Quote(speaker=speaker, speaker_mention="", cue=cue, type="indirect", quote=content, start=start,
                 end=start + len(content), sentence_index=index, speaker_kind=kind, cue_start=cue_start,
                 cue_end=cue_start + len(cue), rule=rule, confidence=0.8)


QUOTES = [_quote("سامي الخالدي", "named", "قال", "الخطة جاهزة", "verb+comp:indirect"),
          _quote(UNKNOWN_SPEAKER, "unknown", "وأضافت", "التنفيذ يبدأ غدا", "verb+comp:indirect")]


def test_names_that_hold_one_another_are_one_speaker_clitics_aside():
    assert same_speaker("الخالدي", "الوزير سامي الخالدي")
    assert same_speaker("والخالدي", "سامي الخالدي")
    assert not same_speaker("سامي الخالدي", "كريم نادر")


def test_the_candidates_are_earlier_speakers_and_the_names_around_the_quote_once_each():
    cands = candidates(1, QUOTES, ENTITIES)
    assert [c.name for c in cands] == ["سامي الخالدي", "كريم نادر", "الرياض"]
    first = cands[0]
    assert first.earlier == 1 and first.previous and first.label == "PER" and len(first.mentions) == 1
    assert not any(c.rule for c in cands)  # the rules gave no speaker
    assert [c.name for c in candidates(0, QUOTES, ENTITIES)][0] == "سامي الخالدي"
    assert candidates(0, QUOTES, ENTITIES)[0].rule


def test_features_are_structure_only():
    cands = candidates(1, QUOTES, ENTITIES)
    first_end = split_sentences(TEXT)[0].end
    speaker, object_, place = (features(c, QUOTES[1], QUOTES, ENTITIES, TEXT, first_end) for c in cands)
    assert speaker["previous"] == 1 and speaker["sentence_2"] == 1 and speaker["in_first_sentence"] == 1
    assert object_["governed"] == 1  # «مع كريم نادر»
    assert place["label_LOC"] == 1 and place["governed"] == 1  # «في الرياض»
    # a feminine verb after masculine first names would clash if the names lists know them
    assert "cue_feminine_PER" in speaker
    assert all(isinstance(v, float) for f in (speaker, object_, place) for v in f.values())
    assert not any(word in key for f in (speaker, object_, place) for key in f for word in ("الخالدي", "نادر"))


def test_the_none_candidate_and_who_the_fallback_may_name():
    none = abstention(QUOTES[1], QUOTES, ENTITIES, 3)
    assert none["none"] == 1 and none["none_verb"] == 1 and none["none_cue_feminine"] == 1
    cands = candidates(1, QUOTES, ENTITIES)
    assert [nameable(c) for c in cands] == [True, True, False]  # a place is never named by the fallback



def test_the_shipped_weights_load_and_rank_the_previous_speaker_first():
    from dataclasses import replace

    from qawl.quotes.ranker import best_candidate, load_model, rank_speakers

    model = load_model()
    assert 0 < model["fallback"] < 1 and all(k.isascii() for k in model["weights"])
    masculine = [QUOTES[0], replace(QUOTES[1], cue="وأضاف", cue_end=QUOTES[1].cue_end - 1)]
    best, p = best_candidate(1, masculine, ENTITIES, TEXT, split_sentences(TEXT)[0].end, model["weights"])
    assert best.name == "سامي الخالدي" and p > 0.5
    out = rank_speakers(masculine, ENTITIES, TEXT, split_sentences(TEXT))
    assert out[0] == masculine[0]
    assert out[1].speaker == ("سامي الخالدي" if p >= model["fallback"] else UNKNOWN_SPEAKER)
