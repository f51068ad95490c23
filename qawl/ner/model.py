"""The shipped tagger: a CRF over word features, a second CRF pass that sees what the
first pass found elsewhere in the document, and document-level label propagation."""
from __future__ import annotations

import gzip
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import pycrfsuite

from ..doc import EntitySpan
from ..normalise import normalise
from ..sentences import Sentence
from ..tokens import ARTICLE_AFTER_PARTICLE, Token, tokenize
from .features import Featurizer, core, load_lexicon
from .hygiene import (byline_outlet, clean_tags, dateline_outlet, headed_organisations, join_organisations,
                      spelled_acronyms)
from .orgs import add_org_phrases, is_country, listed_long_names
from .persons import ali_in_names, glued_words, hashtag_surnames
from .scoring import chunks
from .words import is_verb

LABELS = ("PER", "ORG", "LOC", "MISC")


def hashtag_words(tokens: Sequence[Token]) -> list[Token]:
    """The tokens as the tagger reads them: a hashtag's words joined by _ apart («الرئيس
    #دونالد_ترمب» → الرئيس # دونالد ترمب; the mark stays a token of its own, which
    `persons.hashtag_surnames` reads), so a name tagged for a social network is read like the
    same name in plain text."""
    out: list[Token] = []
    for t in tokens:
        if "_" not in t.text:
            out.append(t)
            continue
        start = t.start
        for part in t.text.split("_"):
            if part:
                out.append(Token(part, start, start + len(part)))
            start += len(part) + 1
    return out


def paths_for(model: Path) -> dict[str, Path]:
    """The files that make up a model, all beside the main .crfsuite file."""
    stem = model.with_suffix("")
    return {"stage1": model, "stage2": stem.with_name(stem.name + ".stage2.crfsuite"),
            "lexicon": stem.with_name(stem.name + ".lexicon.tsv.gz"),
            "attributes": stem.with_name(stem.name + ".attributes.txt.gz"),
            "config": stem.with_name(stem.name + ".json")}


@dataclass
class Settings:
    """Choices made on the development split (see scripts/eval_ner.py)."""
    two_stage: bool = False                   # second CRF pass: +0.2 dev F1 for twice the time, so off
    propagate: bool = True
    propagate_single_max_freq: int = 2000    # a lone word is spread only if rarer than this
    unify_labels: bool = True                # relabel a name to its majority label in the document
    surname: bool = True                      # last word of a multi-word PER name is PER alone too
    doc_size: int = 30                        # sentences per pseudo-document in CoNLL input
    key_probe: dict[str, str] = field(default_factory=dict)  # word -> word_key at training time
    o_threshold: float = 0.0                  # a token tagged O with P(O) below this takes its best entity tag
    org_phrases: bool = True                  # Recognizer adds rule-found organisation names (orgs.py)
    hygiene: bool = True                      # trim verbs/prepositions off spans, join halves (hygiene.py)


def doc_evidence(keys: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], surname: bool = True) -> list[list[list[str]]]:
    """Stage-2 features: for each token, the labels its word received elsewhere in the document."""
    seen: dict[str, Counter] = defaultdict(Counter)
    for ks, ts in zip(keys, tags):
        for s, e, lab in chunks(ts):
            for j in range(s, e):
                seen[ks[j]][lab] += 1
            if surname and lab == "PER" and e - s >= 2:
                seen[ks[e - 1]]["SUR"] += 1
    out = []
    for ks in keys:
        sent = []
        for k in ks:
            c = seen.get(k)
            if not c:
                sent.append([])
                continue
            top = c.most_common(1)[0][0]
            sent.append(["doc=" + lab for lab in c] + ["doctop=" + top])
        out.append(sent)
    return out


def propagate(keys: Sequence[Sequence[str]], tags: list[list[str]], freq: dict[str, int], settings: Settings,
              tokens: Sequence[Sequence[str]] | None = None) -> list[list[str]]:
    """Label untagged mentions of names found elsewhere in the document (longest match first);
    with the document's `tokens`, no one-word name is read into a finite verb («ويرى» keyed like
    the يري of «ريك بيري»)."""
    names: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    surnames = set()
    for ks, ts in zip(keys, tags):
        for s, e, lab in chunks(ts):
            names[tuple(ks[s:e])][lab] += 1
            if settings.surname and lab == "PER" and e - s >= 2:
                surnames.add(ks[e - 1])
    whole = whole_surnames(keys, tags, tokens) if settings.surname and tokens is not None else set()
    for sur in surnames:
        names.setdefault((sur,), Counter({"PER": 1}))
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for name, c in names.items():
        lab = c.most_common(1)[0][0]
        if len(name) == 1 and freq.get(name[0], 0) > settings.propagate_single_max_freq:
            continue
        by_first[name[0]].append((name, lab))
    for lst in by_first.values():
        lst.sort(key=lambda x: -len(x[0]))
    out = []
    for si, (ks, ts) in enumerate(zip(keys, tags)):
        ts = list(ts)
        if settings.unify_labels:   # a name keeps the label it has most often in the document
            for s, e, lab in chunks(ts):
                c = names[tuple(ks[s:e])]
                best, n = c.most_common(1)[0]
                if best != lab and n > c[lab]:
                    ts[s:e] = ["B-" + best] + ["I-" + best] * (e - s - 1)
        i = 0
        while i < len(ks):
            done = False
            if ts[i] == "O":
                for name, lab in by_first.get(ks[i], ()):
                    n = len(name)
                    if n == 1 and tokens is not None and is_verb(tokens[si][i]):
                        continue
                    if tuple(ks[i:i + n]) == name and all(t == "O" for t in ts[i:i + n]) \
                            and (i + n == len(ts) or not ts[i + n].startswith("I-")):
                        ts[i:i + n] = ["B-" + lab] + ["I-" + lab] * (n - 1)
                        i += n
                        done = True
                        break
            if not done and ts[i] == "O" and whole and _surname_at(tokens[si][i], whole):
                ts[i] = "B-PER"
            if not done:
                i += 1
        out.append(ts)
    return out


def whole_surnames(keys: Sequence[Sequence[str]], tags: list[list[str]],
                   tokens: Sequence[Sequence[str]]) -> set[str]:
    """The last words of the document's persons' names of two words or more whose key the
    features cut a proclitic off («كولن باول»: key «اول»): inside a name no particle stands, so the
    word written alone elsewhere is the same surname, matched as written («وقال باول»). Not a word
    with the article (its key drops it: «العمر»، «الملك»), nor a verb."""
    out = set()
    for ks, ts, toks in zip(keys, tags, tokens):
        for s, e, lab in chunks(ts):
            word = normalise(core(toks[e - 1]))
            if lab == "PER" and e - s >= 2 and word != ks[e - 1] and not is_verb(toks[e - 1]) \
                    and not word.startswith(("ال",) + ARTICLE_AFTER_PARTICLE):
                out.add(word)
    return out


def _surname_at(token: str, whole: set[str]) -> bool:
    """The token is one of the `whole` surnames, as written or after a و / ف (trimmed from the
    entity later)."""
    word = normalise(core(token))
    return word in whole or word[:1] in "وف" and word[1:] in whole


def persons_by_surname(keys: Sequence[Sequence[str]], tags: list[list[str]], is_first_name) -> list[list[str]]:
    """A place or organisation of two or three words that opens with a first name and ends with a
    word the document names alone as a person («في لندن، ألكساندر ياكوفينكو، …» read as a
    place, «وأكد ياكوفينكو») is that person."""
    alone = {ks[s] for ks, ts in zip(keys, tags) for s, e, lab in chunks(ts) if lab == "PER" and e - s == 1}
    out = []
    for ks, ts in zip(keys, tags):
        ts = list(ts)
        for s, e, lab in chunks(ts):
            if lab != "PER" and 2 <= e - s <= 3 and is_first_name(ks[s]) and ks[e - 1] in alone:
                ts[s:e] = ["B-PER"] + ["I-PER"] * (e - s - 1)
        out.append(ts)
    return out


def cued_organisations(sentences: Sequence[Sequence[str]], keys: Sequence[Sequence[str]],
                       raw: Sequence[Sequence[str]], cleaned: Sequence[Sequence[str]], flags) -> set[tuple[str, ...]]:
    """Names that span hygiene made organisations by a cue around them (a naming head, a
    nationality adjective), and organisations the tagger found right after a naming head
    («شركة نوكيا», named a place elsewhere; not a word that ends a person's name in the
    document): their word keys. A country's name is not one (a club named after it, «فريق
    المغرب الفاسي», does not make the country a club)."""
    out = set()
    persons = {ks[e - 1] for ks, ts in zip(keys, cleaned) for s, e, lab in chunks(ts) if lab == "PER"}
    for toks, ks, before, after in zip(sentences, keys, raw, cleaned):
        found = set(headed_organisations(toks, after, flags, persons))
        if before != after:
            was_org = {(s, e) for s, e, lab in chunks(before) if lab == "ORG"}
            found.update((s, e) for s, e, lab in chunks(after) if lab == "ORG" and (s, e) not in was_org)
        out.update(tuple(ks[s:e]) for s, e in found if not (e - s == 1 and is_country(ks[s], flags)))
    return out


def relabel(keys: Sequence[Sequence[str]], tags: list[list[str]], names: set[tuple[str, ...]], label: str) -> list[list[str]]:
    """Every mention of these names takes this label (a cue in one sentence outweighs the
    document's majority: «ضيفه بورتو» makes بورتو a club wherever the article names it)."""
    if not names:
        return tags
    out = []
    for ks, ts in zip(keys, tags):
        ts = list(ts)
        for s, e, _ in chunks(ts):
            if tuple(ks[s:e]) in names:
                ts[s:e] = ["B-" + label] + ["I-" + label] * (e - s - 1)
        out.append(ts)
    return out


def decode(tagger: pycrfsuite.Tagger, feats: list[list[str]], o_threshold: float) -> list[str]:
    """Viterbi tags; then, trading precision for recall, O tokens whose marginal P(O) is
    below o_threshold take their most probable entity tag."""
    if not feats:
        return []
    tags = tagger.tag(feats)
    if o_threshold > 0 and "O" in tags:
        labels = [lab for lab in tagger.labels() if lab != "O"]
        for i, tag in enumerate(tags):
            if tag == "O" and tagger.marginal("O", i) < o_threshold:
                tags[i] = max(labels, key=lambda lab: tagger.marginal(lab, i))
    return tags


class NerModel:
    """Tags documents given as lists of token strings; callable as a Recognizer."""

    def __init__(self, model_path: Path):
        files = paths_for(model_path)
        if not files["stage1"].exists():
            raise FileNotFoundError(f"{model_path}: NER model file not found (train it with `qawl train-ner`)")
        self.settings = Settings(**json.loads(files["config"].read_text(encoding="utf-8"))) \
            if files["config"].exists() else Settings()
        known = None
        if files["attributes"].exists():
            with gzip.open(files["attributes"], "rt", encoding="utf-8") as f:
                known = set(f.read().split("\n"))
        self.featurizer = Featurizer(load_lexicon(files["lexicon"]), known)
        self.stage1 = pycrfsuite.Tagger()
        self.stage1.open(str(files["stage1"]))
        self.stage2 = None
        if self.settings.two_stage and files["stage2"].exists():
            self.stage2 = pycrfsuite.Tagger()
            self.stage2.open(str(files["stage2"]))

    def tag_document(self, sentences: Sequence[Sequence[str]], org_phrases: bool = False) -> list[list[str]]:
        """BIO tags (PER/ORG/LOC/MISC) for each token of each sentence of one document;
        org_phrases adds descriptive organisation names that ANERcorp leaves untagged."""
        fz = self.featurizer
        keys = [fz.keys(s) for s in sentences]
        th = self.settings.o_threshold
        second = self.stage2 if self.settings.two_stage else None
        # features are made sentence by sentence and not kept: on a long text they would
        # take hundreds of MB
        tags = [decode(self.stage1, fz.sentence(s), 0.0 if second else th) for s in sentences]
        if second is not None:
            ev = doc_evidence(keys, tags, self.settings.surname)
            tags = [decode(second, [f + e for f, e in zip(fz.sentence(s), es)], th) for s, es in zip(sentences, ev)]
        cued: set[tuple[str, ...]] = set()
        if self.settings.hygiene:
            cleaned = [clean_tags(s, t, fz.flags) for s, t in zip(sentences, tags)]
            cued = cued_organisations(sentences, keys, tags, cleaned, fz.flags)
            tags = cleaned
        if self.settings.propagate:
            tags = propagate(keys, tags, fz.freq, self.settings, sentences)
            tags = persons_by_surname(keys, tags, fz.is_first_name)
            tags = relabel(keys, tags, cued, "ORG")
        if self.settings.hygiene:
            ali_in_names(sentences, tags)
            glued_words(sentences, tags)
            for s, t in zip(sentences, tags):
                spelled_acronyms(s, t)     # propagation may have made a spelled acronym a person again
                join_organisations(s, t)
                hashtag_surnames(s, t)
        if org_phrases:
            tags = [add_org_phrases(s, t, fz.flags) for s, t in zip(sentences, tags)]
            for s, k, t in zip(sentences, keys, tags):
                listed_long_names(s, t, fz.phrase_tags(k))
            if tags:
                byline_outlet(sentences[0], tags[0], fz.flags)
                dateline_outlet(sentences[0], tags[0], fz.flags)
        return tags

    def __call__(self, text: str, sentences: Sequence[Sentence]) -> list[EntitySpan]:
        """Entity spans into `text`, whole tokens (attached clitics included)."""
        toks = [hashtag_words(tokenize(text, s.start, s.end)) for s in sentences]
        tags = self.tag_document([[t.text for t in ts] for ts in toks], self.settings.org_phrases)
        spans = []
        for ts, tg in zip(toks, tags):
            for s, e, lab in chunks(tg):
                spans.append(EntitySpan(ts[s].start, ts[e - 1].end, lab))
        return spans
