"""The neural tagger at run time: a BiLSTM over word vectors, character n-grams and the
CRF's lexicon features (gazetteers, word clusters, triggers), exported to ONNX and run
with onnxruntime; a CRF transition matrix decodes its scores (Viterbi, numpy).
PyTorch is needed only to train it (qawl.ner.neural_train)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from ..normalise import normalise
from .features import CACHE_WORDS, Featurizer, core, is_punct

MAX_CHARS = 14       # characters of a word the character layer sees (the first 14)
MAX_LEX = 12         # lexicon features per word
LEX_PREFIXES = ("gz", "c1=", "c2=", "trig=", "pro=", "shape=", "fq=", "al=", "len=")
PAD, UNK = 0, 1


@dataclass
class Vocab:
    """String -> id tables of the network's inputs and outputs (ids 0 and 1: padding, unknown)."""
    words: list[str]
    chars: list[str]
    feats: list[str]
    phrases: list[str]
    tags: list[str]

    def __post_init__(self) -> None:
        self.word_id = {w: i for i, w in enumerate(self.words)}
        self.char_id = {c: i for i, c in enumerate(self.chars)}
        self.feat_id = {f: i for i, f in enumerate(self.feats)}
        self.phrase_id = {p: i for i, p in enumerate(self.phrases)}

    def to_json(self) -> dict:
        return {k: getattr(self, k) for k in ("words", "chars", "feats", "phrases", "tags")}


def lexicon_features(fz: Featurizer, token: str) -> list[str]:
    """The word-level CRF features the network also sees (no word identity or affixes)."""
    return [f for f in fz.own(token) if f.startswith(LEX_PREFIXES)] if not is_punct(token) else []


class Encoder:
    """Token strings -> the network's integer inputs; word types are cached."""

    def __init__(self, fz: Featurizer, vocab: Vocab):
        self.fz = fz
        self.vocab = vocab
        self._cache: dict[str, tuple[int, list[int], list[int]]] = {}

    def clear_cache(self) -> None:
        self._cache.clear()

    def word(self, token: str) -> tuple[int, list[int], list[int]]:
        hit = self._cache.get(token)
        if hit is None:
            v = self.vocab
            key = self.fz.key(token)
            chars = [v.char_id.get(c, UNK) for c in normalise(core(token))[:MAX_CHARS]]
            feats = [v.feat_id[f] for f in lexicon_features(self.fz, token) if f in v.feat_id][:MAX_LEX]
            hit = (v.word_id.get(key, UNK), chars, feats)
            if len(self._cache) < CACHE_WORDS:
                self._cache[token] = hit
        return hit

    def sentence(self, tokens: Sequence[str]) -> dict[str, np.ndarray]:
        """Inputs for one sentence, batch of one: words (1,T), chars (1,T,C), feats (1,T,L), phrases (1,T)."""
        n = len(tokens)
        enc = [self.word(t) for t in tokens]
        words = np.array([[e[0] for e in enc]], dtype=np.int64)
        chars = np.zeros((1, n, MAX_CHARS), dtype=np.int64)
        feats = np.zeros((1, n, MAX_LEX), dtype=np.int64)
        for i, (_, cs, fs) in enumerate(enc):
            chars[0, i, :len(cs)] = cs
            feats[0, i, :len(fs)] = fs
        ph = self.fz.phrase_tags(self.fz.keys(tokens))
        phrases = np.array([[self.vocab.phrase_id.get(p, UNK) for p in ph]], dtype=np.int64)
        return {"words": words, "chars": chars, "feats": feats, "phrases": phrases}


def viterbi(scores: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> list[int]:
    """Best tag-id path for emission scores (T, K) under transition scores (K, K)."""
    n = scores.shape[0]
    best = start + scores[0]
    back = np.zeros((n, scores.shape[1]), dtype=np.int64)
    for t in range(1, n):
        cand = best[:, None] + trans
        back[t] = cand.argmax(0)
        best = cand.max(0) + scores[t]
    path = [int((best + end).argmax())]
    for t in range(n - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return path[::-1]


def _logsumexp(a: np.ndarray, axis: int) -> np.ndarray:
    m = a.max(axis, keepdims=True)
    return (m + np.log(np.exp(a - m).sum(axis, keepdims=True))).squeeze(axis)


def marginals(scores: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """P(tag at token t) under the CRF (forward-backward), shape (T, K)."""
    n = scores.shape[0]
    fwd = np.empty_like(scores)
    bwd = np.empty_like(scores)
    fwd[0] = start + scores[0]
    for t in range(1, n):
        fwd[t] = _logsumexp(fwd[t - 1][:, None] + trans, 0) + scores[t]
    bwd[-1] = end
    for t in range(n - 2, -1, -1):
        bwd[t] = _logsumexp(trans + (scores[t + 1] + bwd[t + 1])[None, :], 1)
    log_z = _logsumexp(fwd[-1] + end, 0)
    return np.exp(fwd + bwd - log_z)


class NeuralTagger:
    """BIO tags for token lists from the ONNX network (`model.onnx` + `model.neural.json`)."""

    def __init__(self, onnx_path: Path, meta_path: Path, fz: Featurizer):
        import onnxruntime as ort
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        self.vocab = Vocab(**meta["vocab"])
        self.trans = np.array(meta["transitions"], dtype=np.float32)
        self.start = np.array(meta["start"], dtype=np.float32)
        self.end = np.array(meta["end"], dtype=np.float32)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(onnx_path), opts, providers=["CPUExecutionProvider"])
        self.encoder = Encoder(fz, self.vocab)

    def tag(self, tokens: Sequence[str]) -> list[str]:
        if not tokens:
            return []
        scores = self.session.run(None, self.encoder.sentence(tokens))[0][0]
        return [self.vocab.tags[i] for i in viterbi(scores, self.trans, self.start, self.end)]
