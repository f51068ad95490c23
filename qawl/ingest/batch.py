"""Files, pasted text and web pages into the store, in this process (the dashboard and
small jobs; `qawl ingest` uses the same engine with a pool of processes). Each item
succeeds or fails on its own: a bad file is reported and the others still go in."""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Union

from ..doc import ArticleMeta
from ..errors import IngestError
from .archives import Item
from .bulk import Ingest, Outcome
from .reader import MAX_BYTES, MAX_LABEL, Document, clean_text
from .sources import iter_path, iter_upload

if TYPE_CHECKING:
    import pandas as pd

    from ..store import Store

Input = Union[str, os.PathLike, tuple[str, bytes]]
Report = Callable[[Outcome], None]
PASTED = "pasted text"


def _items(inputs: Iterable[Input]) -> Iterator[Item]:
    for item in inputs:
        yield from iter_upload(*item) if isinstance(item, tuple) else iter_path(item)


def ingest_items(items: Iterable[Item], store: Store, report: Report | None = None) -> list[Outcome]:
    """Store documents (parsed here); every item's outcome, in the order they were known."""
    outcomes: list[Outcome] = []

    def collect(outcome: Outcome) -> None:
        outcomes.append(outcome)
        if report:
            report(outcome)
    Ingest(store, collect).run(items)
    return outcomes


def ingest_files(inputs: Iterable[Input], store: Store, report: Report | None = None) -> list[Outcome]:
    """Read, parse and store files: paths, or (file name, bytes) as uploaded; archives
    (ZIP, JSON, CSV, TREC) give one outcome per article."""
    return ingest_items(_items(inputs), store, report)


def _one(item: Item, store: Store) -> Outcome:
    return ingest_items([item], store)[0]


def ingest_text(text: str, store: Store, title: str | None = None) -> Outcome:
    """Store pasted text, with the same checks as a file."""
    try:
        if len(text.encode("utf-8")) > MAX_BYTES:
            raise IngestError(PASTED, f"the text is larger than the {MAX_LABEL} limit")
        meta = ArticleMeta(title=(title or "").strip() or None, origin="paste", source=PASTED)
        item: Item = Document(clean_text(PASTED, text), meta)
    except IngestError as error:
        item = error
    return _one(item, store)


def ingest_url(url: str, store: Store, **limits) -> Outcome:
    """Fetch a web page, extract its article and store it."""
    from .url import read_url

    try:
        item: Item = read_url(url, **limits)
    except IngestError as error:
        item = error
    return _one(item, store)



RECENT_COLUMNS = ["id", "title", "outlet", "date", "source", "added_at"]


def recently_added(store: Store, limit: int = 20) -> pd.DataFrame:
    """The `limit` articles added last, newest first (an indexed query, whatever the
    size of the archive)."""
    import pandas as pd
    from sqlalchemy import select

    from ..store.schema import articles

    query = select(*(articles.c[name] for name in RECENT_COLUMNS)).order_by(
        articles.c.added_at.desc()).limit(limit)
    with store.connect() as conn:
        return pd.DataFrame(conn.execute(query).all(), columns=RECENT_COLUMNS)
