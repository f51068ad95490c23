"""Training the shipped NER model from the staged corpora (`qawl train-ner`).

Labelled data: ANERcorp (CAMeL Lab split) train only; its last sixth is the development
split when `dev=True`. Gazetteers: Wikidata person-name tokens, CLDR/GeoNames locations, and
entity strings of AQMAR and WikiFANEGold (the ANERcorp rows of that list are left out so the
feature is not over-trusted), and the training documents' own names, jackknifed (see
`EntityGazetteer`). Word clusters: k-means over PPMI-SVD vectors of raw-ar."""
from __future__ import annotations

import csv
import gzip
import json
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Sequence

import pycrfsuite

from ..normalise import normalise
from .conll import read_conll
from .features import Featurizer, Lexicon, PhraseTable, is_punct, word_key
from .model import NerModel, Settings, doc_evidence, paths_for
from .scoring import chunks

ANER_TRAIN = "anercorp-camellab/ANERCorp_CamelLab_train.txt"
ANER_TEST = "anercorp-camellab/ANERCorp_CamelLab_test.txt"
RAW_AR = "raw-ar/arwiki_comparable_20170120.txt.gz"
DEV_FRACTION = 6          # the last 1/6 of ANERcorp train is the development split
COARSE = {"PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "FAC",
          "MISC": "MISC", "PRO": "MISC", "VEH": "MISC", "WEA": "MISC"}
CRF_PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 200, "feature.possible_transitions": True}
Doc = list[tuple[list[str], list[str]]]


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def load_labelled(path: Path) -> list[tuple[list[str], list[str]]]:
    return [(s.tokens, s.gold) for s in read_conll(path) if s.gold is not None]


def split_docs(sents: Sequence, size: int) -> list[list]:
    """Consecutive blocks of `size` sentences: the pseudo-documents of a CoNLL file without markers."""
    return [list(sents[i:i + size]) for i in range(0, len(sents), size)]


def _tsv(f) -> csv.DictReader:
    return csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)


def build_lexicon(corpora: Path, clusters: dict[str, tuple[int, ...]]) -> Lexicon:
    feats: dict[str, set[str]] = {}

    def flag(key: str, f: str) -> None:
        if key:
            feats.setdefault(key, set()).add(f)

    lex = Lexicon()
    gz = corpora / "gazetteers"
    with open(gz / "wikidata-person-name-tokens/person_name_tokens_ar.tsv", encoding="utf-8") as f:
        for row in _tsv(f):
            n = int(row["count"])
            flag(word_key(row["arabic_token"]), "gz=pername" + ("3" if n >= 20 else "2" if n >= 3 else "1"))
    with open(gz / "locations-ar/locations_ar.tsv", encoding="utf-8") as f:
        for row in _tsv(f):
            keys = [word_key(w) for w in row["arabic_name"].split()]
            kind = "country" if row["type"] == "COUNTRY_OR_REGION" else "city"
            if len(keys) == 1:
                flag(keys[0], "gz=" + kind)
            else:
                lex.add_phrase(keys, "LOC")
    with open(gz / "corpus-entities-ar/entities_ar.tsv", encoding="utf-8") as f:
        for row in _tsv(f):
            if row["source"] == "ANERcorp-train":
                continue
            label = COARSE.get(row["coarse_type"])
            toks = [t for t in row["entity"].split() if t not in ("و", "ب", "ل", "ف", "ك", "ه")]
            keys = [word_key(t) for t in toks if not is_punct(t)]
            if not label or not keys:
                continue
            if len(keys) == 1:
                flag(keys[0], "gz=ent" + label)
            else:
                lex.add_phrase(keys, label)
                flag(keys[0], "gzf=" + label)
                flag(keys[-1], "gzl=" + label)
    for w, ids in clusters.items():
        for level, c in enumerate(ids, 1):
            flag(w, f"c{level}={c}")
    lex.word_feats = {w: tuple(sorted(fs)) for w, fs in feats.items()}
    return lex


@dataclass(frozen=True)
class EntityGazetteer:
    """The training documents' own names as a gazetteer (features t=B-ORG …). A feature that
    fires on every training name would be over-trusted, so a training document sees only the
    names of the other folds (contiguous blocks of documents); tagging sees them all."""
    folds: int = 0            # 0: no such gazetteer (not shipped; 5 measured, data/ner/README.md)
    min_count: int = 1        # a name must be seen this often (in the folds it is built from)
    single: bool = True       # one-word names too, not only phrases
    all_labels: bool = False  # a name seen with several labels keeps them all (else its commonest)
    labels: tuple[str, ...] = ("ORG", "MISC")  # the names of these labels only (commonest label)
    often: int = 0            # a name seen this often is told apart (t=B-ORG+); 0: never


def entity_counts(docs: list[Doc]) -> Counter:
    """How often each (word keys, label) is a gold name in the documents."""
    counts: Counter = Counter()
    for doc in docs:
        for ks, (_, tags) in zip(_keys(doc), doc):
            counts.update((tuple(ks[s:e]), lab) for s, e, lab in chunks(tags))
    return counts


def entity_table(counts: Counter, opts: EntityGazetteer) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The names kept by the options, each with its labels, commonest first."""
    by_name: dict[tuple[str, ...], Counter] = {}
    for (keys, lab), n in counts.items():
        by_name.setdefault(keys, Counter())[lab] += n
    table = {}
    for keys, c in by_name.items():
        if sum(c.values()) < opts.min_count or (len(keys) == 1 and not opts.single):
            continue
        labels = tuple(lab for lab, _ in sorted(c.items(), key=lambda x: (-x[1], x[0])))
        labels = tuple(lab for lab in (labels if opts.all_labels else labels[:1]) if lab in opts.labels)
        if labels:
            mark = "+" if opts.often and sum(c.values()) >= opts.often else ""
            table[keys] = tuple(lab + mark for lab in labels)
    return table


def jackknifed_features(fz: Featurizer, docs: list[Doc], opts: EntityGazetteer) -> list[list[list[list[str]]]]:
    """Features of the training documents, each seeing the entity gazetteer of the other folds."""
    if not opts.folds:
        return _features(fz, docs)
    per_doc = [entity_counts([doc]) for doc in docs]
    fold = [i * opts.folds // len(docs) for i in range(len(docs))]
    out = []
    for k in range(opts.folds):
        others = sum((c for c, f in zip(per_doc, fold) if f != k), Counter())
        fz.entities = PhraseTable(entity_table(others, opts))
        out += _features(fz, [doc for doc, f in zip(docs, fold) if f == k])
    fz.entities = PhraseTable(fz.lexicon.entities)
    return out


def key_probe(docs: list[Doc], n: int = 300) -> dict[str, str]:
    """The matching keys of the most frequent clitic-carrying training words, as computed now:
    if qawl.normalise changes how it splits clitics, the model must be retrained (a test checks)."""
    counts = Counter(t for doc in docs for toks, _ in doc for t in toks if not is_punct(t))
    words = [w for w, _ in counts.most_common() if word_key(w) != normalise(w)][:n]
    return {w: word_key(w) for w in words}


def train_crf(xs: list, ys: list, path: Path, params: dict | None = None) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(xs, ys):
        trainer.append(x, y)
    trainer.set_params(params or CRF_PARAMS)
    trainer.train(str(path))


def _features(fz: Featurizer, docs: list[Doc]) -> list[list[list[list[str]]]]:
    return [[fz.sentence(toks) for toks, _ in doc] for doc in docs]


def _keys(doc: Doc) -> list[list[str]]:
    return [[word_key(t) if not is_punct(t) else t for t in toks] for toks, _ in doc]


def train_model(docs: list[Doc], lexicon: Lexicon, out: Path, settings: Settings, folds: int = 4,
                params: dict | None = None, entities: EntityGazetteer = EntityGazetteer()) -> None:
    """Write stage-1 (and, with settings.two_stage, a jackknifed stage-2) model, lexicon and settings."""
    files = paths_for(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    files["attributes"].unlink(missing_ok=True)
    if entities.folds:
        lexicon = replace(lexicon, entities=entity_table(entity_counts(docs), entities))
    lexicon.save(files["lexicon"])
    settings = replace(settings, key_probe=key_probe(docs))
    files["config"].write_text(json.dumps(asdict(settings), indent=1, ensure_ascii=False), encoding="utf-8")
    fz = Featurizer(lexicon)
    feats = jackknifed_features(fz, docs, entities)
    xs = [x for d in feats for x in d]
    ys = [y for doc in docs for _, y in doc]
    t = time.time()
    train_crf(xs, ys, files["stage1"], params)
    log(f"stage 1 trained on {len(xs)} sentences in {time.time() - t:.0f}s")
    if not settings.two_stage:
        files["stage2"].unlink(missing_ok=True)
        write_attributes(files)
        return
    # Stage 2 learns from first-pass labels of documents the first pass has not seen.
    first_pass: list[list[list[str]] | None] = [None] * len(docs)
    tmp = out.with_name(out.name + ".fold.tmp")
    for k in range(folds):
        held = [i for i in range(len(docs)) if i % folds == k]
        held_set = set(held)
        fx = [x for i, d in enumerate(feats) if i not in held_set for x in d]
        fy = [y for i, doc in enumerate(docs) if i not in held_set for _, y in doc]
        train_crf(fx, fy, tmp, params)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(tmp))
        for i in held:
            first_pass[i] = [tagger.tag(x) if x else [] for x in feats[i]]
        tagger.close()
        log(f"fold {k + 1}/{folds} done")
    tmp.unlink(missing_ok=True)
    xs2 = []
    for doc, fd, fp in zip(docs, feats, first_pass):
        ev = doc_evidence(_keys(doc), fp, settings.surname)
        xs2 += [[f + e for f, e in zip(fs, es)] for fs, es in zip(fd, ev)]
    t = time.time()
    train_crf(xs2, ys, files["stage2"], params)
    log(f"stage 2 trained in {time.time() - t:.0f}s")
    write_attributes(files)


def write_attributes(files: dict[str, Path]) -> None:
    """The attributes the trained model(s) have weights for: the tagger drops all others."""
    known: set[str] = set()
    for stage in ("stage1", "stage2"):
        if files[stage].exists():
            tagger = pycrfsuite.Tagger()
            tagger.open(str(files[stage]))
            known |= {attr for attr, _ in tagger.info().state_features}
            tagger.close()
    with gzip.open(files["attributes"], "wt", encoding="utf-8") as f:
        f.write("\n".join(sorted(known)))


def load_clusters(corpora: Path, cache: Path | None) -> dict[str, tuple[int, ...]]:
    if cache is not None and cache.exists():
        with open(cache, encoding="utf-8") as f:
            return {w: tuple(int(c) for c in cs.split()) for w, cs in (ln.rstrip("\n").split("\t") for ln in f)}
    from .clusters import build_clusters, raw_sentences  # scipy: the `train` extra
    t = time.time()
    clusters = build_clusters(raw_sentences(corpora / RAW_AR))
    log(f"word clusters built in {time.time() - t:.0f}s")
    if cache is not None:
        with open(cache, "w", encoding="utf-8") as f:
            for w, cs in clusters.items():
                f.write(w + "\t" + " ".join(map(str, cs)) + "\n")
    return clusters


def training_docs(corpora: Path, dev: bool, doc_size: int) -> tuple[list[Doc], list[Doc]]:
    """(training documents, development documents); dev is empty unless dev=True."""
    sents = load_labelled(corpora / ANER_TRAIN)
    if not dev:
        return split_docs(sents, doc_size), []
    cut = len(sents) - len(sents) // DEV_FRACTION
    return split_docs(sents[:cut], doc_size), split_docs(sents[cut:], doc_size)


def train_ner(corpora: Path, out: Path, settings: Settings | None = None, dev: bool = False,
              cluster_cache: Path | None = None, params: dict | None = None,
              entities: EntityGazetteer = EntityGazetteer()) -> list[Doc]:
    """Train on ANERcorp train (minus the dev split when dev=True); returns the dev documents.
    The entity gazetteer is built from the training documents only (never the dev split's)."""
    settings = settings or Settings()
    for rel in (ANER_TRAIN, "gazetteers", "raw-ar"):
        if not (corpora / rel).exists():
            raise FileNotFoundError(f"{corpora / rel}: missing (expected the staged corpora folder)")
    lexicon = build_lexicon(corpora, load_clusters(corpora, cluster_cache))
    train, dev_docs = training_docs(corpora, dev, settings.doc_size)
    train_model(train, lexicon, out, settings, params=params, entities=entities)
    return dev_docs


def tag_docs(model: NerModel, docs: list[Doc], org_phrases: bool = False) -> list[list[str]]:
    """Predicted tags for each sentence of the documents, in order."""
    return [tags for doc in docs for tags in model.tag_document([toks for toks, _ in doc], org_phrases)]
