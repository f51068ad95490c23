"""`qawl train-ner`, `qawl tag --conll`, `qawl eval-ner`: registered by `add_subcommands`."""
from __future__ import annotations

import argparse
import functools
import sys
from pathlib import Path
from typing import Callable

from . import DEFAULT_MODEL
from .conll import ConllError, ConllSentence, normalise_tag, read_conll, write_conll
from .scoring import evaluate, report


def _model(path: str | None):
    from .model import NerModel
    return NerModel(Path(path) if path else DEFAULT_MODEL)


def predict(model, sentences: list[ConllSentence], org_phrases: bool = False) -> list[list[str]]:
    """Tags for CoNLL sentences; documents are split at -DOCSTART- or every doc_size sentences."""
    docs: list[list[ConllSentence]] = []
    for s in sentences:
        if not docs or s.doc_start or len(docs[-1]) >= model.settings.doc_size:
            docs.append([])
        docs[-1].append(s)
    return [tags for doc in docs for tags in model.tag_document([s.tokens for s in doc], org_phrases)]


def _reports_errors(cmd: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Bad input becomes a one-line message naming the file, exit status 1, no traceback."""
    @functools.wraps(cmd)
    def run(args: argparse.Namespace) -> int:
        try:
            return cmd(args)
        except (ConllError, FileNotFoundError, IsADirectoryError, PermissionError) as e:
            print(f"error: {e}", file=sys.stderr)
            return 1
    return run


def normalise_or_o(tag: str) -> str:
    return normalise_tag(tag) or "O"


@_reports_errors
def cmd_train(args: argparse.Namespace) -> int:
    from .model import Settings
    from .train import EntityGazetteer, train_ner
    train_ner(Path(args.corpora), Path(args.out), Settings(two_stage=args.two_stage),
              cluster_cache=Path(args.cluster_cache) if args.cluster_cache else None,
              entities=EntityGazetteer(folds=args.entity_folds))
    print(f"wrote {args.out}")
    return 0


@_reports_errors
def cmd_tag(args: argparse.Namespace) -> int:
    sentences = read_conll(args.conll)
    write_conll(sentences, predict(_model(args.model), sentences, args.org_phrases), sys.stdout)
    return 0


@_reports_errors
def cmd_eval(args: argparse.Namespace) -> int:
    sentences = read_conll(args.input)
    if args.tagged:
        gold = [[normalise_or_o(r[-2]) for r in s.rows] for s in sentences]
        pred = [[normalise_or_o(r[-1]) for r in s.rows] for s in sentences]
    else:
        missing = sum(s.gold is None for s in sentences)
        if missing:
            raise ConllError(f"{args.input}: {missing} sentence(s) have no gold BIO tag in the last column")
        gold = [s.gold for s in sentences]
        pred = predict(_model(args.model), sentences, args.org_phrases)
    print(report(evaluate(gold, pred)))
    return 0


ORG_HELP = "also tag descriptive organisation names (وزارة الدفاع ...) as the Recognizer does; ANERcorp leaves them untagged"


def add_subcommands(subparsers) -> None:
    """Register train-ner, tag and eval-ner on an argparse subparsers object."""
    p = subparsers.add_parser("train-ner", help="train the NER model from the staged corpora")
    p.add_argument("--corpora", required=True, help="folder with anercorp-camellab/, gazetteers/, raw-ar/")
    p.add_argument("--out", required=True, help="model file to write, e.g. data/ner/model.crfsuite")
    p.add_argument("--cluster-cache", help="reuse (or create) this word-cluster table instead of rebuilding")
    p.add_argument("--two-stage", action="store_true",
                   help="also train a second pass that sees the first pass's labels across the document")
    p.add_argument("--entity-folds", type=int, default=0,
                   help="add a gazetteer of the training split's own ORG/MISC names, jackknifed over this many "
                        "folds (5 was measured; not shipped: see data/ner/README.md)")
    p.set_defaults(func=cmd_train)
    p = subparsers.add_parser("tag", help="tag a CoNLL file; prints it with the predicted tag appended")
    p.add_argument("--conll", required=True, help="CoNLL file, one token per line")
    p.add_argument("--model", help="model file (default: the shipped data/ner/model.crfsuite)")
    p.add_argument("--org-phrases", action="store_true", help=ORG_HELP)
    p.set_defaults(func=cmd_tag)
    p = subparsers.add_parser("eval-ner", help="precision/recall/F1 of the NER model on a gold CoNLL file")
    p.add_argument("input", help="CoNLL file with gold tags in the last column")
    p.add_argument("--model", help="model file (default: the shipped data/ner/model.crfsuite)")
    p.add_argument("--tagged", action="store_true",
                   help="the file is `qawl tag` output: gold tag second to last, prediction last")
    p.add_argument("--org-phrases", action="store_true", help=ORG_HELP)
    p.set_defaults(func=cmd_eval)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="qawl")
    add_subcommands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
