"""Tokens and quotation-mark segments of an article.

«» and “” (or “″) nest; a straight " is an opener or a closer by the characters around it
(space before and a letter after opens; a letter before and space or punctuation after
closes), falling back to toggling. A closing mark of another kind closes the open one when
the two are in one sentence and none of its own kind follows there («…"، “…»). No mark pairs
across a line. A mark left open runs to the end of its line, or to
the first sentence end that is followed by a new speech verb, or by «كما» / «ثم» … and one
(source texts often forget the closing mark)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ..normalise import normalise
from .cues import Cue, cue_of

# A web address is one token and no word: its colon reports nothing («عبر الرابط http://…»).
URL_START = re.compile(r"https?://|www\.")
URL = rf"(?:{URL_START.pattern})[\w./%?=&#~+:@-]*[\w/]"
# A word (#وسم_اسم: the name), with the short syllables a hyphen joins to it with no space (جاي-إن،
# جونغ-أون، يونج-وو: one name, whose «إن» is no complementiser), or a single mark. A longer part
# after a hyphen stays a word of its own («الغنام-مساعد»: a name, then a role).
_LETTERS = r"[\w\u0610-\u061A\u064B-\u065F\u0670\u0640]"
WORD = re.compile(rf"{URL}|[^\W_]{_LETTERS}*(?:-[^\W\d_]{_LETTERS}{{0,2}}(?!{_LETTERS}))*|[^\w\s#]", re.UNICODE)
OPENERS = {"«": "»", "“": "”", '"': '"'}
CLOSERS = {"»": "«", "”": "“", "″": "“"}  # a double prime closes “ in some sources
QUOTE_CHARS = "«»“”″\""
TERMINATORS = ".!?؟"
_MARK = re.compile("[«»“”″\"]")
_OPENERS_BEFORE_VERB = frozenset(normalise(w) for w in ("كما", "وكما", "ثم", "وقد", "فقد", "كذلك"))
_WORD_ONLY = r"[^\s:،,؛«»“”\"]+"  # a word without the punctuation that may touch it («وأضافت:»)
_STOPS = f"[{re.escape(TERMINATORS)}]+"  # a run of TERMINATORS
_NEXT_SENTENCE = re.compile(rf"{_STOPS}\s+({_WORD_ONLY})(?:\s+({_WORD_ONLY}))?")
_REPORT_OPENING = re.compile(rf"(?<=\s)(و{_WORD_ONLY})(?=(?:\s+{_WORD_ONLY}){{0,3}}\s+[«“\"])")  # «وأضاف علي أن «»
_SENTENCE_STOP = re.compile(rf"{_STOPS}\s")
MAX_NESTING = 16  # open quotation marks kept per line; deeper ones (only in junk) are ignored


@dataclass(slots=True)
class Tok:
    text: str
    start: int
    end: int
    norm: str
    is_word: bool
    index: int
    cue: Cue | None = None   # the speech cue this word is, if any
    opens_person: bool = False  # the first word of a recognised person's name (بيارا، لاري: no preposition)


@dataclass
class Segment:
    open: int            # offset of the opening mark
    close: int           # offset of the closing mark (or where an unclosed one stops)
    closed: bool
    words: int = 0
    tokens: tuple[int, int] = (0, 0)  # token index range strictly inside the marks

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close


_WORD_CACHE: dict[str, tuple[str, bool, Cue | None]] = {}


def tokenize(text: str) -> list[Tok]:
    """Words and single punctuation marks, with normalised forms and cue lookups."""
    out = []
    cache = _WORD_CACHE
    if len(cache) > 200_000:
        cache.clear()
    for m in WORD.finditer(text):
        t = m.group()
        info = cache.get(t)
        if info is None:
            norm = normalise(t)
            is_word = t[0].isalnum() and bool(norm) and not URL_START.match(t)  # a lone tatweel is a dash
            info = cache[t] = (norm, is_word, cue_of(t) if is_word else None)
        out.append(Tok(t, m.start(), m.end(), info[0], info[1], len(out), info[2]))
    return out


def _spaced(text: str, i: int) -> tuple[bool, bool]:
    """Whether the straight quote at i has a space (or punctuation) before it and after it."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isspace() or before in "(:،,«“" or i == 0, after.isspace() or after in ".،,:؛;)!?؟»”"


def _straight_role(text: str, i: int, is_open: bool) -> bool:
    """True when the straight quote at i opens a quotation."""
    space_before, space_after = _spaced(text, i)
    if space_before and not space_after:
        return True
    if space_after and not space_before:
        return False
    if space_before and space_after and text[:i].rstrip()[-1:] in TERMINATORS:
        return False  # «… ثورة. " وقال …»: a detached closing mark after a sentence end
    return not is_open


def find_segments(text: str, is_speech_verb: Callable[[str], bool]) -> list[Segment]:
    """All quotation segments, in order of their opening mark."""
    segments: list[Segment] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stack: list[tuple[str, int]] = []
        for m in _MARK.finditer(text, start, end):
            i, ch = m.start(), m.group()
            if ch == '"':
                straight_open = any(c == '"' for c, _ in stack)
                if straight_open and _after_colon(text, i):
                    _close_unclosed(text, stack, i, segments, is_speech_verb)
                    straight_open = False
                opens = _straight_role(text, i, straight_open)
                if opens and not straight_open or straight_open and _spaced(text, i) == (True, False) \
                        and sum(c == '"' for c, _ in stack) == 1 and not _closes_after_word(text, stack, i, end):
                    stack.append((ch, i))  # «قال "نحو الحزب "الجديد" غدا"»: one level of nesting
                elif straight_open:
                    _pop_to(stack, '"', i, segments)
                elif not opens:
                    _close_mismatched(text, stack, i, end, segments)
            elif ch in OPENERS and len(stack) < MAX_NESTING:
                stack.append((ch, i))
            elif ch in CLOSERS:
                opener = CLOSERS[ch]
                if any(c == opener for c, _ in stack):
                    _pop_to(stack, opener, i, segments)
                else:
                    _close_mismatched(text, stack, i, end, segments)
        for c, o in stack:  # unclosed
            segments.append(Segment(o, _unclosed_end(text, o, end, is_speech_verb), False))
    segments.sort(key=lambda s: s.open)
    return segments


def _pop_to(stack: list[tuple[str, int]], opener: str, i: int, segments: list[Segment]) -> None:
    """Close the innermost open `opener` at i; the marks opened inside it are dropped."""
    while stack:
        c, o = stack.pop()
        if c == opener:
            segments.append(Segment(o, i, True))
            return


def _close_mismatched(text: str, stack: list[tuple[str, int]], i: int, line_end: int,
                      segments: list[Segment]) -> None:
    """A closing mark of another kind than the innermost open one («… " ، “… » ، «… ”) closes it
    (writers mix their marks) when `_closes_in_sentence`."""
    if stack and _closes_in_sentence(text, stack, stack[-1][0], i, line_end):
        segments.append(Segment(stack.pop()[1], i, True))


def _closes_after_word(text: str, stack: list[tuple[str, int]], i: int, line_end: int) -> bool:
    """The straight quote at i, spaced like an opener while one is open, closes that one: it
    follows a word, not a comma or colon that opens a new clause (`_closes_in_sentence`)."""
    return text[:i].rstrip()[-1:].isalnum() and _closes_in_sentence(text, stack, '"', i, line_end)


def _closes_in_sentence(text: str, stack: list[tuple[str, int]], opener: str, i: int, line_end: int) -> bool:
    """The mark at i may close the innermost open `opener` though it is not its own closer (or, for
    a straight quote, looks like an opener): the two are in one sentence and no closer of the
    opener's own kind follows before that sentence ends («وصف ذلك "خرقا للقانون "حول …»)."""
    o = next(o for c, o in reversed(stack) if c == opener)
    if _SENTENCE_STOP.search(text, o, i):
        return False  # opened in an earlier sentence: left open there, not closed here
    stop = _SENTENCE_STOP.search(text, i + 1, line_end)
    rest = text[i + 1:stop.start() if stop else line_end]
    return OPENERS[opener] not in rest and not (opener == "“" and "″" in rest)


def _after_colon(text: str, i: int) -> bool:
    """The straight quote at i follows a colon and touches a word: «وقال: "…» opens a quotation
    even while an earlier straight quote is still open (that one was never closed)."""
    return text[:i].rstrip()[-1:] == ":" and i + 1 < len(text) and text[i + 1].isalpha()


def _close_unclosed(text: str, stack: list[tuple[str, int]], before: int, segments: list[Segment],
                    is_speech_verb: Callable[[str], bool]) -> None:
    """Pop the marks down to the open straight quote as unclosed segments that stop before `before`."""
    while stack:
        c, o = stack.pop()
        segments.append(Segment(o, _unclosed_end(text, o, before, is_speech_verb), False))
        if c == '"':
            return


def _unclosed_end(text: str, opened: int, line_end: int, is_speech_verb: Callable[[str], bool]) -> int:
    """Where a quotation opened at `opened` and never closed ends: before the next report of its
    line — a sentence opening with a report verb («. وأضافت: …»، «. كما أكد …») or a report verb
    after و whose own quotation opens within a few words («… وأضاف علي أن «…») — else at the
    line's end, trailing stops and commas trimmed."""
    for m in _NEXT_SENTENCE.finditer(text, opened, line_end):
        if is_speech_verb(m.group(1)) or m.group(2) and normalise(m.group(1)) in _OPENERS_BEFORE_VERB \
                and is_speech_verb(m.group(2)):
            return m.start() + 1
    for m in _REPORT_OPENING.finditer(text, opened + 1, line_end):
        if is_speech_verb(m.group(1)):
            return _trimmed_end(text, opened, m.start())
    return _trimmed_end(text, opened, line_end)


def _trimmed_end(text: str, opened: int, end: int) -> int:
    """`end` moved back over spaces, sentence stops and commas (not past `opened`)."""
    while end > opened + 1 and (text[end - 1].isspace() or text[end - 1] in TERMINATORS + "،,"):
        end -= 1
    return end


def attach_tokens(segments: list[Segment], tokens: list[Tok]) -> None:
    """Fill each segment's token range and word count."""
    import bisect
    starts = [t.start for t in tokens]
    words_before = [0]  # words_before[k]: word tokens among tokens[:k]
    for t in tokens:
        words_before.append(words_before[-1] + t.is_word)
    for s in segments:
        a = bisect.bisect_right(starts, s.open)
        b = bisect.bisect_left(starts, s.close)
        s.tokens = (a, b)
        s.words = words_before[max(a, b)] - words_before[a]
