"""Words the NER model's shipped lexicon knows: gazetteer names, first names, female names and
the role/organisation word clusters, as sets of clitic-free normalised keys."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..ner.features import load_lexicon

LEXICON = Path(__file__).resolve().parent.parent.parent / "data" / "ner" / "model.lexicon.tsv.gz"
NAME_FLAGS = ("gz=pername", "gz=entPER", "gz=entORG", "gz=country", "gz=city", "gz=entLOC", "gzf=ORG", "gzf=PER",
              "gzl=PER")
# Word clusters (learned from Wikipedia, shipped with the NER model) whose members are mostly
# role nouns (وزير، روائي، شاعر), organisation nouns (وكالة، جمعية), first names, or plurals
# of persons (علماء، باحثون، خبراء): the clusters that hold most of the listed heads.
HEAD_CLUSTERS = ("c2=141", "c2=421", "c2=116", "c2=160", "c2=115", "c2=490", "c2=508")


FEMININE_CLUSTER = "c2=160"  # female first names and kin terms
FIRST_NAME_FLAG = "gzf=PER"  # a word that opens person names


def feminine_names() -> frozenset[str]:
    return _lexicon_words()[2]


@lru_cache(maxsize=1)
def _lexicon_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(names, heads, feminine, first): keys the NER gazetteers list as person names, organisations
    or places; keys in the role, organisation and first-name clusters; female first names; and
    gazetteer person names that open person names in the recogniser's training (gzf=PER)."""
    try:
        word_feats = load_lexicon(LEXICON).word_feats
    except OSError:
        word_feats = {}
    names, heads, feminine, first = set(), set(), set(), set()
    for word, feats in word_feats.items():
        if any(f.startswith(NAME_FLAGS) for f in feats):
            names.add(word)
        if any(f in HEAD_CLUSTERS for f in feats):
            heads.add(word)
        if FEMININE_CLUSTER in feats:
            feminine.add(word)
        if FIRST_NAME_FLAG in feats and any(f.startswith("gz=pername") for f in feats):
            first.add(word)
    return frozenset(names), frozenset(heads), frozenset(feminine), frozenset(first)


def first_names() -> frozenset[str]:
    return _lexicon_words()[3]


def gazetteer_names() -> frozenset[str]:
    return _lexicon_words()[0]


def cluster_heads() -> frozenset[str]:
    return _lexicon_words()[1]
