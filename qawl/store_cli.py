"""`qawl ingest PATH... [--db FILE]`: store article files in the database."""
from __future__ import annotations

import argparse
import sys


def cmd_ingest(args: argparse.Namespace) -> int:
    """One line per file (stored / already stored / the problem); exit 1 if any failed."""
    from .errors import StoreError
    from .ingest import ingest_files
    from .store import Store

    try:
        store = Store(args.db)
    except StoreError as error:
        print(f"qawl: {error}", file=sys.stderr)
        return 2
    failed = 0
    for result in ingest_files(args.paths, store):
        print(result.message, file=sys.stdout if result.ok else sys.stderr)
        failed += not result.ok
    if failed:
        print(f"qawl: {failed} of {len(args.paths)} files not stored", file=sys.stderr)
    return 1 if failed else 0


def add_subcommands(subparsers: argparse._SubParsersAction) -> None:
    """Register `ingest` on the `qawl` command's subparsers."""
    p = subparsers.add_parser("ingest", help="store article files (.txt, .html, .docx) in the database")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--db", metavar="FILE", help="database file (default: $QAWL_DB or data/qawl.sqlite)")
    p.set_defaults(func=cmd_ingest)
