"""Word tokens with character offsets into the original text."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Container

from .normalise import normalise, split_proclitics, word_frequencies

# A word: letters, digits, diacritics, tatweel, and internal apostrophes or hyphens.
WORD = re.compile(r"[^\W_](?:[\w\u0610-\u061A\u064B-\u065F\u0670\u0640]|['\-](?=\w))*", re.UNICODE)
KNOWN_WORD = 20  # occurrences in the frequency table that make a word "known"
KNOWN_NAME = 10  # occurrences of a word in ف, whole, that make it a name (فيصل) rather than ف + word
ARTICLE_AFTER_PARTICLE = ("بال", "وال", "فال", "كال", "لل")   # the article after a particle, normalised
PARTICLE_RUNS = ("وب", "وك", "ول", "فب", "فك", "فل", "و", "ف", "ب", "ك", "ل")  # longest first
TOKEN = re.compile(WORD.pattern + r"|[^\s\w]", re.UNICODE)


@dataclass(frozen=True, init=False)
class Token:
    text: str
    start: int
    end: int

    def __init__(self, text: str, start: int, end: int) -> None:
        # A parse makes thousands of tokens: the frozen dataclass's own __init__ (one
        # object.__setattr__ per field) took 5 times as long.
        self.__dict__.update(text=text, start=start, end=end)

    @property
    def norm(self) -> str:
        return normalise(self.text)   # cached per spelling

    @property
    def stem(self) -> str:
        """Normalised form without proclitics."""
        return split_proclitics(self.norm)[1]   # cached per spelling

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens (words and single punctuation marks) of text[start:end], offsets into text."""
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, start, len(text) if end is None else end)]


def words(text: str) -> list[Token]:
    """Word tokens only."""
    return [Token(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]


LATIN_BEHIND_PARTICLES = re.compile("[وفبكل]{1,3}ـ*(?=[A-Za-z])")


def particle_length(word: str, seen: Container[str] | None = None) -> int:
    """Characters of `word` taken by leading particles (و ف ب ك ل, not the article):
    2 for وبايدن, 1 for والكرملين, 0 for الكرملين or وزير.

    With `seen` (the normalised words of the document), particles are taken off a name
    when what remains is seen alone in the document (بموغيريني beside موغيريني), and
    otherwise only when it is a known word or follows a bare و: فيديريكا and بريتش keep
    their first letter. Particles before a name in Latin letters always come off («لـCNN»)."""
    latin = LATIN_BEHIND_PARTICLES.match(word)
    if latin:
        return latin.end()
    norm = normalise(word)
    prefix, _ = split_proclitics(norm)
    if seen is not None and prefix == "ف" and word_frequencies().get(norm, 0) >= KNOWN_NAME:
        return 0  # فيصل، فراس، فادي: names open with ف far more often than ف (so, then) precedes one
    if prefix.endswith("ال") or prefix.endswith("لل"):
        prefix = prefix[:-2]
    if seen is not None:
        shown = [p for p in PARTICLE_RUNS if norm.startswith(p) and norm[len(p):] in seen]
        if shown:
            prefix = shown[0]
        frequencies = word_frequencies()
        while prefix and not (prefix == "و" or norm[len(prefix):] in seen
                              or frequencies.get(norm[len(prefix):], 0) >= KNOWN_WORD):
            prefix = prefix[:-1]
        if prefix.endswith("ك") and frequencies.get(norm[len(prefix) - 1:], 0) >= KNOWN_WORD:
            prefix = prefix[:-1]  # كـ "like" rarely precedes a name: كيري stays whole beside يري
    letters, i = 0, 0
    while letters < len(prefix) and i < len(word):
        if normalise(word[i]):
            letters += 1
        i += 1
    while i < len(word) and not normalise(word[i]):  # diacritics on the last particle
        i += 1
    return i
