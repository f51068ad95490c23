"""The stacking experiment's feature helpers (scripts/ner_stack_dev.py; tried, not shipped)."""
import importlib.util
from pathlib import Path

import numpy as np

SPEC = importlib.util.spec_from_file_location("ner_stack_dev", Path(__file__).parent.parent / "scripts" / "ner_stack_dev.py")
stack = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(stack)

TAGS = ["B-PER", "I-PER", "O"]
M = np.array([[0.9, 0.0, 0.1], [0.02, 0.97, 0.01], [0.005, 0.005, 0.99]])


def test_folds_are_contiguous_blocks():
    assert stack.fold_of(8, 4) == [0, 0, 1, 1, 2, 2, 3, 3]


def test_real_marginals_drop_tiny_probabilities():
    f = stack.stack_features("real", TAGS)(M)
    assert f[0] == {"nn=B-PER": 0.9, "nn=O": 0.1}
    assert f[2] == {"nn=O": 0.99}


def test_real1_adds_neighbours():
    f = stack.stack_features("real1", TAGS)(M)
    assert f[1]["-1:nn=B-PER"] == 0.9 and f[1]["1:nn=O"] == 0.99 and "-1:nn=B-PER" not in f[0]


def test_top_gives_best_tag_with_confidence():
    f = stack.stack_features("top", TAGS)(M)
    assert f[0] == {"nn=B-PER": 1.0, "nnc=B-PER/m": 1.0, "1:nn=I-PER": 1.0}
    assert f[1]["nnc=I-PER/h"] == 1.0 and f[1]["-1:nn=B-PER"] == 1.0


def test_merge_counts_string_features():
    assert stack.merge([["a", "a", "b"]], [{"nn=O": 0.5}]) == [{"a": 2, "b": 1, "nn=O": 0.5}]
    assert stack.merge([["a"]], None) == [["a"]]
