"""Entity-level precision / recall / F1 with exact span matching (conlleval rules)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence


def chunks(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) spans of a BIO sequence, end exclusive. As in conlleval, an I- tag
    after O or after another label starts a new chunk (IOB1 input is read correctly)."""
    out: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, lab = (tag[0], tag[2:]) if tag != "O" else ("O", "")
        continues = prefix == "I" and lab == label and start >= 0
        if start >= 0 and not continues:
            out.append((start, i, label))
            start, label = -1, ""
        if prefix in "BI" and not continues:
            start, label = i, lab
    return out


@dataclass(frozen=True)
class Score:
    tp: int
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> dict[str, Score]:
    """Per-label scores plus 'micro' over all labels, for parallel tag sequences."""
    tp, npred, ngold = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred):
        gs, ps = set(chunks(g)), set(chunks(p))
        for c in gs:
            ngold[c[2]] += 1
        for c in ps:
            npred[c[2]] += 1
            if c in gs:
                tp[c[2]] += 1
    labels = sorted(set(ngold) | set(npred))
    scores = {lab: Score(tp[lab], npred[lab], ngold[lab]) for lab in labels}
    scores["micro"] = Score(sum(tp.values()), sum(npred.values()), sum(ngold.values()))
    return scores


def report(scores: dict[str, Score]) -> str:
    """A small table: label, precision, recall, F1, gold and predicted counts."""
    lines = [f"{'label':<6} {'prec':>6} {'rec':>6} {'F1':>6} {'gold':>6} {'pred':>6}"]
    for lab, s in scores.items():
        lines.append(f"{lab:<6} {s.precision:6.4f} {s.recall:6.4f} {s.f1:6.4f} {s.n_gold:6d} {s.n_pred:6d}")
    return "\n".join(lines)
