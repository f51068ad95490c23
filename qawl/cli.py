"""The `qawl` command: parse, ingest, articles, reparse, and the NER model's train / tag / eval commands."""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from typing import Sequence

from .doc import Article


def _summary(article: Article) -> str:
    lines = [f"{len(article.sentences)} sentences, {len(article.entities)} entity mentions, "
             f"{len(article.quotes)} quotes"]
    by_speaker: dict[str, list[str]] = defaultdict(list)
    for q in article.quotes:
        by_speaker[q.speaker].append(f"  [{q.type}] {q.cue}: {q.quote}")
    for speaker, items in by_speaker.items():
        lines.append(f"{speaker or '?'} ({len(items)})")
        lines.extend(items)
    return "\n".join(lines)


def parse_file(path: str, title: str | None = None) -> Article:
    """The parse `qawl parse PATH` prints: the file read as ingest reads it, then the pipeline
    (raises `qawl.ingest.IngestError` for a file it cannot read)."""
    from .ingest import read_path
    from .pipeline import parse

    document = read_path(path)
    return parse(document.text, title or document.title)


def cmd_parse(args: argparse.Namespace) -> int:
    from .ingest import IngestError

    try:
        article = parse_file(args.path, args.title)
    except IngestError as error:
        print(f"qawl: {error}", file=sys.stderr)
        return 2
    if args.json:
        json.dump(article.to_json(), sys.stdout, ensure_ascii=False, indent=args.indent)
        sys.stdout.write("\n")
    else:
        print(_summary(article))
    return 0


def build_parser() -> argparse.ArgumentParser:
    from .archive_cli import add_subcommands as add_archive_commands
    from .export_cli import add_subcommands as add_export_commands
    from .ner.cli import add_subcommands as add_ner_commands
    from .store_cli import add_subcommands as add_store_commands

    parser = argparse.ArgumentParser(prog="qawl", description="Arabic news: entities and who said what.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse one article file (.txt, .html, .docx)")
    p.add_argument("path")
    p.add_argument("--json", action="store_true", help="print the parse as one JSON object")
    p.add_argument("--title", help="article title (default: from the file, if it has one)")
    p.add_argument("--indent", type=int, default=None, help="indent the JSON output")
    p.set_defaults(func=cmd_parse)
    add_store_commands(sub)
    add_archive_commands(sub)
    add_export_commands(sub)
    add_ner_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
