"""A learned ranker over the candidate speakers of a quote, run after the rules.

For each quote the candidates are the rules' speaker, the persons, bodies and places the entity
layer finds in the quote's sentence and the `WINDOW` sentences before it, and the speakers of the
article's earlier quotes; names that contain one another are one candidate. Each candidate is
described by structure only (no word identities): whether the rules chose it and by which rule
family, its entity label, where its nearest mention stands from the cue and the quote, whether a
preposition governs it, whether it is quoted already. A conditional logit (weights in
`resources/speaker_ranker.json`, rebuilt by scripts/train_speaker_ranker.py) scores them, and
`rank_speakers` gives a quote whose rules found no plausible speaker its best candidate when
that one is probable enough (`fallback` in the weights file)."""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from ..doc import Entity, Quote
from ..normalise import normalise
from ..sentences import Sentence
from .cues import cue_of
from .plausible import UNKNOWN_SPEAKER, feminine_name

WEIGHTS = Path(__file__).resolve().parent.parent / "resources" / "speaker_ranker.json"
WINDOW = 3  # sentences before the quote's own whose entities are candidates
LABELS = ("PER", "ORG", "LOC")
KINDS = {"PER": "named", "ORG": "organisation", "LOC": "organisation"}
CLITICS = ("وبال", "وال", "بال", "لل", "ال", "وب", "ول", "و", "ب", "ل")
PREPOSITIONS = {normalise(w) for w in ("مع", "عن", "إلى", "الى", "على", "في", "من", "ضد", "بين", "لدى", "حول",
                                       "وبين", "ومع", "بحق", "تجاه", "أمام", "عند", "لـ", "بـ")}
WORD = re.compile(r"\w+")
DISTANCE_BINS = (2, 5, 12, 30)  # words between the anchor and a mention


@dataclass
class Candidate:
    """One would-be speaker of a quote: its name, how it was proposed, and its features."""
    name: str
    kind: str = ""
    label: str = ""
    rule: bool = False
    earlier: int = 0  # earlier quotes given to it
    previous: bool = False  # the previous quote's speaker
    mentions: list[Entity] = field(default_factory=list)


def nameable(c: Candidate) -> bool:
    """Whether the fallback may name `c`: a person or an earlier quote's speaker (read on the
    archive, bodies and places the entity layer finds near a quote the rules left without a
    speaker were almost never its speaker)."""
    return c.label == "PER" or c.earlier > 0


def _variants(tok: str) -> set[str]:
    return {tok} | {tok[len(c):] for c in CLITICS if tok.startswith(c) and len(tok) - len(c) >= 2}


@lru_cache(maxsize=20_000)
def _tokens(name: str) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(_variants(t)) for t in WORD.findall(normalise(name).replace("ـ", "")))


def _contains(big: tuple, small: tuple) -> bool:
    if not small or len(small) > len(big):
        return False
    return any(all(big[i + j] & small[j] for j in range(len(small))) for i in range(len(big) - len(small) + 1))


def same_speaker(a: str, b: str) -> bool:
    """Whether two names are one speaker: one holds the other, word by word, clitics aside."""
    ta, tb = _tokens(a), _tokens(b)
    return _contains(ta, tb) or _contains(tb, ta)


def _family(rule: str) -> str:
    return re.split(r"[+:]", rule, maxsplit=1)[0] or "none"


def candidates(i: int, quotes: Sequence[Quote], entities: Sequence[Entity], rule: bool = True) -> list[Candidate]:
    """The candidate speakers of quote `i` of the article: its rules' speaker first when it has one
    (and `rule`), then earlier quotes' speakers and the entities named around it."""
    q = quotes[i]
    out: list[Candidate] = []

    def add(name: str) -> Candidate:
        for c in out:
            if same_speaker(c.name, name):
                return c
        out.append(Candidate(name))
        return out[-1]

    if rule and q.speaker and q.speaker != UNKNOWN_SPEAKER:
        c = add(q.speaker)
        c.rule, c.kind = True, q.speaker_kind
    for j in range(i - 1, -1, -1):
        p = quotes[j]
        if p.speaker and p.speaker != UNKNOWN_SPEAKER and p.speaker_kind != "unknown":
            c = add(p.speaker)
            c.kind = c.kind or p.speaker_kind
            c.earlier += 1
            c.previous = c.previous or j == i - 1
    for e in entities:
        if e.label in LABELS and q.sentence_index - WINDOW <= e.sentence_index <= q.sentence_index:
            c = add(e.canonical or e.text)
            c.label = c.label or e.label
            c.kind = c.kind or KINDS[e.label]
    for c in out:
        c.mentions = [e for e in entities if e.label in LABELS and same_speaker(e.canonical or e.text, c.name)]
    return out


def _bin(prefix: str, n: int) -> str:
    return f"{prefix}{next((b for b in DISTANCE_BINS if n <= b), 'far')}"


def _words_between(text: str, a: int, b: int) -> int:
    return len(WORD.findall(text[min(a, b):max(a, b)]))


def _governed(text: str, e: Entity) -> bool:
    """A preposition right before the mention, as a word or a clitic (لوزير، بالرئيس)."""
    before = text[max(0, e.start - 12):e.start]
    words = before.split()
    if before and not before[-1].isspace() and before[-1] in "لب":
        return True
    return bool(words) and before[-1].isspace() and normalise(words[-1]) in PREPOSITIONS


def _agreement(c: Candidate, q: Quote) -> dict[str, float]:
    """The cue's person (feminine, masculine, plural) with the candidate's label, and whether a
    person's first name agrees with a singular cue."""
    cue = cue_of(q.cue) if q.cue else None
    if cue is None or cue.plural is None:
        return {}
    person = "plural" if cue.plural else "feminine" if cue.feminine else "masculine"
    f = {f"cue_{person}_{c.label or 'none'}": 1.0}
    if c.label == "PER" and not cue.plural and (fem := feminine_name(c.name)) is not None:
        f["gender_agrees" if fem == cue.feminine else "gender_clashes"] = 1.0
    return f


def features(c: Candidate, q: Quote, quotes: Sequence[Quote], entities: Sequence[Entity], text: str,
             first_end: int) -> dict[str, float]:
    """The structural features of candidate `c` for quote `q`."""
    f: dict[str, float] = {}
    family = _family(q.rule)
    if c.rule:
        f["rule"] = 1.0
        f[f"rule_{family}"] = 1.0
        f[f"rule_kind_{q.speaker_kind or 'none'}"] = 1.0
        f["rule_pronoun_mention"] = float(not q.speaker_mention)
    f[f"label_{c.label or 'none'}"] = 1.0
    f[f"kind_{c.kind or 'none'}"] = 1.0
    if c.earlier:
        f["earlier"] = 1.0
        f["earlier_log"] = math.log1p(c.earlier)
    if c.previous:
        f["previous"] = 1.0
        f["previous_no_cue"] = float(q.cue_start < 0)
    f.update(_agreement(c, q))
    f["mentions_log"] = math.log1p(len(c.mentions))
    if any(e.start < first_end for e in c.mentions):
        f["in_first_sentence"] = 1.0
    anchor = q.cue_start if q.cue_start >= 0 else q.start
    outside = [e for e in c.mentions if not (q.start <= e.start < q.end)]
    if len(outside) < len(c.mentions):
        f["in_quote"] = 1.0
    near = [e for e in outside if e.sentence_index <= q.sentence_index and e.sentence_index >= q.sentence_index - WINDOW]
    if not near:
        f["no_near_mention"] = 1.0
        return f
    e = min(near, key=lambda e: abs(e.start - anchor))
    f[f"sentence_{q.sentence_index - e.sentence_index}"] = 1.0
    f["before_quote" if e.start < q.start else "after_quote"] = 1.0
    f["before_anchor" if e.start < anchor else "after_anchor"] = 1.0
    words = _words_between(text, e.end if e.start < anchor else e.start, anchor if e.start < anchor else
                           (q.cue_end if q.cue_end >= 0 else anchor))
    f[_bin("distance_", words)] = 1.0
    if q.cue_start >= 0 and words <= 1:
        f["next_to_cue_after" if e.start >= anchor else "next_to_cue_before"] = 1.0
    if not any(o.label in LABELS and o.sentence_index == e.sentence_index and o.start < e.start for o in entities):
        f["first_in_sentence"] = 1.0
    if _governed(text, e):
        f["governed"] = 1.0
    if any(o is not q and o.start <= e.start < o.end for o in quotes):
        f["in_other_quote"] = 1.0
    return f


def abstention(q: Quote, quotes: Sequence[Quote], entities: Sequence[Entity], n_candidates: int) -> dict[str, float]:
    """The features of the candidate «none of them» (the quote keeps no speaker): the quote's
    rule family and cue, how many candidates and persons surround it, whether quotes came before."""
    f = {"none": 1.0, f"none_{_family(q.rule)}": 1.0, "none_candidates_log": math.log1p(n_candidates)}
    cue = cue_of(q.cue) if q.cue else None
    person = "no_cue" if cue is None else "plural" if cue.plural else "feminine" if cue.feminine else "masculine"
    f[f"none_cue_{person}"] = 1.0
    persons = sum(e.label == "PER" and q.sentence_index - WINDOW <= e.sentence_index <= q.sentence_index
                  for e in entities)
    f["none_persons_log"] = math.log1p(persons)
    if not any(o.start < q.start and o.speaker_kind != "unknown" for o in quotes):
        f["none_first_quote"] = 1.0
    return f


@lru_cache(maxsize=1)
def load_model(path: Path = WEIGHTS) -> dict:
    """The shipped weights: {"weights": {feature: w}, "fallback": threshold, ...}."""
    return json.loads(path.read_text(encoding="utf-8"))


def score(feats: Sequence[dict[str, float]], weights: dict[str, float]) -> list[float]:
    """The candidates' probabilities under the conditional logit."""
    z = [sum(weights.get(k, 0.0) * v for k, v in f.items()) for f in feats]
    top = max(z, default=0.0)
    ex = [math.exp(v - top) for v in z]
    total = sum(ex)
    return [v / total for v in ex]


def best_candidate(i: int, quotes: Sequence[Quote], entities: Sequence[Entity], text: str,
                   first_end: int, weights: dict[str, float]) -> tuple[Candidate, float] | None:
    """The most probable candidate speaker of quote `i` and its probability; None when there is
    no candidate or «none of them» is the most probable."""
    q = quotes[i]
    cands = candidates(i, quotes, entities, rule=False)
    if not cands:
        return None
    probs = score([abstention(q, quotes, entities, len(cands))]
                  + [features(c, q, quotes, entities, text, first_end) for c in cands], weights)
    k = max(range(len(probs)), key=probs.__getitem__)
    return (cands[k - 1], probs[k]) if k else None


def rank_speakers(quotes: list[Quote], entities: Sequence[Entity], text: str,
                  sentences: Sequence[Sentence]) -> list[Quote]:
    """The quotes, each unknown speaker replaced by the ranker's best candidate when its
    probability reaches the model's fallback threshold (rule marked «+ranked»)."""
    if not any(q.speaker_kind == "unknown" for q in quotes):
        return quotes
    model = load_model()
    first_end = sentences[0].end if sentences else len(text)
    out = list(quotes)
    for i, q in enumerate(quotes):
        if q.speaker_kind != "unknown":
            continue
        best = best_candidate(i, out, entities, text, first_end, model["weights"])
        if best is not None and best[1] >= model["fallback"] and nameable(best[0]):
            c, p = best
            out[i] = replace(q, speaker=c.name, speaker_kind=c.kind or "named", speaker_mention="",
                             speaker_start=-1, speaker_end=-1, speaker_aliases=(), speaker_role="",
                             rule=f"{q.rule}+ranked", confidence=round(q.confidence * p, 2))
    return out

