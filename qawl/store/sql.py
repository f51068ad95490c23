"""Small SQL helpers that read the same on SQLite and PostgreSQL."""
from __future__ import annotations

from functools import lru_cache
from operator import itemgetter
from typing import Iterator, Sequence, TypeVar

from sqlalchemy import Connection, Dialect, Table
from sqlalchemy.dialects import postgresql, sqlite

T = TypeVar("T")
CHUNK = 500   # values per IN (...) list


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


@lru_cache(maxsize=64)
def _plain_insert(dialect: Dialect, table: Table, columns: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    compiled = table.insert().compile(dialect=dialect, column_keys=list(columns))
    return compiled.string, tuple(compiled.positiontup)


def _getter(columns: tuple[str, ...]):
    """row dict -> tuple of these columns' values."""
    return itemgetter(*columns) if len(columns) > 1 else (lambda row: (row[columns[0]],))


def insert_many(conn: Connection, table: Table, rows: list[dict]) -> None:
    """Insert many rows of the same columns: COPY on PostgreSQL, one driver executemany on
    SQLite. For the thousands of derived rows of a batch, SQLAlchemy's per-row processing
    (and PostgreSQL's per-statement cost) would take longer than storing them."""
    if not rows:
        return
    columns = tuple(rows[0])
    if conn.dialect.name == "postgresql":
        quote = conn.dialect.identifier_preparer.quote
        cursor = conn.connection.driver_connection.cursor()
        with cursor.copy(f"COPY {quote(table.name)} ({', '.join(map(quote, columns))}) FROM STDIN") as copy:
            values = _getter(columns)
            for row in rows:
                copy.write_row(values(row))
        return
    statement, positions = _plain_insert(conn.dialect, table, columns)
    values = _getter(positions)
    conn.exec_driver_sql(statement, [values(row) for row in rows])


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
