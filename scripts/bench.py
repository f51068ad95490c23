"""Print how fast Qawl is: model loading, parse time per article, and each page's render time.

    python scripts/bench.py [FILES_OR_DIRS ...]      (default: the default article)

JSON files are read as {"text": ..., "title": ...} (the layout of the annotated samples);
other files go through the normal ingest readers. Figures only; nothing is asserted."""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qawl.ingest import read_path  # noqa: E402
from qawl.ner import load_recognizer  # noqa: E402
from qawl.pipeline import DEFAULT_ARTICLE, parse  # noqa: E402


def documents(paths: list[Path]) -> list[tuple[str, str]]:
    files = [f for p in paths for f in (sorted(p.iterdir()) if p.is_dir() else [p]) if f.suffix != ".md"]
    out = []
    for f in files:
        if f.suffix == ".json":
            out.append((f.name, json.loads(f.read_text(encoding="utf-8"))["text"]))
        else:
            out.append((f.name, read_path(f).text))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path, default=[DEFAULT_ARTICLE])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-pages", action="store_true", help="skip the page render timings")
    args = ap.parse_args()

    t0 = time.perf_counter()
    load_recognizer()
    print(f"model load: {time.perf_counter() - t0:.3f} s")

    times = []
    for name, text in documents(args.paths):
        runs = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            parse(text)
            runs.append(time.perf_counter() - t0)
        best = min(runs)
        times.append(best)
        print(f"parse {name}: {len(text.split())} words, {best * 1000:.1f} ms (best of {args.repeat})")
    if len(times) > 1:
        print(f"parse median: {statistics.median(times) * 1000:.1f} ms per article")

    if not args.no_pages:
        from bench_pages import page_render_times
        for page, seconds in page_render_times().items():
            print(f"page {page}: {seconds * 1000:.0f} ms")


if __name__ == "__main__":
    main()
