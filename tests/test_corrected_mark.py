"""The ✎ mark across the archive, on SQLite and PostgreSQL: the derived `quotes` and
`mentions` rows say which a reader corrected, the archive queries and the exports carry it,
and a schema-3 store (without the column) gains it with the marks of its corrections."""
import csv
import io
import json

from sqlalchemy import create_engine
from sqlalchemy import text as sql
from store_backends import store_url  # noqa: F401  (pytest fixture)
from test_export import corrected_store
from test_store_corrections import TEXT, first, rows, span

from qawl import queries
from qawl.cli import main
from qawl.corrections import set_speaker
from qawl.store import Store, schema
from qawl.store.database import forget, resolve_url


def speaker_id(store, name):
    return rows(store, "SELECT speaker_id FROM quotes WHERE speaker = :n", n=name)[0][0]


def test_the_speaker_query_marks_a_corrected_quote_and_not_the_others(store_url):
    store, a = Store(store_url), first()
    store.add(a)
    store.correct(set_speaker(a.id, *span(TEXT, "الخطة جاهزة"), "سامي الخطيب"))
    with store.connect() as conn:
        fixed = queries.speaker_quotes(conn, speaker_id(store, "سامي الخطيب"))
        machine = queries.speaker_quotes(conn, speaker_id(store, "الوزارة"))
    assert list(zip(fixed["quote"], fixed["corrected"])) == [("الخطة جاهزة", True)]
    assert list(zip(machine["quote"], machine["corrected"])) == [("التنفيذ يبدأ غدا", False)]


def test_entity_queries_mark_a_relabelled_entity(store_url):
    store, _ = corrected_store(store_url)   # القاهرة relabelled PER → LOC
    with store.connect() as conn:
        recent = queries.recent_entities(conn)
        like = queries.entities_like(conn, "القاهرة")
        together = queries.cooccurring(conn, "مصر")
    assert dict(zip(recent["name"], recent["corrected"])) == {"خالد سالم": False, "القاهرة": True, "مصر": False}
    assert list(zip(like["name"], like["corrected"])) == [("القاهرة", True)]
    assert dict(zip(together["name"], together["corrected"])) == {"خالد سالم": False, "القاهرة": True}


def test_csv_and_json_exports_say_what_a_reader_corrected(store_url, tmp_path, capsys):
    corrected_store(store_url)
    out = tmp_path / "quotes.csv"
    assert main(["export", "--db", store_url, "--format", "csv", "--out", str(out)]) == 0
    [quote] = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert (quote["speaker"], quote["corrected"]) == ("سامي الخطيب", "True")
    assert main(["export", "--db", store_url, "--format", "json", "--table", "entities"]) == 0
    entities = json.loads(capsys.readouterr().out)
    assert [(e["text"], e["corrected"]) for e in entities] == \
        [("خالد سالم", False), ("القاهرة", True), ("مصر", False)]


def test_a_schema_3_store_gains_the_column_and_the_marks_of_its_corrections(store_url):
    corrected_store(store_url)
    forget(store_url)
    engine = create_engine(resolve_url(store_url))
    with engine.begin() as conn:   # the store as schema 3 left it: no `corrected` column
        for table in ("quotes", "mentions"):
            conn.execute(sql(f"ALTER TABLE {table} DROP COLUMN corrected"))
        conn.execute(schema.schema_version.update().values(version=3))
    engine.dispose()
    store = Store(store_url)
    assert rows(store, "SELECT version FROM schema_version") == [(schema.SCHEMA_VERSION,)]
    assert [(s, bool(c)) for s, c in rows(store, "SELECT speaker, corrected FROM quotes")] == [("سامي الخطيب", True)]
    assert sorted((t, bool(c)) for t, c in rows(store, "SELECT text, corrected FROM mentions")) == \
        sorted([("خالد سالم", False), ("القاهرة", True), ("مصر", False)])
