"""One speaker across articles: `merge_speakers` maps every speaker name to the key of its
identity in near-linear time. Each key is indexed under the word runs it contains, so a
shorter name finds the longer keys that hold it («كيري» → «جون كيري») without comparing
every name with every other."""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable

from ..normalise import normalise
from .plausible import UNKNOWN_SPEAKER
from .speakers import HONORIFICS, REGIMES, key, speaker_key

MAX_HOLDERS = 50  # a run held by more keys than this (a common first name) joins none of them
MAX_KEY_WORDS = 8  # longer keys are descriptions, indexed by nothing
DOMINANCE = 3  # a surname joins the identity quoted this many times more than all its other holders together
LINEAGE = {normalise(w) for w in ("بن", "بنت", "ابن")}
BODIES = {key(w) for w in REGIMES}  # «مكتب الرئيس X»، «إدارة X»: the body a person runs, not the person


def _runs(words: tuple[str, ...]) -> Iterable[tuple[tuple[str, ...], bool]]:
    """Every shorter contiguous run of words, with whether it opens the key; a run after
    بن/بنت is a father's name («سلطان بن سلمان» is not سلمان), and a run after a body's word
    names whom the body belongs to («مكتب الرئيس الفرنسي X» is not X), so they are left out."""
    n = len(words)
    body = next((k for k, w in enumerate(words) if w in BODIES), n)
    for a in range(n):
        if a and words[a - 1] in LINEAGE or a > body:
            continue
        for b in range(a + 1, n + 1):
            if b - a < n:
                yield words[a:b], a == 0


def _after_honorific(name: str) -> bool:
    """«الملك سلمان»، «الشيخ محمد»: a lone name after an honorific is a first name."""
    words = key(name).split()
    return len(words) >= 2 and words[0] in HONORIFICS


def merge_speakers(names: Iterable[str]) -> dict[str, str]:
    """Map each speaker name (from any number of articles) to one key per person: its
    `speaker_key`, or the identity of the longer keys that contain it when they all lead
    to one («بايدن» → «جو بايدن» unless another stored speaker ends in بايدن) or one of them
    dominates by the number of quotes (names are counted as often as they are given). A name after
    an honorific joins only keys that open with it (الملك سلمان → سلمان بن عبدالعزيز, not
    محمد بن سلمان). `UNKNOWN_SPEAKER` joins nothing."""
    names = list(names)
    keys = {n: speaker_key(n) for n in set(names) if n != UNKNOWN_SPEAKER}
    quoted = Counter(tuple(keys[n].split()) for n in names if n in keys)
    distinct = {tuple(k.split()) for k in keys.values() if k}
    holders: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    openers: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for words in distinct:
        if len(words) <= MAX_KEY_WORDS:
            for run, opens in _runs(words):
                if run not in distinct:
                    continue  # only runs that are themselves names are ever looked up
                for index in (holders, openers) if opens else (holders,):
                    if len(index[run]) <= MAX_HOLDERS:
                        index[run].append(words)
    target: dict[tuple[str, ...], tuple[str, ...]] = {}
    first_name_target: dict[tuple[str, ...], tuple[str, ...]] = {}
    for words in sorted(distinct, key=len, reverse=True):  # longer keys are settled first
        target[words] = _identity(words, holders, target, quoted)
        first_name_target[words] = _identity(words, openers, target, quoted)
    out = {n: UNKNOWN_SPEAKER for n in names if n == UNKNOWN_SPEAKER}
    for name, k in keys.items():
        words = tuple(k.split())
        chosen = first_name_target if _after_honorific(name) else target
        out[name] = " ".join(chosen.get(words, words))
    return out


def _identity(words: tuple[str, ...], index: dict, target: dict, quoted: Counter) -> tuple[str, ...]:
    """The identity the longer keys holding `words` lead to: the only one, or the one quoted
    `DOMINANCE` times more than the others together (باراك أوباما, not سارة أوباما); else `words`."""
    holding = index.get(words, ())
    if not holding or len(holding) > MAX_HOLDERS:
        return words
    found: Counter = Counter()
    for h in holding:
        found[target[h]] += quoted[h] or 1
    if len(found) == 1:
        return next(iter(found))
    (top, n), *rest = found.most_common()
    return top if n >= DOMINANCE * sum(k for _, k in rest) else words
