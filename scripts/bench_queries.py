"""Time of each archive query (qawl.queries) against a given store.

    python scripts/bench_queries.py DB [--repeat N] [--only TEXT] [--copy-from OTHER_DB]

DB is a SQLite file or a postgresql:// URL (--copy-from first copies every row of another
store into DB, which must be empty: the same archive on the other backend, without parsing
it again). The arguments are taken from the store itself:
its most mentioned entity of the latest articles, its most quoted speakers, its biggest
outlet, a frequent and a rare word of its latest articles. Each query runs once cold and
N times more; the median is printed in milliseconds with the size of its answer. Prints
figures and asserts nothing."""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))   # qawl, when not installed

from qawl import queries as Q  # noqa: E402
from qawl.store import Store  # noqa: E402


def arguments(conn) -> dict:
    """Realistic arguments found in the store: an entity, speakers, an outlet, words, days."""
    entity = Q.recent_entities(conn, limit=1)
    speakers = Q.top_speakers(conn, limit=2)
    outlets = Q.library(conn, limit=500)["outlet"].dropna()
    words = Q.word_counts(conn, Q.Selection(cap=200), limit=None)
    first, last = Q.day_range(conn)
    return {"entity": entity["entity_key"].iloc[0], "name": entity["name"].iloc[0],
            "speakers": [int(i) for i in speakers["id"]], "outlet": outlets.mode().iloc[0] if len(outlets) else None,
            "frequent": words["key"].iloc[0], "rare": words["key"].iloc[len(words) // 2],
            "month": Q.Filter(start=last[:8] + "01", end=last) if last else Q.Filter()}


def cases(a: dict) -> dict:
    """name -> function of a connection: the queries the pages run."""
    outlet, month = Q.Filter(outlet=a["outlet"]), a["month"]
    return {
        "library: first page": lambda c: Q.library(c),
        "library: count": lambda c: Q.count_articles(c),
        "library: title words, by quotes": lambda c: Q.library(c, Q.Filter(title=a["name"].split()[0]), "quotes"),
        "library: outlet, page 20": lambda c: Q.library(c, outlet, offset=19 * 50),
        "outlets + day range": lambda c: (Q.outlets(c), Q.day_range(c)),
        "search counts: frequent word": lambda c: Q.search_counts(c, a["frequent"]),
        "search hits: frequent word": lambda c: Q.search_hits(c, a["frequent"]),
        "search hits: page 10": lambda c: Q.search_hits(c, a["frequent"], offset=9 * 25, limit=25),
        "search counts: rare word": lambda c: Q.search_counts(c, a["rare"]),
        "search: two-word phrase, outlet": lambda c: Q.search_hits(c, a["name"], outlet),
        "entity: recent top entities": lambda c: Q.recent_entities(c, limit=25),
        "entity: name lookup": lambda c: Q.entities_like(c, a["name"][:3]),
        "entity: days": lambda c: Q.entity_days(c, a["entity"]),
        "entity: articles page": lambda c: Q.entity_articles(c, a["entity"]),
        "entity: co-occurring (article)": lambda c: Q.cooccurring(c, a["entity"]),
        "entity: co-occurring (sentence)": lambda c: Q.cooccurring(c, a["entity"], same_sentence=True),
        "entity: heatmap sets": lambda c: Q.entity_sets(c, a["entity"], list(Q.cooccurring(c, a["entity"])["entity_key"][:9])),
        "speakers: leaderboard + count": lambda c: (Q.top_speakers(c, ["person", "organisation", "group"]),
                                                    Q.count_speakers(c, ["person", "organisation", "group"])),
        "speakers: quotes of the top one": lambda c: Q.speaker_quotes(c, a["speakers"][0]),
        "speakers: days of two": lambda c: Q.speaker_days(c, a["speakers"]),
        "corpus: words, latest articles": lambda c: Q.word_counts(c, Q.Selection(), 500),
        "corpus: words, outlet": lambda c: Q.word_counts(c, Q.Selection(outlet), 500),
        "corpus: words, search": lambda c: Q.word_counts(c, Q.Selection(query=a["name"]), 500),
        "corpus: rest of archive (contrast)": lambda c: Q.word_counts(c, Q.Selection(), 5000, Q.Selection(month)),
    }


def copy_store(source: Store, target: Store, chunk: int = 5000) -> None:
    """Every row of `source` into the empty store `target` (then its statistics)."""
    from sqlalchemy import func, select, text

    from qawl.store import schema
    from qawl.store.sql import insert_many

    tables = [t for t in schema.metadata.sorted_tables if t.name != "schema_version"]
    with source.connect() as src:
        for table in tables:
            rows = src.execution_options(yield_per=chunk).execute(select(table)).mappings()
            for part in rows.partitions(chunk):
                target.db.run(lambda conn: insert_many(conn, table, [dict(r) for r in part]), write=True)
            print(f"copied {table.name}", file=sys.stderr, flush=True)
    if target.dialect == "postgresql":
        def sequences(conn) -> None:
            for table in ("speakers", "corrections", "edit_log"):
                top = conn.execute(select(func.max(schema.metadata.tables[table].c.id))).scalar()
                if top:
                    conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), {top})"))
        target.db.run(sequences, write=True)
    target.analyze()


def size(result) -> str:
    if hasattr(result, "__len__") and not isinstance(result, tuple):
        return f"{len(result)} rows"
    return "" if isinstance(result, tuple) else str(result)


def main() -> None:
    parser = argparse.ArgumentParser(description="Time of each archive query against a store.")
    parser.add_argument("db", help="SQLite file or postgresql:// URL")
    parser.add_argument("--repeat", type=int, default=3, help="warm runs per query (median reported)")
    parser.add_argument("--only", metavar="TEXT", default="", help="only the queries whose name contains TEXT")
    parser.add_argument("--copy-from", metavar="OTHER_DB", help="copy this store's rows into DB first")
    args = parser.parse_args()
    store = Store(args.db)
    if args.copy_from:
        copy_store(Store(args.copy_from), store)
    print(f"{len(store)} articles in {store.dialect}")
    with store.connect() as conn:
        found = arguments(conn)
        print("entity:", found["name"], "| outlet:", found["outlet"], "| words:", found["frequent"], found["rare"])
        for name, run in cases(found).items():
            if args.only not in name:
                continue
            start = time.perf_counter()
            result = run(conn)
            cold = time.perf_counter() - start
            warm = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                run(conn)
                warm.append(time.perf_counter() - start)
            print(f"{name:38s} cold {cold * 1000:7.0f} ms   warm {statistics.median(warm) * 1000:7.0f} ms   {size(result)}")


if __name__ == "__main__":
    main()
