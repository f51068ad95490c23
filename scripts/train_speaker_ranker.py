"""Train the speaker ranker (qawl/quotes/ranker.py) on annotated quotes and write its weights.

    python scripts/train_speaker_ranker.py GOLD_DIR [GOLD_DIR ...] [--score /work/shared/tools/score.py]
        [--cache FILE] [--out qawl/resources/speaker_ranker.json] [--report]

Each gold folder holds JSON articles with their text and quotes (the news golds, the samples,
eval/anercorp-quotes/gold). Every article is parsed with the rules alone (`extract(...,
ranked=False)`); each predicted quote that matches a gold quote by span (score.py's
`match_quotes` without speakers) gives one ranking example: its candidates, labelled by score.py's
`speaker_match` against the gold speaker's names. A conditional logit with an L2 penalty is
fitted by gradient descent; the penalty and the fallback threshold are chosen by 5-fold
cross-validation by article, and the report prints the oracle (how often the gold speaker is a
candidate), the out-of-fold figures of the fallback and of an override of the rules' speaker.
The weights file holds feature names and numbers only."""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import pickle
import sys
import types
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qawl.entities import resolve_entities  # noqa: E402
from qawl.ner import load_recognizer  # noqa: E402
from qawl.quotes.engine import extract  # noqa: E402
from qawl.quotes.ranker import WEIGHTS, abstention, candidates, features, nameable  # noqa: E402
from qawl.quotes.speakers import names_no_one  # noqa: E402
from qawl.sentences import split_sentences  # noqa: E402

FOLDS = 5
PENALTIES = (0.01, 0.1, 1.0, 10.0)
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
MARGINS = (0.0, 0.1, 0.2, 0.4, 0.6)
PRECISION = 0.94  # out-of-fold precision the fallback threshold must reach


def load_score(path: str) -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parsed(folders: list[str], cache: Path | None) -> list[tuple]:
    """(folder name, file name, gold, text, sentences, entities, rule quotes) of every gold article."""
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    recognise, out = load_recognizer(), []
    for folder in folders:
        for path in sorted(Path(folder).glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            if "text" not in gold:
                continue
            text = gold["text"]
            sentences = split_sentences(text)
            entities = resolve_entities(text, recognise(text, sentences), sentences)
            kept = [e for e in entities if not names_no_one(e.text, e.label)]
            quotes = extract(text, sentences, entities, ranked=False)
            out.append((Path(folder).name, path.name, gold, text, sentences, sorted(kept, key=lambda e: e.start), quotes))
    if cache is not None:
        cache.write_bytes(pickle.dumps(out))
    return out


def examples(articles: list[tuple], S: types.ModuleType) -> list[dict]:
    """One ranking example per predicted quote: matched to a required gold quote by span (its
    speaker labels the candidates) or to none (a false quote: only «none of them» is right)."""
    args = types.SimpleNamespace(threshold=0.5, two_way=False, no_aliases=False, lenient_speaker=False)
    out = []
    for folder, name, gold, text, sentences, entities, quotes in articles:
        art = S.Article(text)
        gq = S.prepare_quotes(art, gold.get("quotes"), True)
        for x in gq:
            x["required"] = not x["q"].get("optional")
        pq = S.prepare_quotes(art, [{"quote": q.quote, "start": q.start, "end": q.end} for q in quotes], False)
        _, _, _, match = S.match_quotes(gq, pq, args, False)
        gold_of = {pi: gi for gi, pi in match.items()}
        first_end = sentences[0].end if sentences else len(text)
        for pi, q in enumerate(quotes):
            gi = gold_of.get(pi)
            if gi is not None and not gq[gi]["required"]:
                continue
            if gi is None and any(max(S.overlap(x, pq[pi]), S.reverse_overlap(x, pq[pi])) >= 0.5
                                  for x in gq if not x["required"]):
                continue  # an optional gold quote: neither right nor wrong
            names = S.gold_speaker_names(gq[gi]["q"], True, False) if gi is not None else []
            view = {}
            for key, rule in (("override", True), ("fallback", False)):
                cands = candidates(pi, quotes, entities, rule)
                labels = [bool(names) and S.speaker_match(c.name, names) for c in cands]
                view[key] = dict(feats=[features(c, q, quotes, entities, text, first_end) for c in cands],
                                 labels=labels, rule=[c.rule for c in cands], nameable=[nameable(c) for c in cands])
                if key == "fallback":  # «none of them» first
                    view[key]["feats"].insert(0, abstention(q, quotes, entities, len(cands)))
                    view[key]["labels"].insert(0, not any(labels))
                    view[key]["rule"].insert(0, False)
                    view[key]["nameable"].insert(0, False)
            out.append(dict(set=folder, article=name, unknown=q.speaker_kind == "unknown", matched=gi is not None,
                            rule_right=bool(names) and S.speaker_match(q.speaker or "", names),
                            has_rule=any(view["override"]["rule"]), **view))
    return out


class Design:
    """The examples' `view` ("fallback" or "override") as arrays: one row per candidate, `group` its example."""

    def __init__(self, exs: list[dict], names: list[str], view: str):
        index = {n: k for k, n in enumerate(names)}
        rows = [(g, f, y) for g, e in enumerate(exs) for f, y in zip(e[view]["feats"], e[view]["labels"])]
        self.X = np.zeros((len(rows), len(names)))
        for r, (_, f, _) in enumerate(rows):
            for k, v in f.items():
                if k in index:
                    self.X[r, index[k]] = v
        self.group = np.array([g for g, _, _ in rows], dtype=int)
        self.y = np.array([y for _, _, y in rows], dtype=float)
        self.n = len(exs)


def _probs(d: Design, w: np.ndarray) -> np.ndarray:
    z = d.X @ w
    top = np.full(d.n, -np.inf)
    np.maximum.at(top, d.group, z)
    ez = np.exp(z - top[d.group])
    total = np.zeros(d.n)
    np.add.at(total, d.group, ez)
    return ez / total[d.group]


def fit(d: Design, penalty: float, steps: int = 600) -> np.ndarray:
    """Conditional logit: maximise the log-probability of the positive candidates (spread evenly
    over them) of the examples that have one, minus penalty/2 |w|², by Adam."""
    pos = np.zeros(d.n)
    np.add.at(pos, d.group, d.y)
    keep = pos[d.group] > 0
    target = np.where(keep, d.y / np.maximum(pos[d.group], 1), 0.0)
    w, m, v = np.zeros(d.X.shape[1]), np.zeros(d.X.shape[1]), np.zeros(d.X.shape[1])
    m_examples = max(1, int((pos > 0).sum()))
    for t in range(1, steps + 1):
        grad = -(d.X.T @ (target - np.where(keep, _probs(d, w), 0.0))) / m_examples + penalty * w / m_examples
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad ** 2
        w -= 0.05 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w


def fold_of(e: dict) -> int:
    return int(hashlib.sha1(f"{e['set']}/{e['article']}".encode()).hexdigest(), 16) % FOLDS


def out_of_fold(exs: list[dict], names: list[str], penalty: float, view: str) -> list[np.ndarray]:
    """Each example's candidate probabilities from the model trained on the other folds (by article)."""
    out: list[np.ndarray] = [np.zeros(0)] * len(exs)
    for k in range(FOLDS):
        test = [i for i, e in enumerate(exs) if fold_of(e) == k]
        w = fit(Design([e for e in exs if fold_of(e) != k], names, view), penalty)
        d = Design([exs[i] for i in test], names, view)
        p = _probs(d, w)
        for g, i in enumerate(test):
            out[i] = p[d.group == g]
    return out


def top_right(e: dict, p: np.ndarray, view: str) -> bool:
    return bool(len(p)) and e[view]["labels"][int(np.argmax(p))]


def _gives(e: dict, p: np.ndarray, t: float) -> bool:
    """Whether the fallback names a speaker: a nameable candidate, not «none of them» (index 0), at >= t."""
    return len(p) > 1 and p.max() >= t and e["fallback"]["nameable"][int(np.argmax(p))]


def precision_at(exs: list[dict], probs: list[np.ndarray], t: float) -> tuple[int, int]:
    """(right, given) of the speakers the fallback model names with probability >= t (a speaker
    named for a false quote is wrong)."""
    given = [(e, p) for e, p in zip(exs, probs) if _gives(e, p, t)]
    return sum(top_right(e, p, "fallback") for e, p in given), len(given)


def fallback_gain(exs: list[dict], probs: list[np.ndarray], t: float) -> tuple[int, int]:
    """(right speakers, speakers given) when the rules' unknown speakers take the named candidate at >= t."""
    sel = [(e, p) for e, p in zip(exs, probs) if e["unknown"] and _gives(e, p, t)]
    return sum(top_right(e, p, "fallback") for e, p in sel), len(sel)


def override_gain(exs: list[dict], probs: list[np.ndarray], margin: float) -> tuple[int, int]:
    """(gain in right speakers, changes) when the best candidate replaces the rules' speaker it beats by `margin`."""
    gain = n = 0
    for e, p in zip(exs, probs):
        if not e["has_rule"] or not len(p):
            continue
        k, r = int(np.argmax(p)), e["override"]["rule"].index(True)
        if k != r and p[k] - p[r] >= margin:
            n += 1
            gain += int(e["override"]["labels"][k]) - int(e["rule_right"])
    return gain, n


def report_oracle(exs: list[dict]) -> None:
    def share(sel: list[dict], view: str) -> str:
        hit = sum(any(e[view]["labels"][view == "fallback":]) for e in sel)
        return f"{hit}/{len(sel)} ({hit / max(1, len(sel)):.3f})"
    print("oracle (gold speaker among the candidates; with the rules' speaker / without it):")
    exs = [e for e in exs if e["matched"]]
    for label, sel in (("all matched quotes", exs), ("rule right", [e for e in exs if e["rule_right"]]),
                       ("rule wrong, not unknown", [e for e in exs if not e["rule_right"] and not e["unknown"]]),
                       ("rule unknown", [e for e in exs if e["unknown"]])):
        print(f"  {label:24s} {share(sel, 'override')}  {share(sel, 'fallback')}")


def study(exs: list[dict], names: list[str], view: str, report: bool) -> tuple[float, list[np.ndarray]]:
    """The penalty with the most out-of-fold right best candidates, and its out-of-fold probabilities."""
    best = None
    for penalty in PENALTIES:
        probs = out_of_fold(exs, names, penalty, view)
        top1 = sum(top_right(e, p, view) for e, p in zip(exs, probs))
        if report:
            print(f"{view} model, penalty {penalty}: out-of-fold best candidate right {top1}/{len(exs)} "
                  f"(rules right {sum(e['rule_right'] for e in exs)})")
        if best is None or top1 > best[0]:
            best = (top1, penalty, probs)
    return best[1], best[2]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("golds", nargs="+")
    ap.add_argument("--score", default="/work/shared/tools/score.py")
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--out", type=Path, default=WEIGHTS)
    ap.add_argument("--report", action="store_true", help="print the oracle and the cross-validated figures")
    ap.add_argument("--override", action="store_true", help="also cross-validate an override of the rules' speaker")
    args = ap.parse_args(argv)
    S = load_score(args.score)
    exs = examples(parsed(args.golds, args.cache), S)
    names = sorted({k for e in exs for f in e["fallback"]["feats"] for k in f})
    print(f"{len(exs)} examples, {sum(len(e['fallback']['labels']) for e in exs)} candidates, {len(names)} features")
    if args.report:
        report_oracle(exs)
    if args.override:
        all_names = sorted({k for e in exs for f in e["override"]["feats"] for k in f})
        _, probs = study(exs, all_names, "override", args.report)
        for m in MARGINS:
            print(f"  override margin {m}: gain %+d over %d changes" % override_gain(exs, probs, m))
            for s in sorted({e["set"] for e in exs}):
                sel = [(e, p) for e, p in zip(exs, probs) if e["set"] == s]
                print(f"    {s:12s} %+d/%d" % override_gain([e for e, _ in sel], [p for _, p in sel], m))
    penalty, probs = study(exs, names, "fallback", args.report)
    threshold = min((t for t in THRESHOLDS if _share(*precision_at(exs, probs, t)) >= PRECISION), default=THRESHOLDS[-1])
    if args.report:
        for t in THRESHOLDS:
            right, given = precision_at(exs, probs, t)
            false = sum(1 for e, p in zip(exs, probs) if not e["matched"] and _gives(e, p, t))
            print(f"  fallback >= {t}: out-of-fold precision {right}/{given} ({_share(right, given):.3f}; {false} of "
                  f"them false quotes); on the rules' unknowns right %d of %d given" % fallback_gain(exs, probs, t))
        print(f"chosen: penalty {penalty}, fallback threshold {threshold}")
    w = fit(Design(exs, names, "fallback"), penalty)
    model = {"fallback": threshold, "penalty": penalty, "weights": {n: round(float(x), 4) for n, x in zip(names, w)}}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


def _share(right: int, given: int) -> float:
    return right / given if given else 0.0


if __name__ == "__main__":
    sys.exit(main())
