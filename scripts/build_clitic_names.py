"""Build data/ner/clitic_names.txt: person-name words that open with a letter the clitic
splitter reads as a proclitic (باولا → ب + أولا, لاري → ل + آري, بيلي, فورد), taken from the
Wikidata person-name tokens of ../shared/corpora/gazetteers (CC0). A word is listed when at
least `--min-count` people bear it and no fewer than bear the word without its first letter
(بسام stays off the list: سام is the commoner name, so «بسام» may well be ب + سام). The entity
layer keeps such a word whole at the head of a person's name.

    python scripts/build_clitic_names.py ../shared/corpora/gazetteers/wikidata-person-name-tokens/person_name_tokens_ar.tsv
"""
from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

from qawl.normalise import normalise, split_proclitics


def clitic_names(counts: Counter[str], min_count: int) -> list[str]:
    """The normalised name words (bearers in `counts`) that `split_proclitics` splits with a
    conjunction or preposition, borne by `min_count` people or more and by no fewer than the rest."""
    out = []
    for word, n in counts.items():
        pro, _ = split_proclitics(word)
        if pro and not pro.endswith(("ال", "لل")) and n >= min_count and n >= counts.get(word[1:], 0):
            out.append(word)
    return sorted(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tokens", type=Path)
    ap.add_argument("--out", type=Path, default=Path("data/ner/clitic_names.txt"))
    ap.add_argument("--min-count", type=int, default=3)
    args = ap.parse_args()
    csv.field_size_limit(1 << 30)   # the english_forms column runs long
    counts: Counter[str] = Counter()
    with open(args.tokens, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            counts[normalise(row["arabic_token"])] += int(row["count"])
    args.out.write_text("".join(w + "\n" for w in clitic_names(counts, args.min_count)), encoding="utf-8")


if __name__ == "__main__":
    main()
