"""Audit speakers at scale: how many quotes have no speaker or an implausible one.

    python scripts/speaker_audit.py DIR [--limit 5000] [--top 30] [--cache FILE]

DIR holds SaudiNewsNet-style archives (*.zip of JSON arrays with a `content` field),
JSON arrays or objects (`content` or `text`), or .txt files. The first `--limit` articles
are parsed with the shipped pipeline; every quote's speaker is checked with
`qawl.quotes.plausible_speaker`, or is a short name in quotation marks next to its verb (the
same tests the extractor applies before output).
Prints the share of quotes whose speaker is unknown, the share that fails the test, the
most frequent failing and unknown-producing cues, the time `merge_speakers` takes on
all speaker names and its identities of a few well-known speakers (--check), then the
same speakers linked as the archive links them (`qawl.store.speakers.Linker`, into a
temporary SQLite store that holds each article's day, for the titles' holders, 200 articles
a transaction): the CPU time and the identities.
`--link-store DB` links the quotes stored in DB (read-only; a copy of a big store) instead,
to time linking at archive scale. `--cache FILE` keeps the sentences and entities of the
parsed articles (a pickle) so that a second run times and audits the quote rules alone."""
from __future__ import annotations

import argparse
import itertools
import json
import pickle
import sys
import time
import re
import zipfile
from collections import Counter
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qawl.quotes import UNKNOWN_SPEAKER, extract_quotes, merge_speakers, plausible_speaker  # noqa: E402
from qawl.quotes.plausible import quoted_name  # noqa: E402
from qawl.sentences import split_sentences  # noqa: E402

CHECKS = ("كيري", "أوباما", "سلمان")
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _texts_of(data) -> Iterator[tuple[str, str]]:
    for item in data if isinstance(data, list) else [data]:
        text = item.get("content") or item.get("text") if isinstance(item, dict) else None
        if isinstance(text, str) and text.strip():
            day = item.get("date_extracted") or item.get("date") or ""
            yield text, day[:10] if isinstance(day, str) and DAY.match(day) else ""


def read_articles(folder: Path) -> Iterator[tuple[str, str]]:
    """(text, day or "") of a folder's articles, in file-name order."""
    for path in sorted(folder.iterdir()):
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as zf:
                for name in sorted(zf.namelist()):
                    if name.endswith(".json"):
                        yield from _texts_of(json.loads(zf.read(name)))
        elif path.suffix == ".json":
            yield from _texts_of(json.loads(path.read_text(encoding="utf-8")))
        elif path.suffix == ".txt":
            yield path.read_text(encoding="utf-8"), ""


def prepared(folder: Path, limit: int, cache: Path | None) -> list[tuple]:
    """(text, sentences, entities) of the first `limit` articles, from the cache when it has them."""
    if cache is not None and cache.exists():
        items = pickle.loads(cache.read_bytes())
        if len(items) >= limit:
            return items[:limit]
    from qawl.entities import resolve_entities
    from qawl.ner import load_recognizer
    recognise = load_recognizer()
    items = []
    for text, _ in read_articles(folder):
        if len(items) >= limit:
            break
        sentences = split_sentences(text)
        items.append((text, sentences, resolve_entities(text, recognise(text, sentences), sentences)))
    if cache is not None:
        cache.write_bytes(pickle.dumps(items))
    return items


def audit(items: list[tuple], days: list[str], top: int) -> tuple[list[str], list[tuple[str, list[dict]]]]:
    """Quotes of every article checked; returns all speaker names (for merging) and each
    article's day and quotes as store rows (for linking)."""
    n_quotes = unknown = implausible = 0
    bad: Counter = Counter()
    unknown_cues: Counter = Counter()
    names: list[str] = []
    rows: list[list[dict]] = []
    t0 = time.process_time()
    for text, sentences, entities in items:
        found = extract_quotes(text, sentences, entities)
        rows.append((days[len(rows)], [{"article_id": str(len(rows)), "idx": i, "speaker": q.speaker,
                                        "speaker_kind": q.speaker_kind, "speaker_role": q.speaker_role,
                                        "aliases": q.speaker_aliases, "speaker_id": None}
                                       for i, q in enumerate(found)]))
        for q in found:
            n_quotes += 1
            if q.speaker == UNKNOWN_SPEAKER or not q.speaker.strip():
                unknown += 1
                unknown_cues[q.cue or "(" + q.rule + ")"] += 1
                continue
            names.append(q.speaker)
            if not plausible_speaker(q.speaker, q.speaker_kind, entities) and not quoted_name(q, text):
                implausible += 1
                bad[q.speaker] += 1
    elapsed = time.process_time() - t0
    share = lambda k: f"{k} ({100 * k / max(1, n_quotes):.2f} %)"
    print(f"{len(items)} articles, {n_quotes} quotes; quote rules {len(items) / elapsed:.0f} articles/s")
    print(f"unknown speaker: {share(unknown)}; implausible speaker: {share(implausible)}; "
          f"together: {share(unknown + implausible)}")
    print("\ntop implausible speakers:")
    for name, k in bad.most_common(top):
        print(f"  {k:4d}  {name}")
    print("\ncues of unknown speakers:")
    for cue, k in unknown_cues.most_common(min(top, 15)):
        print(f"  {k:4d}  {cue}")
    return names, rows


def merged_identities(names: list[str], checks: list[str]) -> None:
    """Time `merge_speakers` on every name and show the identities that hold each checked word."""
    t0 = time.perf_counter()
    merged = merge_speakers(names)
    elapsed = time.perf_counter() - t0
    print(f"\nmerge_speakers: {len(set(names))} distinct names ({len(names)} quotes) in {elapsed:.2f} s")
    counts = Counter(merged[n] for n in names)
    from qawl.quotes import speaker_key
    for word in checks:
        w = speaker_key(word)
        ids = [(k, c) for k, c in counts.most_common() if w in k.split()]
        print(f"identities holding «{word}»: {len(ids)}")
        for k, c in ids[:8]:
            print(f"  {c:4d}  {k}")


def stored_quotes(db: Path) -> list[tuple[str, list[dict]]]:
    """The day and quotes of each article of a SQLite store (the quotes without their
    aliases, which only the parse keeps), in the order they were stored."""
    import sqlite3
    by_article: dict[str, list[dict]] = {}
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        days = dict(conn.execute("SELECT id, day FROM articles"))
        for a, i, sp, kind, role in conn.execute(
                "SELECT article_id, idx, speaker, speaker_kind, speaker_role FROM quotes ORDER BY rowid"):
            by_article.setdefault(a, []).append({"article_id": a, "idx": i, "speaker": sp or "", "speaker_kind": kind,
                                                 "speaker_role": role or "", "aliases": (), "speaker_id": None})
    return [(days.get(a) or "", rows) for a, rows in by_article.items()]


def linked_identities(rows: list[tuple[str, list[dict]]], checks: list[str], batch: int = 200) -> None:
    """Link every article's quotes as the archive does, in batches (each article stored
    with its day, for the titles' holders), and show the identities."""
    import tempfile
    from sqlalchemy import text
    from qawl.quotes import speaker_key
    from qawl.store import Store
    from qawl.store.rows import ArticleRows
    from qawl.store.schema import articles, quotes
    from qawl.store.speakers import Linker
    from qawl.store.sql import insert_many
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "link.sqlite")
        elapsed = 0.0
        for k in range(0, len(rows), batch):
            part = [ArticleRows({"id": r[0]["article_id"], "day": day or None},
                                [], [{c: v for c, v in q.items() if c != "aliases"} for q in r],
                                [], [], [q["aliases"] for q in r])
                    for day, r in rows[k:k + batch] if r]

            def work(conn, part=part) -> float:
                insert_many(conn, articles, [{"id": r.id, "day": r.article["day"], "text": "", "parse_json": "{}",
                                              "pipeline_version": "", "added_at": ""} for r in part])
                t0 = time.process_time()
                Linker(conn).link(part)
                spent = time.process_time() - t0
                insert_many(conn, quotes, [q for r in part for q in r.quotes])
                return spent
            elapsed += store.db.run(work, write=True)
        n = sum(len(r) for _, r in rows)
        print(f"\nlinked as the archive links them: {len(rows)} articles, {n} quotes; "
              f"linking alone {elapsed:.2f} s CPU (the quote rows' inserts not counted)")
        with store.connect() as conn:
            ids = conn.execute(text("SELECT key, kind, n_quotes FROM speakers WHERE n_quotes > 0 "
                                    "ORDER BY n_quotes DESC")).all()
        for word in checks:
            w = speaker_key(word)
            found = [(key, k) for key, _, k in ids if w in key.split()]
            print(f"identities holding «{word}»: {len(found)}")
            for key, k in found[:8]:
                print(f"  {k:4d}  {key}")
        titles = [(key, k) for key, kind, k in ids if kind == "person" and key in TITLE_CHECKS]
        print("titles linked to no holder:", ", ".join(f"{key} ({k})" for key, k in titles) or "none")


TITLE_CHECKS = {"خادم حرمين شريفين", "ملك", "عاهل سعودي", "رييس امريكي", "وزير خارجيه امريكي"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--limit", type=int, default=5000)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--cache", type=Path, help="pickle of parsed sentences and entities (made if missing)")
    ap.add_argument("--check", action="append", help="a word whose merged identities to show (repeatable)")
    ap.add_argument("--link-store", type=Path, help="link the quotes stored in this SQLite store instead")
    args = ap.parse_args(argv)
    if not args.folder.is_dir():
        print(f"speaker_audit: not a folder: {args.folder}", file=sys.stderr)
        return 2
    items = prepared(args.folder, args.limit, args.cache)
    if not items:
        print(f"speaker_audit: no articles in {args.folder}", file=sys.stderr)
        return 2
    days = [day for _, day in itertools.islice(read_articles(args.folder), len(items))]
    names, rows = audit(items, days, args.top)
    merged_identities(names, args.check or list(CHECKS))
    if args.link_store is not None:
        rows = stored_quotes(args.link_store)
    linked_identities(rows, args.check or list(CHECKS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
