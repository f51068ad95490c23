"""Speed of quote extraction alone: articles per second of `extract_quotes` on one core.

    python scripts/bench_quotes.py [FILE_OR_FOLDER ...] [--seconds 5]

Articles are .txt files, or .json files with a "text" field (e.g. the samples folder);
with no argument the default article (data/default_article.txt) is used. Sentences are
split beforehand and, by default, no entities are given; with --entities the shipped
recogniser finds them beforehand (not timed). Only the quote rules are timed. Prints
articles/s and characters/s; the target is 200 articles/s or more."""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qawl.quotes import extract_quotes  # noqa: E402
from qawl.sentences import split_sentences  # noqa: E402


def load_texts(paths: list[Path]) -> list[str]:
    files: list[Path] = []
    for p in paths:
        files += sorted(p.glob("*.json")) + sorted(p.glob("*.txt")) if p.is_dir() else [p]
    texts = []
    for f in files:
        raw = f.read_text(encoding="utf-8")
        texts.append(json.loads(raw)["text"] if f.suffix == ".json" else raw)
    return texts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--seconds", type=float, default=5.0, help="how long to run")
    ap.add_argument("--entities", action="store_true", help="give extract_quotes the recogniser's entities")
    args = ap.parse_args(argv)
    texts = load_texts(args.paths or [ROOT / "data" / "default_article.txt"])
    if not texts:
        print("bench_quotes: no articles found", file=sys.stderr)
        return 2
    prepared = [(t, split_sentences(t)) for t in texts]
    if args.entities:
        from qawl.entities import resolve_entities
        from qawl.ner import load_recognizer
        recognise = load_recognizer()
        prepared = [(t, s, resolve_entities(t, recognise(t, s), s)) for t, s in prepared]
    else:
        prepared = [(t, s, []) for t, s in prepared]
    extract_quotes(*prepared[0])  # warm the lexicon and caches
    n = chars = quotes = 0
    t0 = time.process_time()
    while time.process_time() - t0 < args.seconds:
        for text, sentences, entities in prepared:
            quotes += len(extract_quotes(text, sentences, entities))
            n += 1
            chars += len(text)
    elapsed = time.process_time() - t0
    print(f"{len(texts)} distinct articles{' with entities' if args.entities else ''}, "
          f"{n} runs in {elapsed:.2f} s CPU (one core)")
    print(f"{n / elapsed:.0f} articles/s, {chars / elapsed / 1000:.0f}k characters/s, "
          f"{quotes / n:.1f} quotes per article on average")
    return 0


if __name__ == "__main__":
    sys.exit(main())
