"""Store write speed and size: parse real articles once, then time only the writes.

    python scripts/bench_store.py DB [--corpus DIR] [--n 300] [--copies 5] [--reset]

DB is an SQLite file or a postgresql:// URL of an EMPTY store (--reset drops the store's
tables first). The first run parses --n SaudiNewsNet articles (spread over the corpus's
days and outlets) and caches the parses in --cache; every run writes them --copies times
(each copy's text gets a distinct last line, so it is a new article with the same derived
rows) with `Store.add_many`, and prints articles/s for the writes alone, the store size per
article, and the time of a few reads."""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import zipfile
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text  # noqa: E402

from qawl.doc import Article, ArticleMeta  # noqa: E402
from qawl.store import Store, schema  # noqa: E402
from qawl.store.database import forget  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "news" / "saudinewsnet"
TABLES = ("articles", "mentions", "quotes", "speakers", "speaker_aliases", "sentences", "article_words")


def sample(corpus: Path, n: int) -> list[dict]:
    """n articles taken evenly from every day file of the corpus."""
    days = sorted(corpus.glob("*.zip"))
    if not days:
        sys.exit(f"no SaudiNewsNet .zip files in {corpus} (give --corpus)")
    per_day, out = -(-n // len(days)), []
    for day in days:
        with zipfile.ZipFile(day) as z:
            items = json.loads(z.read(z.namelist()[0]))
        step = max(1, len(items) // per_day)
        out += [x for x in items[::step] if x.get("content")][:per_day]
    return out[:n]


def parsed(corpus: Path, n: int, cache: Path) -> list[tuple[Article, ArticleMeta]]:
    from qawl.pipeline import parse

    if not cache.exists():
        cache.parent.mkdir(parents=True, exist_ok=True)
        started, partial = time.perf_counter(), cache.with_suffix(".partial")
        with open(partial, "w", encoding="utf-8") as f:
            for item in sample(corpus, n):
                meta = ArticleMeta(title=item.get("title"), outlet=item.get("source"),
                                   date=(item.get("date_extracted") or "").replace(" ", "T") or None,
                                   url=item.get("url"), author=item.get("author"), origin="import",
                                   source=item.get("url") or "")
                f.write(json.dumps({"parse": parse(item["content"], meta.title).to_json(),
                                    "meta": meta.__dict__}, ensure_ascii=False) + "\n")
        partial.replace(cache)
        print(f"parsed {n} articles in {time.perf_counter() - started:.1f} s (cached in {cache})")
    with open(cache, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    return [(Article.from_json(r["parse"]), ArticleMeta(**r["meta"])) for r in rows]


def copies(pairs: list[tuple[Article, ArticleMeta]], k: int) -> list[tuple[Article, ArticleMeta]]:
    """k variants of every article: the same parse, a distinct last line, so a distinct id."""
    return [(replace(a, text=f"{a.text}\n{i}", id=""), m) for i in range(k) for a, m in pairs]


def size_bytes(store: Store) -> int:
    if store.dialect == "sqlite":
        with store.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        return sum(os.path.getsize(p) for p in (str(store.path), f"{store.path}-wal") if os.path.exists(p))
    with store.connect() as conn:
        return conn.execute(text("SELECT sum(pg_total_relation_size(t)) FROM unnest(CAST(:t AS text[])) AS t"),
                            {"t": list(TABLES)}).scalar()


def timed(label: str, work) -> None:
    started = time.perf_counter()
    result = work()
    print(f"{label}: {(time.perf_counter() - started) * 1000:.1f} ms ({result})")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("db")
    p.add_argument("--corpus", type=Path, default=CORPUS)
    p.add_argument("--n", type=int, default=300)
    p.add_argument("--copies", type=int, default=5)
    p.add_argument("--batch", type=int, default=100)
    p.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "qawl" / "bench_store.jsonl")
    p.add_argument("--reset", action="store_true", help="drop the store's tables first")
    args = p.parse_args()
    pairs = copies(parsed(args.corpus, args.n, args.cache), args.copies)
    if args.reset:
        store = Store(args.db)
        with store.db.engine.begin() as conn:
            schema.drop(conn)
        forget(args.db)
    store = Store(args.db)
    if len(store):
        print(f"{args.db} is not empty: give an empty store or --reset", file=sys.stderr)
        return 2
    started, cpu = time.perf_counter(), time.process_time()
    stored = store.add_many(pairs, batch_size=args.batch)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"{store.dialect}: wrote {sum(stored)} articles in {seconds:.2f} s: {sum(stored) / seconds:.0f} articles/s "
          f"({seconds / len(pairs) * 1000:.1f} ms per article, of which {cpu / len(pairs) * 1000:.1f} ms CPU "
          f"in this process; batches of {args.batch}; load average {os.getloadavg()[0]:.1f})")
    text_mb = sum(len(a.text.encode()) for a, _ in pairs) / len(pairs) / 1024
    print(f"size: {size_bytes(store) / len(pairs) / 1024:.1f} KB per article (text alone {text_mb:.1f} KB)")
    ids = [a.id for a, _ in pairs]
    timed("existing_ids of every article", lambda: len(store.existing_ids(ids)))
    started = time.perf_counter()
    again = store.add_many(pairs[:args.batch], batch_size=args.batch)
    print(f"re-adding {args.batch} stored articles: {(time.perf_counter() - started) * 1000:.0f} ms, "
          f"{sum(again)} written")
    timed("get one article", lambda: len(store.get(ids[len(ids) // 2]).entities))
    timed("search «الرياض»", lambda: len(store.search("الرياض", limit=1000)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
