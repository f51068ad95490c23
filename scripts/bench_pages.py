"""Render time of each dashboard page, measured with Streamlit's AppTest.

    python scripts/bench_pages.py [--repeat N]

Each page is opened once in its own AppTest (which pays AppTest's one-off start-up and fills
the caches), then run N more times; the median of those runs is the page's render time with
warm caches, as for a user moving between pages. `first load` is one run of the app on an
empty database in an already started process: the default article is read, parsed, stored
and drawn (Python imports and model loading are not included). `word-cloud image` is drawing
the default article's 80-word cloud, which the page then caches. Prints milliseconds on stdout
and asserts nothing (AppTest logs a harmless "missing ScriptRunContext" warning on stderr)."""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # qawl and views, when the package is not installed
PAGES = {"article": "views/article.py", "entities": "views/entities.py", "wordcloud": "views/wordcloud.py",
         "quotes": "views/quotes.py", "upload": "views/upload.py"}


def _timed_run(at) -> float:
    start = time.perf_counter()
    at.run()
    elapsed = time.perf_counter() - start
    if at.exception:
        raise RuntimeError(f"the app raised: {at.exception[0].value}")
    return elapsed


def _app(page: str):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
    at.switch_page(page)
    return at


def _cloud_time() -> float:
    """Drawing the default article's 80-word cloud (the page caches the image afterwards)."""
    from qawl import frames, parse
    from qawl.ingest import read_path
    from qawl.pipeline import DEFAULT_ARTICLE
    from qawl.wordcloud_image import render, to_png

    words = frames.word_frequencies(parse(read_path(DEFAULT_ARTICLE).text)).head(80)
    start = time.perf_counter()
    to_png(render(dict(zip(words["word"], words["count"])), max_words=80))
    return time.perf_counter() - start


def page_render_times(repeat: int = 5) -> dict[str, float]:
    """Seconds: {"first load": first run on an empty database, <page>: median warm render,
    "word-cloud image": drawing an 80-word cloud, paid once per article and options}."""
    old = os.environ.get("QAWL_DB")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["QAWL_DB"] = str(Path(tmp) / "warm-up.sqlite")
            at = _app(PAGES["upload"])
            _timed_run(at)  # imports, model loading, AppTest start-up
            os.environ["QAWL_DB"] = str(Path(tmp) / "bench.sqlite")
            at.switch_page(PAGES["article"])
            times = {"first load": _timed_run(at)}
            for name, path in PAGES.items():
                at = _app(path)
                _timed_run(at)
                times[name] = statistics.median(_timed_run(at) for _ in range(repeat))
            times["word-cloud image"] = _cloud_time()
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
        print(f"{name:16s} {seconds * 1000:7.0f} ms")


if __name__ == "__main__":
    main()
