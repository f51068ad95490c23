"""Measure a learned antecedent ranker for the quotes whose speaker the rules resolve from a
pronoun or elided subject (issue 8, items 4 and 7), against the rules, out of fold.

    python scripts/measure_pronoun_ranker.py GOLD_DIR=PRED_DIR [...] [--score score.py]
        [--write OUT_PREFIX] [--margin M] [--no-rule] [--rule-interactions]

Each PRED_DIR holds qawl's JSON (text, sentences with paragraphs, entities, quotes) for the gold
articles of GOLD_DIR of the same file name; the set's name is GOLD_DIR's. The examples are the
predicted quotes with an empty speaker mention and a pronoun kind (the pronoun/elided
resolver's), and the explicit unknowns with a report cue that agrees with an earlier candidate,
matched by span to a required gold quote. Candidates: the rules' speaker, earlier quotes'
speakers, persons and bodies named in the quote's sentence and the WINDOW before it. Features
are what a reader uses at article level (mentions in the article and in the paragraph, the
article's main speaker, the previous report's subject, the previous sentence's first name,
prepositional objects and quoted mentions, agreement of the cue with the candidate, paragraph
boundaries, persons introduced since the candidate last spoke). A conditional logit is fitted
with numpy, 5-fold cross-validation by article; the report prints rules against ranker
(right/wrong) and, with --write, out-of-fold predictions to OUT_PREFIX_<set>/ for scoring.
Nothing here is used by the pipeline."""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import sys
import types
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qawl.normalise import normalise  # noqa: E402
from qawl.quotes.cues import cue_of  # noqa: E402
from qawl.quotes.plausible import UNKNOWN_SPEAKER, feminine_first_name  # noqa: E402
from speaker_kinds import load_scorer  # noqa: E402  (this folder, on the path when run as a script)

WINDOW = 4
FOLDS = 5
LABELS = ("PER", "ORG")
CLITICS = ("وبال", "وال", "بال", "لل", "ال", "وب", "ول", "و", "ب", "ل")
PREPOSITIONS = {normalise(w) for w in "مع عن إلى الى على في من ضد بين لدى حول وبين ومع بحق تجاه أمام عند مثل عبر "
                                      "بعد قبل".split()}
WORD = re.compile(r"\w+")
FEMININE_BODIES = ("ة", "ات")


def _variants(tok: str) -> set[str]:
    return {tok} | {tok[len(c):] for c in CLITICS if tok.startswith(c) and len(tok) - len(c) >= 2}


def _tokens(name: str) -> tuple:
    return tuple(frozenset(_variants(t)) for t in WORD.findall(normalise(name).replace("ـ", "")))


def _contains(big: tuple, small: tuple) -> bool:
    if not small or len(small) > len(big):
        return False
    return any(all(big[i + j] & small[j] for j in range(len(small))) for i in range(len(big) - len(small) + 1))


def same(a: str, b: str) -> bool:
    """Whether two names are one speaker: one holds the other, word by word, clitics aside."""
    ta, tb = _tokens(a), _tokens(b)
    return _contains(ta, tb) or _contains(tb, ta)


def cue_person(q: dict) -> tuple[bool | None, bool | None]:
    """(feminine, plural) of the quote's cue; None when unread."""
    cue = cue_of(q["cue"]) if q.get("cue") else None
    if cue is None or cue.plural is None:
        return None, None
    return cue.feminine, cue.plural


def selected(q: dict) -> bool:
    """The quotes the ranker is for: a pronoun/elided subject the rules resolved, or an unknown."""
    return not q.get("speaker_mention") and q.get("speaker_kind") in ("pronoun", "unknown") and bool(q.get("cue"))


def candidates(doc: dict, i: int) -> list[dict]:
    q, quotes, ents = doc["quotes"][i], doc["quotes"], doc["entities"]
    out: list[dict] = []

    def add(name: str) -> dict:
        for c in out:
            if same(c["name"], name):
                return c
        out.append(dict(name=name, rule=False, label="", earlier=[], kind=""))
        return out[-1]

    if q["speaker"] and q["speaker"] != UNKNOWN_SPEAKER and q["speaker_kind"] != "unknown":
        add(q["speaker"])["rule"] = True
    for j in range(i - 1, -1, -1):
        p = quotes[j]
        if p["speaker"] and p["speaker"] != UNKNOWN_SPEAKER and p["speaker_kind"] != "unknown":
            c = add(p["speaker"])
            c["earlier"].append(j)
            c["kind"] = c["kind"] or p["speaker_kind"]
    for e in ents:
        if e["label"] in LABELS and q["sentence_index"] - WINDOW <= e["sentence_index"] <= q["sentence_index"]:
            c = add(e.get("canonical") or e["text"])
            c["label"] = c["label"] or e["label"]
    for c in out:
        c["mentions"] = [e for e in ents if e["label"] in LABELS and same(e.get("canonical") or e["text"], c["name"])]
        if not c["label"] and c["mentions"]:
            c["label"] = c["mentions"][0]["label"]
    return out


def _governed(text: str, e: dict) -> bool:
    before = text[max(0, e["start"] - 12):e["start"]]
    words = before.split()
    if before and not before[-1].isspace() and before[-1] in "لب":
        return True
    return bool(words) and before[-1].isspace() and normalise(words[-1]) in PREPOSITIONS


@dataclass
class Site:
    """Where quote `i` of an article stands: its sentence, paragraph and anchor (cue or quote start)."""
    doc: dict
    i: int
    para: dict[int, int]
    sentence: int
    paragraph: int
    anchor: int

    @classmethod
    def of(cls, doc: dict, i: int) -> "Site":
        q = doc["quotes"][i]
        para = {s["index"]: s.get("paragraph", s["index"]) for s in doc["sentences"]}
        anchor = q["cue_start"] if q["cue_start"] >= 0 else q["start"]
        return cls(doc, i, para, q["sentence_index"], para.get(q["sentence_index"], -1), anchor)

    def mentions_before(self, c: dict) -> list[dict]:
        """The candidate's mentions before the anchor, outside the quote itself."""
        q = self.doc["quotes"][self.i]
        return [e for e in c["mentions"] if e["start"] < self.anchor and not q["start"] <= e["start"] < q["end"]]


def _history(site: Site, c: dict, cands: list[dict]) -> dict[str, float]:
    """The candidate as a speaker of the article so far: how often, the main one, the previous
    report's, in this paragraph, and whether other persons were introduced since it last spoke."""
    quotes, ents = site.doc["quotes"], site.doc["entities"]
    given = Counter(d["name"] for d in cands for j in d["earlier"] if j < site.i)
    n = given[c["name"]]
    if not n:
        return {"never_quoted": 1.0}
    last = quotes[max(c["earlier"])]
    same_para = site.para.get(last["sentence_index"]) == site.paragraph
    previous = max(c["earlier"]) == site.i - 1
    since = {e.get("canonical") or e["text"] for e in ents if e["label"] == "PER"
             and last["end"] <= e["start"] < site.anchor and not same(e.get("canonical") or e["text"], c["name"])
             and not any(o["start"] <= e["start"] < o["end"] for o in quotes)}
    f = {"earlier": 1.0, "earlier_log": math.log1p(n), "prev_quote": float(previous),
         "prev_report_same_para": float(previous and same_para), "last_quote_same_para": float(same_para),
         f"last_quote_sent_{min(3, site.sentence - last['sentence_index'])}": 1.0,
         "new_persons_since_log": math.log1p(len(since)), "new_person_since": float(bool(since))}
    if n == max(given.values()):
        f["main_speaker"] = 1.0
    return f


def _mentions(site: Site, c: dict, cands: list[dict]) -> dict[str, float]:
    """The candidate's mentions: in the article and paragraph, and its last one before the cue
    (sentence and word distance, paragraph, preposition, inside a quote, first of its sentence,
    recency rank among the candidates)."""
    text, quotes, ents = site.doc["text"], site.doc["quotes"], site.doc["entities"]
    q = quotes[site.i]
    ms, before = c["mentions"], site.mentions_before(c)
    f = {"mentions_article_log": math.log1p(len(ms)), "mentions_before_log": math.log1p(len(before)),
         "mentions_para_log": math.log1p(sum(site.para.get(e["sentence_index"]) == site.paragraph for e in before))}
    if any(e["sentence_index"] == 0 for e in ms):
        f["in_first_sentence"] = 1.0
    if any(q["start"] <= e["start"] < q["end"] for e in ms):
        f["in_own_quote"] = 1.0
    if not before:
        if ms:
            f["no_mention_before"] = 1.0
        return f
    e = max(before, key=lambda e: e["start"])
    words = len(WORD.findall(text[e["end"]:site.anchor]))
    first = next((o for o in ents if o["label"] in LABELS and o["sentence_index"] == e["sentence_index"]), None)
    lasts = sorted((max((x["start"] for x in site.mentions_before(d)), default=-1) for d in cands), reverse=True)
    window = [x for x in before if site.sentence - x["sentence_index"] <= WINDOW]
    f.update({f"sent_{min(site.sentence - e['sentence_index'], 5)}": 1.0,
              "same_para": float(site.para.get(e["sentence_index"]) == site.paragraph),
              f"dist_{next((b for b in (3, 8, 20, 50) if words <= b), 'far')}": 1.0,
              "governed": float(_governed(text, e)),
              "in_other_quote": float(any(o["start"] <= e["start"] < o["end"] for o in quotes)),
              "first_in_its_sentence": float(first is not None and first["start"] == e["start"]),
              f"recency_{min(3, lasts.index(e['start']))}": 1.0,
              "all_window_governed": float(bool(window) and all(_governed(text, x) for x in window))})
    if e["sentence_index"] == site.sentence - 1 and f["first_in_its_sentence"]:
        f["first_of_previous_sentence"] = 1.0
    return f


def _agreement(site: Site, c: dict) -> dict[str, float]:
    """The cue's person against the candidate: its label, a person's first-name gender, a
    body's feminine ending, and the cue of the candidate's last quote."""
    quotes = site.doc["quotes"]
    fem, plural = cue_person(quotes[site.i])
    if plural is None:
        return {}
    person = "plural" if plural else "feminine" if fem else "masculine"
    f = {f"cue_{person}_{c['label'] or 'none'}": 1.0}
    if c["label"] == "PER" and not plural and (g := feminine_first_name(c["name"])) is not None:
        f["gender_agrees" if g == fem else "gender_clashes"] = 1.0
    if c["label"] == "ORG" and not plural and c["name"].split():
        body = normalise(c["name"].split()[0]).endswith(FEMININE_BODIES)
        f["body_fem_agrees" if body == fem else "body_fem_clashes"] = 1.0
    if c["earlier"] and (theirs := cue_person(quotes[max(c["earlier"])]))[1] is not None:
        f["cue_agrees_last" if theirs == (fem, plural) else "cue_clashes_last"] = 1.0
    return f


def _rule(site: Site, c: dict, f: dict[str, float]) -> dict[str, float]:
    """The rules' choice, with its family and kind, seen through its own evidence `f`."""
    q = site.doc["quotes"][site.i]
    before = site.mentions_before(c)
    far = bool(before) and site.sentence - max(before, key=lambda e: e["start"])["sentence_index"] >= 2
    return {"rule": 1.0, f"rule_{q['speaker_kind']}": 1.0, f"rule_{re.split(r'[+:]', q['rule'])[0]}": 1.0,
            "rule_unlabelled": float(not c["label"]), "rule_never_quoted": float(not c["earlier"]),
            "rule_unlabelled_never_quoted": float(not c["label"] and not c["earlier"]),
            "rule_no_mention_before": float(not before), "rule_new_person_since": f.get("new_person_since", 0.0),
            "rule_far": float(far)}


def features(doc: dict, i: int, c: dict, cands: list[dict]) -> dict[str, float]:
    """Article-level features of candidate `c` for quote `i`."""
    site = Site.of(doc, i)
    f = {f"label_{c['label'] or 'none'}": 1.0}
    f.update(_history(site, c, cands))
    f.update(_mentions(site, c, cands))
    f.update(_agreement(site, c))
    if c["rule"]:
        f.update(_rule(site, c, f))
    return f


def examples(pairs: list[tuple[Path, Path]], S: types.ModuleType) -> list[dict]:
    """One example per selected predicted quote matched by span to a required gold quote."""
    args = types.SimpleNamespace(threshold=0.5, two_way=False, no_aliases=False, lenient_speaker=False)
    out = []
    for gdir, pdir in pairs:
        s = gdir.name
        for gp in sorted(gdir.glob("*.json")):
            gold = json.loads(gp.read_text(encoding="utf-8"))
            pp = pdir / gp.name
            if "text" not in gold or not pp.exists():
                continue
            doc = json.loads(pp.read_text(encoding="utf-8"))
            art = S.Article(gold["text"])
            gq = S.prepare_quotes(art, gold.get("quotes"), True)
            for x in gq:
                x["required"] = not x["q"].get("optional")
            pq = S.prepare_quotes(art, doc["quotes"], False)
            _, _, _, match = S.match_quotes(gq, pq, args, False)
            gold_of = {pi: gi for gi, pi in match.items()}
            for pi, q in enumerate(doc["quotes"]):
                gi = gold_of.get(pi)
                if gi is None or not gq[gi]["required"] or not selected(q):
                    continue
                cands = candidates(doc, pi)
                if q["speaker_kind"] == "unknown" and not any(
                        cue_person(doc["quotes"][max(c["earlier"])]) == cue_person(q) for c in cands if c["earlier"]):
                    continue  # an unknown whose cue agrees with no earlier speaker's
                names = S.gold_speaker_names(gq[gi]["q"], True, False)
                labels = [S.speaker_match(c["name"], names) for c in cands]
                right = q["speaker_kind"] != "unknown" and S.speaker_match(q["speaker"] or "", names)
                out.append(dict(set=s, article=gp.name, index=pi, kind=q["speaker_kind"], rule_right=right,
                                names=[c["name"] for c in cands], labels=labels, rule=[c["rule"] for c in cands],
                                feats=[features(doc, pi, c, cands) for c in cands]))
    return out


def design(exs: list[dict], names: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """(features, example of each row, labels, examples): one row per candidate."""
    index = {n: k for k, n in enumerate(names)}
    rows = [(g, f, y) for g, e in enumerate(exs) for f, y in zip(e["feats"], e["labels"])]
    X = np.zeros((len(rows), len(names)))
    for r, (_, f, _) in enumerate(rows):
        for k, v in f.items():
            if k in index:
                X[r, index[k]] = v
    return X, np.array([g for g, _, _ in rows], dtype=int), np.array([y for _, _, y in rows], dtype=float), len(exs)


def probs(X: np.ndarray, group: np.ndarray, n: int, w: np.ndarray) -> np.ndarray:
    """Each candidate's probability within its example under the conditional logit `w`."""
    z = X @ w
    top = np.full(n, -np.inf)
    np.maximum.at(top, group, z)
    ez = np.exp(z - top[group])
    tot = np.zeros(n)
    np.add.at(tot, group, ez)
    return ez / tot[group]


def fit(exs: list[dict], names: list[str], penalty: float, steps: int = 500) -> np.ndarray:
    """Conditional logit with an L2 penalty by Adam, the positives of an example sharing its mass."""
    X, group, y, n = design(exs, names)
    pos = np.zeros(n)
    np.add.at(pos, group, y)
    keep = pos[group] > 0
    target = np.where(keep, y / np.maximum(pos[group], 1), 0.0)
    w, m, v = np.zeros(len(names)), np.zeros(len(names)), np.zeros(len(names))
    me = max(1, int((pos > 0).sum()))
    for t in range(1, steps + 1):
        grad = -(X.T @ (target - np.where(keep, probs(X, group, n, w), 0.0))) / me + penalty * w / me
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad ** 2
        w -= 0.05 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w


def fold_of(e: dict, salt: int = 0) -> int:
    """The article's fold (all quotes of an article in one fold; `salt` draws another split)."""
    key = f"{salt or ''}{e['set']}/{e['article']}"
    return int(hashlib.sha1(key.encode()).hexdigest(), 16) % FOLDS


def out_of_fold(exs: list[dict], names: list[str], penalty: float, salt: int = 0) -> list[np.ndarray]:
    """Each example's candidate probabilities from the model fitted on the other folds."""
    out: list[np.ndarray] = [np.zeros(0)] * len(exs)
    for k in range(FOLDS):
        test = [i for i, e in enumerate(exs) if fold_of(e, salt) == k]
        w = fit([e for e in exs if fold_of(e, salt) != k], names, penalty)
        X, group, _, n = design([exs[i] for i in test], names)
        p = probs(X, group, n, w)
        for g, i in enumerate(test):
            out[i] = p[group == g]
    return out


def choice(e: dict, p: np.ndarray, margin: float) -> int | None:
    """The candidate the ranker gives the quote: its best when it beats the rules' by `margin`
    (or when the rules left it unknown), else None (the rules' speaker stays)."""
    if not len(p):
        return None
    k = int(np.argmax(p))
    if True in e["rule"]:
        r = e["rule"].index(True)
        return k if k != r and p[k] - p[r] >= margin else None
    return k if p[k] >= 0.5 + margin / 2 else None


PENALTIES = (0.1, 1.0, 10.0)
MARGINS = (0.0, 0.2, 0.4)
BLIND_LIKE = {f"gold_train{k}" for k in range(16, 22)}  # drawn like the held-out set


def override(exs: list[dict], ps: list[np.ndarray], margin: float) -> tuple[int, int, int, int]:
    """(changes, fixed, broken, net on the blind-like sets) when the ranker's choice replaces the rules'."""
    changes = fixed = broken = blind = 0
    for e, p in zip(exs, ps):
        k = choice(e, p, margin)
        if k is None:
            continue
        delta = int(e["labels"][k]) - int(e["rule_right"])
        changes += 1
        fixed += delta > 0
        broken += delta < 0
        blind += delta if e["set"] in BLIND_LIKE else 0
    return changes, fixed, broken, blind


def report(exs: list[dict], names: list[str], salt: int) -> tuple[int, float, list[np.ndarray]]:
    """Print, for each penalty, the ranker's out-of-fold top-1 and its override figures; return
    the best penalty's (top-1, penalty, probabilities)."""
    rr, best = sum(e["rule_right"] for e in exs), None
    for penalty in PENALTIES:
        ps = out_of_fold(exs, names, penalty, salt)
        top1 = sum(bool(len(p)) and e["labels"][int(np.argmax(p))] for e, p in zip(exs, ps))
        print(f"split {salt} penalty {penalty}: ranker top-1 right {top1}/{len(exs)} (rules {rr})")
        for margin in MARGINS:
            n, fixed, broken, blind = override(exs, ps, margin)
            print(f"   margin {margin}: {n} changes, {fixed} fixed, {broken} broken, net {fixed - broken:+d}"
                  f" (train16-21: {blind:+d})")
        if best is None or top1 > best[0]:
            best = (top1, penalty, ps)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pairs", nargs="+", help="GOLD_DIR=PRED_DIR")
    ap.add_argument("--score", default="/work/shared/tools/score.py")
    ap.add_argument("--write", help="OUT_PREFIX: write out-of-fold predictions to OUT_PREFIX_<set>/")
    ap.add_argument("--margin", type=float, default=0.0, help="the override margin of --write")
    ap.add_argument("--splits", type=int, default=1, help="repeat the cross-validation over this many fold draws")
    ap.add_argument("--no-rule", action="store_true", help="hide the rules' choice from the features")
    ap.add_argument("--rule-interactions", action="store_true",
                    help="give the rules' candidate its own copy of every feature (R:…)")
    args = ap.parse_args(argv)
    args.pairs = [tuple(Path(x) for x in p.split("=", 1)) for p in args.pairs]
    exs = examples(args.pairs, load_scorer(args.score))
    for e in exs:
        if args.no_rule:
            e["feats"] = [{k: v for k, v in f.items() if not k.startswith("rule")} for f in e["feats"]]
        if args.rule_interactions:
            e["feats"] = [f | ({"R:" + k: v for k, v in f.items() if not k.startswith("rule")} if r else {})
                          for f, r in zip(e["feats"], e["rule"])]
    names = sorted({k for e in exs for f in e["feats"] for k in f})
    rr = sum(e["rule_right"] for e in exs)
    print(f"{len(exs)} examples ({dict(Counter(e['kind'] for e in exs))}), "
          f"{sum(len(e['labels']) for e in exs)} candidates, {len(names)} features")
    print(f"rules right {rr}/{len(exs)}; gold among candidates {sum(any(e['labels']) for e in exs)}; "
          f"of the {len(exs) - rr} rule errors {sum(any(e['labels']) for e in exs if not e['rule_right'])}")
    _, penalty, ps = [report(exs, names, salt) for salt in range(args.splits)][0]
    w = fit(exs, names, penalty)
    top = sorted(zip(w, names), key=lambda t: -abs(t[0]))[:25]
    print("largest weights:", ", ".join(f"{n} {x:+.2f}" for x, n in top))
    if args.write:
        write(args, exs, ps)
    return 0


def write(args: argparse.Namespace, exs: list[dict], ps: list[np.ndarray]) -> None:
    """Out-of-fold predictions: the baseline's files with the ranker's choices applied."""
    changes: dict[tuple, dict[int, str]] = {}
    for e, p in zip(exs, ps):
        k = choice(e, p, args.margin)
        if k is not None:
            changes.setdefault((e["set"], e["article"]), {})[e["index"]] = e["names"][k]
    for gdir, src in args.pairs:
        s = gdir.name
        dst = Path(f"{args.write}_{s}")
        dst.mkdir(parents=True, exist_ok=True)
        for pp in sorted(src.glob("*.json")):
            doc = json.loads(pp.read_text(encoding="utf-8"))
            for i, name in changes.get((s, pp.name), {}).items():
                q = doc["quotes"][i]
                print(f"CHANGE {s}/{pp.name}#{i}: {q['speaker']} -> {name}")
                q["speaker"], q["speaker_aliases"], q["speaker_kind"] = name, [], "pronoun"
            (dst / pp.name).write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
