"""Named-entity recognition behind one small interface.

A recogniser is any callable `(text, sentences) -> list[EntitySpan]` returning labelled
character spans (PER / ORG / LOC / MISC) into `text`. `load_recognizer()` returns the
shipped trained model."""
from __future__ import annotations

from typing import Protocol, Sequence

from ..doc import EntitySpan
from ..sentences import Sentence


class Recognizer(Protocol):
    def __call__(self, text: str, sentences: Sequence[Sentence]) -> list[EntitySpan]: ...
