"""Self-training data for the NER CRF (tried, not shipped; data/ner/README.md): tag raw
SaudiNewsNet articles with a development CRF and write the confidently tagged sentences as a
CoNLL file for `scripts/eval_ner.py --extra FILE`.

    python scripts/ner_self_train.py tag MODEL.crfsuite OUT.pkl DAY.zip [DAY.zip ...]
    python scripts/ner_self_train.py select OUT.pkl OUT.conll THRESHOLD N [--org] [--dup TH2] [--hygiene MODEL]

A sentence (5–60 tokens, first occurrence only) is confident when the marginal of every
token's Viterbi tag is at least THRESHOLD and it has at least one entity; N of them are drawn
at random (seed 1)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # qawl, when the package is not installed

import argparse
import json
import pickle
import random
import zipfile
from collections import Counter

from qawl.ner.hygiene import clean_tags
from qawl.ner.model import NerModel
from qawl.ner.scoring import chunks
from qawl.sentences import split_sentences
from qawl.tokens import tokenize

Record = tuple[list[str], list[str], float]   # tokens, Viterbi tags, confidence


def news_sentences(zips: list[str]):
    """Token lists of the articles' sentences of 5–60 tokens, each distinct one once."""
    seen: set[tuple[str, ...]] = set()
    for zp in zips:
        with zipfile.ZipFile(zp) as z:
            name = next(n for n in z.namelist() if n.endswith(".json"))
            articles = json.load(z.open(name))
        for art in articles:
            text = art.get("content") or ""
            for s in split_sentences(text):
                toks = [t.text for t in tokenize(text, s.start, s.end)]
                if 5 <= len(toks) <= 60 and tuple(toks) not in seen:
                    seen.add(tuple(toks))
                    yield toks


def tag(model_path: Path, zips: list[str]) -> list[Record]:
    """Sentences with at least one entity, their tags and the least Viterbi-tag marginal."""
    model = NerModel(model_path)
    out = []
    for toks in news_sentences(zips):
        tags = model.stage1.tag(model.featurizer.sentence(toks))
        if chunks(tags):
            out.append((toks, tags, min(model.stage1.marginal(t, i) for i, t in enumerate(tags))))
    return out


def select(recs: list[Record], threshold: float, n: int, org: bool) -> list[Record]:
    pool = [r for r in recs if r[2] >= threshold and (not org or any(lab == "ORG" for *_, lab in chunks(r[1])))]
    random.Random(1).shuffle(pool)
    return pool[:n]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("tag")
    t.add_argument("model")
    t.add_argument("out")
    t.add_argument("zips", nargs="+")
    s = sub.add_parser("select")
    s.add_argument("pkl")
    s.add_argument("out")
    s.add_argument("threshold", type=float)
    s.add_argument("n", type=int)
    s.add_argument("--org", action="store_true", help="only sentences with an organisation")
    s.add_argument("--dup", type=float, help="sentences at least this confident are written twice")
    s.add_argument("--hygiene", help="a model whose span hygiene cleans the tags first")
    args = ap.parse_args()
    if args.cmd == "tag":
        recs = tag(Path(args.model), args.zips)
        with open(args.out, "wb") as f:
            pickle.dump(recs, f)
        print(f"{len(recs)} sentences with an entity", file=sys.stderr)
        return
    with open(args.pkl, "rb") as f:
        recs = pickle.load(f)
    if args.hygiene:
        flags = NerModel(Path(args.hygiene)).featurizer.flags
        recs = [(toks, clean_tags(toks, list(tags), flags), c) for toks, tags, c in recs]
    chosen = select(recs, args.threshold, args.n, args.org)
    labels = Counter(lab for _, tags, _ in chosen for lab in {lab for *_, lab in chunks(tags)})
    with open(args.out, "w", encoding="utf-8") as f:
        for toks, tags, c in chosen:
            block = "".join(f"{w} {g}\n" for w, g in zip(toks, tags)) + "\n"
            f.write(block * (2 if args.dup is not None and c >= args.dup else 1))
    print(f"{len(chosen)} sentences, by label {dict(labels)}", file=sys.stderr)


if __name__ == "__main__":
    main()
