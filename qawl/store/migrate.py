"""The one migration path: `schema_version` holds the version of the schema in use.

0: an empty database; 1: the store before the archive (one `articles` table with the
parse as JSON, no metadata, no `schema_version`); 2: the archive tables; 3: with the
`corrections` and `edit_log` tables (2 → 3 only creates them); 4: with the `corrected` column
of `mentions` and `quotes` (3 → 4 adds it in place, then rebuilds the derived rows of the
articles a correction touches, in the same transaction, so their marks are set); 5: with
`speaker_titles` (4 → 5 only creates it: titles are learned from the articles written or
re-parsed from then on); 6: with `entity_aliases` (5 → 6 creates it and fills it from the
stored mentions); 7: with `speaker_title_days` (6 → 7 replaces `speaker_titles`: the
counts by day are learned again from the stored quotes); 8: without the index of
`article_words` by word (7 → 8 drops it).
Upgrading 1 → 2 adds the new columns in place (no article is copied or lost), then the
store rebuilds the derived rows of every article from its stored parse and only then
records version 2, so an interrupted upgrade simply continues at the next open."""
from __future__ import annotations

from sqlalchemy import Connection, false, inspect, select, text

from . import schema
from .corrections import from_row, machine_parses
from .editing import touched
from .entity_aliases import fill as fill_entity_aliases
from .titles import fill as fill_title_days
from .schema import SCHEMA_VERSION, articles, corrections, mentions, quotes, schema_version
from .writes import rederive

OK, REBUILD, NEWER, OLDER = "ok", "rebuild", "newer", "older"
PG_LOCK = 7_172_000   # advisory lock: one schema change at a time on PostgreSQL


def stored_version(conn: Connection) -> int:
    tables = set(inspect(conn).get_table_names())
    if "schema_version" in tables:
        version = conn.execute(select(schema_version.c.version)).scalar()
        if version is not None:
            return version
    return 1 if "articles" in tables else 0


def upgrade(conn: Connection, read_only: bool = False) -> str:
    """Bring the schema up to date: OK, REBUILD (derived rows still to build, then call
    `finish`), NEWER (made by a newer Qawl) or OLDER (needs an upgrade we may not write)."""
    if conn.dialect.name == "postgresql" and not read_only:
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_LOCK})
    version = stored_version(conn)
    if version > SCHEMA_VERSION:
        return NEWER
    if read_only:
        return OK if version == SCHEMA_VERSION else OLDER
    if version == 1:
        _add_missing_columns(conn)
    schema.create(conn)
    if 1 < version < 4:
        _add_corrected(conn)
    if 1 < version < 6:
        fill_entity_aliases(conn)
    if 1 < version < 7:
        fill_title_days(conn)
    if 1 < version < 8:
        _drop_unused_indexes(conn)
    if version == 0:
        conn.execute(schema_version.insert().values(version=SCHEMA_VERSION))
    elif 1 < version < SCHEMA_VERSION:
        conn.execute(schema_version.update().values(version=SCHEMA_VERSION))
    return REBUILD if version == 1 else OK


def finish(conn: Connection) -> None:
    """Record the current version once the derived rows are built."""
    if conn.execute(select(schema_version.c.version)).scalar() is None:
        conn.execute(schema_version.insert().values(version=SCHEMA_VERSION))


def _add_corrected(conn: Connection) -> None:
    """Schema 2 or 3 → 4: add the `corrected` column, then mark what corrections changed."""
    default = false().compile(dialect=conn.dialect)
    for table in (mentions, quotes):
        if "corrected" not in {c["name"] for c in inspect(conn).get_columns(table.name)}:
            conn.execute(text(f"ALTER TABLE {table.name} ADD COLUMN corrected BOOLEAN NOT NULL DEFAULT {default}"))
    ids: set[str] = set()
    for row in conn.execute(select(corrections).order_by(corrections.c.id)):
        ids.update(touched(conn, from_row(row)))
    if ids:
        rederive(conn, machine_parses(conn, sorted(ids)))


def _drop_unused_indexes(conn: Connection) -> None:
    for name in schema.DROPPED_INDEXES:
        conn.execute(text(f"DROP INDEX IF EXISTS {name}"))


def _add_missing_columns(conn: Connection) -> None:
    present = {c["name"] for c in inspect(conn).get_columns("articles")}
    preparer = conn.dialect.identifier_preparer
    for column in articles.columns:
        if column.name not in present:
            conn.execute(text(f"ALTER TABLE articles ADD COLUMN {preparer.quote(column.name)} "
                              f"{column.type.compile(conn.dialect)}"))
    conn.execute(text("UPDATE articles SET origin = CASE source WHEN 'default' THEN 'default' "
                      "WHEN 'pasted' THEN 'paste' ELSE 'file' END WHERE origin IS NULL"))
