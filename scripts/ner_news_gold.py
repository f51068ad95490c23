"""Training sentences for the NER CRF from the news quote golds' entity lists (tried; see
data/ner/README.md, «Human-labelled news sentences»).

    python scripts/ner_news_gold.py OUT.conll GOLD_DIR [GOLD_DIR ...] [--keep article|sentence]
        [--org-only] [--min-tokens 3] [--exclude-ids FILE]

Each gold article lists every entity with its surface forms (clitics included) and how often
each occurs. The forms are found in the text at word boundaries, longest first, without
overlap; a form found as often as the gold counts it is trusted. `--keep article` keeps the
sentences of articles whose every form is trusted; `--keep sentence` (default) also keeps,
from the other articles, the sentences that hold no untrusted form and no variant of an
entity with an untrusted form. Sentences come from `qawl.sentences` and `qawl.tokens`, as the
product tags them."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # qawl, when the package is not installed

import argparse
import json
import re
from collections import Counter
from dataclasses import dataclass

from qawl.sentences import split_sentences
from qawl.tokens import tokenize

Labelled = tuple[list[str], list[str]]


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    form: str
    label: str


def candidates(text: str, forms: dict[str, str]) -> list[Match]:
    """Every occurrence of every form at word boundaries (overlaps allowed)."""
    out = []
    for form, label in forms.items():
        for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
            out.append(Match(m.start(), m.end(), form, label))
    return out


def claim(cands: list[Match]) -> list[Match]:
    """Longest first, then leftmost; a match overlapping one already taken is dropped."""
    taken: list[Match] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)


def project(article: dict) -> tuple[list[Labelled], list[bool], bool, Counter]:
    """(sentences with BIO tags, whether each sentence is free of untrusted strings, whether the
    whole article is trusted, per-label counts of the trusted sentences' names)."""
    text = article["text"]
    forms: dict[str, str] = {}
    gold: Counter = Counter()
    conflict: set[str] = set()
    owners: dict[str, list[dict]] = {}
    for e in article["entities"]:
        for form, n in (e.get("surface_forms") or {}).items():
            if forms.get(form, e["label"]) != e["label"]:
                conflict.add(form)
            forms[form] = e["label"]
            gold[form] += n
            owners.setdefault(form, []).append(e)
    taken = claim(candidates(text, forms))
    found = Counter(m.form for m in taken)
    bad_forms = {f for f in forms if found[f] != gold[f]} | conflict
    bad_strings = {s for f in bad_forms for e in owners[f]
                   for s in [*e.get("variants", []), e["text"], *e.get("surface_forms", {})]}
    sents, clean = [], []
    for s in split_sentences(text):
        toks = tokenize(text, s.start, s.end)
        if not toks:
            continue
        tags = ["O"] * len(toks)
        ok = not any(b in text[s.start:s.end] for b in bad_strings)
        for m in taken:
            if m.end <= s.start or m.start >= s.end:
                continue
            idx = [i for i, t in enumerate(toks) if t.start >= m.start and t.end <= m.end]
            if (not idx or m.start < s.start or m.end > s.end or toks[idx[0]].start != m.start
                    or toks[idx[-1]].end != m.end):
                ok = False
                continue
            tags[idx[0]] = "B-" + m.label
            for i in idx[1:]:
                tags[i] = "I-" + m.label
        sents.append(([t.text for t in toks], tags))
        clean.append(ok)
    return sents, clean, not bad_forms, found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("golds", nargs="+", help="folders of gold JSON files (the samples' format, with text)")
    ap.add_argument("--keep", choices=("article", "sentence"), default="sentence")
    ap.add_argument("--org-only", action="store_true", help="only sentences with an organisation")
    ap.add_argument("--entities-only", action="store_true", help="only sentences with a name")
    ap.add_argument("--min-tokens", type=int, default=3)
    ap.add_argument("--ids", help="a file of article ids: only these articles")
    ap.add_argument("--skip-ids", help="a file of article ids: not these articles")
    args = ap.parse_args()
    only = set(Path(args.ids).read_text().split()) if args.ids else None
    skip = set(Path(args.skip_ids).read_text().split()) if args.skip_ids else set()
    seen: set[str] = set()
    stats: Counter = Counter()
    labels: Counter = Counter()
    with open(args.out, "w", encoding="utf-8") as out:
        for folder in args.golds:
            for path in sorted(Path(folder).glob("*.json")):
                art = json.loads(path.read_text(encoding="utf-8"))
                if art["id"] in seen or art["id"] in skip or (only is not None and art["id"] not in only):
                    continue
                seen.add(art["id"])
                sents, clean, whole, _ = project(art)
                stats["articles"] += 1
                stats["articles trusted whole"] += whole
                stats["sentences"] += len(sents)
                for (toks, tags), ok in zip(sents, clean):
                    names = [t[2:] for t in tags if t.startswith("B-")]
                    if (len(toks) < args.min_tokens or not (whole or (ok and args.keep == "sentence"))
                            or (args.org_only and "ORG" not in names) or (args.entities_only and not names)):
                        continue
                    stats["kept sentences"] += 1
                    stats["kept tokens"] += len(toks)
                    labels.update(names)
                    out.write("".join(f"{w} {g}\n" for w, g in zip(toks, tags)) + "\n")
    print(f"{dict(stats)}; names {dict(labels)}", file=sys.stderr)


if __name__ == "__main__":
    main()
