"""Development-split evaluation of the NER model: trains on ANERcorp train minus its last
sixth, then prints P/R/F1 on that sixth for each post-processing variant. The test split is
never read here; score it with `qawl eval-ner .../ANERCorp_CamelLab_test.txt`.

    python scripts/eval_ner.py --corpora ../shared/corpora [--cluster-cache /tmp/clusters.tsv]"""
from __future__ import annotations

import argparse
import tempfile
from dataclasses import replace
from pathlib import Path

from qawl.ner.model import NerModel, Settings
from qawl.ner.scoring import evaluate, report
from qawl.ner.train import CRF_PARAMS, tag_docs, train_ner

VARIANTS = {
    "stage 1": dict(two_stage=False, propagate=False),
    "stage 1 + propagation": dict(two_stage=False, propagate=True),
    "two stages": dict(two_stage=True, propagate=False),
    "two stages + propagation": dict(two_stage=True, propagate=True),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", required=True)
    ap.add_argument("--cluster-cache")
    ap.add_argument("--one-stage", action="store_true", help="skip the (slower) stage-2 training")
    ap.add_argument("--c1", type=float, default=CRF_PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=CRF_PARAMS["c2"])
    ap.add_argument("--iterations", type=int, default=CRF_PARAMS["max_iterations"])
    args = ap.parse_args()
    params = {**CRF_PARAMS, "c1": args.c1, "c2": args.c2, "max_iterations": args.iterations}
    settings = Settings(two_stage=not args.one_stage)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "dev.crfsuite"
        dev = train_ner(Path(args.corpora), out, settings, dev=True,
                        cluster_cache=Path(args.cluster_cache) if args.cluster_cache else None, params=params)
        gold = [tags for doc in dev for _, tags in doc]
        print(f"development split: {len(gold)} sentences, {sum(map(len, gold))} tokens; CRF {params}")
        model = NerModel(out)
        for name, change in VARIANTS.items():
            if change["two_stage"] and args.one_stage:
                continue
            model.settings = replace(settings, **change)
            print(f"\n== {name}\n" + report(evaluate(gold, tag_docs(model, dev))))


if __name__ == "__main__":
    main()
