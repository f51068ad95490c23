"""Files and pasted text into the store, each item on its own: a bad file is reported
and the others still go in."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Union

from ..doc import ArticleMeta, article_id
from ..errors import IngestError, StoreError
from .reader import MAX_BYTES, MAX_LABEL, Document, clean_text, read_document, read_path

if TYPE_CHECKING:
    from ..store import Store

Item = Union[str, os.PathLike, tuple[str, bytes]]
PASTED = "pasted text"


@dataclass(frozen=True)
class IngestResult:
    name: str
    ok: bool
    article_id: str | None
    created: bool       # False when the text was already stored (or on failure)
    message: str        # one line for the user


def _failed(shown: str, problem: str) -> IngestResult:
    return IngestResult(shown, False, None, False, f"{shown}: {problem}")


def _store(shown: str, document: Document, store: Store, source: str, origin: str) -> IngestResult:
    """Parse and store a document unless its text is stored already; `shown` names it."""
    from ..pipeline import parse

    aid = article_id(document.text)
    try:
        if aid in store:
            return IngestResult(shown, True, aid, False, f"{shown}: already stored ({aid})")
        article = parse(document.text, document.title)
        created = store.add(article, ArticleMeta(title=article.title, origin=origin, source=source))
    except StoreError as error:
        return _failed(shown, f"could not be saved ({error.reason})")
    except Exception as error:  # a pipeline bug must not stop the rest of the batch
        return _failed(shown, f"could not be analysed ({type(error).__name__}: {error})")
    titled = f" «{article.title}»" if article.title else ""
    verb = "stored" if created else "already stored"
    return IngestResult(shown, True, aid, created, f"{shown}: {verb}{titled} ({aid})")


def ingest_files(items: Iterable[Item], store: Store) -> list[IngestResult]:
    """Read, parse and store each file: a path, or (file name, bytes) as uploaded."""
    results = []
    for item in items:
        shown = item[0] if isinstance(item, tuple) else str(item)
        try:
            document = read_document(*item) if isinstance(item, tuple) else read_path(item)
        except IngestError as error:
            results.append(IngestResult(shown, False, None, False, str(error)))
            continue
        except Exception as error:  # a reader bug on one odd file must not stop the batch
            results.append(_failed(shown, f"could not be read ({type(error).__name__}: {error})"))
            continue
        origin = "upload" if isinstance(item, tuple) else "file"
        results.append(_store(shown, document, store, source=document.name, origin=origin))
    return results


def ingest_text(text: str, store: Store, title: str | None = None,
                source: str = "pasted") -> IngestResult:
    """Store pasted text, with the same checks as a file."""
    try:
        if len(text.encode("utf-8")) > MAX_BYTES:
            raise IngestError(PASTED, f"the text is larger than the {MAX_LABEL} limit")
        document = Document(PASTED, (title or "").strip() or None, clean_text(PASTED, text))
    except IngestError as error:
        return IngestResult(PASTED, False, None, False, str(error))
    return _store(PASTED, document, store, source, origin="paste")
