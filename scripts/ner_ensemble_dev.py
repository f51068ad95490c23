"""Bagged / varied CRF members on the development split (issue 12; tried, not shipped).

Members are trained on the dev-less training split with the shipped features, lexicon and
CRF settings unless a member's name says otherwise; a combination averages the members'
state and transition weights (product of experts; `name*2` counts a member twice) or, with
the prefix `marg:`, their marginals, decodes with a BIO-constrained Viterbi and then runs the
shipped span hygiene and propagation. The shipped development model is the member `full`.

    python scripts/eval_ner.py --corpora C --cluster-cache CL --keep DEV       # the member `full`
    python scripts/ner_ensemble_dev.py train --corpora C --dev-model DEV --work W sub80:1 sub90:11 nocl nogz \\
        c1=0.2,c2=0.005 alt:2
    python scripts/ner_ensemble_dev.py eval --corpora C --dev-model DEV --work W sub80:1+sub80:2+full marg:full+alt:2

Member names: subF:SEED (a seeded F% sample of the training sentences), nocl / nogz (without
the word-cluster / gazetteer features), c1=X,c2=Y (other regularisation), alt:SEED (word
clusters built with another seed, written to W/clusters_sSEED.tsv; its features are named
kSEED_LEVEL= so one lexicon carries both partitions)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # qawl, when the package is not installed

import argparse
import random
import re
from dataclasses import replace

import numpy as np

from qawl.ner.ensemble import LinearCRF, viterbi
from qawl.ner.features import Featurizer, Lexicon
from qawl.ner.model import NerModel
from qawl.ner.scoring import evaluate
from qawl.ner.train import CRF_PARAMS, tag_docs, train_crf, training_docs

DROP = {"nocl": re.compile(r"(^|:)c\d+="), "nogz": re.compile(r"(^|:)(gz=|gzf=|gzl=|g=)")}
RAW = "raw-ar/arwiki_comparable_20170120.txt.gz"


def member_file(work: Path, name: str) -> Path:
    return work / (name.replace(":", "_") + ".crfsuite")


def alt_lexicon(base: Lexicon, work: Path, seeds: list[str], only: bool) -> Lexicon:
    """The base lexicon plus the clusters of other seeds as kSEED_LEVEL= flags (with only=True,
    without the base's own cluster flags)."""
    feats = {w: [x for x in fs if not (only and re.match(r"c\d+=", x))] for w, fs in base.word_feats.items()}
    for seed in seeds:
        with open(work / f"clusters_s{seed}.tsv", encoding="utf-8") as f:
            for ln in f:
                w, cs = ln.rstrip("\n").split("\t")
                feats.setdefault(w, []).extend(f"k{seed}_{lev}={c}" for lev, c in enumerate(cs.split(), 1))
    lex = Lexicon(phrases=base.phrases)
    lex.word_feats = {w: tuple(sorted(fs)) for w, fs in feats.items() if fs}
    return lex


def train(args: argparse.Namespace) -> None:
    corpora, work = Path(args.corpora), Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    base = Lexicon.load(Path(args.dev_model) / "dev.lexicon.tsv.gz")
    sents = [s for d in training_docs(corpora, True, 30)[0] for s in d]
    ys = [y for _, y in sents]
    xs0 = [Featurizer(base).sentence(t) for t, _ in sents]
    for name in args.members:
        kind, _, arg = name.partition(":")
        params, xs, idx = dict(CRF_PARAMS), xs0, range(len(xs0))
        if kind.startswith("sub"):
            idx = sorted(random.Random(int(arg)).sample(range(len(xs0)), int(int(kind[3:]) / 100 * len(xs0))))
        elif kind in DROP:
            xs = [[[a for a in f if not DROP[kind].search(a)] for f in x] for x in xs0]
        elif kind == "alt":
            from qawl.ner.clusters import build_clusters, raw_sentences
            clusters = build_clusters(raw_sentences(corpora / RAW), seed=int(arg))
            with open(work / f"clusters_s{arg}.tsv", "w", encoding="utf-8") as f:
                f.writelines(w + "\t" + " ".join(map(str, cs)) + "\n" for w, cs in clusters.items())
            fz = Featurizer(alt_lexicon(base, work, [arg], only=True))
            xs = [fz.sentence(t) for t, _ in sents]
        else:
            params.update((k, float(v)) for k, v in (kv.split("=") for kv in name.split(",")))
        train_crf([xs[i] for i in idx], [ys[i] for i in idx], member_file(work, name), params)
        print(f"trained {name} on {len(idx)} sentences", flush=True)


def evaluate_combos(args: argparse.Namespace) -> None:
    corpora, work, dev_model = Path(args.corpora), Path(args.work), Path(args.dev_model) / "dev.crfsuite"
    model = NerModel(dev_model)
    seeds = sorted({m.split(":")[1] for c in args.combos for m in re.findall(r"alt:\d+", c)})
    model.featurizer = Featurizer(alt_lexicon(model.featurizer.lexicon, work, seeds, only=False))
    dev = training_docs(corpora, True, 30)[1]
    gold = [t for d in dev for _, t in d]
    feats = [model.featurizer.sentence(toks) for d in dev for toks, _ in d]
    full = LinearCRF.from_crfsuite(dev_model)
    members = {"full": full}
    allowed_start = full._start_pen
    allowed = np.where(np.isfinite(full._trans_c), 0.0, -np.inf)

    def get(name: str) -> LinearCRF:
        if name not in members:
            members[name] = LinearCRF.from_crfsuite(member_file(work, name), full.labels)
        return members[name]

    for combo in args.combos:
        ms = [get(n) for part in combo.removeprefix("marg:").split("+")
              for n, _, w in [part.partition("*")] for _ in range(int(w or 1))]
        if combo.startswith("marg:"):
            tags = []
            for f in feats:
                p = sum(m.marginals(f) for m in ms) / len(ms) if f else np.zeros((0, 1))
                tags.append([full.labels[j] for j in viterbi(np.log(p + 1e-12), allowed_start, allowed)] if f else [])
        else:
            avg = LinearCRF.average(ms)
            tags = [avg.tag(f) for f in feats]
        alone = evaluate(gold, tags)["micro"].f1
        it = iter(tags)
        model.first_pass = lambda f, th: next(it) if f else []
        model.settings = replace(model.settings, hygiene=True, propagate=True)
        s = evaluate(gold, tag_docs(model, dev))
        print(f"{combo:<40} alone {alone:.4f}  shipped decoding {s['micro'].f1:.4f}  "
              + "  ".join(f"{lab} {s[lab].f1:.4f}" for lab in ("ORG", "PER", "LOC", "MISC")), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    for cmd, rest in (("train", "members"), ("eval", "combos")):
        p = sub.add_parser(cmd)
        p.add_argument("--corpora", required=True)
        p.add_argument("--dev-model", required=True, help="folder of `eval_ner.py --keep`: dev.crfsuite, dev.lexicon.tsv.gz")
        p.add_argument("--work", required=True, help="folder of the members")
        p.add_argument(rest, nargs="+")
    args = ap.parse_args()
    (train if args.cmd == "train" else evaluate_combos)(args)


if __name__ == "__main__":
    main()
