"""Speaker kinds against gold: a confusion table of gold × predicted speaker_kind.

    python scripts/speaker_kinds.py GOLD_DIR PRED_DIR [GOLD_DIR PRED_DIR ...] [--scorer PATH] [--show KIND]

Every predicted quote the scorer matches to a required gold quote with the right speaker
(attribution, the scorer's own matching) is counted once, under (gold kind, predicted kind).
Kinds are those of the mention at the cue: named / title / organisation / group / unnamed /
pronoun. A gold «pronoun» (no overt subject) is counted under the kind of the nearest earlier
gold quote of the same speaker that has an overt mention (its antecedent), and a predicted
«pronoun» likewise under the predicted antecedent's kind; those with no such antecedent are
left out and counted apart. `--show G:P` prints the quotes of one cell (speaker, mention, cue)."""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

KINDS = ["named", "title", "organisation", "group", "unnamed", "unknown"]


def load_scorer(path: Path):
    """The samples' scorer (score.py) as a module, for its own quote matching."""
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def antecedent_kinds(quotes: list[dict]) -> list[str | None]:
    """Each quote's kind, a pronoun's being its speaker's nearest earlier overt kind (or None)."""
    out, last = [], {}
    for q in sorted(range(len(quotes)), key=lambda i: quotes[i].get("char_start", quotes[i].get("start", 0))):
        k, sp = quotes[q].get("speaker_kind", ""), quotes[q].get("speaker", "")
        if k != "pronoun":
            last[sp] = k
        out.append((q, last.get(sp) if k == "pronoun" else k))
    return [k for _, k in sorted(out)]


def pairs(scorer, gold_dir: Path, pred_dir: Path):
    """(gold quote, predicted quote, gold kind, predicted kind) for every attribution match."""
    args = argparse.Namespace(threshold=0.5, two_way=False, no_aliases=False, lenient_speaker=False)
    for g_file in sorted(gold_dir.glob("*.json")):
        p_file = pred_dir / g_file.name
        if not p_file.exists():
            continue
        g, p = json.loads(g_file.read_text(encoding="utf-8")), json.loads(p_file.read_text(encoding="utf-8"))
        art = scorer.Article(g.get("text", ""))
        gq, pq = scorer.prepare_quotes(art, g.get("quotes"), True), scorer.prepare_quotes(art, p.get("quotes"), False)
        for x in gq:
            x["required"] = not x["q"].get("optional")
        gk = antecedent_kinds([x["q"] for x in gq])
        pk = antecedent_kinds([x["q"] for x in pq])
        _, _, _, match = scorer.match_quotes(gq, pq, args, True)
        for gi, pi in match.items():
            if gq[gi]["required"]:
                yield g_file.name, gq[gi]["q"], pq[pi]["q"], gk[gi], pk[pi]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+", type=Path, help="GOLD_DIR PRED_DIR pairs")
    ap.add_argument("--scorer", type=Path, default=Path("/work/shared/tools/score.py"))
    ap.add_argument("--show", help="G:P, print the quotes of one cell")
    args = ap.parse_args(argv)
    if len(args.dirs) % 2:
        ap.error("give GOLD_DIR PRED_DIR pairs")
    scorer = load_scorer(args.scorer)
    table, left_out = Counter(), 0
    for gold_dir, pred_dir in zip(args.dirs[::2], args.dirs[1::2]):
        for name, g, p, gk, pk in pairs(scorer, gold_dir, pred_dir):
            if gk is None or pk is None:
                left_out += 1
                continue
            table[gk, pk] += 1
            if args.show == f"{gk}:{pk}":
                print(f"{name}\t{g.get('speaker')}\t{g.get('speaker_mention')}\t|\t{p.get('speaker')}\t"
                      f"{p.get('speaker_mention')}\t{p.get('cue')}")
    cols = [k for k in KINDS if any(table[g, k] for g in KINDS)]
    print("gold \\ pred".ljust(14) + "".join(c[:6].rjust(8) for c in cols) + "   acc")
    for g in KINDS:
        row = [table[g, c] for c in cols]
        if sum(row):
            print(g.ljust(14) + "".join(str(n).rjust(8) for n in row) + f"   {table[g, g] / sum(row):.3f}")
    total = sum(table.values())
    right = sum(table[k, k] for k in KINDS)
    print(f"kind accuracy {right}/{total} = {right / max(total, 1):.3f}; "
          f"left out (pronoun without antecedent): {left_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
