"""One file to one Document: the checks every input goes through, then the reader for
its format. Every failure is an IngestError naming the file and the problem."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import IngestError
from ..language import looks_persian_or_urdu
from ..normalise import has_arabic
from .docx import read_docx
from .html import read_html
from .text import decode

MAX_BYTES = 5 * 1024 * 1024
MAX_LABEL = "5 MB"
# Parsing time grows linearly with the text, about 24 µs of CPU per character on one busy core
# (scripts/bench_big.py): some 24 s for this many characters (1.7 MB of Arabic in UTF-8, about
# 170,000 words; no news article is near it). A 5 MB file of plain Arabic holds 2.8 M characters.
MAX_CHARS = 1_000_000
READERS = {
    ".txt": lambda name, data: (None, decode(name, data)),
    ".html": read_html,
    ".htm": read_html,
    ".docx": read_docx,
}
SUPPORTED = tuple(READERS)
EMPTY = "empty (nothing but whitespace)"


@dataclass(frozen=True)
class Document:
    name: str          # file name as uploaded (used as the article's source)
    title: str | None
    text: str


def _too_big(name: str, size: int) -> IngestError:
    return IngestError(name, f"the file is larger than the {MAX_LABEL} limit ({size:,} bytes)")


def clean_text(name: str, text: str) -> str:
    """The article text as stored: line endings unified to \\n, NULs removed, outer
    whitespace trimmed, otherwise verbatim. Refuses empty, too long and non-Arabic text
    (Persian and Urdu included)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").strip()
    if not text:
        raise IngestError(name, EMPTY)
    if not has_arabic(text):
        raise IngestError(name, "no Arabic text found; Qawl reads Arabic articles")
    if len(text) > MAX_CHARS:
        raise IngestError(name, f"the text is too long to analyse ({len(text):,} characters; "
                                f"the limit is {MAX_CHARS:,}, about 170,000 words)")
    if looks_persian_or_urdu(text):
        raise IngestError(name, "looks like Persian or Urdu, not Arabic; Qawl reads Arabic articles")
    return text


def read_document(name: str, data: bytes) -> Document:
    """Read an uploaded file (.txt, .html/.htm, .docx) given its name and bytes."""
    return _read(name, name, data)


def read_path(path: str | os.PathLike) -> Document:
    """Read a file from disk; errors name the path as given."""
    path = Path(path)
    shown = str(path)
    try:
        if path.is_dir():
            raise IngestError(shown, "is a folder, not a file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _too_big(shown, size)
        data = path.read_bytes()
    except FileNotFoundError:
        raise IngestError(shown, "no such file") from None
    except OSError as error:
        raise IngestError(shown, f"cannot be read ({error.strerror or error})") from None
    return _read(shown, path.name, data)


def _read(shown: str, name: str, data: bytes) -> Document:
    suffix = Path(name).suffix.lower()
    if suffix not in READERS:
        kind = f"file type '{suffix}'" if suffix else "file without an extension"
        raise IngestError(shown, f"unsupported {kind}; supported: {', '.join(SUPPORTED)}")
    if len(data) > MAX_BYTES:
        raise _too_big(shown, len(data))
    if not data.strip():
        raise IngestError(shown, EMPTY)
    title, text = READERS[suffix](shown, data)
    title = " ".join(title.split()) if title else None
    return Document(name=name, title=title or None, text=clean_text(shown, text))
