"""What corrections cost on a real store: reading an article with and without corrections,
correcting one quote, and merging (then undoing) the two most quoted person identities,
which rebuilds the rows of every article they speak in.

    python scripts/bench_corrections.py DB [--reads 200]

DB is an SQLite file or a postgresql:// URL of a filled store. Every correction made here is
undone before the script ends (the edit log keeps them): run it on a copy all the same."""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text  # noqa: E402

from qawl.corrections import merge_speakers, set_speaker  # noqa: E402
from qawl.store import Store  # noqa: E402


def timed(work):
    start = time.perf_counter()
    result = work()
    return result, time.perf_counter() - start


def median_ms(store: Store, ids: list[str]) -> float:
    times = [timed(lambda: store.get(i))[1] for i in ids]
    return 1000 * statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db")
    parser.add_argument("--reads", type=int, default=200)
    args = parser.parse_args()
    store = Store(args.db)
    with store.connect() as conn:
        ids = [r[0] for r in conn.execute(text(
            "SELECT id FROM articles WHERE n_quotes > 0 ORDER BY id LIMIT :n"), {"n": args.reads})]
        people = conn.execute(text("SELECT id, name, n_articles FROM speakers WHERE kind = 'person' "
                                   "ORDER BY n_quotes DESC, id LIMIT 2")).all()
    print(f"store: {len(store)} articles, {args.db}")
    print(f"Store.get, no corrections: median {median_ms(store, ids):.1f} ms over {len(ids)} articles")
    article = store.get(ids[0])
    q = article.quotes[0]
    made, took = timed(lambda: store.correct(set_speaker(article.id, q.start, q.end, "متحدث للقياس")))
    print(f"correct one quote's speaker (one article's rows rebuilt): {1000 * took:.0f} ms")
    print(f"Store.get, with a correction stored: median {median_ms(store, ids):.1f} ms")
    _, took = timed(lambda: store.undo(made.id))
    print(f"undo it: {1000 * took:.0f} ms")
    if len(people) == 2:
        (a, name_a, n_a), (b, name_b, n_b) = people
        merge = merge_speakers(store.identity_names(b), name_a)
        made, took = timed(lambda: store.correct(merge))
        print(f"merge «{name_b}» ({n_b} articles) into «{name_a}» ({n_a} articles): {took:.1f} s")
        _, took = timed(lambda: store.undo(made.id))
        print(f"undo the merge: {took:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
