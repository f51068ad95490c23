"""Audit speakers at scale: how many quotes have no speaker or an implausible one.

    python scripts/speaker_audit.py DIR [--limit 5000] [--top 30] [--cache FILE]

DIR holds SaudiNewsNet-style archives (*.zip of JSON arrays with a `content` field),
JSON arrays or objects (`content` or `text`), or .txt files. The first `--limit` articles
are parsed with the shipped pipeline; every quote's speaker is checked with
`qawl.quotes.plausible_speaker` (the same test the extractor applies before output).
Prints the share of quotes whose speaker is unknown, the share that fails the test, the
most frequent failing and unknown-producing cues, the time `merge_speakers` takes on
all speaker names, and the merged identities of a few well-known speakers (--check).
`--cache FILE` keeps the sentences and entities of the parsed articles (a pickle) so
that a second run times and audits the quote rules alone."""
from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qawl.quotes import UNKNOWN_SPEAKER, extract_quotes, merge_speakers, plausible_speaker  # noqa: E402
from qawl.sentences import split_sentences  # noqa: E402

CHECKS = ("كيري", "أوباما", "سلمان")


def _texts_of(data) -> Iterator[str]:
    for item in data if isinstance(data, list) else [data]:
        text = item.get("content") or item.get("text") if isinstance(item, dict) else None
        if isinstance(text, str) and text.strip():
            yield text


def read_articles(folder: Path) -> Iterator[str]:
    """Article texts of a folder, in file-name order."""
    for path in sorted(folder.iterdir()):
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as zf:
                for name in sorted(zf.namelist()):
                    if name.endswith(".json"):
                        yield from _texts_of(json.loads(zf.read(name)))
        elif path.suffix == ".json":
            yield from _texts_of(json.loads(path.read_text(encoding="utf-8")))
        elif path.suffix == ".txt":
            yield path.read_text(encoding="utf-8")


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
    for text in read_articles(folder):
        if len(items) >= limit:
            break
        sentences = split_sentences(text)
        items.append((text, sentences, resolve_entities(text, recognise(text, sentences), sentences)))
    if cache is not None:
        cache.write_bytes(pickle.dumps(items))
    return items


def audit(items: list[tuple], top: int) -> list[str]:
    """Quotes of every article checked; returns all speaker names (for merging)."""
    n_quotes = unknown = implausible = 0
    bad: Counter = Counter()
    unknown_cues: Counter = Counter()
    names: list[str] = []
    t0 = time.process_time()
    for text, sentences, entities in items:
        for q in extract_quotes(text, sentences, entities):
            n_quotes += 1
            if q.speaker == UNKNOWN_SPEAKER or not q.speaker.strip():
                unknown += 1
                unknown_cues[q.cue or "(" + q.rule + ")"] += 1
                continue
            names.append(q.speaker)
            if not plausible_speaker(q.speaker, q.speaker_kind, entities):
                implausible += 1
                bad[q.speaker] += 1
    elapsed = time.process_time() - t0
    share = lambda k: f"{k} ({100 * k / max(1, n_quotes):.2f} %)"
    print(f"{len(items)} articles, {n_quotes} quotes; quote rules {len(items) / elapsed:.0f} articles/s")
    print(f"unknown speaker: {share(unknown)}; implausible speaker: {share(implausible)}; "
          f"together: {share(unknown + implausible)}")
    print(f"\ntop implausible speakers:")
    for name, k in bad.most_common(top):
        print(f"  {k:4d}  {name}")
    print(f"\ncues of unknown speakers:")
    for cue, k in unknown_cues.most_common(min(top, 15)):
        print(f"  {k:4d}  {cue}")
    return names


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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--limit", type=int, default=5000)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--cache", type=Path, help="pickle of parsed sentences and entities (made if missing)")
    ap.add_argument("--check", action="append", help="a word whose merged identities to show (repeatable)")
    args = ap.parse_args(argv)
    if not args.folder.is_dir():
        print(f"speaker_audit: not a folder: {args.folder}", file=sys.stderr)
        return 2
    items = prepared(args.folder, args.limit, args.cache)
    if not items:
        print(f"speaker_audit: no articles in {args.folder}", file=sys.stderr)
        return 2
    names = audit(items, args.top)
    merged_identities(names, args.check or list(CHECKS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
