"""Render time of each dashboard page, measured with Streamlit's AppTest on a fresh database.

    python scripts/bench_pages.py [--repeat N]

`first load` is the first script run on an empty database (the default article is parsed
and stored, caches are cold); each page's figure is the median of N further runs of that
page (caches warm, as for a user moving between pages). Prints milliseconds on stdout and
asserts nothing (AppTest logs a harmless "missing ScriptRunContext" warning per run on stderr)."""
from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = {"article": "views/article.py", "entities": "views/entities.py", "wordcloud": "views/wordcloud.py",
         "quotes": "views/quotes.py", "upload": "views/upload.py"}


def _run(page: str | None) -> float:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
    if page:
        at.switch_page(page)
    start = time.perf_counter()
    at.run()
    elapsed = time.perf_counter() - start
    if at.exception:
        raise RuntimeError(f"{page or 'app.py'} raised: {at.exception[0].value}")
    return elapsed


def page_render_times(repeat: int = 5) -> dict[str, float]:
    """Seconds: {"first load": cold start on a fresh database, <page>: median warm render}."""
    old = os.environ.get("QAWL_DB")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["QAWL_DB"] = str(Path(tmp) / "bench.sqlite")
        try:
            times = {"first load": _run(None)}
            for name, path in PAGES.items():
                times[name] = statistics.median(_run(path) for _ in range(repeat))
        finally:
            if old is None:
                os.environ.pop("QAWL_DB", None)
            else:
                os.environ["QAWL_DB"] = old
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description="Render time of each dashboard page.")
    parser.add_argument("--repeat", type=int, default=5, help="warm runs per page (median reported)")
    args = parser.parse_args()
    for name, seconds in page_render_times(args.repeat).items():
        print(f"{name:12s} {seconds * 1000:8.0f} ms")


if __name__ == "__main__":
    main()
