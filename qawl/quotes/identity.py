"""One speaker across articles: `merge_speakers` maps every speaker name to the key of its
identity in near-linear time. Each key is indexed under the word runs it contains, so a
shorter name finds the longer keys that hold it («كيري» → «جون كيري») without comparing
every name with every other."""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from .plausible import UNKNOWN_SPEAKER
from .speakers import HONORIFICS, key, speaker_key

MAX_HOLDERS = 50  # a run held by more keys than this (a common first name) joins none of them
MAX_KEY_WORDS = 8  # longer keys are descriptions, indexed by nothing


def _runs(words: tuple[str, ...]) -> Iterable[tuple[tuple[str, ...], bool]]:
    """Every shorter contiguous run of words, with whether it opens the key."""
    n = len(words)
    for a in range(n):
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
    to one («بايدن» → «جو بايدن» unless another stored speaker ends in بايدن). A name after
    an honorific joins only keys that open with it (الملك سلمان → سلمان بن عبدالعزيز, not
    محمد بن سلمان). `UNKNOWN_SPEAKER` joins nothing."""
    names = set(names)
    keys = {n: speaker_key(n) for n in names if n != UNKNOWN_SPEAKER}
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
        target[words] = _identity(words, holders, target)
        first_name_target[words] = _identity(words, openers, target)
    out = {n: UNKNOWN_SPEAKER for n in names if n == UNKNOWN_SPEAKER}
    for name, k in keys.items():
        words = tuple(k.split())
        chosen = first_name_target if _after_honorific(name) else target
        out[name] = " ".join(chosen.get(words, words))
    return out


def _identity(words: tuple[str, ...], index: dict, target: dict) -> tuple[str, ...]:
    """The one identity every longer key holding `words` leads to, else `words` itself."""
    holding = index.get(words, ())
    if not holding or len(holding) > MAX_HOLDERS:
        return words
    found = {target[h] for h in holding}
    return found.pop() if len(found) == 1 else words
