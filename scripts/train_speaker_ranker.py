"""Fit the speaker ranker (qawl/quotes/ranker.py) on gold folders and measure it on others.

    python scripts/train_speaker_ranker.py --fit ../shared/samples eval/anercorp-quotes/gold /tmp/news-train \\
        --measure /tmp/news-dev --scorer ../shared/tools/score.py

Every article of the --fit folders is parsed with the rules; at each elided subject the rules
resolve with their fallback, the ranker's candidates are recorded and labelled by the gold
speaker of the quote the cue produced (candidates naming it are right). A conditional logit
(softmax over each decision's candidates, L2-regularised) is fitted with numpy. --measure
folders are then scored (attribution P/R/F1) with the rules and with the fitted ranker.
The ranker is not in the pipeline: on data it was not fitted on it did not beat the rules
(README, "Quotations and speakers"), so no weights are shipped."""
from __future__ import annotations

import argparse
import importlib.util
import io
import json
import sys
from dataclasses import asdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qawl.entities import resolve_entities  # noqa: E402
from qawl.ner import load_recognizer  # noqa: E402
from qawl.quotes.engine import extract  # noqa: E402
from qawl.quotes.ranker import FEATURES, Candidate, candidates, ranked_choice  # noqa: E402
from qawl.sentences import split_sentences  # noqa: E402

L2, STEPS, RATE = 0.05, 800, 0.5


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def articles(folders: list[Path]) -> list[tuple[dict, list, list]]:
    """(gold, sentences, entities) of every article in the folders."""
    recognise, out = load_recognizer(), []
    for folder in folders:
        for path in sorted(folder.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            sentences = split_sentences(gold["text"])
            entities = resolve_entities(gold["text"], recognise(gold["text"], sentences), sentences)
            out.append((gold, sentences, entities))
    return out


def decisions(items, score) -> list[tuple[np.ndarray, np.ndarray]]:
    """(candidate features, right-or-not) for each elided subject whose quote matches gold."""
    out = []
    for gold, sentences, entities in items:
        seen: dict[int, list[Candidate]] = {}

        def record(res, art, before, feminine, plural):
            seen[before] = candidates(res, art, before, feminine, plural)
            return res.last(before, feminine, plural)

        for q in extract(gold["text"], sentences, entities, choose=record):
            cands = seen.get(q.cue_start)
            match = [g for g in gold["quotes"] if not g.get("optional")
                     and min(g["char_end"], q.end) - max(g["char_start"], q.start) >= 0.5 * (g["char_end"] - g["char_start"])]
            if not cands or not match:
                continue
            names = [match[0]["speaker"], *match[0].get("speaker_aliases", [])]
            right = np.array([score.speaker_match(c.speaker.name, names) for c in cands], dtype=float)
            if right.any():
                out.append((np.array([[c.features[f] for f in FEATURES] for c in cands]), right))
    return out


def fit(data: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    """Weights maximising the softmax probability of the right candidates."""
    w = np.zeros(len(FEATURES))
    for _ in range(STEPS):
        grad = L2 * w
        for x, right in data:
            p = np.exp(x @ w - (x @ w).max())
            p /= p.sum()
            q = p * right / (p * right).sum()
            grad += (x.T @ (p - q)) / len(data)
        w -= RATE * grad
    return w


def attribution(items, score, choose) -> str:
    gold_docs, pred_docs = {}, {}
    for gold, sentences, entities in items:
        quotes = extract(gold["text"], sentences, entities, choose=choose)
        gold_docs[gold["id"]] = gold
        pred_docs[gold["id"]] = {"id": gold["id"], "quotes": [asdict(q) for q in quotes], "entities": []}
    args = argparse.Namespace(threshold=0.5, two_way=False, lenient_speaker=False, no_aliases=False,
                              include_optional=False, per_file=False)
    res = score.evaluate(gold_docs, pred_docs, args, out=io.StringIO())["a"]
    return f"P={res['precision']:.3f} R={res['recall']:.3f} F1={res['f1']:.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fit", type=Path, nargs="+", required=True, help="gold folders to fit on")
    ap.add_argument("--measure", type=Path, nargs="*", default=[], help="gold folders to measure on")
    ap.add_argument("--scorer", type=Path, required=True, help="../shared/tools/score.py")
    args = ap.parse_args(argv)
    score = load_scorer(args.scorer)
    data = decisions(articles(args.fit), score)
    w = fit(data)
    weights = dict(zip(FEATURES, map(float, w)))
    print(f"fitted on {len(data)} decisions: " + ", ".join(f"{k}={v:+.2f}" for k, v in weights.items()))
    top = sum(int(right[np.argmax(x @ w)]) for x, right in data)
    rule = sum(int(right[np.argmax(x[:, FEATURES.index("rule_choice")])]) for x, right in data)
    print(f"on the fitting decisions: ranker right {top}/{len(data)}, rules right {rule}/{len(data)}")
    for folder in args.measure:
        items = articles([folder])
        print(f"{folder}: rules {attribution(items, score, None)} | ranker "
              f"{attribution(items, score, ranked_choice(weights))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
