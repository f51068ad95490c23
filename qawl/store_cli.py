"""`qawl ingest PATH_OR_URL... [--db DB] [--workers N | --dask SCHEDULER]`: store
articles, archives and web pages in the database."""
from __future__ import annotations

import argparse
import signal
import sys
from itertools import islice
from typing import Iterator

INTERRUPTED = 130  # the shell's code for a command stopped by Ctrl-C


def _items(inputs: list[str], meter) -> Iterator:
    from .errors import IngestError
    from .ingest.sources import iter_path
    from .ingest.url import is_url, read_url

    for given in inputs:
        if is_url(given):
            try:
                yield read_url(given)
            except IngestError as error:
                yield error
        else:
            yield from iter_path(given, meter)


def _parser(args: argparse.Namespace):
    from .ingest.parsers import DaskParser, ProcessParser, SerialParser

    if args.dask:
        return DaskParser(args.dask)
    return SerialParser() if args.workers == 0 else ProcessParser(args.workers)


def _stopper(ingest):
    """SIGINT handler: the first Ctrl-C lets the run stop cleanly (finished articles are
    written and counted), a second one stops at once."""
    def handler(signum, frame) -> None:
        if ingest.stopping:
            raise KeyboardInterrupt
        ingest.stop()
    return handler


def cmd_ingest(args: argparse.Namespace) -> int:
    """Progress on a terminal, else one line per article; a summary at the end (or on
    Ctrl-C, exit 130). Exit 1 when any article failed, 2 when the database cannot open."""
    from .ingest.sources import Meter, input_size

    meter = Meter(input_size(p for p in args.paths if "://" not in p))
    where = f"on {args.dask}" if args.dask else (
        "in this process" if args.workers == 0 else f"with {args.workers or 'one per core'} workers")
    print(f"qawl: ingesting {len(args.paths)} input(s), {meter.total / 2**20:,.1f} MB, "
          f"parsing {where}", file=sys.stderr, flush=True)   # before the slow imports
    from .errors import StoreError
    from .ingest import Ingest
    from .ingest.progress import Progress
    from .store import Store

    try:
        store = Store(args.db)
    except StoreError as error:
        print(f"qawl: {error}", file=sys.stderr)
        return 2
    try:
        parser = _parser(args)
    except (OSError, TimeoutError) as error:  # a Dask scheduler that does not answer
        print(f"qawl: cannot reach the Dask scheduler at {args.dask} ({error})", file=sys.stderr)
        return 2
    progress = Progress(meter)
    ingest = Ingest(store, report=progress, parser=parser)
    previous = signal.signal(signal.SIGINT, _stopper(ingest))
    try:
        ingest.run(islice(_items(args.paths, meter), args.limit))
    except KeyboardInterrupt:
        progress.close()
        print(f"qawl: interrupted: {progress.summary()} so far", file=sys.stderr, flush=True)
        return INTERRUPTED
    finally:
        signal.signal(signal.SIGINT, previous)
    progress.close()
    print(f"qawl: {progress.summary()}", file=sys.stderr)
    return 1 if progress.tally.failed else 0


def add_subcommands(subparsers: argparse._SubParsersAction) -> None:
    """Register `ingest` on the `qawl` command's subparsers."""
    p = subparsers.add_parser(
        "ingest", help="store articles in the database: files (.txt, .html, .docx), archives "
                       "(.json, .jsonl, .csv, TREC .txt, .zip), folders, http(s) URLs")
    p.add_argument("paths", nargs="+", metavar="PATH_OR_URL")
    p.add_argument("--db", metavar="DB", help="SQLite file or postgresql:// URL "
                                              "(default: $QAWL_DB or data/qawl.sqlite)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--workers", type=int, default=None, metavar="N",
                       help="parsing processes (default: one per core; 0: in this process)")
    where.add_argument("--dask", metavar="SCHEDULER",
                       help="parse on a Dask cluster (scheduler address, e.g. tcp://host:8786)")
    p.add_argument("--limit", type=int, metavar="N", help="stop after N articles (for trials)")
    p.set_defaults(func=cmd_ingest)
