"""Word clusters from unlabelled text (training time only): PPMI vectors of left and
right neighbours, reduced by truncated SVD, grouped by k-means at several granularities."""
from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np
from scipy.cluster.vq import kmeans2
from scipy.sparse import coo_matrix, hstack
from scipy.sparse.linalg import svds

from ..tokens import words
from .features import word_key


def raw_sentences(path: Path, limit: int | None = None) -> Iterator[list[str]]:
    """Clitic-stripped normalised words of each line of a gzipped text file."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if limit is not None and i >= limit:
                break
            yield [word_key(t.text) for t in words(line)]


def build_clusters(lines: Iterable[list[str]], ks: tuple[int, ...] = (64, 512), seed: int = 1,
                   **vector_args) -> dict[str, tuple[int, ...]]:
    """word -> cluster id at each granularity in ks."""
    vocab, vec = context_vectors(lines, seed=seed, **vector_args)
    return kmeans_clusters(vocab, vec, ks, seed)


def kmeans_clusters(vocab: list[str], vec: np.ndarray, ks: tuple[int, ...], seed: int = 1) -> dict[str, tuple[int, ...]]:
    """word -> k-means cluster id of its vector at each granularity in ks (deterministic)."""
    rng = np.random.default_rng(seed)
    labels = []
    for k in ks:
        _, lab = kmeans2(vec, k, iter=20, minit="points", seed=rng)
        labels.append(lab)
    return {w: tuple(int(lab[i]) for lab in labels) for i, w in enumerate(vocab)}


def context_vectors(lines: Iterable[list[str]], vocab_size: int = 60_000, n_context: int = 3_000,
                    dims: int = 100, seed: int = 1) -> tuple[list[str], np.ndarray]:
    """(vocabulary, unit-length PPMI-SVD vectors of its words' left and right neighbours)."""
    corpus = [ln for ln in lines if ln]
    counts = Counter(w for ln in corpus for w in ln)
    vocab = [w for w, n in counts.most_common(vocab_size) if n >= 3]
    index = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[:n_context])}
    rows_l, cols_l, rows_r, cols_r = [], [], [], []
    for ln in corpus:
        ids = [index.get(w, -1) for w in ln]
        cids = [ctx.get(w, -1) for w in ln]
        for j, wi in enumerate(ids):
            if wi < 0:
                continue
            if j > 0 and cids[j - 1] >= 0:
                rows_l.append(wi); cols_l.append(cids[j - 1])
            if j + 1 < len(ln) and cids[j + 1] >= 0:
                rows_r.append(wi); cols_r.append(cids[j + 1])
    shape = (len(vocab), len(ctx))
    mats = []
    for rows, cols in ((rows_l, cols_l), (rows_r, cols_r)):
        m = coo_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=shape).tocsr()
        m.sum_duplicates()
        total = m.sum()
        row_sum = np.asarray(m.sum(axis=1)).ravel() + 1e-9
        col_sum = np.asarray(m.sum(axis=0)).ravel() ** 0.75
        col_sum = col_sum / col_sum.sum()
        m = m.tocoo()
        pmi = np.log(m.data * 1.0 / (row_sum[m.row] / total) / col_sum[m.col] / total)
        keep = pmi > 0
        mats.append(coo_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=shape))
    ppmi = hstack(mats).tocsr()
    u, s, _ = svds(ppmi, k=dims, random_state=seed)
    vec = u * np.sqrt(s)
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
    return vocab, vec
