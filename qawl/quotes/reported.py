"""Stage 4 of the engine: the reported content of a report — where it starts after the
trigger, where it ends, and whether it is direct, indirect or mixed speech."""
from __future__ import annotations

import bisect
from typing import Callable

from .content import (COMPLEMENTISERS, COORDINATED_COMPLEMENTISERS, SHORT_QUOTE, PREPOSITIONS_BEFORE_QUOTE, Content,
                      clause_end, content_type, is_term, segment_at, sentence_end, trim)
from .context import Context
from .cues import NOUN, VERB
from .reports import unmarked_clause
from .subjects import ACCORDING, subject_before
from .marks import QUOTE_CHARS, TERMINATORS, Segment, Tok
from .plausible import DIVINE_NAME, PROPHET_HEADS
from .speakers import STOP, formula_at

OPENING_WORDS = 5  # tokens at the start of a sentence where a report of its own is looked for


def reported_content(art: Context, kind: str, j: int, limit: int, object_start: int,
                     through_scripture: bool = True) -> Content | None:
    """The reported content after trigger token j. A quoted fragment that is not introduced
    by a complementiser or colon belongs to the object that starts after the subject
    («تعتبر العقوبات "غير مشروعة"»). Someone's words run on over the scripture they cite
    (`cites_scripture`) unless they are scripture themselves (`through_scripture` False)."""
    toks, text = art.toks, art.text
    start = j + 1 if kind in ("comp", "colon") else j
    if kind == "small":  # the small clause ends at a bracket or the next report verb
        limit = next((k for k in range(start + 1, limit) if toks[k].text == "(" or toks[k].cue is not None
                      and toks[k].cue.kind != NOUN), limit)
    while start < limit and toks[start].norm in PREPOSITIONS_BEFORE_QUOTE and start + 1 < limit \
            and toks[start + 1].text in QUOTE_CHARS:
        start += 1
    if start >= limit:
        return None
    first = toks[start]
    seg = art.seg_at.get(first.start) if first.text in QUOTE_CHARS else None
    if kind == "described" and seg is not None:  # what the speaker called someone: the words in the marks
        a, b = trim(text, *seg.inner)
        return Content(a, b, "direct", "", seg) if b > a else None
    has_trig = triggers(art, through_scripture)
    if seg is not None and not is_term(seg, toks, art.ent_spans):
        end_tok = clause_end(toks, start, limit, art.seg_at, has_trig, art.names_source)
        tail = text[seg.close + 1:toks[end_tok - 1].end] if end_tok - 1 >= seg.tokens[1] else ""
        more = any(s.open > seg.close and s.close <= toks[end_tok - 1].end and not is_term(s, toks, art.ent_spans)
                   for s in art.segments[art.segment_index(seg) + 1:art.segment_index(seg) + 4])
        lead = object_start
        mark = seg.tokens[0] - 1
        if kind == "mark" and object_start < mark - 2 and toks[mark - 2].text in "،," \
                and toks[mark - 1].norm in PREPOSITIONS_BEFORE_QUOTE:
            lead = mark  # «وأعرب X، رئيس المنظمة، عن "…"»: the complement after the comma
        while lead < seg.tokens[0] - 1 and (toks[lead].norm in STOP or not toks[lead].is_word):
            lead += 1
        has_object = kind == "mark" and seg.words <= SHORT_QUOTE and lead < seg.tokens[0] - 1
        # «"…"، وأن …»، «"…" وحث …»: a clause of its own follows the quotation
        more = more and coordinated_after(art, seg.tokens[1]) is None \
            and not (seg.words > 3 and conjoined_word(toks, seg.tokens[1]))
        if ((seg.words > 3 and not more) or kind == "colon" or not any(ch.isalnum() for ch in tail)) \
                and not has_object:
            a, b = trim(text, *seg.inner)
            return Content(a, b, "direct", "", seg) if b > a else None
        k = lead if kind == "mark" else seg.tokens[0] - 1
        a, b = trim(text, toks[k].start, toks[end_tok - 1].end)
        return Content(a, b, "mixed", "")
    if kind == "colon":
        limit = speech_limit(art, start, limit)
    end_tok = clause_end(toks, start, limit, art.seg_at, has_trig, art.names_source, clausal=kind == "comp")
    if end_tok <= start:
        return None
    while announces_list(art, end_tok):  # «… الشروط التالية:» and the list on the next line,
        end_tok = art.line_limit(end_tok)  # which may end by announcing a list of its own
    a, b = trim(text, first.start, toks[end_tok - 1].end)
    if b <= a:
        return None
    typ = "direct" if kind == "colon" else content_type(text, a, b, art.segments, toks, art.ent_spans)
    return Content(a, b, typ, "")


INNER_REACH = 12  # tokens from the start of reported content to the verb of a report nested in it


def quoted_inner_report(art: Context, c: Content) -> bool:
    """The clause reported by `c` opens with someone and their own report in quotation marks
    («… أن المفتش العام X قال: «…»»، «بأن X أبلغ Y بأن "…"»): that inner quote is the one to
    keep, with its own speaker (the guidelines' nested speech with marks of its own)."""
    toks = art.toks
    a = bisect.bisect_left(art.starts, c.start)
    for k in range(a + 1, min(art.sentence_limit(a), a + INNER_REACH)):
        t = toks[k]
        if not t.is_word:
            continue
        cue = t.cue
        if cue is None:
            if t.norm in COMPLEMENTISERS:
                return False
            continue
        if cue.kind != VERB or cue.conjunction or art.negated(k):
            return False
        trig = art.trigger(k, cue)
        return trig is not None and _quotation_at(art, trig) and subject_before(art, k) is not None
    return False


def _quotation_at(art: Context, trig: tuple[str, int]) -> bool:
    """The trigger is a colon or complementiser right before a quotation («قال: «…»»، «قال إن "…"»)."""
    kind, j = trig
    return kind in ("colon", "comp") and j + 1 < len(art.toks) and art.toks[j + 1].text in QUOTE_CHARS \
        and art.toks[j + 1].start in art.seg_at


def coordinated_after(art: Context, k: int) -> int | None:
    """The coordinated complementiser after token k and a comma («"…"، وأن …»), if any."""
    toks = art.toks
    if k + 2 < len(toks) and toks[k + 1].text in "،," and toks[k + 2].norm in COORDINATED_COMPLEMENTISERS:
        return k + 2
    return None


def conjoined_word(toks: list[Tok], k: int) -> bool:
    """The token after token k is a word that «و» opens and joins to more letters («وحث»، «وبفضله»،
    «وهو»): after a quotation, a clause of its own, not the rest of the quoted clause."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is not None and nxt.is_word and len(nxt.norm) > 2 and nxt.norm[0] == "و"


def coordinated_clause(art: Context, seg: Segment, limit: int) -> Content | None:
    """A second clause of the same report after a quotation: «خلص التقرير إلى "…"، وأن …», or
    a clause joined by «و» that quotes again and reports nothing of its own («أكد أن "…" وبفضله
    باتت فرنسا "…"»، «دعا إلى "…" وحث الأطراف على "…"»: from the و-word, or after it when it is
    a report verb with no content of its own)."""
    toks, close = art.toks, seg.tokens[1]
    has_trig = triggers(art)
    comp = coordinated_after(art, close)
    if comp is not None:
        first = comp + 1
    elif seg.words > 3 and conjoined_word(toks, close) and not has_trig(close + 1):
        first = close + 1 + (toks[close + 1].cue is not None)
    else:
        return None
    if first >= limit:
        return None
    end_tok = clause_end(toks, first, limit, art.seg_at, has_trig, art.names_source, clausal=True)
    if comp is None and any(_opens_speech(art, k, has_trig) for k in range(first, end_tok)):
        return None  # «"…" ومضى قائلا "…"»، «"…" والوزير صرح "…"»، «"…" ووفقا لـX …»: reports of their own
    a, b = trim(art.text, toks[first].start, toks[end_tok - 1].end)
    if b <= a:
        return None
    typ = content_type(art.text, a, b, art.segments, toks, art.ent_spans)
    return Content(a, b, typ, "") if comp is not None or typ == "mixed" else None


def _opens_speech(art: Context, k: int, has_trig: Callable[[int], bool]) -> bool:
    """Token k introduces speech or a source: a report verb or participle, a speech noun with a
    trigger, a colon, «وفقا / بحسب»."""
    t = art.toks[k]
    cue = t.cue
    return t.text == ":" or t.norm in ACCORDING or cue is not None and (cue.kind != NOUN or has_trig(k))


def triggers(art: Context, through_scripture: bool = True) -> Callable[[int], bool]:
    """Whether the cue at a token has a trigger of its content (clause_end stops before such a report);
    with `through_scripture`, scripture cited inside someone's words does not end them (`cites_scripture`)."""
    return lambda x: (c := art.toks[x].cue) is not None and not (through_scripture and cites_scripture(art, x)) \
        and (art.trigger(x, c) is not None or unmarked_clause(art, x) is not None)


SCRIPTURE_SUBJECTS = {DIVINE_NAME} | PROPHET_HEADS  # «قال الله»، «قال رسول الله»


def cites_scripture(art: Context, x: int) -> bool:
    """Token x is «قال / يقول» after a comma and before God or the Prophet («…، قال تعالى»، «…، قال
    الله تعالى»، «…، يقول النبي»): a preacher's or scholar's words quote a verse or a hadith and go on
    after it. After a full stop or «كما» it is a report of its own (the writer's, or a dialogue's turn)."""
    toks = art.toks
    c = toks[x].cue
    if c is None or c.kind != VERB or c.lemma != "قال" or x + 1 >= len(toks) or not x or toks[x - 1].text not in "،,":
        return False
    return toks[x + 1].norm in SCRIPTURE_SUBJECTS or formula_at(toks, x + 1, len(toks))[1]


def speech_limit(art: Context, start: int, limit: int) -> int:
    """Verbatim speech after a colon, from token `start`, runs on from its sentence (ending at token
    `limit`) to the end of its line (a tweet's sentences), but stops before a sentence that opens
    with a report of its own («… . من جهته قال X إن …»), also after a full stop that the sentence
    splitter passed over because a quotation mark was left open before it (`sentence_end`)."""
    line_end = art.line_limit(limit - 1) if limit > 0 else limit
    k = start
    while k < line_end:
        end = min(line_end, max(k + 1, art.sentence_limit(k)))
        inner = _report_after_missed_stop(art, k, end)
        if inner is not None:
            return inner
        if end < line_end and _opens_with_report(art, end, line_end):
            return end
        k = end
    return max(limit, line_end)


def _report_after_missed_stop(art: Context, k: int, end: int) -> int | None:
    """The first word after a full stop inside the sentence from token k to `end` (one the splitter
    passed over, `sentence_end`) that opens a report of its own; not the full stops inside the
    closed quotations of someone the speaker quotes. None when there is none."""
    toks = art.toks
    x = k
    while x < end:
        t = toks[x]
        seg = segment_at(art.seg_at, t)
        if seg is not None and seg.closed:
            x = max(x + 1, seg.tokens[1] + 1)
            continue
        if t.text in TERMINATORS and sentence_end(toks, x, end):
            nxt = next(y for y in range(x + 1, end) if toks[y].is_word)
            if _opens_with_report(art, nxt, end):
                return nxt
        x += 1
    return None


def _opens_with_report(art: Context, k: int, limit: int) -> bool:
    """The sentence at token k has a report among its first OPENING_WORDS tokens, or opens with a
    report verb joined by و / ف, with content or none («… . وشدد الوزير على أهمية …»، «… . وأضاف
    البيان كما …»): in news mostly the narrator's voice again."""
    c = art.toks[k].cue
    if c is not None and c.kind == VERB and c.conjunction and not art.negated(k):
        return True
    for x in range(k, min(limit, k + OPENING_WORDS)):
        if art.toks[x].text in TERMINATORS:
            return False
        if _reports(art, x):
            return True
    return False


def _reports(art: Context, x: int) -> bool:
    """Token x is a speech verb or participle that introduces content."""
    c = art.toks[x].cue
    return c is not None and c.kind != NOUN and not art.negated(x) and art.trigger(x, c) is not None


def announces_list(art: Context, end_tok: int) -> bool:
    """Content that stops before token `end_tok` ends its line with a colon («… هي:»), which
    announces what the next line lists."""
    toks = art.toks
    return 0 < end_tok < len(toks) and toks[end_tok - 1].text == ":" \
        and "\n" in art.text[toks[end_tok - 1].end:toks[end_tok].start]
