"""`qawl articles [--db DB] [--json]` lists the archive; `qawl reparse [--db DB]` parses
again every article made by an older pipeline. Output is streamed: a big archive is never
held in memory."""
from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

DB_HELP = "database file or postgresql:// URL (default: $QAWL_DB or data/qawl.sqlite)"


def write_json_array(rows, out: TextIO) -> int:
    """Write rows as one JSON array, one object per line; returns how many."""
    n = 0
    out.write("[")
    for n, row in enumerate(rows, 1):
        out.write(("\n" if n == 1 else ",\n") + json.dumps(row, ensure_ascii=False))
    out.write("\n]\n" if n else "]\n")
    return n


def cmd_articles(args: argparse.Namespace) -> int:
    from .errors import StoreError
    from .store import Store

    try:
        rows = Store(args.db).iter_articles()
        if args.json:
            write_json_array(rows, sys.stdout)
        else:
            for row in rows:
                print("\t".join(row[c] or "" for c in ("id", "date", "outlet", "title")))
    except StoreError as error:
        print(f"qawl: {error}", file=sys.stderr)
        return 2
    return 0


def cmd_reparse(args: argparse.Namespace) -> int:
    from .errors import StoreError
    from .store import Store

    def progress(done: int, total: int) -> None:
        print(f"{done}/{total} articles parsed again", file=sys.stderr, flush=True)

    try:
        n = Store(args.db).reparse_stale(progress=progress)
    except StoreError as error:
        print(f"qawl: {error}", file=sys.stderr)
        return 2
    print(f"{n} articles parsed again" if n else "every article is up to date")
    return 0


def add_subcommands(subparsers: argparse._SubParsersAction) -> None:
    """Register `articles` and `reparse` on the `qawl` command's subparsers."""
    p = subparsers.add_parser("articles", help="list the stored articles")
    p.add_argument("--db", metavar="DB", help=DB_HELP)
    p.add_argument("--json", action="store_true",
                   help="a JSON array of {id, title, outlet, date, url, author, origin, source, added_at}")
    p.set_defaults(func=cmd_articles)
    p = subparsers.add_parser("reparse", help="parse again the articles stored by an older pipeline")
    p.add_argument("--db", metavar="DB", help=DB_HELP)
    p.set_defaults(func=cmd_reparse)
