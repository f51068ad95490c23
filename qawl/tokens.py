"""Word tokens with character offsets into the original text."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from .normalise import normalise, split_proclitics

# A word: letters, digits, diacritics, tatweel, and internal apostrophes or hyphens.
WORD = re.compile(r"[^\W_](?:[\w\u0610-\u061A\u064B-\u065F\u0670\u0640]|['\-](?=\w))*", re.UNICODE)
TOKEN = re.compile(WORD.pattern + r"|[^\s\w]", re.UNICODE)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @cached_property
    def norm(self) -> str:
        return normalise(self.text)

    @cached_property
    def stem(self) -> str:
        """Normalised form without proclitics."""
        return split_proclitics(self.norm)[1]

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens (words and single punctuation marks) of text[start:end], offsets into text."""
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, start, len(text) if end is None else end)]


def words(text: str) -> list[Token]:
    """Word tokens only."""
    return [Token(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]


def particle_length(word: str) -> int:
    """Characters of `word` taken by leading particles (و ف ب ك ل, not the article):
    2 for وبايدن, 1 for والكرملين, 0 for الكرملين or وزير."""
    prefix, _ = split_proclitics(normalise(word))
    if prefix.endswith("ال") or prefix.endswith("لل"):
        prefix = prefix[:-2]
    letters, i = 0, 0
    while letters < len(prefix) and i < len(word):
        if normalise(word[i]):
            letters += 1
        i += 1
    while i < len(word) and not normalise(word[i]):  # diacritics on the last particle
        i += 1
    return i
