"""The parsed article: immutable text plus spans that point into it by offsets."""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field

from .sentences import Sentence

LABELS = ("PER", "ORG", "LOC", "MISC")
QUOTE_TYPES = ("direct", "indirect", "mixed")


@dataclass(frozen=True)
class EntitySpan:
    """What a recogniser finds: a labelled character span."""
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class Entity:
    text: str
    canonical: str
    label: str
    start: int
    end: int
    sentence_index: int
    corrected: bool = False  # a human changed its label (qawl.corrections)


@dataclass(frozen=True)
class Quote:
    speaker: str            # canonical speaker (fullest name in the article)
    speaker_mention: str    # words at the cue; "" for a pronoun or elided subject
    cue: str                # speech word as written; "" when none
    type: str               # direct | indirect | mixed
    quote: str              # == text[start:end]
    start: int
    end: int
    sentence_index: int
    speaker_kind: str = ""  # named | title | pronoun | organisation | unnamed | group
    cue_start: int = -1
    cue_end: int = -1
    speaker_start: int = -1  # offsets of speaker_mention (-1 when empty)
    speaker_end: int = -1
    speaker_aliases: tuple[str, ...] = ()
    speaker_role: str = ""
    rule: str = ""
    confidence: float = 0.0
    corrected: bool = False  # a human set its speaker or type, or added it (qawl.corrections)


ORIGINS = ("default", "file", "upload", "paste", "url", "import")


@dataclass(frozen=True)
class ArticleMeta:
    """What is known about an article besides its text: where it was published and where
    it came from. `date` is ISO 8601 (YYYY-MM-DD, or with a time); None when unknown."""
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    author: str | None = None
    origin: str = "file"    # one of ORIGINS
    source: str = ""        # file name, "archive.zip:2015-07-21.json#17", URL, "pasted text"


def article_id(text: str) -> str:
    """Stable id from the text: the same text always gets the same id."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Article:
    text: str
    title: str | None
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    quotes: tuple[Quote, ...]
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", article_id(self.text))

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start:s.end]

    def to_json(self) -> dict:
        """The `qawl parse --json` shape."""
        return {
            "id": self.id,
            "title": self.title,
            "text": self.text,
            "sentences": [{"index": s.index, "start": s.start, "end": s.end, "paragraph": s.paragraph}
                          for s in self.sentences],
            "entities": [asdict(e) for e in self.entities],
            "quotes": [{**asdict(q), "speaker_aliases": list(q.speaker_aliases)} for q in self.quotes],
        }

    @classmethod
    def from_json(cls, data: dict) -> "Article":
        return cls(
            id=data["id"], title=data.get("title"), text=data["text"],
            sentences=tuple(Sentence(s["index"], s["start"], s["end"], s.get("paragraph", 0))
                            for s in data["sentences"]),
            entities=tuple(Entity(**e) for e in data["entities"]),
            quotes=tuple(Quote(**{**q, "speaker_aliases": tuple(q.get("speaker_aliases", ()))})
                         for q in data["quotes"]),
        )
