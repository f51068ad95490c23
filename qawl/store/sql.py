"""Small SQL helpers that read the same on SQLite and PostgreSQL."""
from __future__ import annotations

from typing import Iterator, Sequence, TypeVar

from sqlalchemy import Connection, Table
from sqlalchemy.dialects import postgresql, sqlite

T = TypeVar("T")
CHUNK = 500   # values per IN (...) list


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _insert(conn: Connection, table: Table):
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(table).on_conflict_do_nothing()


def insert_ignoring(conn: Connection, table: Table, rows: list[dict]) -> None:
    """Insert rows (one executemany), skipping those whose key is there already."""
    if rows:
        conn.execute(_insert(conn, table), rows)


def insert_new(conn: Connection, table: Table, rows: list[dict], key: str = "id") -> set:
    """Insert rows whose `key` is not stored yet; returns the keys actually inserted."""
    if not rows:
        return set()
    stmt = _insert(conn, table).returning(table.c[key])
    return {row[0] for row in conn.execute(stmt, rows)}
