"""One database behind a URL: its engine (one per URL, pooled), transactions that retry
while the database is locked, and every driver error turned into a `StoreError`.

SQLite specifics: WAL and a busy timeout on every connection, writes start with
BEGIN IMMEDIATE (so two writers queue instead of failing on upgrade), a damaged file is
detected before SQLite touches it and never written, a folder or file that cannot be
written opens read-only, and a file deleted while the process runs is noticed at the next
connection and recreated (schema included)."""
from __future__ import annotations

import os
import random
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, TypeVar
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event, exc
from sqlalchemy.engine import URL, make_url

from ..errors import StoreError
from . import sqlite_file
from .migrate import NEWER, OLDER, REBUILD, upgrade

T = TypeVar("T")
REPO = Path(__file__).resolve().parent.parent.parent
DEFAULT_DB = REPO / "data" / "qawl.sqlite"
BUSY_TIMEOUT_S = 5.0   # SQLite waits this long for a lock before reporting it
ATTEMPTS = 8           # then we retry the whole transaction, with growing pauses
FIRST_PAUSE_S = 0.05
RETRY_PG_CODES = {"40001", "40P01", "55P03"}   # serialization failure, deadlock, lock not available


def resolve_url(url: str | os.PathLike | None = None) -> URL:
    """A SQLAlchemy URL from a file path or a postgresql:// URL (default: $QAWL_DB, else
    data/qawl.sqlite in the repository)."""
    raw = str(url) if url is not None else (os.environ.get("QAWL_DB") or str(DEFAULT_DB))
    if "://" not in raw:
        return URL.create("sqlite", database=str(Path(raw).expanduser().absolute()))
    try:
        parsed = make_url(raw)
    except exc.ArgumentError:
        parsed = None
    if parsed is None or parsed.get_backend_name() not in ("postgresql", "postgres", "sqlite"):
        reason = "not a file path or a postgresql:// URL"
        raise StoreError(f"cannot open the article database {raw.split('@')[-1]}: {reason}", reason)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def classify(error: BaseException) -> str:
    """A short, path-free reason for a driver error; "locked" and "no schema" are retried."""
    orig = getattr(error, "orig", None) or error
    code = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    message = str(orig).lower()
    if code in RETRY_PG_CODES or "database is locked" in message or "database is busy" in message:
        return "locked"
    if "no such table" in message or code == "42P01":
        return "no schema"
    if "readonly" in message or "read-only" in message or code == "25006":
        return "read-only"
    if "malformed" in message:
        return sqlite_file.MALFORMED
    if "not a database" in message:
        return sqlite_file.NOT_A_DATABASE
    if "disk is full" in message or "disk full" in message:
        return "the disk is full"
    if "unable to open database file" in message:
        return "the file cannot be opened"
    if isinstance(error, exc.OperationalError) and code is None and "connection" in message:
        detail = str(orig).strip().splitlines()[0].split("FATAL:")[-1].split("failed:")[-1].strip()
        return f"cannot connect to the database server ({detail})"
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__


class Database:
    """The engine of one URL and the rules for using it. Get one with `database(url)`."""

    def __init__(self, url: URL) -> None:
        self.url = url
        self.dialect = url.get_backend_name()
        self.path = Path(url.database) if self.dialect == "sqlite" else None
        self.where = str(self.path) if self.path else url.render_as_string(hide_password=True)
        self.read_only = False
        self._inode: tuple[int, int] | None = None   # the SQLite file our connections opened
        self._schema_lock = threading.Lock()
        self.engine = self._open()
        self.needs_rebuild = self.ensure_schema()

    # ---------- engines ----------

    def _open(self) -> Engine:
        if self.dialect != "sqlite":
            return create_engine(self.url, pool_pre_ping=True, pool_size=5, max_overflow=10)
        sqlite_file.check(self.path, self.error)
        sqlite_file.make_folder(self.path)
        engine = self._sqlite_engine(f"sqlite:///{self.path}", wal=True)
        try:
            with engine.connect():
                return engine
        except exc.DBAPIError as error:
            engine.dispose()
            if classify(error) not in ("read-only", "the file cannot be opened") or not self.path.exists():
                raise self.error("open", classify(error)) from None
        self.read_only = True
        return self._read_only_engine()

    def _read_only_engine(self) -> Engine:
        """The file opened read-only; `immutable` when SQLite cannot even read its WAL index
        (a WAL database in a folder it cannot write)."""
        for extra in ("", "&immutable=1"):
            engine = self._sqlite_engine(f"sqlite:///file:{quote(str(self.path))}?mode=ro{extra}&uri=true",
                                         wal=False)
            try:
                with engine.connect() as conn:
                    conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
                return engine
            except exc.DBAPIError as error:
                engine.dispose()
                reason = classify(error)
        raise self.error("open", reason)

    def _sqlite_engine(self, url: str, wal: bool) -> Engine:
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False},
                               pool_size=5, max_overflow=10)

        @event.listens_for(engine, "connect")
        def on_connect(dbapi_connection, record) -> None:
            sqlite_file.check(self.path, self.error)
            if not self.path.exists():
                sqlite_file.remove_orphans(self.path)   # the WAL of a deleted file is not ours
                sqlite_file.make_folder(self.path)
            dbapi_connection.isolation_level = None   # we issue BEGIN ourselves (see on_begin)
            dbapi_connection.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
            if wal:
                dbapi_connection.execute("PRAGMA journal_mode=WAL")
                dbapi_connection.execute("PRAGMA synchronous=NORMAL")
            self._inode = sqlite_file.inode(self.path)

        @event.listens_for(engine, "begin")
        def on_begin(conn: Connection) -> None:
            write = conn.get_execution_options().get("qawl_write")
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write and wal else "BEGIN")

        return engine

    def _follow_file(self) -> None:
        """Close every pooled connection when the file was deleted or replaced since they
        were opened, so the next one opens (or creates) the file that is there now."""
        if self.path is not None and sqlite_file.inode(self.path) != self._inode:
            self.engine.dispose()

    # ---------- transactions ----------

    def run(self, work: Callable[[Connection], T], *, write: bool, action: str = "write to") -> T:
        """`work(conn)` in one transaction, committed when it returns. Retried while the
        database is locked (SQLite's busy timeout first, then pauses that double) and once
        after recreating a schema that vanished; any other failure is a StoreError."""
        if write and self.read_only:
            raise self.error(action, "read-only")
        pause, recreated = FIRST_PAUSE_S, False
        for attempt in range(ATTEMPTS):
            self._follow_file()
            try:
                with self.engine.connect() as conn:
                    conn.execution_options(qawl_write=write)
                    with conn.begin():
                        return work(conn)
            except StoreError:
                raise
            except exc.SQLAlchemyError as error:
                reason = classify(error)
                if reason == "locked" and attempt + 1 < ATTEMPTS:
                    time.sleep(pause * (0.5 + random.random()))
                    pause *= 2
                    continue
                if reason == "no schema" and not recreated and not self.read_only:
                    self.ensure_schema()
                    recreated = True
                    continue
                raise self.error(action, "locked by another writer for too long" if reason == "locked"
                                 else reason) from None
        raise AssertionError("unreachable")

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A connection for read queries; driver errors become StoreError."""
        self._follow_file()
        if self.path is not None and not self.path.exists() and not self.read_only:
            self.ensure_schema()
        try:
            with self.engine.connect() as conn:
                yield conn
        except exc.SQLAlchemyError as error:
            raise self.error("read", classify(error)) from None

    def ensure_schema(self) -> bool:
        """Create or upgrade the schema; True when stored articles still need their derived
        rows built (after an upgrade from schema 1)."""
        with self._schema_lock:
            read_only = self.read_only
            state = self.run(lambda conn: upgrade(conn, read_only), write=not read_only, action="open")
        if state == NEWER:
            raise self.error("open", "it was made by a newer version of Qawl")
        if state == OLDER:
            raise self.error("open", "read-only, and in an older format that needs an upgrade")
        return state == REBUILD

    def error(self, action: str, reason: str) -> StoreError:
        return StoreError(f"cannot {action} the article database {self.where}: {reason}", reason)


_DATABASES: dict[str, Database] = {}
_LOCK = threading.Lock()


def database(url: str | os.PathLike | None = None) -> Database:
    """The Database of this URL, opened once per process (a failed open is not kept)."""
    resolved = resolve_url(url)
    name = resolved.render_as_string(hide_password=False)
    with _LOCK:
        if name not in _DATABASES:
            _DATABASES[name] = Database(resolved)
        return _DATABASES[name]


def forget(url: str | os.PathLike | None = None) -> None:
    """Close and forget the Database of a URL (or of every URL), e.g. after tests drop tables."""
    with _LOCK:
        names = list(_DATABASES) if url is None else [resolve_url(url).render_as_string(hide_password=False)]
        for name in names:
            db = _DATABASES.pop(name, None)
            if db is not None:
                db.engine.dispose()
