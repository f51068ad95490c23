"""Extra labelled training sentences from Arabic Wikipedia: AQMAR and WikiFANEGold, read into
ANERcorp's labels (PER / ORG / LOC / MISC) and, for WikiFANEGold, ANERcorp's word segmentation.

AQMAR's MISC sub-classes (MIS0–MIS3) become MISC and its stray tags O. WikiFANEGold's
fine classes map to ANERcorp's: persons to PER (groups such as nationalities to O, which
ANERcorp does not tag), organisations to ORG, geo-political entities, locations and
facilities to LOC, products, vehicles and weapons to MISC (food, drugs, plants, chemicals O);
its split-off clitics (و ب ل ف ك before a word, ه ها هم … after it) are joined back."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from .conll import normalise_tag

Sentence = tuple[list[str], list[str]]

FANE_COARSE = {
    **dict.fromkeys("Politician Religious_PER Artist Other_PER Scientist Businessperson Engineer "
                    "Athlete Lawyer Police".split(), "PER"),
    **dict.fromkeys("Government Commercial Educational Media Religious_ORG Sports Non-Governmental "
                    "Medical-Science Entertainment".split(), "ORG"),
    **dict.fromkeys("Nation Population-Center State-or-Province County-or-District Continent GPE-Cluster "
                    "Water-Body Land-Region-Natural Celestial Building-Grounds Path Airport "
                    "Subarea-Facility".split(), "LOC"),
    **dict.fromkeys("Book Software Hardware Movie Sound Air Land Water Projectile Shooting Blunt "
                    "Exploding Nuclear Sharp".split(), "MISC"),
}
PROCLITICS = {"و", "ف", "ب", "ل", "ك"}
ENCLITICS = {"ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "نا", "ني"}


def aqmar_tag(tag: str) -> str:
    """AQMAR tag -> ANERcorp BIO tag ('B-MIS1' -> 'B-MISC', stray tags -> 'O')."""
    tag = tag.replace("--", "-").rstrip("`")
    if tag[:2] in ("B-", "I-") and tag[2:].startswith("MIS"):
        return tag[:2] + "MISC"
    return normalise_tag(tag) or "O"


def fane_tag(tag: str) -> str:
    """WikiFANEGold fine tag -> ANERcorp BIO tag ('B-Politician' -> 'B-PER', 'B-Group' -> 'O')."""
    label = FANE_COARSE.get(tag[2:]) if tag[:2] in ("B-", "I-") else None
    return tag[:2] + label if label else "O"


def _sentences(path: Path, sep: str | None, tag_of) -> Iterator[Sentence]:
    toks: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8-sig") as f:
        for line in f:
            cols = line.replace("\u200e", "").strip().split(sep)
            if len(cols) < 2 or not cols[0]:
                if toks:
                    yield toks, tags
                toks, tags = [], []
                continue
            toks.append(cols[0])
            tags.append(tag_of(cols[-1].strip()))
    if toks:
        yield toks, tags


def join_clitics(toks: list[str], tags: list[str]) -> Sentence:
    """Attach split-off proclitics to the next word and enclitics to the previous one; the
    joined word keeps its stem's tag (ل + الـ is written لل, ة + ها تها)."""
    out_t: list[str] = []
    out_g: list[str] = []
    pending = ""
    for tok, tag in zip(toks, tags):
        word = tok[:1].isalpha()
        if tok in ENCLITICS and out_t and not pending and out_t[-1][-1:].isalpha():
            out_t[-1] = out_t[-1][:-1] + "ت" + tok if out_t[-1].endswith("ة") else out_t[-1] + tok
        elif tok in PROCLITICS:
            pending += tok
        else:
            if pending and word:
                tok = (pending[:-1] + "لل" + tok[2:]) if pending.endswith("ل") and tok.startswith("ال") else pending + tok
            elif pending:
                out_t.append(pending)
                out_g.append("O")
            pending = ""
            out_t.append(tok)
            out_g.append(tag)
    if pending:
        out_t.append(pending)
        out_g.append("O")
    return out_t, out_g


def aqmar_sentences(corpora: Path) -> list[Sentence]:
    """All AQMAR sentences, article by article in file-name order."""
    files = sorted((corpora / "aqmar/articles").glob("*.txt"))
    return [s for p in files for s in _sentences(p, None, aqmar_tag)]


def wikifane_sentences(corpora: Path) -> list[Sentence]:
    """All WikiFANEGold sentences, clitics joined, labels coarse."""
    path = corpora / "wikifane-gold/WikiFANE_Gold_2014_500K.txt"
    return [join_clitics(t, g) for t, g in _sentences(path, "\t", fane_tag)]


READERS = {"aqmar": aqmar_sentences, "wikifane": wikifane_sentences}
GAZETTEER_SOURCE = {"aqmar": "AQMAR", "wikifane": "WikiFANEGold"}  # its rows in corpus-entities-ar


def parse_spec(spec: str) -> tuple[str, int]:
    """'wikifane:4' -> ('wikifane', 4): the corpus and the step of its sentences kept."""
    name, _, every = spec.partition(":")
    if name not in READERS or not (every or "1").isdigit() or int(every or 1) < 1:
        raise ValueError(f"{spec!r}: expected {' or '.join(READERS)}, optionally with :n (every n-th sentence)")
    return name, int(every or 1)
