"""Checks on an SQLite file made by reading its header, before SQLite opens it: a damaged
file is reported and left exactly as it is (SQLite would otherwise write to some of them)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from ..errors import StoreError

MAGIC = b"SQLite format 3\x00"
HEADER = 100
NOT_A_DATABASE = "damaged: the file is not an SQLite database"
MALFORMED = "damaged: the database file is malformed"
TRUNCATED = "damaged: the database file is truncated"


def check(path: Path, error: Callable[[str, str], StoreError]) -> None:
    """Raise `error("open", reason)` when the file exists but is not a whole SQLite database:
    wrong magic bytes, or shorter than the page count its header records (and no WAL file
    that could hold the rest)."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            header = f.read(HEADER)
    except FileNotFoundError:
        return
    except OSError as problem:
        raise error("open", problem.strerror or "the file cannot be read") from None
    if size == 0:
        return   # SQLite's own empty database
    if len(header) < HEADER or not header.startswith(MAGIC):
        raise error("open", NOT_A_DATABASE)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = header[24:28] == header[92:96]   # the page count is only kept up to date then
    if valid and size < page_size * pages and not _has_wal(path):
        raise error("open", TRUNCATED)


def _has_wal(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    return wal.exists() and wal.stat().st_size > 0


def inode(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file, None when it does not exist: tells a replaced file."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def remove_orphans(path: Path) -> None:
    """Remove the -wal and -shm files of a database file that no longer exists."""
    for suffix in ("-wal", "-shm"):
        try:
            os.remove(f"{path}{suffix}")
        except OSError:
            pass


def make_folder(path: Path) -> None:
    """Create the file's folder if it is missing; one that cannot be created is reported by
    SQLite when it opens the file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass
