"""Development-split evaluation of the NER model: trains on ANERcorp train minus its last
sixth, then prints P/R/F1 on that sixth for each decoding variant. The test split is never
read here; score it with `qawl eval-ner .../ANERCorp_CamelLab_test.txt`.

    python scripts/eval_ner.py --corpora ../shared/corpora [--cluster-cache /tmp/clusters.tsv]
        [--keep DIR | --reuse DIR] [--thresholds 0 0.6 0.7]"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # qawl, when the package is not installed

import argparse
import tempfile
from dataclasses import replace
from pathlib import Path

from qawl.ner.model import NerModel, Settings
from qawl.ner.scoring import evaluate, report
from qawl.ner.train import CRF_PARAMS, EntityGazetteer, tag_docs, train_ner, training_docs

VARIANTS = {
    "stage 1": dict(two_stage=False, propagate=False),
    "stage 1 + propagation": dict(two_stage=False, propagate=True),
    "stage 1 + propagation + majority labels": dict(two_stage=False, propagate=True, unify_labels=True),
    "stage 1 + propagation + majority labels + span hygiene": dict(two_stage=False, propagate=True,
                                                                   unify_labels=True, hygiene=True),
    "two stages": dict(two_stage=True, propagate=False),
    "two stages + propagation": dict(two_stage=True, propagate=True),
    "two stages + propagation + majority labels": dict(two_stage=True, propagate=True, unify_labels=True),
    "two stages + propagation + majority labels + span hygiene": dict(two_stage=True, propagate=True,
                                                                      unify_labels=True, hygiene=True),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", required=True)
    ap.add_argument("--cluster-cache")
    ap.add_argument("--keep", help="folder to keep the development model in (default: a temporary one)")
    ap.add_argument("--reuse", help="folder of a development model kept earlier: evaluate it, no training")
    ap.add_argument("--two-stage", action="store_true", help="also train and score the second pass")
    ap.add_argument("--thresholds", type=float, nargs="*", default=[0.0], help="O-marginal thresholds to try")
    ap.add_argument("--single-max-freq", type=int, nargs="*", default=[Settings.propagate_single_max_freq],
                    help="propagation limits to try (a lone word is spread only if rarer than this)")
    ap.add_argument("--doc-sizes", type=int, nargs="*", default=[Settings.doc_size],
                    help="sentences per pseudo-document to try")
    ap.add_argument("--org-phrases", action="store_true", help="also add rule-found organisation names")
    ap.add_argument("--c1", type=float, default=CRF_PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=CRF_PARAMS["c2"])
    ap.add_argument("--iterations", type=int, default=CRF_PARAMS["max_iterations"])
    ent = EntityGazetteer()
    ap.add_argument("--entity-folds", type=int, default=ent.folds,
                    help="folds of the jackknifed gazetteer of the training names (0: none)")
    ap.add_argument("--entity-min-count", type=int, default=ent.min_count)
    ap.add_argument("--entity-single", type=int, choices=(0, 1), default=int(ent.single),
                    help="1: one-word training names too, 0: phrases only")
    ap.add_argument("--entity-all-labels", type=int, choices=(0, 1), default=int(ent.all_labels))
    ap.add_argument("--entity-labels", nargs="+", default=list(ent.labels), help="the names of these labels only")
    ap.add_argument("--entity-often", type=int, default=ent.often, help="names seen this often get a feature of their own")
    args = ap.parse_args()
    entities = EntityGazetteer(args.entity_folds, args.entity_min_count, bool(args.entity_single),
                               bool(args.entity_all_labels), tuple(args.entity_labels), args.entity_often)
    params = {**CRF_PARAMS, "c1": args.c1, "c2": args.c2, "max_iterations": args.iterations}
    settings = Settings(two_stage=args.two_stage, hygiene=False)
    corpora = Path(args.corpora)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(args.reuse or args.keep or tmp) / "dev.crfsuite"
        if not args.reuse:
            train_ner(corpora, out, settings, dev=True,
                      cluster_cache=Path(args.cluster_cache) if args.cluster_cache else None, params=params,
                      entities=entities)
            print(f"CRF {params}\n{entities}")
        model = NerModel(out)
        for size in args.doc_sizes:
            dev = training_docs(corpora, True, size)[1]
            gold = [tags for doc in dev for _, tags in doc]
            print(f"\ndevelopment split: {len(gold)} sentences, {sum(map(len, gold))} tokens, documents of {size} sentences")
            for name, change in VARIANTS.items():
                if change["two_stage"] and model.stage2 is None:
                    continue
                for th in args.thresholds:
                    for mf in args.single_max_freq if change["propagate"] else [0]:
                        model.settings = replace(settings, **change, o_threshold=th, propagate_single_max_freq=mf)
                        pred = tag_docs(model, dev, args.org_phrases)
                        print(f"\n== {name}, O threshold {th}, lone-word limit {mf}\n" + report(evaluate(gold, pred)))


if __name__ == "__main__":
    main()
