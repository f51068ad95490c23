"""CoNLL files: one token per line (extra columns allowed, gold tag last), blank line
between sentences, optional `-DOCSTART-` lines between documents."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, TextIO

LABEL_ALIASES = {"PERS": "PER", "PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC", "MIS": "MISC"}
LABELS = ("PER", "ORG", "LOC", "MISC")


class ConllError(ValueError):
    """A CoNLL file that cannot be read; the message names the file and line."""


@dataclass
class ConllSentence:
    rows: list[list[str]]          # all columns of each token line, as read
    gold: list[str] | None         # normalised BIO tags when the last column holds tags
    doc_start: bool = False        # a -DOCSTART- line came before this sentence

    @property
    def tokens(self) -> list[str]:
        return [r[0] for r in self.rows]


def normalise_tag(tag: str) -> str | None:
    """'B-PERS' -> 'B-PER', 'O' -> 'O'; None when the string is not a BIO tag we know."""
    if tag == "O":
        return "O"
    if len(tag) > 2 and tag[1] == "-" and tag[0] in "BI":
        label = tag[2:].upper()
        label = LABEL_ALIASES.get(label, label)
        if label in LABELS:
            return f"{tag[0]}-{label}"
    return None


def _finish(rows: list[list[str]], doc_start: bool, path: str) -> ConllSentence:
    tags = [normalise_tag(r[-1]) if len(r) > 1 else None for r in rows]
    gold = tags if all(t is not None for t in tags) else None
    if gold is None and any(t is not None for t in tags) and sum(t is None for t in tags) <= len(tags) // 2:
        gold = [t or "O" for t in tags]   # a few unknown tags (corpus noise) count as O
    return ConllSentence(rows, gold, doc_start)


def parse_conll(lines: Iterable[str], path: str = "<input>") -> list[ConllSentence]:
    """Sentences of a CoNLL text. Tabs or spaces separate columns."""
    sentences: list[ConllSentence] = []
    rows: list[list[str]] = []
    doc_start = False
    for line in lines:
        line = line.replace("\ufeff", "").replace("\u200e", "").replace("\u200f", "").rstrip("\r\n")
        cols = line.split()
        if not cols:
            if rows:
                sentences.append(_finish(rows, doc_start, path))
                rows, doc_start = [], False
            continue
        if cols[0] == "-DOCSTART-":
            if rows:
                sentences.append(_finish(rows, doc_start, path))
                rows = []
            doc_start = True
            continue
        rows.append(cols)
    if rows:
        sentences.append(_finish(rows, doc_start, path))
    return sentences


def read_conll(path: str | Path) -> list[ConllSentence]:
    """Read a CoNLL file; ConllError with the file name when it is missing or not text."""
    p = Path(path)
    try:
        with p.open(encoding="utf-8") as f:
            return parse_conll(f, str(p))
    except FileNotFoundError:
        raise ConllError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise ConllError(f"{p}: is a directory, expected a CoNLL file") from None
    except UnicodeDecodeError as e:
        raise ConllError(f"{p}: not UTF-8 text ({e.reason} at byte {e.start})") from None


def write_conll(sentences: Iterable[ConllSentence], predicted: Iterable[list[str]], out: TextIO) -> None:
    """Each input row with the predicted tag appended as the last column; blank line between sentences."""
    for sent, tags in zip(sentences, predicted):
        if sent.doc_start:
            out.write("-DOCSTART- O\n\n")
        for row, tag in zip(sent.rows, tags):
            out.write(" ".join(row) + " " + tag + "\n")
        out.write("\n")
