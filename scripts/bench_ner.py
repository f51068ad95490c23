"""Speed of the shipped NER model: load time, and tagging throughput on one core
(features included) over a CoNLL file or, by default, a generated Arabic text.

    python scripts/bench_ner.py [--conll FILE] [--repeat 3]"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # qawl, when the package is not installed

import argparse
import time

from qawl.ner.conll import read_conll


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--conll", help="CoNLL file whose tokens are tagged (default: a built-in text repeated)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--model", help="model file (default: the shipped data/ner/model.crfsuite)")
    ap.add_argument("--doc-size", type=int, default=30, help="sentences per document")
    args = ap.parse_args()
    t0 = time.perf_counter()
    from pathlib import Path

    from qawl.ner import DEFAULT_MODEL
    from qawl.ner.model import NerModel
    model = NerModel(Path(args.model) if args.model else DEFAULT_MODEL)
    load = time.perf_counter() - t0
    if args.conll:
        sents = [s.tokens for s in read_conll(args.conll)]
    else:
        text = ("قال الرئيس الأمريكي جو بايدن في واشنطن إن وزارة الخارجية ستعمل مع الأمم المتحدة . "
                "وأضاف بايدن أن شركة أرامكو السعودية تفاوض الحكومة العراقية في بغداد .")
        sents = [text.split()] * 2000
    docs = [sents[i:i + args.doc_size] for i in range(0, len(sents), args.doc_size)]
    n = sum(map(len, sents))
    best = {("cold", "wall"): float("inf"), ("cold", "CPU"): float("inf"),
            ("warm", "wall"): float("inf"), ("warm", "CPU"): float("inf")}
    for _ in range(args.repeat):
        model.featurizer.clear_cache()   # first round: every word type's features are built
        for round_ in ("cold", "warm"):
            t, c = time.perf_counter(), time.process_time()
            for doc in docs:
                model.tag_document(doc)
            for clock, took in (("wall", time.perf_counter() - t), ("CPU", time.process_time() - c)):
                best[round_, clock] = min(best[round_, clock], took)
    print(f"load: {load:.2f} s (imports, CRF models, lexicon, word frequencies)")
    for (round_, clock), took in best.items():
        what = "empty word cache" if round_ == "cold" else "word features cached"
        print(f"tagging, {what}, {clock} time: {n} tokens in {took:.2f} s = {n / took:,.0f} tokens/s (one core)")


if __name__ == "__main__":
    main()
