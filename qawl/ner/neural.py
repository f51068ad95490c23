"""The BiLSTM-CRF network of the stacking experiment (`scripts/ner_stack_dev.py`; tried, not
shipped: data/ner/README.md, «Stacking»). A BiLSTM over word vectors, a character CNN and the
CRF's word-level lexicon features, with CRF transitions; its per-token tag marginals become
features of the CRF. Restored from commit 1098f20 (the neural tagger tried in round 9) and cut
to what the experiment needs; PyTorch is needed (training only, never at run time)."""
from __future__ import annotations

import random
import sys
import time
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

import numpy as np
import torch
from torch import nn

from ..normalise import normalise
from .features import Featurizer, core, is_punct, word_key

MAX_CHARS = 14       # characters of a word the character layer sees (the first 14)
MAX_LEX = 12         # lexicon features per word
LEX_PREFIXES = ("gz", "c1=", "c2=", "trig=", "pro=", "shape=", "fq=", "al=", "len=")
PAD, UNK = 0, 1
HYPER = dict(wdim=100, cdim=30, cfilters=50, fdim=32, pdim=16, hidden=128, dropout=0.5, word_dropout=0.05,
             lr=2e-3, batch=16, epochs=7, vocab_size=50_000, seed=1)
Sent = tuple[list[str], list[str]]


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


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


def lexicon_features(fz: Featurizer, token: str) -> list[str]:
    """The word-level CRF features the network also sees (no word identity or affixes)."""
    return [f for f in fz._own(token)[0] if f.startswith(LEX_PREFIXES)] if not is_punct(token) else []


def key(token: str) -> str:
    return token if is_punct(token) else word_key(token)


class Encoder:
    """Token strings -> the network's integer inputs; word types are cached."""

    def __init__(self, fz: Featurizer, vocab: Vocab):
        self.fz, self.vocab = fz, vocab
        self._cache: dict[str, tuple[int, list[int], list[int]]] = {}

    def word(self, token: str) -> tuple[int, list[int], list[int]]:
        hit = self._cache.get(token)
        if hit is None:
            v = self.vocab
            chars = [v.char_id.get(c, UNK) for c in normalise(core(token))[:MAX_CHARS]]
            feats = [v.feat_id[f] for f in lexicon_features(self.fz, token) if f in v.feat_id][:MAX_LEX]
            hit = self._cache[token] = (v.word_id.get(key(token), UNK), chars, feats)
        return hit

    def sentence(self, tokens: Sequence[str]) -> dict[str, np.ndarray]:
        """Inputs for one sentence, batch of one: words (1,T), chars (1,T,C), feats (1,T,L), phrases (1,T)."""
        n = len(tokens)
        enc = [self.word(t) for t in tokens]
        chars = np.zeros((1, n, MAX_CHARS), dtype=np.int64)
        feats = np.zeros((1, n, MAX_LEX), dtype=np.int64)
        for i, (_, cs, fs) in enumerate(enc):
            chars[0, i, :len(cs)] = cs
            feats[0, i, :len(fs)] = fs
        ph = self.fz.phrase_tags([key(t) for t in tokens])
        return {"words": np.array([[e[0] for e in enc]], dtype=np.int64), "chars": chars, "feats": feats,
                "phrases": np.array([[self.vocab.phrase_id.get(p, UNK) for p in ph]], dtype=np.int64)}


class Net(nn.Module):
    """Word, character and lexicon-feature embeddings -> BiLSTM -> tag scores; plus CRF transitions."""

    def __init__(self, vocab: Vocab, vectors: np.ndarray, h: dict):
        super().__init__()
        self.wemb = nn.Embedding(len(vocab.words), h["wdim"], padding_idx=0)
        self.wemb.weight.data.copy_(torch.from_numpy(vectors))
        self.cemb = nn.Embedding(len(vocab.chars), h["cdim"], padding_idx=0)
        self.conv = nn.Conv1d(h["cdim"], h["cfilters"], 3, padding=1)
        self.femb = nn.Embedding(len(vocab.feats), h["fdim"], padding_idx=0)
        self.pemb = nn.Embedding(len(vocab.phrases), h["pdim"], padding_idx=0)
        self.drop = nn.Dropout(h["dropout"])
        width = h["wdim"] + h["cfilters"] + h["fdim"] + h["pdim"]
        self.lstm = nn.LSTM(width, h["hidden"], batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * h["hidden"], len(vocab.tags))
        k = len(vocab.tags)
        self.trans = nn.Parameter(torch.zeros(k, k))
        self.start = nn.Parameter(torch.zeros(k))
        self.end = nn.Parameter(torch.zeros(k))

    def forward(self, words, chars, feats, phrases, lengths=None):
        b, t, c = chars.shape
        ch = self.cemb(chars.reshape(b * t, c)).transpose(1, 2)
        ch = torch.relu(self.conv(ch)).max(2).values.reshape(b, t, -1)
        x = self.drop(torch.cat([self.wemb(words), ch, self.femb(feats).sum(2), self.pemb(phrases)], -1))
        if lengths is None:
            y, _ = self.lstm(x)
        else:
            packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
            y, _ = self.lstm(packed)
            y, _ = nn.utils.rnn.pad_packed_sequence(y, batch_first=True, total_length=t)
        return self.out(self.drop(y))

    def nll(self, emis: torch.Tensor, tags: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """CRF negative log-likelihood of the gold tags, summed over the batch."""
        score = self.start[tags[:, 0]] + emis[:, 0].gather(1, tags[:, :1]).squeeze(1)
        alpha = self.start + emis[:, 0]
        for i in range(1, emis.shape[1]):
            m = mask[:, i]
            step = self.trans[tags[:, i - 1], tags[:, i]] + emis[:, i].gather(1, tags[:, i:i + 1]).squeeze(1)
            score = score + step * m
            nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans.unsqueeze(0), 1) + emis[:, i]
            alpha = torch.where(m.unsqueeze(1), nxt, alpha)
        last = tags.gather(1, (mask.sum(1) - 1).unsqueeze(1)).squeeze(1)
        score = score + self.end[last]
        return (torch.logsumexp(alpha + self.end, 1) - score).sum()


def _logsumexp(a: np.ndarray, axis: int) -> np.ndarray:
    m = a.max(axis, keepdims=True)
    return (m + np.log(np.exp(a - m).sum(axis, keepdims=True))).squeeze(axis)


def marginals(scores: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """P(tag at token t) under the CRF (forward-backward), shape (T, K)."""
    n = scores.shape[0]
    fwd, bwd = np.empty_like(scores), np.empty_like(scores)
    fwd[0] = start + scores[0]
    for t in range(1, n):
        fwd[t] = _logsumexp(fwd[t - 1][:, None] + trans, 0) + scores[t]
    bwd[-1] = end
    for t in range(n - 2, -1, -1):
        bwd[t] = _logsumexp(trans + (scores[t + 1] + bwd[t + 1])[None, :], 1)
    return np.exp(fwd + bwd - _logsumexp(fwd[-1] + end, 0))


def load_vectors(path: str) -> dict[str, np.ndarray]:
    """Word vectors from an npz of `vocab` (frequency order) and `vectors` (the PPMI-SVD
    vectors of `clusters.context_vectors`, keyed like the tagger's word keys)."""
    z = np.load(path)
    return dict(zip(z["vocab"].tolist(), z["vectors"].astype(np.float32)))


def build_vocab(train: Sequence[Sent], fz: Featurizer, vectors: dict[str, np.ndarray], size: int) -> Vocab:
    keys = Counter(key(t) for toks, _ in train for t in toks)
    words = list(dict.fromkeys(list(vectors)[:size] + [k for k, n in keys.items() if n >= 2]))
    chars = Counter(c for toks, _ in train for t in toks for c in normalise(core(t))[:MAX_CHARS])
    feats = Counter(f for toks, _ in train for t in toks for f in lexicon_features(fz, t))
    phrases = sorted({p for toks, _ in train for p in fz.phrase_tags([key(t) for t in toks])})
    special = ["<pad>", "<unk>"]
    return Vocab(special + [w for w in words if w not in special], special + [c for c, n in chars.items() if n >= 2],
                 special + [f for f, n in feats.items() if n >= 3], special + phrases,
                 sorted({t for _, ts in train for t in ts}))


def init_vectors(vocab: Vocab, vectors: dict[str, np.ndarray], dim: int, seed: int) -> np.ndarray:
    """Embedding rows: the word's vector scaled to std 0.1 where there is one, else random."""
    out = np.random.default_rng(seed).normal(0, 0.1, (len(vocab.words), dim)).astype(np.float32)
    scale = float(np.std(list(vectors.values())[:10_000]))
    for i, w in enumerate(vocab.words):
        if w in vectors:
            out[i] = vectors[w][:dim] / scale * 0.1
    out[0] = 0
    return out


def _batch(items: Sequence[tuple[dict, np.ndarray]], word_dropout: float, rng: np.random.Generator) -> tuple:
    n, t = len(items), max(len(y) for _, y in items)
    arrays = {"words": np.zeros((n, t), np.int64), "chars": np.zeros((n, t, MAX_CHARS), np.int64),
              "feats": np.zeros((n, t, MAX_LEX), np.int64), "phrases": np.zeros((n, t), np.int64)}
    tags = np.zeros((n, t), np.int64)
    for b, (x, y) in enumerate(items):
        for k, a in arrays.items():
            a[b, :len(y)] = x[k][0]
        tags[b, :len(y)] = y
    drop = (rng.random(arrays["words"].shape) < word_dropout) & (arrays["words"] > UNK)
    arrays["words"][drop] = UNK
    lengths = torch.tensor([len(y) for _, y in items])
    mask = torch.arange(t)[None, :] < lengths[:, None]
    return {k: torch.from_numpy(a) for k, a in arrays.items()}, torch.from_numpy(tags), mask, lengths


class Network:
    """A trained network with its vocabulary: tag marginals of token lists."""

    def __init__(self, net: Net, enc: Encoder):
        self.net, self.enc = net.eval(), enc
        self.trans, self.start, self.end = (p.detach().numpy().astype(np.float64) for p in (net.trans, net.start, net.end))

    @property
    def tags(self) -> list[str]:
        return self.enc.vocab.tags

    def marginals(self, tokens: Sequence[str]) -> np.ndarray:
        with torch.no_grad():
            x = {k: torch.from_numpy(a) for k, a in self.enc.sentence(tokens).items()}
            scores = self.net(**x)[0].numpy().astype(np.float64)
        return marginals(scores, self.trans, self.start, self.end)


def train_network(train: Sequence[Sent], fz: Featurizer, vectors: dict[str, np.ndarray], h: dict | None = None) -> Network:
    """Train for h['epochs'] epochs (Adam, word dropout, batches of similar lengths); one thread, seeded."""
    h = {**HYPER, **(h or {})}
    torch.set_num_threads(1)
    torch.manual_seed(h["seed"])
    rng, nprng = random.Random(h["seed"]), np.random.default_rng(h["seed"])
    vocab = build_vocab(train, fz, vectors, h["vocab_size"])
    net = Net(vocab, init_vectors(vocab, vectors, h["wdim"], h["seed"]), h)
    enc = Encoder(fz, vocab)
    tag_id = {t: i for i, t in enumerate(vocab.tags)}
    items = [(enc.sentence(toks), np.array([tag_id[x] for x in ts], np.int64)) for toks, ts in train if toks]
    opt = torch.optim.Adam(net.parameters(), lr=h["lr"])
    for epoch in range(1, h["epochs"] + 1):
        net.train()
        t0, total = time.process_time(), 0.0
        order = sorted(rng.sample(items, len(items)), key=lambda s: len(s[1]))
        groups = [order[i:i + h["batch"]] for i in range(0, len(order), h["batch"])]
        rng.shuffle(groups)
        for group in groups:
            x, tags, mask, lengths = _batch(group, h["word_dropout"], nprng)
            loss = net.nll(net(**x, lengths=lengths), tags, mask)
            opt.zero_grad()
            (loss / len(group)).backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += loss.item()
        log(f"epoch {epoch}: loss {total / len(items):.3f} ({time.process_time() - t0:.0f} CPU s)")
    return Network(net, enc)


def viterbi_tags(network: Network, tokens: Sequence[str]) -> list[str]:
    """The network's own best tags (BIO-unconstrained Viterbi under its transitions)."""
    with torch.no_grad():
        x = {k: torch.from_numpy(a) for k, a in network.enc.sentence(tokens).items()}
        scores = network.net(**x)[0].numpy().astype(np.float64)
    n = scores.shape[0]
    best = network.start + scores[0]
    back = np.zeros((n, scores.shape[1]), dtype=np.int64)
    for t in range(1, n):
        cand = best[:, None] + network.trans
        back[t] = cand.argmax(0)
        best = cand.max(0) + scores[t]
    path = [int((best + network.end).argmax())]
    for t in range(n - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return [network.tags[i] for i in path[::-1]]
