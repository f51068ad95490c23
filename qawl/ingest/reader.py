"""One file to one Document: the checks every input goes through, then the reader for
its format. Every failure is an IngestError naming the file and the problem."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

from ..doc import ArticleMeta
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
HEADLINE_MAX_CHARS = 200
HEADLINE_MAX_WORDS = 30
SENTENCE_END = (".", "!", "?", "؟", "…", ":", "؛", ",", "،")
EMPTY = "empty (nothing but whitespace)"


@dataclass(frozen=True)
class Document:
    """An article's text and what is known about it; `meta.source` names it."""
    text: str
    meta: ArticleMeta

    @property
    def name(self) -> str:
        return self.meta.source

    @property
    def title(self) -> str | None:
        return self.meta.title


def _too_big(name: str, size: int) -> IngestError:
    return IngestError(name, f"the file is larger than the {MAX_LABEL} limit ({size:,} bytes)")


def unify_lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def clean_text(name: str, text: str) -> str:
    """The article text as stored: line endings unified to \\n, NULs removed, outer
    whitespace trimmed, otherwise verbatim. Refuses empty, too big, too long and non-Arabic
    text (Persian and Urdu included)."""
    text = unify_lines(text).strip()
    if not text:
        raise IngestError(name, EMPTY)
    if len(text) > MAX_BYTES // 2 and len(text.encode("utf-8")) > MAX_BYTES:
        raise IngestError(name, f"the text is larger than the {MAX_LABEL} limit")
    if not has_arabic(text):
        raise IngestError(name, "no Arabic text found; Qawl reads Arabic articles")
    if len(text) > MAX_CHARS:
        raise IngestError(name, f"the text is too long to analyse ({len(text):,} characters; "
                                f"the limit is {MAX_CHARS:,}, about 170,000 words)")
    if looks_persian_or_urdu(text):
        raise IngestError(name, "looks like Persian or Urdu, not Arabic; Qawl reads Arabic articles")
    return text


def looks_like_headline(line: str) -> bool:
    """Short, Arabic, not ending like a sentence, and no byline."""
    return (0 < len(line) <= HEADLINE_MAX_CHARS and len(line.split()) <= HEADLINE_MAX_WORDS
            and not line.endswith(SENTENCE_END) and has_arabic(line) and not looks_like_byline(line))


BYLINE_DASHES = "-–—ـ"
BYLINE_PART_WORDS = 4
# A dash with a space on either side; a tatweel only after a space («لـ "الصحيفة"» is no cut).
BYLINE_CUT = re.compile(r"\s[-–—ـ]\s?|[-–—]\s")


def looks_like_byline(line: str) -> bool:
    """The article's byline or dateline, part of its text: short parts cut by dashes
    («عين اليوم – جدة»، «مازن القحطاني – عين اليوم»), or a line ending in a dash
    («سان فرانسيسكو 20 يوليو (رويترز) -»). A headline's names are counted nowhere, a byline's
    are the article's."""
    line = line.strip()
    if line[-1:] in BYLINE_DASHES:
        return True
    parts = [p.split() for p in BYLINE_CUT.split(line)]
    return len(parts) >= 2 and all(0 < len(p) <= BYLINE_PART_WORDS for p in parts)


def split_headline(text: str) -> tuple[str | None, str]:
    """(title, rest) when the first line of `text` is a headline followed by more text,
    else (None, text)."""
    first, _, rest = unify_lines(text).strip().partition("\n")
    if rest.strip() and looks_like_headline(first.strip()):
        return first.strip(), rest
    return None, text


def _read_txt(name: str, data: bytes) -> tuple[str, ArticleMeta]:
    title, text = split_headline(decode(name, data))
    return text, ArticleMeta(title=title)


def _read_docx(name: str, data: bytes) -> tuple[str, ArticleMeta]:
    title, text = read_docx(name, data)
    return text, ArticleMeta(title=title)


READERS = {".txt": _read_txt, ".html": read_html, ".htm": read_html, ".docx": _read_docx}
SUPPORTED = tuple(READERS)


def document(shown: str, text: str, meta: ArticleMeta) -> Document:
    """A Document from text and metadata: the text cleaned and checked, the title
    squashed to one line, the source set to `shown`."""
    title = " ".join(meta.title.split()) if meta.title else None
    return Document(clean_text(shown, text), replace(meta, title=title or None, source=shown))


def read_bytes(shown: str, data: bytes, origin: str = "upload") -> Document:
    """Read one article file (.txt, .html/.htm, .docx) given its name and bytes."""
    suffix = Path(shown).suffix.lower()
    if suffix not in READERS:
        kind = f"file type '{suffix}'" if suffix else "file without an extension"
        raise IngestError(shown, f"unsupported {kind}; supported: {', '.join(SUPPORTED)}")
    if len(data) > MAX_BYTES:
        raise _too_big(shown, len(data))
    if not data.strip():
        raise IngestError(shown, EMPTY)
    text, meta = READERS[suffix](shown, data)
    return document(shown, text, replace(meta, origin=origin))


def read_document(name: str, data: bytes) -> Document:
    """Read an uploaded file (.txt, .html/.htm, .docx) given its name and bytes."""
    return read_bytes(name, data, origin="upload")


def read_path(path: str | os.PathLike) -> Document:
    """Read one article file from disk; errors name the path as given."""
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
    document = read_bytes(shown, data, origin="file")
    return Document(document.text, replace(document.meta, source=path.name))
