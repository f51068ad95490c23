"""CRF members decoded as one (qawl/ner/ensemble.py), on small synthetic models."""
import numpy as np
import pycrfsuite
import pytest

from qawl.ner.ensemble import LinearCRF, bio_allowed, forward_backward, viterbi

SENTS = [
    (["قال", "الرئيس", "جو", "بايدن", "في", "واشنطن"], ["O", "O", "B-PER", "I-PER", "O", "B-LOC"]),
    (["زار", "سامي", "سليم", "القاهرة", "أمس"], ["O", "B-PER", "I-PER", "B-LOC", "O"]),
    (["أعلنت", "شركة", "نور", "أن", "بغداد", "هادئة"], ["O", "O", "B-ORG", "O", "B-LOC", "O"]),
]


def feats(tokens):
    return [["bias", "w=" + t, "p=" + (tokens[i - 1] if i else "BOS")] for i, t in enumerate(tokens)]


def train(path, sents, c2):
    trainer = pycrfsuite.Trainer(verbose=False)
    for toks, tags in sents:
        trainer.append(feats(toks), tags)
    trainer.set_params({"c1": 0.0, "c2": c2, "max_iterations": 50, "feature.possible_transitions": True})
    trainer.train(str(path))
    return path


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    d = tmp_path_factory.mktemp("crf")
    return train(d / "a.crfsuite", SENTS, 0.01), train(d / "b.crfsuite", SENTS[:2] + SENTS[2:] * 2, 1.0)


def test_numpy_viterbi_and_marginals_match_crfsuite(models):
    tagger = pycrfsuite.Tagger()
    tagger.open(str(models[0]))
    crf = LinearCRF.from_crfsuite(models[0])
    for toks, _ in SENTS + [(["قال", "سليم", "في", "نور"], None)]:
        f = feats(toks)
        assert crf.tag(f, constrained=False) == tagger.tag(f)
        p = crf.marginals(f)
        assert np.allclose(p.sum(axis=1), 1.0)
        assert all(abs(p[i, j] - tagger.marginal(lab, i)) < 1e-6
                   for i in range(len(f)) for j, lab in enumerate(crf.labels))


def test_average_is_the_mean_of_the_members_scores(models):
    a = LinearCRF.from_crfsuite(models[0])
    b = LinearCRF.from_crfsuite(models[1], list(reversed(a.labels)))   # labels in another order
    both = LinearCRF.average([a, b])
    f = feats(SENTS[0][0] + ["كلمة"])   # a word no member has a weight for counts zero
    order_b = [b.labels.index(x) for x in both.labels]
    assert np.allclose(both.emissions(f), (a.emissions(f) + b.emissions(f)[:, order_b]) / 2)
    assert np.allclose(both.trans, (a.trans + b.trans[np.ix_(order_b, order_b)]) / 2)
    assert LinearCRF.average([a]).tag(f) == a.tag(f)


def test_constrained_viterbi_only_gives_valid_bio():
    labels = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]
    start, allowed = bio_allowed(labels)
    assert not start[2] and allowed[1, 2] and allowed[2, 2] and not allowed[0, 2] and not allowed[3, 2]
    crf = LinearCRF(labels, ["x"], np.array([[0.0, 0, 5, 0, 0]]), np.zeros((5, 5)))
    assert crf.tag([["x"], ["x"]], constrained=False) == ["I-PER", "I-PER"]
    assert crf.tag([["x"], ["x"]]) == ["B-PER", "I-PER"]   # the best valid reading


def test_viterbi_and_forward_backward_on_a_hand_made_chain():
    emit = np.log(np.array([[0.9, 0.1], [0.2, 0.8], [0.6, 0.4]]))
    trans = np.log(np.array([[0.5, 0.5], [0.1, 0.9]]))
    paths = {(a, b, c): emit[0, a] + trans[a, b] + emit[1, b] + trans[b, c] + emit[2, c]
             for a in range(2) for b in range(2) for c in range(2)}
    assert tuple(viterbi(emit, np.zeros(2), trans)) == max(paths, key=paths.get)
    z = np.logaddexp.reduce(list(paths.values()))
    p1 = np.exp(np.logaddexp.reduce([s for k, s in paths.items() if k[1] == 1]) - z)
    assert forward_backward(emit, trans)[1, 1] == pytest.approx(p1)


def test_members_round_trip_through_their_file(models, tmp_path):
    crf = LinearCRF.average([LinearCRF.from_crfsuite(m) for m in models])
    crf.save(tmp_path / "m.npz")
    back = LinearCRF.load(tmp_path / "m.npz")
    f = feats(SENTS[1][0])
    assert back.labels == crf.labels and np.allclose(back.emissions(f), crf.emissions(f), atol=1e-5)
    assert back.tag(f) == crf.tag(f)
