"""Quotation extraction and speaker attribution behind one small interface:
`extract_quotes(text, sentences, entities) -> list[Quote]`, plus `speaker_key(name)` and
`merge_speakers(names)` for treating one speaker as one across stored articles.

Modules: cues (speech verbs, participles, statement nouns, generated in all
inflections), marks (tokens and quotation-mark segments), content (where reported
content starts and ends, and its type), speakers (subject noun phrases, titles, kinds,
`speaker_key`), context (one article's tokens, entities and cue triggers), subjects
(subject–verb order, relative clauses, «نقل X عن Y»), resolve (titles, sources and
pronouns to earlier speakers; fullest names), and the engine's stages: reports (cues and
their triggers), candidates (the overt speaker phrase), attribution and elided (the speaker,
overt or elided), reported (the content), emit (quotes out); engine puts them together.

Each Quote records the rule that produced it (`rule`, e.g. "verb+comp:indirect",
"participle+mark:direct", "continuation:direct", "paragraph:direct") and a confidence."""
from __future__ import annotations

from typing import Sequence

from ..doc import Entity, Quote
from ..sentences import Sentence
from .engine import extract
from .plausible import UNKNOWN_SPEAKER, plausible_speaker
from .identity import merge_speakers
from .speakers import speaker_key

__all__ = ["UNKNOWN_SPEAKER", "extract_quotes", "merge_speakers", "plausible_speaker", "speaker_key"]


def extract_quotes(text: str, sentences: Sequence[Sentence], entities: Sequence[Entity]) -> list[Quote]:
    """Every attributed statement of the article, in text order, with offsets into `text`."""
    return extract(text, sentences, entities)
