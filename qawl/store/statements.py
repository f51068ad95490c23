"""One statement over many parameter rows, straight to the driver: for the speaker tables'
updates and upserts of a batch (thousands of rows), SQLAlchemy's per-row parameter
processing took longer than the database. Same result as `conn.execute(statement, rows)`."""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from sqlalchemy import Connection, Dialect, Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql import Executable


@lru_cache(maxsize=64)
def _compiled(dialect: Dialect, statement: Executable, columns: tuple[str, ...]) -> tuple[str, tuple[str, ...] | None]:
    compiled = statement.compile(dialect=dialect, column_keys=list(columns))
    return compiled.string, tuple(compiled.positiontup) if compiled.positional else None


def execute_many(conn: Connection, statement: Executable, rows: Sequence[dict]) -> None:
    """Run `statement` once per row (one driver executemany); every row has the same keys,
    the statement's bound parameter names. Statements are cached: build them once."""
    if not rows:
        return
    sql, positions = _compiled(conn.dialect, statement, tuple(rows[0]))
    conn.exec_driver_sql(sql, [tuple(row[k] for k in positions) for row in rows] if positions else list(rows))


@lru_cache(maxsize=16)
def upsert(dialect: str, table: Table, add: str | None = None) -> Executable:
    """An insert into `table` that skips a row whose key is stored, or adds its `add`
    column to the stored row's (on SQLite and PostgreSQL alike)."""
    insert = (postgresql if dialect == "postgresql" else sqlite).insert(table)
    if add is None:
        return insert.on_conflict_do_nothing()
    keys = [c.name for c in table.primary_key.columns]
    return insert.on_conflict_do_update(index_elements=keys, set_={add: table.c[add] + insert.excluded[add]})
