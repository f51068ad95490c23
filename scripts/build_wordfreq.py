"""Build data/wordfreq.tsv.gz: frequencies of normalised Arabic words in the unlabelled
Arabic Wikipedia text of ../shared/corpora/raw-ar (CC BY-SA 4.0). The clitic splitter
uses it to tell a proclitic (وبايدن) from a word that starts with the same letter (وزير).

    python scripts/build_wordfreq.py ../shared/corpora/raw-ar/arwiki_comparable_20170120.txt.gz
"""
from __future__ import annotations

import argparse
import gzip
import re
from collections import Counter
from pathlib import Path

from qawl.normalise import normalise

ARABIC_WORD = re.compile(r"[\u0621-\u064A\u0671\u064B-\u065F\u0670\u0640]+")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("raw", type=Path)
    ap.add_argument("--out", type=Path, default=Path("data/wordfreq.tsv.gz"))
    ap.add_argument("--min-count", type=int, default=3)
    args = ap.parse_args()
    counts: Counter[str] = Counter()
    with gzip.open(args.raw, "rt", encoding="utf-8") as f:
        for line in f:
            counts.update(normalise(w) for w in ARABIC_WORD.findall(line))
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as out:
        for word, n in counts.most_common():
            if n < args.min_count:
                break
            out.write(f"{word}\t{n}\n")


if __name__ == "__main__":
    main()
