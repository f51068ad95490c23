"""Everything `qawl ingest` and Upload accept, as one stream of Documents and errors:
article files (.txt, .html, .docx), archives (.json, .jsonl, .csv, TREC-style .txt), ZIP
files of any of these, and folders of any of these. Each file is opened as a stream and
read record by record; a `Meter` counts the bytes read, for progress and an ETA."""
from __future__ import annotations

import io
import os
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator

from ..errors import IngestError
from .archives import Item, csv_records, is_trec, json_records, trec_documents
from .reader import MAX_BYTES, SUPPORTED, Document, read_bytes

ARCHIVES = (".json", ".jsonl", ".ndjson", ".csv", ".zip")
ACCEPTED = SUPPORTED + ARCHIVES
Opener = Callable[[], BinaryIO]


class Meter:
    """Bytes read so far, out of `total` (0 when unknown)."""

    def __init__(self, total: int = 0) -> None:
        self.total = total
        self.done = 0


class _Counting(io.RawIOBase):
    """A readable stream that adds what it reads to a Meter."""

    def __init__(self, raw: BinaryIO, meter: Meter) -> None:
        self.raw, self.meter = raw, meter

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.raw.read(len(buffer))
        buffer[:len(data)] = data
        self.meter.done += len(data)
        return len(data)

    def close(self) -> None:
        self.raw.close()
        super().close()


def _hidden(name: str) -> bool:
    return any(part.startswith(".") or part == "__MACOSX" for part in Path(name).parts)


def _single(shown: str, source: str, stream: BinaryIO, origin: str) -> Item:
    data = stream.read(MAX_BYTES + 1)
    try:
        document = read_bytes(shown, data, origin)
    except IngestError as error:
        return error
    return Document(document.text, replace(document.meta, source=source))


def _stream(shown: str, opener: Opener, meter: Meter, origin: str) -> Iterator[Item]:
    """The articles of one (non-ZIP) file given a function that opens it."""
    suffix = Path(shown).suffix.lower()
    if suffix not in ACCEPTED:
        kind = f"file type '{suffix}'" if suffix else "file without an extension"
        yield IngestError(shown, f"unsupported {kind}; supported: {', '.join(ACCEPTED)}")
        return
    with io.BufferedReader(_Counting(opener(), meter), 1 << 16) as stream:
        if suffix in (".json", ".jsonl", ".ndjson"):
            yield from json_records(shown, stream)
        elif suffix == ".csv":
            yield from csv_records(shown, stream)
        elif suffix == ".txt" and is_trec(stream):
            yield from trec_documents(shown, stream)
        else:
            yield _single(shown, Path(shown).name, stream, origin)


def _zip(shown: str, file: BinaryIO | Path, meter: Meter, origin: str) -> Iterator[Item]:
    try:
        archive = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, OSError) as error:
        yield IngestError(shown, f"not a readable ZIP archive ({error})")
        return
    with archive:
        for info in archive.infolist():
            where = f"{shown}:{info.filename}"
            if info.is_dir() or _hidden(info.filename):
                continue
            if info.filename.lower().endswith(".zip"):
                yield IngestError(where, "archives inside archives are not read; unpack it")
                continue
            if info.flag_bits & 0x1:
                yield IngestError(where, "encrypted; skipped")
                continue
            try:
                yield from _stream(where, lambda info=info: archive.open(info), meter, origin)
            except (zipfile.BadZipFile, OSError, EOFError) as error:
                yield IngestError(where, f"damaged entry in the ZIP archive ({error})")


def iter_upload(name: str, data: bytes, origin: str = "upload") -> Iterator[Item]:
    """The articles of an uploaded file (any accepted format, ZIP included)."""
    meter = Meter(len(data))
    if name.lower().endswith(".zip"):
        yield from _zip(name, io.BytesIO(data), meter, origin)
    else:
        yield from _stream(name, lambda: io.BytesIO(data), meter, origin)


def _files(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        yield from (Path(root) / f for f in sorted(files) if not f.startswith("."))


def iter_path(path: str | os.PathLike, meter: Meter | None = None, origin: str = "file",
              shown: str | None = None) -> Iterator[Item]:
    """The articles of a file, archive or folder on disk. Positions are named from the
    path's own name down (folder/file.zip:entry.json#3), never the full server path."""
    path, meter = Path(path), meter or Meter()
    shown = shown or path.name or str(path)
    if path.is_dir():
        for file in _files(path):
            yield from iter_path(file, meter, origin, f"{shown}/{file.relative_to(path)}")
    elif not path.exists():
        yield IngestError(str(path), "no such file or folder")
    elif path.suffix.lower() == ".zip":
        yield from _zip(shown, path, meter, origin)
    else:
        try:
            yield from _stream(shown, lambda: open(path, "rb"), meter, origin)
        except OSError as error:
            yield IngestError(shown, f"cannot be read ({error.strerror or error})")


def iter_paths(paths: Iterable[str | os.PathLike], meter: Meter | None = None) -> Iterator[Item]:
    for path in paths:
        yield from iter_path(path, meter)


def input_size(paths: Iterable[str | os.PathLike]) -> int:
    """Bytes the readers will read from `paths` (ZIP entries uncompressed): the total of
    the progress bar."""
    total = 0
    for path in map(Path, paths):
        files = _files(path) if path.is_dir() else [path]
        for file in files:
            try:
                if file.suffix.lower() == ".zip":
                    with zipfile.ZipFile(file) as archive:
                        total += sum(i.file_size for i in archive.infolist())
                else:
                    total += file.stat().st_size
            except (OSError, zipfile.BadZipFile):
                continue
    return total
