"""Word vectors for `qawl train-ner --vectors` (their k-means clusters become CRF features):
gensim word2vec (CBOW, 100 dimensions) over raw-ar (Arabic Wikipedia), on the same
clitic-stripped normalised words the tagger looks up (qawl.ner.features.word_key).
Training only (`train` extra); about 17 minutes on one core.

    python scripts/build_vectors.py --corpora ../shared/corpora --out /work/stores/w2v.txt"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # qawl, when the package is not installed

import argparse

from qawl.ner.clusters import raw_sentences

RAW = "raw-ar/arwiki_comparable_20170120.txt.gz"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", required=True)
    ap.add_argument("--out", required=True, help="word2vec text file to write")
    ap.add_argument("--min-count", type=int, default=10)
    args = ap.parse_args()
    from gensim.models import Word2Vec
    lines = [ln for ln in raw_sentences(Path(args.corpora) / RAW) if ln]
    model = Word2Vec(lines, vector_size=100, sg=0, window=5, min_count=args.min_count, workers=1, seed=1, epochs=5)
    model.wv.save_word2vec_format(args.out)
    print(f"wrote {args.out}: {len(model.wv)} words")


if __name__ == "__main__":
    main()
