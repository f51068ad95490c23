"""Named-entity recognition behind one small interface.

A recogniser is any callable `(text, sentences) -> list[EntitySpan]` returning labelled
character spans (PER / ORG / LOC / MISC) into `text`. `load_recognizer()` returns the
shipped trained model."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Protocol, Sequence

from ..doc import EntitySpan
from ..sentences import Sentence


class Recognizer(Protocol):
    def __call__(self, text: str, sentences: Sequence[Sentence]) -> list[EntitySpan]: ...


DEFAULT_MODEL = Path(__file__).resolve().parent.parent.parent / "data" / "ner" / "model.crfsuite"


@lru_cache(maxsize=1)
def load_recognizer() -> Recognizer:
    """The shipped NER model (data/ner/model.crfsuite), loaded once."""
    from .model import NerModel
    return NerModel(DEFAULT_MODEL)
