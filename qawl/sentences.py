"""Paragraph and sentence splitting with offsets into the original text.

Each non-blank line is a paragraph (surrounding whitespace trimmed). Inside a line a
sentence ends after . ! ? ؟ (with any closing quotation marks or brackets right after
it) when whitespace follows, unless a quotation is open: «» and “” nest, a straight "
toggles, and the quotation state resets at each line break."""
from __future__ import annotations

import re
from dataclasses import dataclass

TERMINATORS = ".!?؟"
CLOSERS = "»”\"')]}’"
OPENING = {"«": "»", "“": "”"}
CLOSING = {"»": "«", "”": "“"}
# The characters that change the state of `_split_line`; it jumps from one to the next.
SPECIAL = re.compile("[" + re.escape("".join(OPENING) + "".join(CLOSING) + '"' + TERMINATORS) + "]")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line with surrounding whitespace trimmed."""
    spans, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + (len(line) - len(line.lstrip()))
            spans.append((start, start + len(stripped)))
        pos += len(line) + 1
    return spans


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, sent_start, depth, straight = [], start, 0, False
    i = start
    while (found := SPECIAL.search(text, i, end)) is not None:
        i = found.start()
        ch = text[i]
        if ch in OPENING:
            depth += 1
        elif ch in CLOSING:
            depth = max(0, depth - 1)
        elif ch == '"':
            straight = not straight
        elif ch in TERMINATORS and depth == 0 and not straight:
            j = i + 1
            while j < end and text[j] in TERMINATORS:
                j += 1
            run_end = j
            while j < end and text[j] in CLOSERS:
                j += 1
            if j < end and text[j].isspace():
                out.append((sent_start, j))
                while j < end and text[j].isspace():
                    j += 1
                sent_start, i = j, j
                continue
            i = run_end  # the rest of the run would end the same way: skip it (linear on "......")
            continue
        i += 1
    if sent_start < end:
        out.append((sent_start, end))
    return out


def split_sentences(text: str) -> list[Sentence]:
    """All sentences of the text, in order, with their paragraph number."""
    sentences: list[Sentence] = []
    for p, (ls, le) in enumerate(_line_spans(text)):
        for s, e in _split_line(text, ls, le):
            sentences.append(Sentence(len(sentences), s, e, p))
    return sentences


def sentence_at(sentences: list[Sentence], offset: int) -> int:
    """Index of the sentence containing offset (or the last one starting before it)."""
    lo, hi = 0, len(sentences) - 1
    best = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if sentences[mid].start <= offset:
            best, lo = mid, mid + 1
        else:
            hi = mid - 1
    return sentences[best].index if sentences else 0
