"""`Store`: the archive of parsed articles on SQLite or PostgreSQL.

One row per distinct text (the id is a hash of the text); the parse is stored with the
pipeline version that made it, and the derived tables (mentions, quotes, speakers,
sentences, words) are written in the same transaction. Reading an article made by another
pipeline version parses it again and replaces its derived rows. A Store is safe to share
between threads, and every failure is a `StoreError`."""
from __future__ import annotations

import os
from contextlib import AbstractContextManager
from datetime import datetime, timedelta, timezone
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from sqlalchemy import Connection, func, select

if TYPE_CHECKING:   # pandas only where a DataFrame is returned: `qawl ingest` never loads it
    import pandas as pd

from ..doc import Article, ArticleMeta, article_id
from . import schema
from .database import database
from .editing import Editing
from .migrate import finish
from .rows import LIST_COLUMNS, ArticleRows, article_from_json, article_rows
from .schema import articles
from .search import search_sentences
from .sql import chunks
from .writes import delete_derived, lock_versions, replace_parse, write_new

BATCH = 200   # articles per transaction in add_many
REPARSE_BATCH = 50


def _pipeline_version() -> str:
    from ..pipeline import pipeline_version
    return pipeline_version()


def _parse(text: str, title: str | None) -> Article:
    from ..pipeline import parse
    return parse(text, title)


def _stamps(n: int) -> list[str]:
    """n increasing UTC timestamps, a microsecond apart, so `added_at` orders a batch."""
    now = datetime.now(timezone.utc)
    return [(now + timedelta(microseconds=i)).isoformat(timespec="microseconds") for i in range(n)]


class Store(Editing):
    """Stored articles. `Store()` opens (and on first use creates) `$QAWL_DB` or
    data/qawl.sqlite; `Store(url)` takes a file path or a postgresql:// URL."""

    def __init__(self, url: str | os.PathLike | None = None) -> None:
        self.db = database(url)
        self.url = self.db.url
        self.path: Path | None = self.db.path
        self.dialect: str = self.db.dialect
        if self.db.needs_rebuild:
            self._finish_upgrade()

    def __repr__(self) -> str:
        return f"Store({self.db.where!r})"

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    # ---------- writes ----------

    def add(self, article: Article, meta: ArticleMeta | None = None) -> bool:
        """Store a parsed article; False (and nothing changes) when its text is already stored."""
        return self.add_many([(article, meta)])[0]

    def add_many(self, pairs: Iterable[tuple[Article, ArticleMeta | None]], batch_size: int = BATCH) -> list[bool]:
        """Store (article, meta) pairs, one transaction per `batch_size` of them; for each
        pair, True when it was stored and False when its text was there already."""
        version = _pipeline_version()
        return self.add_rows((article_rows(a, m or ArticleMeta(), version) for a, m in pairs), batch_size)

    def add_rows(self, rows: Iterable[ArticleRows], batch_size: int = BATCH) -> list[bool]:
        """Store articles already turned into rows (`rows.article_rows`, built where they
        were parsed), stamping their `added_at`; as `add_many`."""
        stored = []
        items = iter(rows)
        while chunk := list(islice(items, batch_size)):
            present = self.existing_ids(r.id for r in chunk)
            new = [r for r in chunk if r.id not in present]
            for r, stamp in zip(new, _stamps(len(new))):
                r.article["added_at"] = stamp
            inserted = self.db.run(lambda conn: write_new(conn, new), write=True) if new else set()
            for r in chunk:
                stored.append(r.id in inserted)
                inserted.discard(r.id)   # the same text twice in a batch: stored once
        return stored

    def analyze(self) -> None:
        """Refresh the query planner's statistics (after adding many articles)."""
        self.db.run(schema.analyze, write=True, action="analyze")

    def delete(self, id: str) -> bool:
        """Remove an article and its derived rows; False when there was no such article."""
        def work(conn: Connection) -> bool:
            if not lock_versions(conn, [id]):
                return False
            delete_derived(conn, [id])
            conn.execute(articles.delete().where(articles.c.id == id))
            return True
        return self.db.run(work, write=True)

    def rename(self, id: str, title: str | None) -> bool:
        """Give an article another title; False when there is no such article."""
        update = articles.update().where(articles.c.id == id).values(title=title)
        return self.db.run(lambda conn: conn.execute(update).rowcount == 1, write=True)

    def reparse_stale(self, batch: int = REPARSE_BATCH,
                      progress: Callable[[int, int], None] | None = None) -> int:
        """Parse again every article made by another pipeline version, `batch` articles
        per transaction; returns how many. `progress(done, total)` after each batch."""
        version = _pipeline_version()
        ids = self._ids(articles.c.pipeline_version != version)
        for i, part in enumerate(chunks(ids, batch)):
            rows = self._read(select(articles.c.id, articles.c.title, articles.c.text)
                              .where(articles.c.id.in_(part)))
            self._replace([_parse(text, title) for _, title, text in rows], version)
            if progress:
                progress(min((i + 1) * batch, len(ids)), len(ids))
        return len(ids)

    def _replace(self, parsed: list[Article], version: str) -> None:
        """Store new parses, unless another process stored this version meanwhile."""
        def work(conn: Connection) -> None:
            stale = lock_versions(conn, [a.id for a in parsed])
            replace_parse(conn, [a for a in parsed if stale.get(a.id, version) != version], version)
        self.db.run(work, write=True)

    def _finish_upgrade(self) -> None:
        """Build the derived rows of articles stored before schema 2, from their stored parse."""
        for part in chunks(self._ids(articles.c.n_words.is_(None)), REPARSE_BATCH):
            def work(conn: Connection) -> None:
                rows = conn.execute(select(articles.c.id, articles.c.title, articles.c.text,
                                           articles.c.parse_json, articles.c.pipeline_version)
                                    .where(articles.c.id.in_(part), articles.c.n_words.is_(None))).all()
                for version in {r.pipeline_version for r in rows}:
                    replace_parse(conn, [article_from_json(r.text, r.parse_json, r.title)
                                         for r in rows if r.pipeline_version == version], version)
            self.db.run(work, write=True, action="upgrade")
        self.db.run(finish, write=True, action="upgrade")
        self.db.needs_rebuild = False

    # ---------- reads ----------

    def _read(self, query) -> list:
        return self.db.run(lambda conn: conn.execute(query).all(), write=False, action="read")

    def _ids(self, condition) -> list[str]:
        return [r[0] for r in self._read(select(articles.c.id).where(condition).order_by(articles.c.id))]

    def get(self, id: str) -> Article:
        """The stored article with its corrections (KeyError if unknown), parsed again
        when the pipeline changed."""
        return self.corrected(self.machine(id))

    def machine(self, id: str) -> Article:
        """The stored article as the pipeline parsed it, without corrections."""
        rows = self._read(select(articles.c.title, articles.c.text, articles.c.parse_json,
                                 articles.c.pipeline_version).where(articles.c.id == id))
        if not rows:
            raise KeyError(id)
        title, text, stored, made_by = rows[0]
        version = _pipeline_version()
        if made_by == version:
            return article_from_json(text, stored, title)
        article = _parse(text, title)
        if not self.read_only:
            self._replace([article], version)
        return article

    def meta(self, id: str) -> ArticleMeta:
        """The article's metadata (KeyError if unknown)."""
        c = articles.c
        rows = self._read(select(c.title, c.outlet, c.date, c.url, c.author, c.origin, c.source)
                          .where(c.id == id))
        if not rows:
            raise KeyError(id)
        return ArticleMeta(*rows[0])

    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        """Those of `ids` that are stored (check before parsing)."""
        wanted, found = list(dict.fromkeys(ids)), set()
        for part in chunks(wanted):
            found.update(r[0] for r in self._read(select(articles.c.id).where(articles.c.id.in_(part))))
        return found

    def list(self) -> pd.DataFrame:
        """id, title, outlet, date, url, author, origin, source, added_at of every article,
        oldest first. For small stores: an archive view pages with SQL instead."""
        import pandas as pd

        return pd.DataFrame(list(self.iter_articles()), columns=LIST_COLUMNS)

    def iter_articles(self, chunk: int = 1000) -> Iterator[dict]:
        """Every article's listing row (LIST_COLUMNS), oldest first, streamed."""
        query = select(*(articles.c[name] for name in LIST_COLUMNS)).order_by(articles.c.added_at, articles.c.id)
        with self.db.connect() as conn:
            for row in conn.execution_options(yield_per=chunk).execute(query):
                yield dict(row._mapping)

    def search(self, query: str, limit: int = 100) -> list[tuple[str, int, int, int]]:
        """(article_id, sentence index, start, end) of sentences that contain the query's
        words in order, matched on normalised, clitic-free forms."""
        return self.db.run(lambda conn: search_sentences(conn, query, limit), write=False, action="search")

    def connect(self) -> AbstractContextManager[Connection]:
        """A SQLAlchemy connection for queries (`qawl.queries`); errors are StoreError."""
        return self.db.connect()

    def __contains__(self, id: object) -> bool:
        return bool(self._read(select(articles.c.id).where(articles.c.id == id)))

    def __len__(self) -> int:
        return self._read(select(func.count()).select_from(articles))[0][0]

    def ensure_default(self, path: str | os.PathLike, title: str | None = None) -> str:
        """Store the default article (origin 'default') unless its text is already there;
        returns its id. Cheap when stored: the file is read and hashed, not parsed."""
        from ..ingest import read_path

        document = read_path(path)
        id = article_id(document.text)
        if id not in self:
            meta = ArticleMeta(title=title or document.title, origin="default", source="default")
            self.add(_parse(document.text, meta.title), meta)
        return id


def open_store(url: str | os.PathLike | None = None) -> Store:
    """The Store of a file path or postgresql:// URL (default: $QAWL_DB or data/qawl.sqlite)."""
    return Store(url)
