"""Quotation extraction and speaker attribution behind one small interface:
`extract_quotes(text, sentences, entities) -> list[Quote]`, plus `speaker_key(name)`
for merging one speaker across articles.

Modules: cues (speech verbs, participles, statement nouns), marks (tokens and
quotation-mark segments), content (where reported content starts and ends, its type),
speakers (subject phrases, kinds, titles), engine (the rules put together)."""
from __future__ import annotations

from typing import Sequence

from ..doc import Entity, Quote
from ..sentences import Sentence
from .engine import extract
from .speakers import speaker_key

__all__ = ["extract_quotes", "speaker_key"]


def extract_quotes(text: str, sentences: Sequence[Sentence], entities: Sequence[Entity]) -> list[Quote]:
    """Every attributed statement of the article, in text order, with offsets into `text`."""
    return extract(text, sentences, entities)
