"""Development-split figures of CRF + network combinations at decoding time (no retraining):
averaged (log-)marginals under a constrained Viterbi, and the CRF's spans plus the network's
where the CRF found nothing; each alone and with hygiene + propagation as shipped.

    python scripts/ner_combine_dev.py --corpora ../shared/corpora --crf DEV/dev.crfsuite --neural NET/dev.crfsuite

Both models must be trained without the development split (`eval_ner.py --keep`, `train-ner --neural`)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # qawl, when the package is not installed

import argparse

import numpy as np

from qawl.ner.hygiene import clean_tags
from qawl.ner.model import NerModel, Settings, propagate
from qawl.ner.neural import marginals, viterbi
from qawl.ner.scoring import chunks, evaluate
from qawl.ner.train import training_docs


def bio_constraints(tags: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Transition and start scores that forbid an I- tag not continuing its label."""
    bad = lambda p, q: q.startswith("I-") and not (p != "O" and p[2:] == q[2:])  # noqa: E731
    trans = np.array([[-1e9 if bad(p, q) else 0.0 for q in tags] for p in tags])
    start = np.array([-1e9 if t.startswith("I-") else 0.0 for t in tags])
    return trans, start


def union(crf: list[str], net: list[str], labels: tuple[str, ...]) -> list[str]:
    out = list(crf)
    for s, e, lab in chunks(net):
        if lab in labels and all(t == "O" for t in crf[s:e]) and (e == len(crf) or not crf[e].startswith("I-")):
            out[s:e] = ["B-" + lab] + ["I-" + lab] * (e - s - 1)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", required=True)
    ap.add_argument("--crf", required=True)
    ap.add_argument("--neural", required=True)
    args = ap.parse_args()
    crf, net = NerModel(Path(args.crf)), NerModel(Path(args.neural))
    tags = net.neural.vocab.tags
    perm = [crf.stage1.labels().index(t) for t in tags]
    trans, start = bio_constraints(tags)
    dev = training_docs(Path(args.corpora), True, Settings.doc_size)[1]
    gold = [t for d in dev for _, t in d]
    rows = []   # per document: sentences, CRF marginals, network marginals, CRF tags, network tags
    for doc in dev:
        sents = [toks for toks, _ in doc]   # CoNLL sentences are never empty
        pc, pn = [], []
        for s in sents:
            crf.stage1.set(crf.featurizer.sentence(s))
            pc.append(np.array([[crf.stage1.marginal(lab, i) for lab in crf.stage1.labels()] for i in range(len(s))])[:, perm])
            n = net.neural
            pn.append(marginals(n.session.run(None, n.encoder.sentence(s))[0][0], n.trans, n.start, n.end))
        rows.append((sents, pc, pn, [crf.stage1.tag(crf.featurizer.sentence(s)) for s in sents], [net.neural.tag(s) for s in sents]))

    def decode(lp: np.ndarray) -> list[str]:
        return [tags[i] for i in viterbi(lp, trans, start, np.zeros(len(tags)))]

    combos = {f"marginals averaged, network weight {w}": lambda r, i, w=w: decode(np.log(w * r[2][i] + (1 - w) * r[1][i] + 1e-9))
              for w in (0.0, 0.3, 0.5, 0.7, 1.0)}
    combos |= {f"log-marginals averaged, network weight {w}": lambda r, i, w=w: decode(w * np.log(r[2][i] + 1e-9) + (1 - w) * np.log(r[1][i] + 1e-9))
               for w in (0.3, 0.5, 0.7)}
    combos |= {f"CRF spans + network spans of {'/'.join(labs)}": lambda r, i, labs=labs: union(r[3][i], r[4][i], labs)
               for labs in (("PER", "ORG", "LOC", "MISC"), ("ORG",), ("ORG", "MISC"))}
    settings = Settings()
    for name, combo in combos.items():
        for post in (False, True):
            pred = []
            for r in rows:
                dt = [combo(r, i) for i in range(len(r[0]))]
                if post:
                    dt = [clean_tags(s, t) for s, t in zip(r[0], dt)]
                    dt = propagate([crf.featurizer.keys(s) for s in r[0]], dt, crf.featurizer.freq, settings)
                pred += dt
            e = evaluate(gold, pred)
            print(f"{name}{' + hygiene + propagation' if post else ''}: micro F1 {e['micro'].f1:.4f}, ORG {e['ORG'].f1:.4f}", flush=True)


if __name__ == "__main__":
    main()
