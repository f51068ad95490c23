"""Several linear-chain CRFs decoded as one: their state and transition weights are averaged
(a product of experts: the sum of the members' log-potentials), and the tags are found by a
numpy Viterbi that only allows valid BIO sequences."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

import numpy as np
import pycrfsuite


def bio_allowed(labels: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """(allowed first tags, allowed transitions [from, to]): an I-X follows only B-X or I-X."""
    def ok(prev: str | None, tag: str) -> bool:
        if not tag.startswith("I-"):
            return True
        return prev is not None and prev != "O" and prev[2:] == tag[2:]
    start = np.array([ok(None, t) for t in labels])
    trans = np.array([[ok(p, t) for t in labels] for p in labels])
    return start, trans


class LinearCRF:
    """State weights (attribute x label) and transition weights (label x label) of a CRF;
    `average` makes one of several members."""

    def __init__(self, labels: Sequence[str], attributes: Sequence[str], state: np.ndarray, trans: np.ndarray):
        self.labels = list(labels)
        self.index = {a: i for i, a in enumerate(attributes)}
        self.attributes = list(attributes)
        self.state = state
        self.trans = trans
        start_ok, trans_ok = bio_allowed(self.labels)
        self._start_pen = np.where(start_ok, 0.0, -np.inf)
        self._trans_c = np.where(trans_ok, trans, -np.inf)

    @classmethod
    def from_crfsuite(cls, path: Path, labels: Sequence[str] | None = None) -> "LinearCRF":
        """The weights of a python-crfsuite model file (labels in the given order)."""
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        info = tagger.info()
        labels = list(labels or tagger.labels())
        lab = {x: i for i, x in enumerate(labels)}
        attrs = sorted({a for a, _ in info.state_features})
        idx = {a: i for i, a in enumerate(attrs)}
        state = np.zeros((len(attrs), len(labels)))
        for (a, y), w in info.state_features.items():
            state[idx[a], lab[y]] = w
        trans = np.zeros((len(labels), len(labels)))
        for (y0, y1), w in info.transitions.items():
            trans[lab[y0], lab[y1]] = w
        tagger.close()
        return cls(labels, attrs, state, trans)

    @classmethod
    def average(cls, members: Sequence["LinearCRF"]) -> "LinearCRF":
        """One model whose scores are the mean of the members' scores."""
        labels = members[0].labels
        attrs = sorted({a for m in members for a in m.attributes})
        idx = {a: i for i, a in enumerate(attrs)}
        state = np.zeros((len(attrs), len(labels)))
        trans = np.zeros((len(labels), len(labels)))
        for m in members:
            order = [m.labels.index(x) for x in labels]
            rows = [idx[a] for a in m.attributes]
            state[rows] += m.state[:, order]
            trans += m.trans[np.ix_(order, order)]
        return cls(labels, attrs, state / len(members), trans / len(members))

    def emissions(self, feats: Sequence[Sequence[str]]) -> np.ndarray:
        """Token x label state scores (attributes without a weight count zero)."""
        out = np.zeros((len(feats), len(self.labels)))
        get = self.index.get
        for i, f in enumerate(feats):
            rows = [j for j in map(get, f) if j is not None]
            if rows:
                out[i] = self.state[rows].sum(axis=0)
        return out

    def tag(self, feats: Sequence[Sequence[str]], constrained: bool = True) -> list[str]:
        """Viterbi tags of one sentence's feature lists."""
        if not feats:
            return []
        return [self.labels[j] for j in viterbi(self.emissions(feats), *self._transitions(constrained))]

    def marginals(self, feats: Sequence[Sequence[str]]) -> np.ndarray:
        """Token x label posterior probabilities (forward-backward, unconstrained as crfsuite's)."""
        return forward_backward(self.emissions(feats), self.trans)

    def _transitions(self, constrained: bool) -> tuple[np.ndarray, np.ndarray]:
        if constrained:
            return self._start_pen, self._trans_c
        return np.zeros(len(self.labels)), self.trans

    def save(self, path: Path) -> None:
        """A compressed .npz: labels, attributes, state weights (non-zero rows) and transitions."""
        np.savez_compressed(path, labels=np.array(self.labels), attributes=np.array(self.attributes),
                            state=self.state.astype(np.float32), trans=self.trans)

    @classmethod
    def load(cls, path: Path) -> "LinearCRF":
        with np.load(path) as z:
            return cls([str(x) for x in z["labels"]], [str(x) for x in z["attributes"]],
                       z["state"].astype(np.float64), z["trans"])


def viterbi(emit: np.ndarray, start: np.ndarray, trans: np.ndarray) -> list[int]:
    """Best label sequence for token x label scores, first-tag scores and [from, to] transitions."""
    n = len(emit)
    score = start + emit[0]
    back = np.zeros((n, emit.shape[1]), dtype=np.intp)
    for i in range(1, n):
        cand = score[:, None] + trans
        back[i] = cand.argmax(axis=0)
        score = cand[back[i], np.arange(emit.shape[1])] + emit[i]
    path = [int(score.argmax())]
    for i in range(n - 1, 0, -1):
        path.append(int(back[i, path[-1]]))
    return path[::-1]


def _logsumexp(a: np.ndarray, axis: int) -> np.ndarray:
    m = a.max(axis=axis, keepdims=True)
    return (m + np.log(np.exp(a - m).sum(axis=axis, keepdims=True))).squeeze(axis)


def forward_backward(emit: np.ndarray, trans: np.ndarray) -> np.ndarray:
    """Token x label marginals of a linear-chain CRF."""
    n, k = emit.shape
    if n == 0:
        return np.zeros((0, k))
    alpha = np.zeros((n, k))
    beta = np.zeros((n, k))
    alpha[0] = emit[0]
    for i in range(1, n):
        alpha[i] = _logsumexp(alpha[i - 1][:, None] + trans, 0) + emit[i]
    for i in range(n - 2, -1, -1):
        beta[i] = _logsumexp(trans + (emit[i + 1] + beta[i + 1])[None, :], 1)
    z = _logsumexp(alpha[-1], 0)
    return np.exp(alpha + beta - z)
