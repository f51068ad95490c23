"""The whole pipeline: text → sentences → entities → quotes → Article."""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from .doc import Article
from .entities import group_noun, resolve_entities
from .ner import Recognizer, load_recognizer
from .quotes import extract_quotes
from .sentences import split_sentences

PACKAGE = Path(__file__).resolve().parent
DATA = PACKAGE.parent / "data"
DEFAULT_ARTICLE = DATA / "default_article.txt"
# What a parse depends on (besides qawl/ner/, qawl/quotes/ and the data files).
PIPELINE_MODULES = ("doc", "entities", "normalise", "pipeline", "sentences", "tokens")
# The entities an article shows: persons, organisations and places, as the annotation
# guidelines define them. The model also tags ANERcorp's MISC (events, nationalities,
# products …), which the guidelines leave untagged: the quote rules still see those spans
# (an event's name is no speaker), the article does not list them; a reader can add one.
SHOWN_LABELS = frozenset({"PER", "ORG", "LOC"})


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """A fingerprint of the code and models: a stored parse made by another version is redone."""
    h = hashlib.sha1()
    modules = [PACKAGE / f"{name}.py" for name in PIPELINE_MODULES]
    packages = [p for name in ("ner", "quotes") for p in sorted((PACKAGE / name).rglob("*.py"))]
    for path in modules + packages + sorted((DATA / "ner").glob("*")) + [DATA / "wordfreq.tsv.gz"]:
        if path.is_file():
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:12]


def parse(text: str, title: str | None = None, recognizer: Recognizer | None = None) -> Article:
    """Parse an article. The text is kept exactly; every span points into it."""
    sentences = split_sentences(text)
    spans = (recognizer or load_recognizer())(text, sentences)
    entities = resolve_entities(text, spans, sentences)
    quotes = extract_quotes(text, sentences, entities)
    shown = tuple(e for e in entities if e.label in SHOWN_LABELS and not group_noun(e))
    return Article(text=text, title=title, sentences=tuple(sentences), entities=shown, quotes=tuple(quotes))
