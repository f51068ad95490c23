"""The run-time half of the experimental neural tagger (qawl.ner.neural): no PyTorch needed."""
import numpy as np

from qawl.ner.features import Featurizer, Lexicon
from qawl.ner.neural import MAX_CHARS, UNK, Encoder, Vocab, viterbi


def test_viterbi_follows_transitions_over_greedy_scores():
    # tags: 0 = O, 1 = B-PER, 2 = I-PER; I-PER after O is forbidden
    scores = np.array([[1.0, 0.0, 0.0], [0.0, 0.4, 0.5]], dtype=np.float32)
    trans = np.zeros((3, 3), dtype=np.float32)
    trans[0, 2] = -100.0
    zero = np.zeros(3, dtype=np.float32)
    assert viterbi(scores, trans, zero, zero) == [0, 1]
    assert viterbi(scores, np.zeros((3, 3), dtype=np.float32), zero, zero) == [0, 2]


def test_encoder_maps_words_characters_and_lexicon_features_to_ids():
    lex = Lexicon(word_feats={"بايدن": ("gz=pername3",)})
    vocab = Vocab(["<pad>", "<unk>", "بايدن"], ["<pad>", "<unk>"] + list("بايدنو"),
                  ["<pad>", "<unk>", "gz=pername3"], ["<pad>", "<unk>", ""], ["B-PER", "O"])
    x = Encoder(Featurizer(lex), vocab).sentence(["وبايدن", "زار", "المدينة"])
    assert x["words"].tolist() == [[2, UNK, UNK]]
    assert x["chars"].shape == (1, 3, MAX_CHARS)
    assert x["chars"][0, 0, :6].tolist() == [vocab.char_id[c] for c in "وبايدن"] and x["chars"][0, 0, 6] == 0
    assert 2 in x["feats"][0, 0].tolist() and 2 not in x["feats"][0, 1].tolist()


def test_marginals_match_brute_force_enumeration():
    import itertools

    from qawl.ner.neural import marginals
    rng = np.random.default_rng(0)
    scores, trans = rng.normal(size=(4, 3)), rng.normal(size=(3, 3))
    start, end = rng.normal(size=3), rng.normal(size=3)
    weight = {}
    for path in itertools.product(range(3), repeat=4):
        s = start[path[0]] + end[path[-1]] + sum(scores[t, k] for t, k in enumerate(path))
        weight[path] = np.exp(s + sum(trans[a, b] for a, b in zip(path, path[1:])))
    z = sum(weight.values())
    expected = np.zeros((4, 3))
    for path, w in weight.items():
        for t, k in enumerate(path):
            expected[t, k] += w / z
    assert np.allclose(marginals(scores, trans, start, end), expected)


def test_trained_network_exports_to_onnx_with_the_same_tags(tmp_path):
    """Training-time only (the `train` extra): a few epochs on sentences we wrote, then the
    ONNX network + numpy Viterbi give the tags PyTorch gives."""
    torch = __import__("pytest").importorskip("torch")
    from qawl.ner.neural import NeuralTagger
    from qawl.ner.neural_train import export, predict, train_network
    torch.set_num_threads(1)
    fz = Featurizer(Lexicon(word_feats={"بايدن": ("gz=pername3",), "باريس": ("gz=city",)}))
    train = [(["زار", "بايدن", "باريس", "أمس"], ["O", "B-PER", "B-LOC", "O"]),
             (["وصل", "جو", "بايدن", "إلى", "القاهرة"], ["O", "B-PER", "I-PER", "O", "B-LOC"]),
             (["قالت", "الأمم", "المتحدة"], ["O", "B-ORG", "I-ORG"])] * 4
    net, vocab, _ = train_network(fz, train, [], {}, epochs=3, h={"hidden": 8, "vocab_size": 10})
    export(net, vocab, tmp_path / "m.onnx", tmp_path / "m.neural.json")
    tagger = NeuralTagger(tmp_path / "m.onnx", tmp_path / "m.neural.json", fz)
    sents = [s for s, _ in train[:3]] + [["زار", "جو", "القاهرة"]]
    assert [tagger.tag(s) for s in sents] == predict(net, Encoder(fz, vocab), vocab, sents)
