"""Evaluate quotation extraction and speaker attribution in one command.

    python scripts/eval_quotes.py ../shared/samples [--out DIR] [--no-ner] [--in-process] [--scorer PATH]

Runs `qawl parse FILE --json` on the text of every gold article in the samples folder,
writes each output as DIR/<gold file name>, then runs the samples' scorer with
--per-file, which prints speaker-attribution and quote-span P/R/F1, recall by quote
type and by speaker kind, and one line per article. `--in-process` reads and parses each file in
this process with what `qawl parse` calls (the same output, without starting Python and loading
the model per article); `--no-ner` parses in-process with no entity recogniser (to measure the
quote rules on their own)."""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def parse_with_cli(text_file: Path) -> dict:
    run = subprocess.run([sys.executable, "-m", "qawl.cli", "parse", str(text_file), "--json"],
                         cwd=ROOT, capture_output=True, text=True)
    if run.returncode != 0:
        raise RuntimeError(f"qawl parse failed on {text_file.name}: {run.stderr.strip()[-500:]}")
    return json.loads(run.stdout)


def parse_in_process(text_file: Path) -> dict:
    """What `qawl parse FILE --json` prints, computed in this process."""
    sys.path.insert(0, str(ROOT))
    from qawl.cli import parse_file
    return parse_file(str(text_file)).to_json()


def parse_without_ner(text: str) -> dict:
    sys.path.insert(0, str(ROOT))
    from qawl.pipeline import parse
    return parse(text, recognizer=lambda _text, _sentences: []).to_json()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("samples", type=Path, help="folder of gold JSON articles")
    ap.add_argument("--out", type=Path, help="where to write predictions (default: a temporary folder)")
    ap.add_argument("--no-ner", action="store_true", help="parse in-process without entities")
    ap.add_argument("--in-process", action="store_true", help="parse in this process (same output, faster)")
    ap.add_argument("--scorer", type=Path, help="score.py (default: ../tools/score.py beside the samples)")
    args = ap.parse_args(argv)

    gold_files = sorted(args.samples.glob("*.json"))
    if not gold_files:
        print(f"eval_quotes: no .json articles in {args.samples}", file=sys.stderr)
        return 2
    scorer = args.scorer or args.samples.resolve().parent / "tools" / "score.py"
    if not scorer.exists():
        print(f"eval_quotes: scorer not found: {scorer} (give --scorer)", file=sys.stderr)
        return 2
    out = args.out or Path(tempfile.mkdtemp(prefix="qawl-quotes-"))
    out.mkdir(parents=True, exist_ok=True)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for gold_file in gold_files:
                gold = json.loads(gold_file.read_text(encoding="utf-8"))
                if args.no_ner:
                    pred = parse_without_ner(gold["text"])
                else:
                    text_file = Path(tmp) / (gold_file.stem + ".txt")
                    text_file.write_text(gold["text"], encoding="utf-8")
                    pred = (parse_in_process if args.in_process else parse_with_cli)(text_file)
                (out / gold_file.name).write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
    except (RuntimeError, OSError, ValueError, KeyError) as error:
        print(f"eval_quotes: {error}", file=sys.stderr)
        return 1
    print(f"predictions: {out}")
    return subprocess.run([sys.executable, str(scorer), str(args.samples), str(out), "--per-file"]).returncode


if __name__ == "__main__":
    sys.exit(main())
