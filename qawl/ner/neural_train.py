"""Training the neural tagger (qawl.ner.neural) with PyTorch, training time only: a BiLSTM-CRF
over our word2vec vectors (gensim, Arabic Wikipedia), a character CNN and the CRF's lexicon
features; the network is exported to ONNX, the CRF transitions to JSON."""
from __future__ import annotations

import json
import random
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Sequence

import numpy as np
import torch
from torch import nn

from .features import Featurizer, normalise, core, is_punct
from .neural import MAX_CHARS, MAX_LEX, UNK, Encoder, Vocab, lexicon_features, viterbi
from .scoring import evaluate

Sent = tuple[list[str], list[str]]
HYPER = dict(wdim=100, cdim=30, cfilters=50, fdim=32, pdim=16, hidden=128, dropout=0.5, word_dropout=0.05,
             lr=2e-3, lr_decay=0.5, batch=16, max_epochs=40, patience=6, vocab_size=50_000, seed=1)


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


class Net(nn.Module):
    """Word, character and lexicon-feature embeddings -> BiLSTM -> tag scores; plus CRF transitions."""

    def __init__(self, vocab: Vocab, vectors: np.ndarray | None, h: dict):
        super().__init__()
        self.wemb = nn.Embedding(len(vocab.words), h["wdim"], padding_idx=0)
        if vectors is not None:
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
        x = torch.cat([self.wemb(words), ch, self.femb(feats).sum(2), self.pemb(phrases)], -1)
        x = self.drop(x)
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


def load_vectors(path: Path) -> dict[str, np.ndarray]:
    """word2vec text format, in the file's (frequency) order."""
    out = {}
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            w, *xs = line.rstrip("\n").split(" ")
            out[w] = np.array(xs, dtype=np.float32)
    return out


def build_vocab(fz: Featurizer, train: Sequence[Sent], vectors: dict[str, np.ndarray], size: int) -> Vocab:
    keys = Counter(fz.key(t) for toks, _ in train for t in toks)
    words = list(dict.fromkeys([w for w in list(vectors)[:size]] + [k for k, n in keys.items() if n >= 2]))
    chars = Counter(c for toks, _ in train for t in toks for c in normalise(core(t))[:MAX_CHARS])
    feats = Counter(f for toks, _ in train for t in toks for f in lexicon_features(fz, t))
    phrases = sorted({p for toks, _ in train for p in fz.phrase_tags(fz.keys(toks))})
    tags = sorted({t for _, ts in train for t in ts})
    special = ["<pad>", "<unk>"]
    return Vocab(special + [w for w in words if w not in special], special + [c for c, n in chars.items() if n >= 2],
                 special + [f for f, n in feats.items() if n >= 3], special + phrases, tags)


def init_vectors(vocab: Vocab, vectors: dict[str, np.ndarray], dim: int, rng: np.random.Generator) -> np.ndarray:
    """Embedding rows: our word2vec vector scaled to std 0.1 where there is one, else random."""
    out = rng.normal(0, 0.1, (len(vocab.words), dim)).astype(np.float32)
    scale = float(np.std(list(vectors.values())[:10_000])) if vectors else 1.0
    for i, w in enumerate(vocab.words):
        if w in vectors:
            out[i] = vectors[w] / scale * 0.1
    out[0] = 0
    return out


Encoded = tuple[dict[str, np.ndarray], np.ndarray]


def encode_all(enc: Encoder, tag_id: dict[str, int], sents: Sequence[Sent]) -> list[Encoded]:
    """Each sentence's network inputs and gold tag ids, computed once for all epochs."""
    return [(enc.sentence(toks), np.array([tag_id[x] for x in ts], np.int64)) for toks, ts in sents if toks]


def batch_tensors(batch: Sequence[Encoded], word_dropout: float, rng: np.random.Generator) -> tuple:
    """Padded tensors of a batch; with word_dropout, that share of words becomes <unk>."""
    n, t = len(batch), max(len(y) for _, y in batch)
    arrays = {"words": np.zeros((n, t), np.int64), "chars": np.zeros((n, t, MAX_CHARS), np.int64),
              "feats": np.zeros((n, t, MAX_LEX), np.int64), "phrases": np.zeros((n, t), np.int64)}
    tags = np.zeros((n, t), np.int64)
    for b, (x, y) in enumerate(batch):
        for k, a in arrays.items():
            a[b, :len(y)] = x[k][0]
        tags[b, :len(y)] = y
    if word_dropout:
        drop = (rng.random(arrays["words"].shape) < word_dropout) & (arrays["words"] > UNK)
        arrays["words"][drop] = UNK
    lengths = torch.tensor([len(y) for _, y in batch])
    mask = torch.arange(t)[None, :] < lengths[:, None]
    return {k: torch.from_numpy(a) for k, a in arrays.items()}, torch.from_numpy(tags), mask, lengths


def batches(items: list[Encoded], size: int, rng: random.Random) -> list[list[Encoded]]:
    """Batches of similar-length sentences, in random order."""
    order = sorted(rng.sample(items, len(items)), key=lambda s: len(s[1]))
    out = [order[i:i + size] for i in range(0, len(order), size)]
    rng.shuffle(out)
    return out


def predict(net: Net, enc: Encoder, vocab: Vocab, sents: Sequence[list[str]]) -> list[list[str]]:
    net.eval()
    trans, start, end = (p.detach().numpy() for p in (net.trans, net.start, net.end))
    out = []
    with torch.no_grad():
        for toks in sents:
            if not toks:
                out.append([])
                continue
            x = {k: torch.from_numpy(a) for k, a in enc.sentence(toks).items()}
            scores = net(**x)[0].numpy()
            out.append([vocab.tags[i] for i in viterbi(scores, trans, start, end)])
    return out


def train_network(fz: Featurizer, train: list[Sent], dev: list[Sent], vectors: dict[str, np.ndarray],
                  epochs: int | None = None, h: dict | None = None,
                  checkpoint: Path | None = None) -> tuple[Net, Vocab, int]:
    """Train; with dev sentences, keep the epoch with the best dev F1 (early stopping; the
    learning rate is cut by lr_decay when dev F1 does not rise), otherwise run `epochs`
    epochs. checkpoint: a file the best network so far is saved to. Returns (network,
    vocabulary, epochs used)."""
    h = {**HYPER, **(h or {})}
    torch.manual_seed(h["seed"])
    rng, nprng = random.Random(h["seed"]), np.random.default_rng(h["seed"])
    vocab = build_vocab(fz, train, vectors, h["vocab_size"])
    net = Net(vocab, init_vectors(vocab, vectors, h["wdim"], np.random.default_rng(h["seed"])), h)
    enc = Encoder(fz, vocab)
    items = encode_all(enc, {t: i for i, t in enumerate(vocab.tags)}, train)
    opt = torch.optim.Adam(net.parameters(), lr=h["lr"])
    sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, mode="max", factor=h["lr_decay"], patience=1)
    best, best_state, best_epoch, n_epochs = -1.0, None, 0, epochs or h["max_epochs"]
    log(f"{len(vocab.words)} words, {len(vocab.feats)} lexicon features, {len(items)} sentences; {h}")
    for epoch in range(1, n_epochs + 1):
        net.train()
        t0, total = time.process_time(), 0.0
        for batch in batches(items, h["batch"], rng):
            x, tags, mask, lengths = batch_tensors(batch, h["word_dropout"], nprng)
            loss = net.nll(net(**x, lengths=lengths), tags, mask)
            opt.zero_grad()
            (loss / len(batch)).backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += loss.item()
        msg = f"epoch {epoch}: loss {total / len(items):.3f} ({time.process_time() - t0:.0f} CPU s)"
        if dev:
            f1 = evaluate([t for _, t in dev], predict(net, enc, vocab, [s for s, _ in dev]))["micro"].f1
            sched.step(f1)
            msg += f", dev F1 {f1:.4f}, lr {opt.param_groups[0]['lr']:.5f}"
            if f1 > best:
                best, best_epoch = f1, epoch
                best_state = {k: v.clone() for k, v in net.state_dict().items()}
                if checkpoint is not None:
                    torch.save({"state": best_state, "vocab": vocab.to_json(), "h": h, "epoch": epoch}, checkpoint)
            elif epoch - best_epoch >= h["patience"]:
                log(msg)
                break
        log(msg)
    if best_state is not None:
        net.load_state_dict(best_state)
    return net, vocab, best_epoch or n_epochs


def export(net: Net, vocab: Vocab, onnx_path: Path, meta_path: Path) -> None:
    """Write the network as ONNX (inputs words, chars, feats, phrases; output scores) and the
    vocabulary and CRF transitions as JSON."""
    net.eval()
    x = (torch.ones(1, 3, dtype=torch.long), torch.ones(1, 3, MAX_CHARS, dtype=torch.long),
         torch.ones(1, 3, MAX_LEX, dtype=torch.long), torch.ones(1, 3, dtype=torch.long))
    axes = {"words": {1: "t"}, "chars": {1: "t"}, "feats": {1: "t"}, "phrases": {1: "t"}, "scores": {1: "t"}}
    torch.onnx.export(net, x, str(onnx_path), input_names=["words", "chars", "feats", "phrases"],
                      output_names=["scores"], dynamic_axes=axes, opset_version=17, dynamo=False)
    meta = {"vocab": vocab.to_json(), "transitions": net.trans.detach().tolist(),
            "start": net.start.detach().tolist(), "end": net.end.detach().tolist()}
    meta_path.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")


def train_neural(corpora: Path, out: Path, vectors_path: Path, cluster_cache: Path | None = None,
                 h: dict | None = None) -> int:
    """`qawl train-ner --neural`: the lexicon as for the CRF, then the network trained on
    ANERcorp train minus its last sixth, the epoch chosen by F1 on that sixth (early
    stopping). Writes the ONNX network, its JSON vocabulary/transitions, the lexicon and
    settings (tagger "neural") beside `out`. Returns the epoch kept."""
    from dataclasses import asdict
    from .model import Settings, paths_for
    from .train import build_lexicon, key_probe, load_clusters, training_docs

    torch.set_num_threads(1)
    files = paths_for(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    lexicon = build_lexicon(corpora, load_clusters(corpora, cluster_cache))
    settings = Settings(tagger="neural")
    train_docs, dev_docs = training_docs(corpora, True, settings.doc_size)
    train = [s for d in train_docs for s in d]
    dev = [s for d in dev_docs for s in d]
    net, vocab, epoch = train_network(Featurizer(lexicon), train, dev, load_vectors(vectors_path), h=h)
    lexicon.save(files["lexicon"])
    export(net, vocab, files["onnx"], files["neural"])
    settings = asdict(settings) | {"key_probe": key_probe(train_docs + dev_docs)}
    files["config"].write_text(json.dumps(settings, indent=1, ensure_ascii=False), encoding="utf-8")
    for stale in ("stage1", "stage2", "attributes"):
        files[stale].unlink(missing_ok=True)
    return epoch
