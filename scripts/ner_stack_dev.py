"""Stacking experiment (tried, not shipped; data/ner/README.md, «Stacking»): the BiLSTM-CRF's
per-token tag marginals as features of the CRF, jackknifed so the CRF trains on honest ones.
Development split only (ANERcorp train minus its last sixth trains; the last sixth scores).

    # one network per fold (trained on the other folds, marginals of its own fold), and one on
    # all training documents (marginals of the development split); PyTorch, one thread each
    python scripts/ner_stack_dev.py net --corpora C --cluster-cache F --vectors V --fold 0 --out DIR
    ... --fold 1, 2, 3, and --fold full
    # the CRF with the marginals as features (or none: the shipped recipe), scored on the dev split
    python scripts/ner_stack_dev.py crf --corpora C --cluster-cache F --marginals DIR --variant real --keep DIR2
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # qawl, when the package is not installed

import argparse
import json
import pickle
from collections import Counter
from dataclasses import asdict, replace
from typing import Callable, Sequence

import numpy as np

from qawl.ner.features import Featurizer
from qawl.ner.model import NerModel, Settings, paths_for
from qawl.ner.scoring import evaluate, report
from qawl.ner.train import (build_lexicon, key_probe, load_clusters, log, tag_docs, train_crf,
                            training_docs, write_attributes)

ROWS = {"alone": dict(propagate=False, hygiene=False), "+ propagation": dict(propagate=True, hygiene=False),
        "as shipped (+ hygiene)": dict(propagate=True, hygiene=True)}
Marg = dict[tuple[str, ...], np.ndarray]


def fold_of(n_docs: int, folds: int) -> list[int]:
    """Contiguous blocks of documents, as the jackknifed training-name gazetteer's."""
    return [i * folds // n_docs for i in range(n_docs)]


def stack_features(variant: str, tags: list[str]) -> Callable[[np.ndarray], list[dict[str, float]]]:
    """Per-token weighted attributes from a sentence's marginals (T, K).
    real: nn=TAG with P(TAG) (P >= 0.01); real1: the same for the neighbours ±1 too;
    top: the most probable tag, alone and with a confidence bucket, and the neighbours' best tags."""
    def real(m: np.ndarray, window: int) -> list[dict[str, float]]:
        out: list[dict[str, float]] = [{} for _ in range(len(m))]
        for i in range(len(m)):
            for o in range(-window, window + 1):
                j = i + o
                if 0 <= j < len(m):
                    pre = "nn=" if o == 0 else f"{o}:nn="
                    out[i].update({pre + t: float(p) for t, p in zip(tags, m[j]) if p >= 0.01})
        return out

    def top(m: np.ndarray) -> list[dict[str, float]]:
        best = [tags[k] for k in m.argmax(1)]
        conf = ["h" if p >= 0.95 else "m" if p >= 0.7 else "l" for p in m.max(1)]
        out = []
        for i in range(len(m)):
            f = {"nn=" + best[i]: 1.0, f"nnc={best[i]}/{conf[i]}": 1.0}
            if i > 0:
                f[f"-1:nn={best[i - 1]}"] = 1.0
            if i + 1 < len(m):
                f[f"1:nn={best[i + 1]}"] = 1.0
            out.append(f)
        return out

    return {"real": lambda m: real(m, 0), "real1": lambda m: real(m, 1), "top": top}[variant]


def merge(base: list[list[str]], extra: list[dict[str, float]] | None) -> list:
    """The CRF's string features (counted) plus the stacked weighted ones."""
    if extra is None:
        return base
    return [dict(Counter(b)) | e for b, e in zip(base, extra)]


def cmd_net(args: argparse.Namespace) -> None:
    from qawl.ner.neural import load_vectors, train_network   # PyTorch: this experiment only
    corpora = Path(args.corpora)
    fz = Featurizer(build_lexicon(corpora, load_clusters(corpora, Path(args.cluster_cache))))
    train, dev = training_docs(corpora, True, Settings.doc_size)
    if args.fold == "full":
        fit, tag = train, dev
    else:
        k, fold = int(args.fold), fold_of(len(train), args.folds)
        fit = [d for d, f in zip(train, fold) if f != k]
        tag = [d for d, f in zip(train, fold) if f == k]
    net = train_network([s for d in fit for s in d], fz, load_vectors(args.vectors), {"epochs": args.epochs})
    marg = {tuple(toks): net.marginals(toks).astype(np.float32) for d in tag for toks, _ in d}
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / f"marg_{args.fold}.pkl", "wb") as f:
        pickle.dump({"tags": net.tags, "marginals": marg}, f)
    if args.fold == "full":
        gold = [t for d in dev for _, t in d]
        from qawl.ner.neural import viterbi_tags
        pred = [viterbi_tags(net, toks) for d in dev for toks, _ in d]
        print("network alone, development split\n" + report(evaluate(gold, pred)))


def load_marginals(folder: Path) -> tuple[list[str], Marg]:
    tags, marg = None, {}
    for p in sorted(folder.glob("marg_*.pkl")):
        with open(p, "rb") as f:
            d = pickle.load(f)
        assert tags in (None, d["tags"])
        tags = d["tags"]
        marg.update(d["marginals"])
    return tags, marg


def cmd_crf(args: argparse.Namespace) -> None:
    corpora = Path(args.corpora)
    lexicon = build_lexicon(corpora, load_clusters(corpora, Path(args.cluster_cache)))
    train, dev = training_docs(corpora, True, Settings.doc_size)
    stack = None
    if args.variant != "none":
        tags, marg = load_marginals(Path(args.marginals))
        feats_of = stack_features(args.variant, tags)
        stack = lambda toks: feats_of(marg[tuple(toks)])  # noqa: E731
    out = Path(args.keep) / "dev.crfsuite"
    files = paths_for(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    lexicon.save(files["lexicon"])
    settings = replace(Settings(), key_probe=key_probe(train))
    files["config"].write_text(json.dumps(asdict(settings), indent=1, ensure_ascii=False), encoding="utf-8")
    fz = Featurizer(lexicon)
    xs = [merge(fz.sentence(toks), stack(toks) if stack else None) for d in train for toks, _ in d]
    ys = [y for d in train for _, y in d]
    train_crf(xs, ys, files["stage1"])
    write_attributes(files)
    log(f"CRF trained ({args.variant})")
    model = NerModel(out)
    if stack:
        base = model.featurizer.sentence
        model.featurizer.sentence = lambda toks: merge(base(toks), stack(toks))
    gold = [t for d in dev for _, t in d]
    for name, change in ROWS.items():
        model.settings = replace(settings, **change)
        print(f"\n== {args.variant}: {name}\n" + report(evaluate(gold, tag_docs(model, dev))), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("net", "crf"):
        p = sub.add_parser(name)
        p.add_argument("--corpora", required=True)
        p.add_argument("--cluster-cache", required=True)
    net = sub.choices["net"]
    net.add_argument("--vectors", required=True, help="npz of vocab and vectors (clusters.context_vectors)")
    net.add_argument("--fold", required=True, help="0 .. folds-1, or full (all training documents)")
    net.add_argument("--folds", type=int, default=4)
    net.add_argument("--epochs", type=int, default=7)
    net.add_argument("--out", required=True)
    crf = sub.choices["crf"]
    crf.add_argument("--marginals", help="folder of marg_*.pkl (all folds and full)")
    crf.add_argument("--variant", choices=("none", "real", "real1", "top"), default="real")
    crf.add_argument("--keep", required=True)
    args = ap.parse_args()
    {"net": cmd_net, "crf": cmd_crf}[args.cmd](args)


if __name__ == "__main__":
    main()
