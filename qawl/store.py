"""The article store: parsed articles in an embedded SQLite database.

One row per distinct text (the id is a hash of the text, so the same text is never stored
twice). The parse is stored as JSON with the pipeline version that made it; reading an
article made by another version parses it again and updates the row. Every write is one
transaction, and each call opens its own connection, so Streamlit's threads can share a
Store."""
from __future__ import annotations

import json
import os
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import pandas as pd

from .doc import Article, article_id
from .errors import StoreError

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DB = REPO / "data" / "qawl.sqlite"
SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    title TEXT,
    source TEXT NOT NULL,
    text TEXT NOT NULL,
    parse_json TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    added_at TEXT NOT NULL
)"""
COLUMNS = ["id", "title", "source", "added_at"]


def default_path() -> Path:
    """$QAWL_DB if set, else data/qawl.sqlite in the repository."""
    return Path(os.environ.get("QAWL_DB") or DEFAULT_DB)


def _current_version() -> str:
    from .pipeline import pipeline_version
    return pipeline_version()


class Store:
    """Stored articles. `Store()` opens (and on first use creates) the default database."""

    def __init__(self, path: str | os.PathLike | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._connect() as con:
                con.execute("PRAGMA journal_mode=WAL")
                con.execute(SCHEMA)
        except (OSError, sqlite3.Error) as error:
            raise StoreError(f"cannot open the article database {self.path}: {error}") from None

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """A connection for one call: committed when the block succeeds, rolled back when
        it raises, always closed."""
        con = sqlite3.connect(self.path, timeout=10)
        try:
            with con:
                yield con
        finally:
            con.close()

    def add(self, article: Article, source: str) -> bool:
        """Store a parsed article; False (and nothing changes) when its text is already stored."""
        row = (article.id, article.title, source, article.text,
               json.dumps(article.to_json(), ensure_ascii=False), _current_version(),
               datetime.now(timezone.utc).isoformat(timespec="seconds"))
        with self._connect() as con:
            cur = con.execute("INSERT OR IGNORE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?)", row)
            return cur.rowcount == 1

    def list(self) -> pd.DataFrame:
        """id, title, source, added_at of every article, oldest first."""
        with self._connect() as con:
            rows = con.execute(f"SELECT {', '.join(COLUMNS)} FROM articles ORDER BY rowid").fetchall()
        return pd.DataFrame(rows, columns=COLUMNS)

    def get(self, id: str) -> Article:
        """The stored article (KeyError if unknown), parsed again when the pipeline changed."""
        with self._connect() as con:
            row = con.execute("SELECT title, text, parse_json, pipeline_version FROM articles "
                              "WHERE id = ?", (id,)).fetchone()
        if row is None:
            raise KeyError(id)
        title, text, parse_json, version = row
        current = _current_version()
        if version == current:
            return Article.from_json(json.loads(parse_json))
        from .pipeline import parse
        article = parse(text, title)
        with self._connect() as con:
            con.execute("UPDATE articles SET parse_json = ?, pipeline_version = ? WHERE id = ?",
                        (json.dumps(article.to_json(), ensure_ascii=False), current, id))
        return article

    def __contains__(self, id: object) -> bool:
        with self._connect() as con:
            return con.execute("SELECT 1 FROM articles WHERE id = ?", (id,)).fetchone() is not None

    def __len__(self) -> int:
        with self._connect() as con:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]

    def ensure_default(self, path: str | os.PathLike, title: str | None = None) -> str:
        """Store the default article (source 'default') unless its text is already
        there; returns its id. Cheap when stored: the file is read and hashed, not parsed."""
        from .ingest import read_path
        from .pipeline import parse

        document = read_path(path)
        id = article_id(document.text)
        if id not in self:
            self.add(parse(document.text, title or document.title), source="default")
        return id
