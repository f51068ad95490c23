"""Bytes to text: byte-order marks, binary detection and the Arabic encodings we accept.

Strategy (deterministic, safe on short texts): a byte-order mark decides (UTF-8, UTF-16,
UTF-32); otherwise strict UTF-8 (Windows-1256 Arabic is practically never valid UTF-8);
otherwise the encoding the file declares (HTML), then Windows-1256, each accepted only when
the result reads as Arabic (see `_reads_as_arabic`). Anything else is refused."""
from __future__ import annotations

import codecs

from ..errors import IngestError

BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
MAGIC = (  # signatures of common binary formats -> what to call them
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"), (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (a .docx file? keep its .docx extension)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc/.xls)"),
    (b"\x1f\x8b", "a gzip archive"), (b"\x7fELF", "an executable program"),
    (b"SQLite format 3\x00", "an SQLite database"),
)  # other binary formats are caught by their NUL and control bytes
CONTROL_OK = "\t\n\r\f\v\x1b"
MAX_CONTROL_SHARE = 0.05    # more control bytes than this in the first 4 KB: binary
                            # (a stray NUL in a text is only removed)
MIN_ARABIC_SHARE = 0.8      # of the non-ASCII characters of a Windows-1256 decoding
NEUTRAL = "\u00a0«»“”‘’–—…•\u200c\u200d\u200e\u200f"  # shared by Arabic and other texts


def sniff_binary(data: bytes) -> str | None:
    """What kind of binary file `data` is, or None when it may be text."""
    for magic, kind in MAGIC:
        if data.startswith(magic):
            return kind
    if any(data.startswith(bom) for bom, _ in BOMS):
        return None
    head = data[:4096]
    controls = sum(1 for b in head if b < 32 and chr(b) not in CONTROL_OK)  # NUL included
    if controls > MAX_CONTROL_SHARE * len(head):
        return "a binary file (full of NUL and control bytes)"
    return None


def _reads_as_arabic(text: str) -> bool:
    """Most non-ASCII characters are in the Arabic block: true for real Windows-1256
    Arabic, false for UTF-8 mojibake, Latin-1 texts or random bytes. Judged on the
    first 64K characters."""
    arabic = other = 0
    for ch in text[:65536]:
        if ch < "\x80" or ch in NEUTRAL:
            continue
        if "\u0600" <= ch <= "\u06ff":
            arabic += 1
        else:
            other += 1
    return arabic >= 3 and arabic >= MIN_ARABIC_SHARE * (arabic + other)


def decode(filename: str, data: bytes, declared: str | None = None) -> str:
    """Decode `data` strictly; `declared` is an encoding named by the file itself (an HTML
    meta charset), tried when the bytes are not UTF-8."""
    kind = sniff_binary(data)
    if kind:
        raise IngestError(filename, f"this is {kind}, not a text document")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                name = encoding.removesuffix("-sig").upper()
                raise IngestError(filename, f"starts with a {name} byte-order mark "
                                            "but is not valid in that encoding") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # cp1256 defines all 256 bytes, so a decoding is judged by what it yields
    for encoding in filter(None, (declared, "cp1256")):
        try:
            text = data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue  # an unknown or wrong declaration
        if _reads_as_arabic(text):
            return text
    raise IngestError(filename, "the bytes are not valid in any supported encoding "
                                "(UTF-8, UTF-16 with byte-order mark, Windows-1256)")
