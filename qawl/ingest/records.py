"""One archive record (a JSON object, a CSV row, a TREC document) to a Document.

Field names are matched case-insensitively, first match wins: SaudiNewsNet's
(`title`, `content`, `date_extracted`, `source`, `url`, `author`) and the common
alternatives. `source` in a record is the publisher (SaudiNewsNet's newspaper id); where
the article came from in our sense is its position in the archive."""
from __future__ import annotations

from typing import Mapping

from ..doc import ArticleMeta
from ..errors import IngestError
from .dates import iso_date
from .reader import Document, document

TEXT = ("content", "text", "body", "article", "story")
TITLE = ("title", "headline")
DATE = ("date", "published", "published_at", "pubdate", "date_published", "time",
        "datetime", "date_extracted")
OUTLET = ("outlet", "source", "publisher", "newspaper", "site", "sitename", "src")
URL = ("url", "link")
AUTHOR = ("author", "byline", "authors", "writer")


def column(names: list[str], wanted: tuple[str, ...]) -> str | None:
    """The first of `names` that is one of `wanted` (case-insensitive, in `wanted` order)."""
    lowered = {name.strip().lower(): name for name in names}
    return next((lowered[w] for w in wanted if w in lowered), None)


def _field(record: Mapping, wanted: tuple[str, ...]) -> str | None:
    key = column(list(record), wanted)
    value = record.get(key) if key is not None else None
    if isinstance(value, list):  # e.g. a list of authors
        value = ", ".join(str(v) for v in value if v)
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def from_record(shown: str, record: object) -> Document:
    """The article in one record; IngestError (naming `shown`) when it has no text."""
    if not isinstance(record, Mapping):
        raise IngestError(shown, f"expected an object with the article's fields, "
                                 f"found {type(record).__name__}")
    key = column(list(record), TEXT)
    text = record.get(key) if key is not None else None
    if not isinstance(text, str):
        raise IngestError(shown, "no article text (a field named one of: "
                                 f"{', '.join(TEXT)})")
    meta = ArticleMeta(title=_field(record, TITLE), outlet=_field(record, OUTLET),
                       date=iso_date(_field(record, DATE)), url=_field(record, URL),
                       author=_field(record, AUTHOR), origin="import")
    return document(shown, text, meta)
