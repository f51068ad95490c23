"""`qawl export --db DB --format csv|json|gold [--table quotes|entities] [--out PATH]`:
the store's quotes or entities (corrections applied) as CSV or JSON, or one gold-format
file per article in a folder (`--names source` names each after the file it came from)."""
from __future__ import annotations

import argparse
import sys
from contextlib import nullcontext
from pathlib import Path

from .archive_cli import DB_HELP, write_json_array


def cmd_export(args: argparse.Namespace) -> int:
    from .errors import StoreError
    from .export import TABLES, entity_rows, quote_rows, write_csv, write_gold
    from .store import Store

    if args.format == "gold" and not args.out:
        print("qawl: --format gold needs --out DIR, the folder to write one file per article", file=sys.stderr)
        return 2
    ids = args.article or None
    try:
        store = Store(args.db)
        if args.format == "gold":
            n = len(write_gold(store, args.out, ids, by_source=args.names == "source"))
            print(f"{n} articles written to {args.out}", file=sys.stderr)
            return 0
        rows = (quote_rows if args.table == "quotes" else entity_rows)(store, ids)
        target = open(args.out, "w", encoding="utf-8", newline="") if args.out else nullcontext(sys.stdout)
        with target as out:
            n = write_csv(rows, TABLES[args.table], out) if args.format == "csv" else write_json_array(rows, out)
        print(f"{n} {args.table} rows written", file=sys.stderr)
    except StoreError as error:
        print(f"qawl: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"qawl: cannot write {error.filename or args.out}: {error.strerror}", file=sys.stderr)
        return 2
    return 0


def add_subcommands(subparsers: argparse._SubParsersAction) -> None:
    """Register `export` on the `qawl` command's subparsers."""
    p = subparsers.add_parser("export", help="export quotes, entities or gold-format files (corrections applied)")
    p.add_argument("--db", metavar="DB", help=DB_HELP)
    p.add_argument("--format", choices=("csv", "json", "gold"), default="csv")
    p.add_argument("--table", choices=("quotes", "entities"), default="quotes", help="what csv/json export")
    p.add_argument("--out", type=Path, help="file (csv, json; default: standard output) or folder (gold)")
    p.add_argument("--article", action="append", metavar="ID", help="only this article (repeatable)")
    p.add_argument("--names", choices=("id", "source"), default="id",
                   help="gold file names: the article id, or the stem of the file it came from")
    p.set_defaults(func=cmd_export)
