"""Archive formats, streamed record by record: a JSON array or JSON lines of objects,
CSV with a header, TREC-style <DOC> files. Nothing reads a whole archive into memory;
the 5 MB limit applies to each article. A bad record is yielded as an IngestError naming
its position (file:line or file#index) and the next one is read."""
from __future__ import annotations

import csv
import io
import re
from typing import BinaryIO, Iterator, Union

from ..doc import ArticleMeta
from ..errors import IngestError
from .dates import iso_date
from .reader import MAX_BYTES, MAX_LABEL, Document, document
from .records import TEXT, column, from_record

Item = Union[Document, IngestError]
TREC_FIELDS = {"title": "TITLE", "date": "TIME", "outlet": "SRC", "url": "URL", "author": "AUTHOR"}
TREC_DOC = re.compile(r"<DOC>(.*?)</DOC>", re.DOTALL)
CHUNK = 1 << 16


def _too_big(shown: str) -> IngestError:
    return IngestError(shown, f"the article is larger than the {MAX_LABEL} limit; skipped")


def _first_byte(stream: BinaryIO) -> bytes:
    """The first byte that is not whitespace or a UTF-8 byte-order mark (not consumed)."""
    head = stream.peek(CHUNK)[:CHUNK]
    return head.removeprefix(b"\xef\xbb\xbf").lstrip()[:1]


def json_records(shown: str, stream: BinaryIO) -> Iterator[Item]:
    """A JSON array of objects, or one object per line (JSON lines)."""
    first = _first_byte(stream)
    if first == b"[":
        yield from _json_array(shown, stream)
    elif first == b"{":
        yield from _json_lines(shown, stream)
    elif first:
        yield IngestError(shown, "not a JSON array of articles nor one JSON object per line")


def _json_array(shown: str, stream: BinaryIO) -> Iterator[Item]:
    import ijson

    index = 0
    try:
        if stream.peek(3)[:3] == b"\xef\xbb\xbf":
            stream.read(3)
        for index, record in enumerate(ijson.items(stream, "item", use_float=True), 1):
            yield _record(f"{shown}#{index}", record)
    except ijson.JSONError as error:
        yield IngestError(f"{shown}#{index + 1}", f"malformed JSON ({error}); the rest of "
                                                  "this file was not read")


def _record(shown: str, record: object) -> Item:
    try:
        return from_record(shown, record)
    except IngestError as error:
        return error


def _lines(stream: BinaryIO) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) of a stream; None for a line over the size limit (skipped
    without holding it in memory)."""
    number = 0
    while line := stream.readline(MAX_BYTES + 1):
        number += 1
        if len(line) > MAX_BYTES and not line.endswith(b"\n"):
            while (rest := stream.readline(CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield number, None
        else:
            yield number, line


def _json_lines(shown: str, stream: BinaryIO) -> Iterator[Item]:
    import json

    for number, line in _lines(stream):
        where = f"{shown}:{number}"
        if line is None:
            yield _too_big(where)
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line.removeprefix(b"\xef\xbb\xbf"))
        except (ValueError, UnicodeDecodeError) as error:
            yield IngestError(where, f"malformed JSON line ({error})")
            continue
        yield _record(where, record)


def csv_records(shown: str, stream: BinaryIO) -> Iterator[Item]:
    """CSV with a header row naming the fields (a text column is required)."""
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    csv.field_size_limit(MAX_BYTES)
    reader = csv.DictReader(text)
    try:
        header = reader.fieldnames or []
        if column(list(header), TEXT) is None:
            yield IngestError(shown, "no text column in the CSV header (expected one of: "
                                     f"{', '.join(TEXT)}); nothing read")
            return
        while True:
            try:
                row = next(reader)
            except csv.Error as error:
                yield IngestError(f"{shown}:{reader.line_num}", f"malformed CSV row ({error})")
                continue
            except StopIteration:
                return
            yield _record(f"{shown}:{reader.line_num}", {k: v for k, v in row.items() if k})
    except UnicodeDecodeError:
        yield IngestError(f"{shown}:{reader.line_num + 1}", "not UTF-8 text; the rest of "
                                                            "this file was not read")


def trec_documents(shown: str, stream: BinaryIO) -> Iterator[Item]:
    """TREC-style <DOC>…</DOC> documents (ANT corpus): <TITLE>, <TIME>, <SRC>, <URL>,
    <AUTHOR> and <TEXT>, one or more per file."""
    parts: list[str] = []
    size, index, skipping = 0, 0, False
    try:
        for _, line in _lines(stream):
            text = "" if line is None else line.decode("utf-8-sig")
            if skipping:  # inside a document over the limit: wait for its end
                skipping = "</DOC>" not in text
                continue
            parts.append(text)
            size += len(text)
            if "</DOC>" in text:
                joined = "".join(parts)
                for body in TREC_DOC.findall(joined):
                    index += 1
                    yield _trec_document(f"{shown}#{index}", body)
                rest = joined[joined.rfind("</DOC>") + len("</DOC>"):]
                parts, size = [rest], len(rest)
            elif size > MAX_BYTES or line is None:
                index += 1
                yield _too_big(f"{shown}#{index}")
                parts, size, skipping = [], 0, True
    except UnicodeDecodeError:
        yield IngestError(f"{shown}#{index + 1}", "not UTF-8 text; the rest of this file "
                                                  "was not read")


def _tag(body: str, tag: str) -> str | None:
    match = re.search(rf"<{tag}>(.*?)</{tag}>", body, re.DOTALL)
    return " ".join(match.group(1).split()) or None if match else None


def _trec_document(shown: str, body: str) -> Item:
    text = re.search(r"<TEXT>(.*?)</TEXT>", body, re.DOTALL)
    if text is None:
        return IngestError(shown, "no <TEXT> in this <DOC>")
    fields = {name: _tag(body, tag) for name, tag in TREC_FIELDS.items()}
    fields["date"] = iso_date(fields["date"])
    try:
        return document(shown, text.group(1), ArticleMeta(**fields, origin="import"))
    except IngestError as error:
        return error


def is_trec(stream: BinaryIO) -> bool:
    head = stream.peek(64)[:64].removeprefix(b"\xef\xbb\xbf").lstrip()
    return head.startswith(b"<DOC>")
