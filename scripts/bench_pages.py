"""Render time of each dashboard page: in headless Chromium against a given store, or with
Streamlit's AppTest on the default article.

    python scripts/bench_pages.py --db DB      # a real server on DB (SQLite file or postgresql:// URL)
    python scripts/bench_pages.py --db DB --only quotes --only speakers   # some views only
    python scripts/bench_pages.py --floor      # the same loads of a bare Streamlit page (title, one line)
    python scripts/bench_pages.py [--repeat N] # AppTest, default article only

With --db, each view (its URL chosen from what the store holds: its most mentioned entity,
most quoted speakers, a frequent word, its biggest outlet) is opened in a new browser tab
on a freshly started server, three times: "first" (a new browser profile, cold caches),
"new browser" (another new profile: the server's caches warm, the browser's empty) and
"second visit" (a new tab of that profile: its HTTP cache holds the front end's scripts,
as for a reader coming back). Each is the time until the page is idle (script run
finished, no skeleton); with --visits N the last two are each done N times (a new
profile each time) and their medians printed. With each time come the CPU seconds the server and the browser spent on it (the
figure to compare when other jobs share the machine). The server's resident memory is
printed at the end. --floor times a bare Streamlit page (a title and one st.write) served
and loaded the same way: what Streamlit's front end costs before any Qawl page draws.

Without --db:
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
sys.path.insert(0, str(ROOT / "scripts"))
PAGES = {"article": "views/article.py", "entities": "views/entities.py", "wordcloud": "views/wordcloud.py",
         "quotes": "views/quotes.py", "library": "views/library.py", "search": "views/search.py",
         "entity": "views/entity.py", "speakers": "views/speakers.py", "corpus": "views/corpus.py",
         "upload": "views/upload.py"}


def _timed_run(at) -> float:
    start = time.perf_counter()
    at.run()
    elapsed = time.perf_counter() - start
    if at.exception:
        raise RuntimeError(f"the app raised: {at.exception[0].value}")
    return elapsed


def _app(page: str):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=300)
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


def views(db: str) -> dict[str, str]:
    """Name -> URL path and query of each view to time, with arguments found in the store."""
    from urllib.parse import urlencode

    from bench_queries import arguments
    from qawl import queries
    from qawl.store import Store

    with Store(db).connect() as conn:
        found = arguments(conn)
        article = queries.library(conn, sort="quotes", limit=1)["id"].iloc[0]
    one = urlencode({"article": article})
    return {"article": f"?{one}", "entities": f"entities?{one}", "wordcloud": f"wordcloud?{one}",
            "quotes": f"quotes?{one}", "library": "library", "library: page 20 by quotes": "library?sort=quotes&page=20",
            "library: title words": "library?" + urlencode({"title": found["name"].split()[0]}),
            "search": "search?" + urlencode({"q": found["frequent"]}),
            "search: Arabic, outlet": "search?" + urlencode({"q": found["name"], "outlet": found["outlet"], "lang": "ar"}),
            "entity: top list": "entity", "entity": "entity?" + urlencode({"name": found["name"]}),
            "speakers": "speakers", "speakers: two side by side": "speakers?" + urlencode({"sp": found["speakers"]}, doseq=True),
            "corpus": "corpus", "corpus: outlet vs rest": "corpus?" + urlencode({"outlet": found["outlet"]}),
            "upload": "upload"}


LOADS = ("first", "new browser", "second visit")


def _load(context, url: str, server: int) -> tuple[float, float, float]:
    """Opening `url` in a new tab of `context` until the page is idle: (seconds, CPU
    seconds of the server `server`, CPU seconds of the browser's processes)."""
    from appserver import descendants_cpu, wait_for_idle

    tab = context.new_page()
    before, start = descendants_cpu(os.getpid()), time.perf_counter()
    tab.goto(url)
    wait_for_idle(tab, timeout=120)
    elapsed, after = time.perf_counter() - start, descendants_cpu(os.getpid())
    tab.close()
    used = {pid: cpu - before.get(pid, 0.0) for pid, cpu in after.items()}
    return elapsed, used.pop(server, 0.0), sum(used.values())


BARE_PAGE = 'import streamlit as st\n\nst.title("Bare page")\nst.write("One line of text.")\n'


def _print_loads(name: str, browser, url: str, server: int | None, visits: int = 1) -> None:
    """Time `url` in a new profile of `browser`, then `visits` times in another new profile
    and a second tab of it; print a row (the later two: medians over the visits)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    first = _load(context, url, server)
    context.close()
    fresh, again = [], []
    for _ in range(visits):
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        fresh.append(_load(context, url, server))
        again.append(_load(context, url, server))
        context.close()
    loads = [first] + [tuple(statistics.median(x) for x in zip(*runs)) for runs in (fresh, again)]
    print(f"{name:30s} " + "".join(f"{w:18.2f} ({s:4.2f} + {b:4.2f})   " for w, s, b in loads), flush=True)


def _header() -> None:
    print(f"{'view':30s} " + "".join(f"{name + ' s (CPU server+browser)':>36s}" for name in LOADS))


def floor_times(visits: int = 1) -> None:
    """Print the loads of a bare Streamlit page, served and loaded as the views are."""
    from appserver import chromium, free_port, running_app, server_pid

    port = free_port()
    with tempfile.TemporaryDirectory() as tmp, chromium() as browser:
        script = Path(tmp) / "bare.py"
        script.write_text(BARE_PAGE)
        with running_app(Path(tmp) / "unused.sqlite", port=port, script=script) as url:
            _header()
            _print_loads("bare Streamlit page", browser, url, server_pid(port), visits)


def browser_times(db: str, only: list[str] | None = None, visits: int = 1) -> None:
    """Print each view's loads in headless Chromium (seconds until idle, and the CPU
    seconds the server and the browser spent), then the server's memory. "first": a new
    browser profile on the freshly started server; "new browser": again in another new
    profile (server caches warm, browser cache empty); "second visit": a new tab of that
    profile (its HTTP cache holds the front end's scripts, as for a returning reader)."""
    from appserver import chromium, free_port, running_app, server_pid, server_rss

    port = free_port()
    with running_app(db, port=port, timeout=300) as url, chromium() as browser:
        server = server_pid(port)
        _header()
        for name, path in views(db).items():
            if only and not any(name.startswith(o) for o in only):
                continue
            _print_loads(name, browser, f"{url}/{path}", server, visits)
        rss = server_rss(port)
        print(f"server memory: {rss / 2**20:.0f} MB" if rss else "server memory: unknown")


def main() -> None:
    parser = argparse.ArgumentParser(description="Render time of each dashboard page.")
    parser.add_argument("--db", help="time each view in headless Chromium against this store")
    parser.add_argument("--floor", action="store_true", help="time a bare Streamlit page the same way")
    parser.add_argument("--only", action="append", help="with --db: time only the views whose name starts with this (repeatable)")
    parser.add_argument("--visits", type=int, default=1,
                        help="browser loads: repeat the new-browser and second visits, print the medians")
    parser.add_argument("--repeat", type=int, default=5, help="warm runs per page (median reported; AppTest)")
    args = parser.parse_args()
    if args.floor:
        floor_times(args.visits)
        return
    if args.db:
        browser_times(args.db, args.only, args.visits)
        return
    for name, seconds in page_render_times(args.repeat).items():
        print(f"{name:16s} {seconds * 1000:7.0f} ms")


if __name__ == "__main__":
    main()
