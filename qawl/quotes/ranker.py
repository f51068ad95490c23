"""A learned choice among the candidate speakers of an elided or pronoun subject.

The rules' fallback (`Resolver.last`) takes the most recent earlier speaker that agrees with
the verb. The ranker scores every candidate instead — earlier speakers and the persons named
in the cue's sentence and the one before — with a logistic model over the rules' own signals
(distance, sentence and paragraph boundaries, kind, gender and number agreement, salience,
the rules' choice) and takes the best. `scripts/train_speaker_ranker.py` fits the weights and
compares the two; the pipeline keeps the rules, which the ranker did not beat on unseen data."""
from __future__ import annotations

import bisect
import math
from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..sentences import sentence_at
from .context import Context
from .resolve import Resolver, Speaker, non_agentive
from .speakers import key

FEATURES = ("history", "entity", "recent", "rank", "distance", "same_sentence", "previous_sentence",
            "same_paragraph", "agrees", "disagrees", "number_disagrees", "quote", "named", "title",
            "organisation", "unnamed", "non_agentive", "mentions", "rule_choice")
KINDS = ("named", "title", "organisation", "unnamed")
ENTITY_SENTENCES = 1  # persons named this many sentences back (and in the cue's own) are candidates


@dataclass
class Candidate:
    speaker: Speaker
    features: dict[str, float]


def candidates(res: Resolver, art: Context, before: int, feminine: bool | None,
               plural: bool | None) -> list[Candidate]:
    """Every distinct earlier speaker and recently named person, most recent first; only those
    that agree with the verb in gender and number when there are any."""
    here = sentence_at(art.sentences, before)
    para = art.sentences[here].paragraph if art.sentences else 0
    rule = res.last(before, feminine, plural)
    seen: dict[str, Candidate] = {}
    counts: dict[str, int] = {}
    for sp, _, _, _ in res.history:
        counts[key(sp.name)] = counts.get(key(sp.name), 0) + 1
    found = [(pos, sent, sp, is_quote, True) for sp, pos, sent, is_quote in res.history if pos < before and sp.name]
    for e in reversed(art.entities[:bisect.bisect_left(art.ent_starts, before)]):
        sent = sentence_at(art.sentences, e.start)
        if here - sent > ENTITY_SENTENCES:
            break
        if e.label == "PER" and e.end <= before and key(e.canonical) not in counts:  # not an earlier speaker
            found.append((e.start, sent, Speaker(e.canonical, "", "named"), False, False))
    for rank, (pos, sent, sp, is_quote, in_history) in enumerate(sorted(found, key=lambda f: -f[0])):
        k = key(sp.name)
        if k in seen:
            continue
        f = dict.fromkeys(FEATURES, 0.0)
        f["history" if in_history else "entity"] = 1.0
        f["recent"] = float(not seen)
        f["rank"] = min(len(seen), 5) / 5
        f["distance"] = math.log1p(before - pos) / 8
        f["same_sentence"] = float(sent == here)
        f["previous_sentence"] = float(sent == here - 1)
        f["same_paragraph"] = float(art.sentences[sent].paragraph == para) if art.sentences else 1.0
        f["agrees"] = float(None not in (sp.feminine, feminine) and sp.feminine == feminine)
        f["disagrees"] = float(None not in (sp.feminine, feminine) and sp.feminine != feminine)
        f["number_disagrees"] = float(None not in (sp.plural, plural) and sp.plural != plural)
        f["quote"] = float(is_quote)
        if sp.kind in KINDS:
            f[sp.kind] = 1.0
        f["non_agentive"] = float(non_agentive(sp.name))
        f["mentions"] = math.log1p(counts.get(k, 0)) / 3
        f["rule_choice"] = float(rule is not None and key(rule.name) == k)
        seen[k] = Candidate(sp, f)
    agreeing = [c for c in seen.values() if not c.features["disagrees"] and not c.features["number_disagrees"]]
    return agreeing or list(seen.values())  # agreement is a constraint (وأضافت, وأضافوا), as for the rules


def best(cands: list[Candidate], weights: dict[str, float]) -> Speaker | None:
    """The highest-scoring candidate (None when there is none)."""
    if not cands:
        return None
    w = np.array([weights.get(name, 0.0) for name in FEATURES])
    x = np.array([[c.features[name] for name in FEATURES] for c in cands])
    return cands[int(np.argmax(x @ w))].speaker


Chooser = Callable[[Resolver, Context, int, "bool | None", "bool | None"], "Speaker | None"]


def ranked_choice(weights: dict[str, float]) -> Chooser:
    """A chooser for the engine: the ranker's best candidate."""
    def choose(res: Resolver, art: Context, before: int, feminine: bool | None,
               plural: bool | None) -> Speaker | None:
        return best(candidates(res, art, before, feminine, plural), weights)
    return choose
