#!/usr/bin/env python3
"""Check the gold export against the scorer, on an annotated folder given by path.

    python scripts/check_gold_export.py GOLD_DIR SCORE_PY [--db URL]

1. Stores every article's text (a temporary SQLite store unless --db), exports it with
   `qawl export --format gold` and runs `qawl parse --json` on the same texts; scores both
   with SCORE_PY against GOLD_DIR and prints whether the figures are identical.
2. For each article, makes the corrections an analyst would to fix every error the scorer
   sees (wrong speaker or type: set it; a quote that is not one: reject; a missed quote:
   add it; a wrong entity: relabel or remove; a missed entity: add it), exports again, and
   scores each article alone: every one should score 1.0 on all three measures.
Exit status 1 when either check fails. Reads nothing that is not given on the command line."""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from qawl import corrections as C  # noqa: E402
from qawl.doc import Article  # noqa: E402
from qawl.ingest import ingest_files  # noqa: E402
from qawl.store import Store  # noqa: E402
from speaker_kinds import load_scorer  # noqa: E402  (this folder, on the path when run as a script)

QAWL = [sys.executable, "-m", "qawl.cli"]


def score(scorer: Path, gold: Path, pred: Path) -> str:
    done = subprocess.run([sys.executable, str(scorer), str(gold), str(pred)], capture_output=True, text=True)
    return done.stdout


def figures(report: str) -> list[str]:
    return [line for line in report.splitlines() if "P=" in line]


def quote_fixes(article: Article, gold: dict, sc) -> list[C.Correction]:
    """Reject what is not a gold quote, fix speaker and type of exact ones, add the missed."""
    golds = {(g["char_start"], g["char_end"]): g for g in gold["quotes"]}
    fixes, found = [], set()
    for q in article.quotes:
        g = golds.get((q.start, q.end))
        if g is None:
            fixes.append(C.reject_quote(article.id, q.start, q.end))
            continue
        found.add((q.start, q.end))
        names = sc.gold_speaker_names(g, True, False)
        if not sc.speaker_match(q.speaker, names):
            fixes.append(C.set_speaker(article.id, q.start, q.end, g["speaker"], g.get("speaker_kind", "")))
        if q.type != g["type"]:
            fixes.append(C.set_type(article.id, q.start, q.end, g["type"]))
    for (start, end), g in golds.items():
        if (start, end) not in found and not g.get("optional"):
            fixes.append(C.add_quote(article, start, end, cue_span(article, start, end, g["cue"]),
                                     g["speaker"], g["type"], g.get("speaker_kind", "")))
    return fixes


def cue_span(article: Article, start: int, end: int, cue: str) -> tuple[int, int]:
    """Where the gold cue is written in the quote's sentence, outside the quote."""
    s = next(s for s in article.sentences if s.start <= start < s.end)
    at = article.text.rfind(cue, s.start, start) if cue else -1
    if at < 0 and cue:
        at = article.text.find(cue, end, max(s.end, end))
    return (at, at + len(cue)) if at >= 0 else (-1, -1)


def entity_fixes(article: Article, gold: dict, sc) -> list[C.Correction]:
    """Relabel or remove every entity the gold lacks, then add every gold entity missed."""
    forms = [(e["label"], [e["text"], *e.get("variants", []), *e.get("surface_forms", {})]) for e in gold["entities"]]

    def matches(name: str, label: str | None) -> list[int]:
        return [i for i, (lab, fs) in enumerate(forms)
                if (label is None or lab == label) and any(sc.entity_equal(name, f) for f in fs)]

    fixes, kept, seen = [], set(), set()
    for e in article.entities:
        if (e.canonical, e.label) in seen:
            continue
        seen.add((e.canonical, e.label))
        if hit := matches(e.canonical, e.label):
            kept.update(hit)
            continue
        other = matches(e.canonical, None)
        fixes.append(C.set_label(article.id, e.start, e.end, forms[other[0]][0] if other else C.NOT_AN_ENTITY))
        kept.update(other)
    for i, g in enumerate(gold["entities"]):
        if i in kept:
            continue
        for form in sorted(forms[i][1], key=len, reverse=True):
            at = article.text.find(form)
            if at >= 0:
                fixes.append(C.add_entity(article, at, at + len(form), g["label"], g["text"]))
                break
    return fixes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("scorer", type=Path)
    parser.add_argument("--db", help="store to use (default: a temporary SQLite file)")
    args = parser.parse_args()
    sc = load_scorer(args.scorer)
    golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(args.gold.glob("*.json"))}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name, g in golds.items():
            (work / f"{name}.txt").write_text(g["text"], encoding="utf-8")
        store = Store(args.db or work / "qawl.sqlite")
        ids = {Path(r.name).stem: r.article_id for r in ingest_files(sorted(work.glob("*.txt")), store)}
        (work / "parse").mkdir()
        for name in golds:
            out = subprocess.run(QAWL + ["parse", str(work / f"{name}.txt"), "--json"], capture_output=True,
                                 text=True, check=True, cwd=REPO).stdout
            (work / "parse" / f"{name}.json").write_text(out, encoding="utf-8")
        export = QAWL + ["export", "--db", str(store.url.database if store.dialect == "sqlite" else args.db),
                         "--format", "gold", "--names", "source"]
        subprocess.run(export + ["--out", str(work / "plain")], check=True, cwd=REPO)
        plain, parsed = score(args.scorer, args.gold, work / "plain"), score(args.scorer, args.gold, work / "parse")
        same = figures(plain) == figures(parsed)
        print("gold export, no corrections:\n" + "\n".join(figures(plain)))
        print(f"qawl parse --json: {'identical figures' if same else 'DIFFERENT:'}")
        if not same:
            print("\n".join(figures(parsed)))
        made: Counter[str] = Counter()
        for name, g in golds.items():
            shown = store.get(ids[name])
            for fix in quote_fixes(shown, g, sc) + entity_fixes(shown, g, sc):
                store.correct(fix, author="check_gold_export")
                made[fix.kind] += 1
        subprocess.run(export + ["--out", str(work / "fixed")], check=True, cwd=REPO)
        perfect = 0
        for name in golds:
            alone = work / "alone" / name
            alone.mkdir(parents=True)
            (alone / f"{name}.json").write_text(json.dumps(golds[name], ensure_ascii=False), encoding="utf-8")
            lines = figures(score(args.scorer, alone, work / "fixed"))[:3]
            ok = all("F1=1.000" in line for line in lines)
            perfect += ok
            if not ok:
                print(f"{name}: not 1.0 after corrections\n  " + "\n  ".join(lines))
        print(f"corrections made: {dict(made)}")
        print(f"articles scoring 1.0 on attribution, span and entities after their corrections: "
              f"{perfect} of {len(golds)}")
    return 0 if same and perfect == len(golds) else 1


if __name__ == "__main__":
    sys.exit(main())
