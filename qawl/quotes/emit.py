"""Stage 5 of the engine: quotes out. `Quotes` collects each quote and remembers its speaker
as an antecedent of later pronouns; quoted segments that continue a quote or open a paragraph
without a cue take the last speaker; a headline line «Name: statement» is the person's."""
from __future__ import annotations

import bisect
from typing import Callable

from ..doc import Quote
from ..sentences import sentence_at
from .content import Content, is_term, trim
from .context import Context
from .marks import QUOTE_CHARS, Segment, Tok
from .resolve import Resolver, Speaker
from .lexicon import gazetteer_names
from .speakers import HONORIFICS, SOURCE_HEADS, STOP, is_definite, is_title, read_np, stem_of

Emit = Callable[[Speaker, Tok | None, Content, float], None]


class Quotes:
    """The quotes of one article as they are found, in `found`."""

    def __init__(self, art: Context, res: Resolver):
        self.art, self.res = art, res
        self.found: list[Quote] = []

    def emit(self, sp: Speaker, cue_tok: Tok | None, c: Content, confidence: float, antecedent: bool = True) -> None:
        """Add the quote of content `c` by `sp` (unless it has no letters or digits); `sp` becomes an
        antecedent of later pronouns unless `antecedent` is False (a report nested in another's words)."""
        art, text = self.art, self.art.text
        q = text[c.start:c.end]
        if not q.strip() or not any(ch.isalnum() for ch in q):
            return
        self.found.append(Quote(
            speaker=sp.name, speaker_mention=sp.mention, cue=cue_tok.text if cue_tok else "", type=c.type,
            quote=q, start=c.start, end=c.end, sentence_index=sentence_at(art.article_sentences, c.start),
            speaker_kind=sp.kind, cue_start=cue_tok.start if cue_tok else -1,
            cue_end=cue_tok.end if cue_tok else -1, speaker_start=sp.start, speaker_end=sp.end,
            speaker_aliases=sp.aliases, speaker_role=sp.role, rule=c.rule, confidence=round(confidence, 2)))
        if antecedent:
            self.res.history.append((sp, c.start, sentence_at(art.sentences, c.start), True))

    def remember(self, sp: Speaker, pos: int) -> None:
        """Keep the subject of a report without content as an antecedent."""
        self.res.history.append((sp, pos, sentence_at(self.art.sentences, pos), False))


def continuations(art: Context, seg: Segment, sp: Speaker, emit: Emit) -> None:
    """Quoted segments that directly follow a direct quote continue it («…» «…»)."""
    text = art.text
    while True:
        k = seg.close + 1
        while k < len(text) and (text[k] in " \t،," or text[k] == "و" and k + 1 < len(text) and text[k + 1] in QUOTE_CHARS):
            k += 1
        nxt = art.seg_at.get(k)
        if nxt is None or is_term(nxt, art.toks, art.ent_spans) or art.is_claimed(k):
            return
        _emit_segment(art, emit, sp, nxt, "continuation:direct", 0.6)
        seg = nxt


def quoted_paragraphs(art: Context, res: Resolver, emit: Emit) -> None:
    """A paragraph that opens with a quotation and has no cue continues the last speaker."""
    text = art.text
    for s in art.segments:
        if art.is_claimed(s.open) or s.words < 4:
            continue
        line_start = text.rfind("\n", 0, s.open) + 1
        if text[line_start:s.open].strip():
            continue
        prev = res.last(s.open)
        if prev is None or not res.history or s.open - res.history[-1][1] > 1500:
            continue
        _emit_segment(art, emit, prev, s, "paragraph:direct", 0.5)


def _emit_segment(art: Context, emit: Emit, sp: Speaker, seg: Segment, rule: str, confidence: float) -> None:
    """A quoted segment with no cue of its own, as a direct quote of `sp` referred to again
    (a pronoun-like mention); the segment is claimed."""
    a, b = trim(art.text, *seg.inner)
    if b > a:
        emit(Speaker(sp.name, "", "pronoun", sp.role, aliases=sp.aliases), None,
             Content(a, b, "direct", rule, seg), confidence)
        art.claim(seg.open, seg.close + 1)


HEADLINE_NAME = 3  # words of a person's name before the colon of a headline statement
HEADLINE_WORDS = (2, 20)  # words of the statement after it
LINE_MARKS = "-–•"  # how a subheading line may open


def headline_statements(art: Context, res: Resolver, emit: Emit) -> None:
    """A line of its own that is a person's name, a colon and a short statement («العمري: الموسم
    صعب»، «- سالم : هدفنا اللقب»، «وزير التعليم: …»): a headline or subheading quoting the person.
    The name must be a person's (`_person`: a PER entity, a word or listed first name of one found
    elsewhere in the article, or a title), so datelines, sources and topics («الرياض:»، «المصدر:»،
    «معركة المدينة:») are left alone."""
    text, toks = art.text, art.toks
    pos = 0
    person_words: set[str] | None = None  # worked out at the first line that needs them
    for line in text.split("\n"):
        a = bisect.bisect_left(art.starts, pos + len(line) - len(line.lstrip(" \t" + LINE_MARKS)))
        pos += len(line) + 1
        b = bisect.bisect_left(art.starts, pos - 1)
        if art.teaser_at(a):  # «إقرأ أيضا: X: …»: the headline of the article it links to
            a = _past_topic(toks, a + 3, b)
        colon = next((k for k in range(a, min(b, a + HEADLINE_NAME + 1)) if toks[k].text == ":"), None)
        if colon is None or colon == a or any(t.text == ":" for t in toks[colon + 1:b]) \
                or art.is_claimed(toks[colon].start):
            continue
        if person_words is None:
            person_words = _person_words(art)
        if not _person(art, toks[a:colon], person_words):
            continue
        words = sum(1 for t in toks[colon + 1:b] if t.is_word)
        c0, c1 = trim(text, toks[colon].end, toks[b - 1].end)
        if not HEADLINE_WORDS[0] <= words <= HEADLINE_WORDS[1] or c1 <= c0:
            continue
        np = read_np(toks, a, colon, art.seg_at, art.entity)
        if not np.words:
            continue
        emit(res.resolve_np(np, toks[a].start, colon), None, Content(c0, c1, "direct", "headline:direct"), 0.6)
        art.claim(toks[a].start, c1)


def _past_topic(toks: list[Tok], a: int, b: int) -> int:
    """Where a linked headline's speaker starts: after a topic that two dots close («تزامنا مع
    اختفاء الصحفي.. X: …»), or at a."""
    colon = next((k for k in range(a, b) if toks[k].text == ":"), b)
    dots = next((k for k in range(a, colon - 1) if toks[k].text == toks[k + 1].text == "."), None)
    return a if dots is None else dots + 2


def _person(art: Context, name: list[Tok], person_words: set[str]) -> bool:
    """Every token is a word and one of them is a person's name or one of `person_words`; or the
    phrase is a title («وزير التعليم: …»), or a source that told an outlet («مصادر لـCNN: …»)."""
    if not name or not all(t.is_word for t in name):
        return False
    if len(name) > 1 and stem_of(name[0]) in SOURCE_HEADS and name[-1].text.startswith("ل") \
            and (art.entity(name[-1]) is not None or name[-1].text.startswith("لـ")):
        return True
    if len(name) > 1 and is_title(name[0]) and stem_of(name[0]) not in HONORIFICS and art.entity(name[0]) is None:
        return True  # (not an honorific and a name: «الأستاذ: X» addresses someone)
    return any(art.label(t) == "PER" or t.text in person_words for t in name)


def _person_words(art: Context) -> set[str]:
    """The words of the article's persons, and the listed first names it writes right before the
    first word of a recognised person («وسام» of «وسام حمدان»)."""
    toks, listed = art.toks, gazetteer_names()
    words = {w for e in art.entities if e.label == "PER" for w in e.text.split()}
    return words | {toks[k - 1].text for k in range(1, len(toks)) if toks[k].opens_person and toks[k - 1].is_word
                    and toks[k - 1].cue is None and art.entity(toks[k - 1]) is None and not is_definite(toks[k - 1])
                    and not is_title(toks[k - 1]) and toks[k - 1].norm in listed and toks[k - 1].norm not in STOP}
