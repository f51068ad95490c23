"""Junk speaker names at scale: named and organisation speakers whose words are no name.

    python scripts/junk_speakers.py DIR --cache FILE [--limit 5000] [--sample 60] [--seed 1]

The archive audit (`speaker_audit.py`, whose folders and caches this takes) counts only empty or
failing speakers; a speaker that passes the plausibility gate but is a raw phrase («ترمب أي تواطؤ»،
«أمورا عديدة يتلخص») is invisible to it. This lists the distinct speakers of kind named or
organisation with their quote counts and flags a name when a word outside the article's recognised
entities is, by the lexicons the extractor already has:
  verb        a speech verb (`cues`), a function word or adverb, a first-person word, or a `finite_verb`
  function    a preposition or function word (`STOP`, ب/ل on a known word)
  quantifier  كل، بعض، أي … (`QUANTIFIERS`)
  accusative  an indefinite accusative of a common word (`indefinite_object`, `is_adverbial`)
  common      (named speakers) a common word that is no title, role, speaker noun, honorific,
              name particle, nisba or name
  bare-title  (named speakers) one word that is a title or role
It prints the counts, then a random sample of flagged and of unflagged names, each with its
mention, cue and context, for reading. A flag is a lead, not a verdict: reports, bodies and
unnamed people labelled named are flagged as common too."""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from speaker_audit import prepared  # noqa: E402

from qawl.normalise import normalise, word_frequencies  # noqa: E402
from qawl.quotes import UNKNOWN_SPEAKER, extract_quotes  # noqa: E402
from qawl.quotes.cues import NOUN, cue_of  # noqa: E402
from qawl.quotes.plausible import (FUNCTION_WORDS, NAME_PARTICLES, RARE, SPEAKER_WORDS, TANWIN_FATH,  # noqa: E402
                                   finite_verb, first_person_word, indefinite_object, is_adverbial, is_role_word,
                                   looks_like_name, prepositional)
from qawl.quotes.speakers import HONORIFICS, QUANTIFIERS, STOP, STYLES, TITLE_HEADS, entity_words, split_word  # noqa: E402

KINDS = ("named", "organisation")
ANY = {normalise(w) for w in ("أي", "أية")}


def _stem(word: str) -> str:
    return split_word(normalise(word))[1]


def word_flag(word: str, kind: str, names: set[str]) -> str | None:
    """The class of a word that is no part of a name, or None."""
    norm, st = normalise(word), _stem(word)
    if st in names or norm in names:
        return None
    cue = cue_of(word)
    if cue is not None and cue.kind != NOUN or norm in FUNCTION_WORDS or first_person_word(word) \
            or finite_verb(word):
        return "verb"
    if norm in STOP or prepositional(word):
        return "function"
    if st in QUANTIFIERS or norm in ANY:
        return "quantifier"
    if TANWIN_FATH in word or indefinite_object(word) or is_adverbial(word):
        return "accusative"
    if kind == "named" and word_frequencies().get(norm, 0) >= RARE and not looks_like_name(word, names) \
            and not is_role_word(word) and st not in SPEAKER_WORDS | HONORIFICS | STYLES \
            and norm not in NAME_PARTICLES and not (st.endswith("ي") and len(st) > 3):
        return "common"
    return None


def flags(name: str, kind: str, names: set[str]) -> list[str]:
    """Every flag of a speaker name («class:word»)."""
    words = name.split()
    out = []
    if kind == "named" and len(words) == 1 and (_stem(words[0]) in TITLE_HEADS or is_role_word(words[0])) \
            and _stem(words[0]) not in names:
        out.append("bare-title")
    for w in words:
        if (f := word_flag(w, kind, names)) is not None:
            out.append(f"{f}:{w}")
    return out


def collect(items: list[tuple]) -> tuple[int, dict[tuple[str, str], dict]]:
    """(quotes, {(speaker, kind): {n, flags, example}}) of the parsed articles."""
    total, found = 0, {}
    for text, sentences, entities in items:
        names = entity_words(entities)
        for q in extract_quotes(text, sentences, entities):
            total += 1
            if q.speaker_kind not in KINDS or q.speaker == UNKNOWN_SPEAKER:
                continue
            row = found.setdefault((q.speaker, q.speaker_kind), {"n": 0})
            row["n"] += 1
            if row["n"] == 1:
                a = min(q.cue_start, q.speaker_start) if q.speaker_start >= 0 else q.cue_start
                row["flags"] = flags(q.speaker, q.speaker_kind, names)
                row["example"] = (q.speaker_mention, q.cue, text[max(0, a - 60):q.cue_end + 80].replace("\n", " "))
    return total, found


def show(title: str, rows: list[tuple[tuple[str, str], dict]]) -> None:
    print(f"\n{title}")
    for k, ((speaker, kind), row) in enumerate(rows):
        mention, cue, context = row["example"]
        print(f"{k:3d} {kind[:3]} {row['n']:3d} | {speaker} | {' '.join(row['flags'])} | mention «{mention}» "
              f"cue «{cue}» | {context}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--cache", type=Path, help="pickle of parsed sentences and entities (speaker_audit.py's)")
    ap.add_argument("--limit", type=int, default=5000)
    ap.add_argument("--sample", type=int, default=60, help="flagged names to show (and two thirds as many unflagged)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    total, found = collect(prepared(args.folder, args.limit, args.cache))
    flagged = [(s, r) for s, r in found.items() if r["flags"]]
    clean = [(s, r) for s, r in found.items() if not r["flags"]]
    quotes = lambda rows: sum(r["n"] for _, r in rows)
    print(f"{total} quotes; {len(found)} distinct named/organisation speakers ({quotes(found.items())} quotes); "
          f"flagged {len(flagged)} ({quotes(flagged)} quotes, {100 * quotes(flagged) / max(1, total):.2f} % of all)")
    by_class = Counter(f.split(":")[0] for _, r in flagged for f in r["flags"])
    print("flags:", ", ".join(f"{c} {k}" for c, k in by_class.most_common()))
    rng = random.Random(args.seed)
    show("flagged (sample):", rng.sample(flagged, min(args.sample, len(flagged))))
    show("unflagged (sample):", rng.sample(clean, min(args.sample * 2 // 3, len(clean))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
