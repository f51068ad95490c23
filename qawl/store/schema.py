"""The store's tables, the same on SQLite and PostgreSQL, and the full-text index of each.

`articles` holds the text, its metadata and the stored parse; every other table is derived
from the parse (see `rows.py`) and rebuilt whenever the article is parsed again.
`sentences.norm` is the sentence's normalised, clitic-free words joined by spaces; SQLite
indexes it with FTS5 (`sentences_fts`, external content, kept in step by triggers),
PostgreSQL with a GIN index on `to_tsvector('simple', norm)`."""
from __future__ import annotations

from sqlalchemy import (Boolean, Column, Connection, Float, Index, Integer, MetaData, PrimaryKeyConstraint,
                        Table, Text, false, inspect, text)

SCHEMA_VERSION = 8  # 1: the single `articles` table with parse_json (before the archive); 2: no corrections;
#                     3: no `corrected` column in mentions and quotes; 4: no `speaker_titles`; 5: no `entity_aliases`;
#                     6: `speaker_titles` without days; 7: `article_words` indexed by word too

metadata = MetaData()

articles = Table(
    "articles", metadata,
    Column("id", Text, primary_key=True),
    Column("title", Text), Column("outlet", Text),
    Column("date", Text),   # ISO 8601 as given
    Column("day", Text),    # YYYY-MM-DD, for grouping and filtering by day
    Column("url", Text), Column("author", Text), Column("origin", Text), Column("source", Text),
    Column("text", Text, nullable=False),
    Column("parse_json", Text, nullable=False),   # the parse without the text (rows.parse_json)
    Column("pipeline_version", Text, nullable=False),
    Column("added_at", Text, nullable=False),     # ISO 8601 UTC, microseconds
    Column("n_words", Integer), Column("n_entities", Integer), Column("n_quotes", Integer),
    Index("ix_articles_day", "day"),
    Index("ix_articles_outlet_day", "outlet", "day"),
    Index("ix_articles_added_at", "added_at"),
    # Covering indexes for the archive pages, so that choosing, ordering and listing
    # articles never reads the rows themselves (on SQLite the text and the parse sit in
    # each row, before added_at and the counts): latest first, as a page of the library,
    # or scanned for title words; by id, then ordered; by outlet, latest first.
    Index("ix_articles_listing", "day", "added_at", "id", "outlet", "title", "source",
          "n_words", "n_entities", "n_quotes"),
    Index("ix_articles_id_order", "id", "day", "added_at", "outlet"),
    Index("ix_articles_outlet_recent", "outlet", "day", "added_at", "id"),
)

mentions = Table(
    "mentions", metadata,
    Column("article_id", Text, nullable=False),
    Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
    Column("sentence_index", Integer),
    Column("text", Text), Column("canonical", Text),
    Column("entity_key", Text),   # qawl.normalise.key(canonical)
    Column("label", Text),
    Column("corrected", Boolean, nullable=False, server_default=false()),   # a reader changed its label
    Index("ix_mentions_entity", "entity_key", "label"),
    Index("ix_mentions_article", "article_id"),
)

quotes = Table(
    "quotes", metadata,
    Column("article_id", Text, nullable=False), Column("idx", Integer, nullable=False),
    Column("start", Integer), Column("end", Integer), Column("sentence_index", Integer),
    Column("type", Text), Column("quote", Text), Column("cue", Text),
    Column("speaker", Text), Column("speaker_mention", Text), Column("speaker_kind", Text),
    Column("speaker_role", Text),
    Column("speaker_id", Integer),   # speakers.id; NULL for an unknown speaker
    Column("rule", Text), Column("confidence", Float),
    Column("corrected", Boolean, nullable=False, server_default=false()),   # a reader set or added it
    PrimaryKeyConstraint("article_id", "idx"),
    Index("ix_quotes_speaker", "speaker_id"),
)

speakers = Table(
    "speakers", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", Text, nullable=False, unique=True),   # qawl.quotes.speaker_key of the name
    Column("name", Text), Column("kind", Text), Column("role", Text),
    Column("n_quotes", Integer, nullable=False, default=0),
    Column("n_articles", Integer, nullable=False, default=0),
    Index("ix_speakers_n_quotes", "n_quotes"),
)

speaker_aliases = Table(
    "speaker_aliases", metadata,
    Column("alias_key", Text, nullable=False), Column("speaker_id", Integer, nullable=False),
    PrimaryKeyConstraint("alias_key", "speaker_id"),
    Index("ix_speaker_aliases_speaker", "speaker_id"),
)

# Titles learned from the archive (qawl/store/titles.py): how many quotes of an identity gave it
# the title on a day (its articles' day; "" when undated).
speaker_title_days = Table(
    "speaker_title_days", metadata,
    Column("title_key", Text, nullable=False), Column("speaker_id", Integer, nullable=False),
    Column("day", Text, nullable=False), Column("n_quotes", Integer, nullable=False),
    PrimaryKeyConstraint("title_key", "speaker_id", "day"),
)

# A person's surname key and a full-name key that ends with it (qawl/store/entity_aliases.py).
entity_aliases = Table(
    "entity_aliases", metadata,
    Column("alias_key", Text, nullable=False), Column("entity_key", Text, nullable=False),
    PrimaryKeyConstraint("alias_key", "entity_key"),
    Index("ix_entity_aliases_entity", "entity_key"),
)

sentences = Table(
    "sentences", metadata,
    Column("article_id", Text, nullable=False), Column("idx", Integer, nullable=False),
    Column("start", Integer), Column("end", Integer),
    Column("norm", Text, nullable=False),
    PrimaryKeyConstraint("article_id", "idx"),
)

article_words = Table(
    "article_words", metadata,
    Column("article_id", Text, nullable=False), Column("key", Text, nullable=False),
    Column("count", Integer, nullable=False),
    PrimaryKeyConstraint("article_id", "key"),
    sqlite_with_rowid=False,   # the primary key is the row: half the size
)
# Words are only ever counted for chosen articles (by `article_id`, the key's prefix), never
# looked up by word: an index by word (schema 7) cost half the writing time of a large
# import (each article's 200 or so words inserted at random places of a second B-tree).
DROPPED_INDEXES = ("ix_article_words_key",)

# Human corrections (qawl.corrections), kept apart from the parse: never derived, never
# deleted with an article (the same text stored again gets them back). `article_id` is ""
# for an archive-wide speaker identity correction; `data` is the correction's JSON.
corrections = Table(
    "corrections", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Text, nullable=False), Column("kind", Text, nullable=False),
    Column("start", Integer), Column("end", Integer),
    Column("data", Text, nullable=False),
    Column("author", Text), Column("created_at", Text, nullable=False),
    Index("ix_corrections_article", "article_id"),
)

# Every correction made or undone: when, who (when known), what, the span before and after (JSON).
edit_log = Table(
    "edit_log", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", Text, nullable=False), Column("author", Text),
    Column("action", Text, nullable=False),   # "correct" | "undo"
    Column("correction_id", Integer), Column("article_id", Text), Column("kind", Text),
    Column("correction", Text), Column("before", Text), Column("after", Text),
    Index("ix_edit_log_article", "article_id"),
)

schema_version = Table("schema_version", metadata, Column("version", Integer, nullable=False))

DERIVED = (mentions, quotes, sentences, article_words)

SQLITE_FTS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5("
    "norm, content='sentences', content_rowid='rowid', tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER IF NOT EXISTS sentences_fts_insert AFTER INSERT ON sentences BEGIN "
    "INSERT INTO sentences_fts(rowid, norm) VALUES (new.rowid, new.norm); END",
    "CREATE TRIGGER IF NOT EXISTS sentences_fts_delete AFTER DELETE ON sentences BEGIN "
    "INSERT INTO sentences_fts(sentences_fts, rowid, norm) VALUES ('delete', old.rowid, old.norm); END",
)
POSTGRES_FTS = (
    "CREATE INDEX IF NOT EXISTS ix_sentences_norm_fts ON sentences "
    "USING GIN (to_tsvector('simple', norm))",
)


def create(conn: Connection) -> None:
    """Create every missing table, index and full-text index (existing ones are kept);
    the planner's statistics are gathered when an index was added to a stored table."""
    stored = "articles" in inspect(conn).get_table_names()
    before = {ix["name"] for ix in inspect(conn).get_indexes("articles")} if stored else set()
    metadata.create_all(conn, checkfirst=True)
    for index in articles.indexes:   # a table from schema 1 or 4 exists without some of them
        index.create(conn, checkfirst=True)
    for statement in SQLITE_FTS if conn.dialect.name == "sqlite" else POSTGRES_FTS:
        conn.execute(text(statement))
    if stored and {ix.name for ix in articles.indexes} - before:
        analyze(conn)


def analyze(conn: Connection) -> None:
    """Refresh the query planner's statistics of `articles` (its indexes only: 0.1 s for
    18,000 articles). Without them SQLite looks articles up by their primary key instead
    of the covering indexes above. Only this table: sampled statistics of `mentions` once
    made SQLite scan an entity's every mention per article (36 s for a co-occurrence), and
    exact ones would read millions of rows after each upload."""
    conn.exec_driver_sql("ANALYZE articles")


def drop(conn: Connection) -> None:
    """Drop every table of the store (tests and scripts/bench_store.py --reset)."""
    if conn.dialect.name == "sqlite":
        conn.execute(text("DROP TABLE IF EXISTS sentences_fts"))
    metadata.drop_all(conn, checkfirst=True)
