"""Measure `qawl ingest` on a data folder or archive: articles/s, CPU-seconds per article,
peak memory of the whole process tree (parent + workers), time to the first output line
and to the first stored article, stored / skipped / failed, and the share of stored
articles that have an outlet and a date. Figures only; nothing is asserted.

    python scripts/bench_ingest.py ../shared/corpora/news/saudinewsnet --db snn.sqlite [--workers 2]
    python scripts/bench_ingest.py PATH --db postgresql+psycopg://qawl:qawl@127.0.0.1:5432/qawl_ingest
    python scripts/bench_ingest.py PATH --db DB --dask tcp://127.0.0.1:8786
Run it twice on the same database to time a re-ingest (everything skipped).
Needs psutil (installed with the `test` or `dask` extra)."""
from __future__ import annotations

import argparse
import re
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
TALLY = re.compile(r"([\d,]+) stored, ([\d,]+) skipped, ([\d,]+) failed")


def tree_rss(process: psutil.Process) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    total = 0
    for p in [process, *process.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            continue
    return total


def watch(pid: int, peak: list[float], stop: threading.Event) -> None:
    """Every 0.2 s: the peak memory of the tree (peak[0]), the CPU seconds of the parent
    process alone (peak[1], its last reading), and the peak memory of the parent alone
    (peak[2])."""
    process = psutil.Process(pid)
    while not stop.is_set():
        try:
            peak[0] = max(peak[0], tree_rss(process))
            peak[2] = max(peak[2], process.memory_info().rss)
            times = process.cpu_times()
            peak[1] = times.user + times.system
        except psutil.Error:
            return
        stop.wait(0.2)


def read_lines(stream, started: float, marks: dict, key: str, keep: list) -> None:
    for line in stream:
        now = time.monotonic() - started
        marks.setdefault("first line", now)
        if ": stored" in line or ": already stored" in line:
            marks.setdefault("first article", now)
        if key == "err":
            keep.append(line)


def coverage(db: str) -> tuple[int, float, float]:
    """(articles, share with an outlet, share with a date) in the store."""
    from sqlalchemy import text

    from qawl.store import Store

    with Store(db).connect() as conn:
        n, outlet, date = conn.execute(text(
            "SELECT count(*), count(outlet), count(date) FROM articles")).one()
    return n, outlet / max(n, 1), date / max(n, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--db", required=True)
    parser.add_argument("--workers", type=int)
    parser.add_argument("--dask")
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    command = [sys.executable, "-m", "qawl.cli", "ingest", *args.paths, "--db", args.db]
    command += ["--workers", str(args.workers)] if args.workers is not None else []
    command += ["--dask", args.dask] if args.dask else []
    command += ["--limit", str(args.limit)] if args.limit else []
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               cwd=REPO)
    peak, stop, marks, errors = [0, 0.0, 0], threading.Event(), {}, []
    threads = [threading.Thread(target=watch, args=(process.pid, peak, stop)),
               threading.Thread(target=read_lines, args=(process.stdout, started, marks, "out", [])),
               threading.Thread(target=read_lines, args=(process.stderr, started, marks, "err", errors))]
    for t in threads:
        t.start()
    code = process.wait()
    elapsed = time.monotonic() - started
    stop.set()
    for t in threads:
        t.join()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = usage.ru_utime + usage.ru_stime
    found = TALLY.search("".join(errors[-3:]))
    stored, skipped, failed = (int(g.replace(",", "")) for g in found.groups()) if found else (0, 0, 0)
    done = stored + skipped + failed
    n, with_outlet, with_date = coverage(args.db)
    print(f"command            {' '.join(command[2:])}  (exit {code})")
    print(f"articles           {stored:,} stored, {skipped:,} skipped, {failed:,} failed")
    print(f"wall time          {elapsed:.1f} s   {done / elapsed:.1f} articles/s "
          f"({stored / elapsed:.1f} stored/s)")
    per = 1000 / max(done, 1)
    print(f"CPU time           {cpu:.1f} s   {cpu * per:.1f} ms per article (parent + workers; "
          f"of which the parent {peak[1] * per:.1f} ms, the workers {(cpu - peak[1]) * per:.1f} ms)")
    print(f"peak memory        {peak[0] / 2**20:.0f} MB (parent + workers, sampled every 0.2 s; "
          f"the parent alone at most {peak[2] / 2**20:.0f} MB)")
    print(f"first output       {marks.get('first line', float('nan')):.2f} s; "
          f"first article {marks.get('first article', float('nan')):.2f} s")
    print(f"store              {n:,} articles; {with_outlet:.1%} with outlet, {with_date:.1%} with date")


if __name__ == "__main__":
    main()
