"""«وفقا لما نشرته صحيفة X، فإن …»، «وبحسب تصريح لخبير أمني، فإن …»: a fronted source
("according to") whose content is the clause after فإن; and «…، بحسب ما أعلنه X»: a trailing
source whose content is the clause before it."""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

from ..normalise import normalise
from .content import (OWN_WORDS, WHAT, Content, clause_end, content_type, is_complementiser, is_term, own_words,
                      segment_at, trim)
from .context import Context
from .cues import NOUN, VERB, verb_with_object
from .elided import elided
from .marks import Tok
from .reports import not_speech
from .resolve import Resolver, Speaker
from .speakers import ABBREVIATED_TITLES, read_np
from .subjects import ACCORDING, QUOTED_NAME_WORDS, TIME_WORDS, l_taken_off, verb_subject

_n = lru_cache(maxsize=None)(normalise)
AS = {_n("كما")}  # «…، كما قال الوزير.» — but «، كما قال الوزير إن …» reports a clause of its own
ACCORDING_WHAT = {_n(w) for w in ("حسبما", "بحسبما", "وحسبما", "وفقما")} | AS  # «according to what», one word
WHAT_SAID = ACCORDING_WHAT - AS  # «according to what» but «كما», which may compare («نعمل كما قال الوزير»)
SOURCE_MARKERS = ACCORDING | WHAT_SAID  # after these the subject may go on (not only end the sentence)
# What may open a source: «according to (what)» (ACCORDING, ACCORDING_WHAT) or a report verb (a cue)
SOURCE_OPENERS = ACCORDING | ACCORDING_WHAT
FA_INNA = {_n(w) for w in ("فإن", "فان", "فإنه", "فإنها", "فإنهم")}
MAX_SOURCE = 12  # tokens from «وفقا» to the comma before فإن
MIN_CLAUSE = 3  # words of a clause before a trailing source
OPENING = 3  # tokens at a sentence's start where «يذكر أن» may open the clause


def according_to(art: Context, res: Resolver,
                 emit: Callable[[Speaker, Tok | None, Content, float], None]) -> None:
    """Quote every «according to X, فإن …» that opens a sentence and no rule claimed."""
    toks = art.toks
    for s0, s_end in art.sent_tok:
        if s0 >= s_end or toks[s0].norm not in ACCORDING or art.is_claimed(toks[s0].start):
            continue
        comma = _before_fa_inna(toks, s0, s_end)
        if comma is None:
            continue
        source = _fronted_source(art, res, s0, comma)
        if source is None:
            continue
        cue, sp = source
        start = comma + 1 + (toks[comma].text in "،,")
        end = clause_end(toks, start, s_end, art.seg_at, lambda x: False, art.names_source)
        c0, c1 = trim(art.text, toks[start].start, toks[end - 1].end) if end > start else (0, 0)
        if c1 <= c0:
            continue
        typ = content_type(art.text, c0, c1, art.segments, toks, art.ent_spans)
        emit(sp, cue, Content(c0, c1, typ, f"according+comp:{typ}"), 0.7)
        art.claim(toks[s0].start, c1)


def _fronted_source(art: Context, res: Resolver, s0: int, comma: int) -> tuple[Tok, Speaker] | None:
    """(cue, speaker) of the source between «وفقا» at s0 and the comma (or فإن) at `comma`: a
    phrase («وبحسب تصريح لخبير أمني»), or a speech noun with a pronoun for the last speaker that
    agrees with it («وبحسب قوله، فإن»، «وحسب رأيها فإن»); None when neither is there."""
    toks = art.toks
    if comma == s0 + 2 and own_words(toks[s0 + 1]) is not None:
        sp = _pronoun_owner(res, toks[s0 + 1], toks[s0].start)
        return (toks[s0 + 1], sp) if sp is not None else None
    cue, a = _source_start(toks, s0 + 1, comma)
    if cue is toks[s0]:
        return None  # «بحسب الإحصاءات»: with no report word, a borderline attribution
    np = read_np(toks, a, comma, art.seg_at, art.entity)
    if not np.words and toks[a].norm.startswith("ل") and len(toks[a].norm) > 2:  # «لخبير أمني»
        np = read_np(l_taken_off(toks, a), a, comma, art.seg_at, art.entity)
    return (cue, res.resolve_np(np, toks[a].start, comma)) if np.words else None


def _pronoun_owner(res: Resolver, t: Tok, pos: int) -> Speaker | None:
    """The last speaker before offset `pos` that the pronoun on the speech noun t agrees with
    («قوله»، «رأيها»، «تصريحاتهم»); None with no such pronoun or speaker."""
    suffix = own_words(t)
    return None if suffix is None else res.last(pos, suffix == "ها", suffix in ("هم", "هما"))


def _before_fa_inna(toks: list[Tok], s0: int, s_end: int) -> int | None:
    """Where the source after «وفقا» at s0 ends: the comma before فإن, or فإن itself when no comma
    comes first («ووفقا لما أعلنه X فإن …»); None when neither closes it."""
    for k in range(s0 + 1, min(s_end - 1, s0 + MAX_SOURCE)):
        if toks[k].norm in FA_INNA:
            return k
        if toks[k].text in "،,":
            return k if toks[k + 1].norm in FA_INNA else None
    return None


def _source_start(toks: list[Tok], k: int, comma: int) -> tuple[Tok, int]:
    """(cue, first token of the source) after «وفقا»: past «لما نشرته» or «تصريح لـ»."""
    cue = toks[k - 1]
    if k < comma and toks[k].norm in WHAT:
        k += 1
        if k < comma:  # the verb of the relative clause (نشرته، ذكره، قالت)
            cue, k = toks[k], k + 1
    elif k < comma and toks[k].cue is not None and toks[k].cue.kind == NOUN:
        cue, k = toks[k], k + 1  # بحسب تصريح لخبير
    return cue, k


def according_after(art: Context, res: Resolver,
                    emit: Callable[[Speaker, Tok | None, Content, float], None]) -> None:
    """Quote every clause that no rule claimed and that a source trails after a comma with a
    report verb: «…، بحسب ما أعلنه X»، «…، وفقا لما ذكره المسؤول»، «…، بحسب ما ذكرت»، «…، حسبما
    أعلن X», and a bare verb whose subject ends the sentence («"…"، قال الوزير.»). A semicolon
    does as a comma; with neither, «according to what» still trails the clause when its subject
    ends the sentence or a comma follows it («… حسبما ذكر التقرير.»، «…، وذلك بحسب ما أعلنه X.»).
    With no overt subject the verb must show its agreement (ذكرت، أعلنوا), not be an agentless
    passive (بحسب ما ذُكر), and follow «according to what»."""
    toks = art.toks
    for s0, s_end in art.sent_tok:
        for comma in range(s0 + MIN_CLAUSE, s_end - 2):
            nxt = toks[comma + 1]
            if nxt.cue is None and nxt.norm not in SOURCE_OPENERS or not _before_source(toks, comma):
                continue  # (the cheap test first: most tokens open no source)
            v = _trailing_verb(toks, comma, s_end)
            cue = None if v is None else toks[v].cue or verb_with_object(toks[v].text)
            if cue is None or cue.kind != VERB:
                continue
            a = _clause_start(toks, s0, comma)
            if a is None \
                    or any(art.is_claimed(toks[k].start) for k in range(a, v + 1)) \
                    or any(_reporting(art, k) for k in range(a, comma)):
                continue
            np_end = _subject_end(art, v, s_end)
            np = verb_subject(art, v, np_end)
            unmarked = toks[comma].is_word  # no comma before the source: its subject must close the clause
            if np is not None and np.words:
                if unmarked and not (_ends_sentence(toks, np.end, s_end)
                                     or np.end < s_end and toks[np.end].text in SEPARATORS):
                    continue  # «… حسبما يقول وعوقب بالإيقاف …»: no source phrase, a clause goes on
                if toks[comma + 1].norm in SOURCE_MARKERS or _ends_sentence(toks, np.end, s_end):
                    sp = res.resolve_np(np, toks[v].start, np_end)
                else:
                    continue  # «…، قال الوزير إن …»: the verb reports a clause of its own
            elif toks[comma + 1].norm in ACCORDING and (cue.feminine or cue.plural):
                sp = elided(art, res, v)
            else:
                continue
            end = toks[comma].start if toks[comma].norm == THAT_IS else toks[comma + 1].start  # «…، وذلك بحسب ما»
            c0, c1 = trim(art.text, toks[a].start, end)
            seg = segment_at(art.seg_at, toks[a])
            if seg is not None and seg.closed and seg.open == c0 and seg.close == c1 - 1:
                (c0, c1), typ = trim(art.text, *seg.inner), "direct"  # «"…"، قال الوزير»
            else:
                typ = content_type(art.text, c0, c1, art.segments, toks, art.ent_spans)
            emit(sp, toks[v], Content(c0, c1, typ, f"according+after:{typ}"), 0.7)
            art.claim(toks[a].start, toks[np_end - 1].end)


def quote_then_source(art: Context, res: Resolver,
                      emit: Callable[[Speaker, Tok | None, Content, float], None]) -> None:
    """A sentence that is one quotation, then a sentence opening with a report verb and its
    subject that report nothing else («"لا نريد الحرب". يقول الوزير.»، «…». يقول الشيف، مضيفا …):
    the subject is the quotation's speaker."""
    toks = art.toks
    for (p0, p_end), (s0, s_end) in zip(art.sent_tok, art.sent_tok[1:]):
        if p_end - p0 < 3 or s0 >= s_end or art.is_claimed(toks[p0].start):
            continue
        seg = segment_at(art.seg_at, toks[p0])
        cue = toks[s0].cue
        if seg is None or not seg.closed or seg.tokens[1] + 1 < p_end - 1 or seg.words < 3 \
                or cue is None or cue.kind != VERB or cue.conjunction:
            continue
        np_end = _subject_end(art, s0, s_end)
        np = verb_subject(art, s0, np_end)
        if np is None or not np.words or _reports_more(art, np.end, s_end):
            continue
        c0, c1 = trim(art.text, *seg.inner)
        emit(res.resolve_np(np, toks[s0].start, np_end), toks[s0], Content(c0, c1, "direct", "quote+source:direct"), 0.7)
        art.claim(seg.open, toks[np_end - 1].end)


ON, EXTENT = _n("على"), _n("حد")  # «على حد قوله»، «على حد تعبير X»: as he / X put it


def as_put_by(art: Context, res: Resolver,
              emit: Callable[[Speaker, Tok | None, Content, float], None]) -> None:
    """A quotation that no rule claimed and that «على حد قول X» or «على حد تعبيره» (as X put it)
    follows, after a comma or none («"…"، على حد قول رئيس الجمعية»، «من "…" على حد قولها»):
    X's words, or those of the last speaker the pronoun agrees with."""
    toks = art.toks
    for seg in art.segments:
        if not seg.closed:
            continue
        k = seg.tokens[1] + 1
        k += k < len(toks) and toks[k].text in "،,"
        if k + 2 >= len(toks) or toks[k].norm != ON or toks[k + 1].norm != EXTENT \
                or art.is_claimed(seg.open) or is_term(seg, toks, art.ent_spans):
            continue
        found = _put_by(art, res, k + 2)
        if found is None:
            continue
        sp, end = found
        c0, c1 = trim(art.text, *seg.inner)
        if c1 > c0:
            emit(sp, toks[k + 2], Content(c0, c1, "direct", "quote+as-said:direct"), 0.7)
            art.claim(seg.open, toks[end - 1].end)


def _put_by(art: Context, res: Resolver, k: int) -> tuple[Speaker, int] | None:
    """(speaker, end token) of «قوله / تعبيرها» or «قول X» at token k, after «على حد»."""
    toks = art.toks
    if own_words(toks[k]) is not None:
        sp = _pronoun_owner(res, toks[k], toks[k].start)
        return (sp, k + 1) if sp is not None else None
    if toks[k].norm not in OWN_WORDS:
        return None
    np_end = _subject_end(art, k, art.sentence_limit(k))
    np = read_np(toks, k + 1, np_end, art.seg_at, art.entity)
    return (res.resolve_np(np, toks[k].start, np_end), np_end) if np.words else None


SEPARATORS = ("،", ",", "؛")
THAT_IS = _n("وذلك")  # «…، وذلك بحسب ما ذكرته X»: the clause ends before it


def _before_source(toks: list[Tok], k: int) -> bool:
    """Token k ends the clause that a trailing source may report: a comma or a semicolon («…؛ بحسب
    ما ذكر المحلل»), or a word right before «according to what» («… حسبما ذكر التقرير»، «… بحسب
    ما أعلنت الوزارة»; not before «كما», which compares inside a clause: «نعمل كما قال الوزير»)."""
    if toks[k].text in SEPARATORS:
        return True
    after = toks[k + 1]
    return toks[k].is_word and (after.norm in WHAT_SAID or after.norm in ACCORDING and toks[k + 2].norm in WHAT)


def _trailing_verb(toks: list[Tok], comma: int, s_end: int) -> int | None:
    """The report verb of a source after token `comma` (`_before_source`): «، بحسب ما أعلنه X»، «، حسبما
    أعلن X», or after a mark a bare verb («"…"، قال الوزير.»، «…، ذكرت السلطات.»), which the caller
    takes only when its subject ends the sentence."""
    k = comma + 1
    if toks[k].norm in ACCORDING and k + 2 < s_end and toks[k + 1].norm in WHAT:
        return k + 2
    if toks[k].norm in ACCORDING_WHAT and k + 1 < s_end:
        return k + 1
    cue = toks[k].cue
    if cue is None or cue.kind != VERB or toks[comma].is_word:
        return None  # a bare verb only after a mark
    return None if cue.conjunction else k  # «، ويضيف»: a new clause


def _ends_sentence(toks: list[Tok], k: int, s_end: int) -> bool:
    """Nothing but punctuation, time words and an addressee («للصحافيين»، «لوكالة فرانس برس»)
    follows token k in its sentence."""
    k = _past_time_words(toks, k, s_end)
    if k < s_end and toks[k].is_word and toks[k].norm.startswith("ل"):
        k = next((j for j in range(k + 1, s_end) if not toks[j].is_word), s_end)
    return all(not t.is_word or t.norm in TIME_WORDS for t in toks[k:s_end])


def _past_time_words(toks: list[Tok], k: int, s_end: int) -> int:
    """The first token from k on that is no time word («الخميس»، «أمس»)."""
    while k < s_end and toks[k].norm in TIME_WORDS:
        k += 1
    return k


def _reports_more(art: Context, k: int, s_end: int) -> bool:
    """The verb whose subject ends at token k reports content of its own: a complementiser, a
    colon or a quotation comes next («يقول الوزير إن …»، «يقول الوزير: …»), not a description,
    a participle or a second verb («… يقول الشيف، ويضيف: …»)."""
    toks = art.toks
    k = _past_time_words(toks, k, s_end)
    return k < s_end and (is_complementiser(toks, k) or toks[k].text == ":"
                          or segment_at(art.seg_at, toks[k]) is not None)


def _subject_end(art: Context, v: int, s_end: int) -> int:
    """Where the subject after the trailing source's verb ends: at the first punctuation, past
    a short name in quotation marks («وفقا لما أوردته "الوطن"»، «حسبما ذكرت صحيفة «غارديان»
    البريطانية») and the dot of an abbreviated title («د.»)."""
    toks = art.toks
    k = v + 1
    while k < s_end:
        t = toks[k]
        seg = segment_at(art.seg_at, t) if not t.is_word else None
        if seg is not None and seg.closed and 0 < seg.words <= QUOTED_NAME_WORDS and seg.tokens[0] == k + 1:
            k = seg.tokens[1] + 1
        elif t.is_word or t.text == "." and toks[k - 1].text in ABBREVIATED_TITLES:
            k += 1
        else:
            break
    return min(k, s_end)


def _reporting(art: Context, k: int) -> bool:
    """Token k is a report verb of the clause itself («أعلن السودان انعقاد …، بحسب ما نقلت
    وكالة»: the source transmits that report, whose own content is a noun phrase)."""
    cue = art.toks[k].cue
    return cue is not None and cue.kind == VERB and not art.negated(k) and not not_speech(art, k)


def _clause_start(toks: list[Tok], s0: int, comma: int) -> int | None:
    """First token of the clause that a trailing source reports: the sentence's start, after a
    lone و and after an opening «يذكر أن»; None when fewer than MIN_CLAUSE words remain."""
    a = s0
    if toks[a].text in ("و", "ف"):
        a += 1
    comp = next((k for k in range(a, min(comma, a + OPENING)) if is_complementiser(toks, k)), None)
    if comp is not None:
        a = comp + 1
    return a if sum(1 for t in toks[a:comma] if t.is_word) >= MIN_CLAUSE else None
