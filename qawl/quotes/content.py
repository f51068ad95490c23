"""Where reported content starts and ends, and its type.

Content follows a trigger after the cue and its subject: a complementiser
(إن / أن / بأن / إنه … / من أن), a colon, or a quotation mark. It ends at the end of
the sentence or where a clearly separate clause starts (a participle continuation, a
new report verb, «، وذلك»، «، فيما»، «، لكنه»، «نقلا عن» …)."""
from __future__ import annotations

import bisect
import math
from functools import lru_cache
from typing import Callable

from dataclasses import dataclass

from ..normalise import normalise
from .cues import NOUN, OBJECT_FIRST, OBJECT_PRONOUNS, PARTICIPLE, VERB, verb_with_object
from .marks import QUOTE_CHARS, TERMINATORS, Segment, Tok

_n = lru_cache(maxsize=None)(normalise)  # also used on literals inside loops
PRONOUN_SUFFIXES = ("", "ه", "ها", "هم", "هما", "نا", "هن", "ني")
COMPLEMENTISERS = {_n(base) + s for base in ("إن", "أن", "بأن", "لأن") for s in PRONOUN_SUFFIXES} - {_n("لأن")}
BECAUSE = {c for c in COMPLEMENTISERS if c.startswith("ل")}  # «لأنه»، «لأنها» (because): no report's complementiser
# «شدد على أهمية التسجيل، وأنه لن …»: a clause coordinated after the verb's nominal complement
COORDINATED_COMPLEMENTISERS = {"و" + c for c in COMPLEMENTISERS}
# "أن" after these is not reporting content (قبل أن، يجب أن …)
NOT_AFTER = {_n(w) for w in ("قبل", "بعد", "دون", "منذ", "يجب", "يمكن", "ينبغي", "بد", "إلا", "لكن", "ولكن",
                             "رغم", "برغم", "بعد", "حتى", "يريد", "تريد", "يرفض", "بمجرد", "يحاول", "عسى")}
# According to, a source after it: «، بحسب قولها، …» (an aside), «، وحسب ما أفاد X بأن …» (the source of
# what follows); also subjects.ACCORDING
ASIDES = {_n(w) for w in ("حسب", "بحسب", "وحسب", "وبحسب", "وفق", "وفقا", "وفقاً", "ووفقا", "ووفقاً")}
# Words that end the reported clause («، من جهته أشار X إلى أن»: another speaker's turn)
CLAUSE_BREAKS = ASIDES | {_n(w) for w in (
    "فيما", "وفيما", "بينما", "وذلك", "مع العلم", "لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "إلا", "نقلا", "نقلاً",
    "ثم", "في حين", "في الوقت", "وفي الوقت", "بدوره", "بدورها", "من جهته", "من جهتها", "من جانبه", "من جانبها",
    "من ناحيته", "من ناحيتها", "ومن جهته", "ومن جهتها", "ومن جانبه", "ومن جانبها")}
# Of those, the ones that go on with the reported content unless a report cue follows them:
# «… ثلاث حالات، فيما يشتبه بإصابة ست أخرى» (still the source's words) but «، فيما قال …».
# «، في الوقت الذي يؤكد فيه النادي أن …» (while) is another's report, «، في الوقت الذي تنتظر …» is not.
CONTINUING_BREAKS = {_n(w) for w in ("فيما", "وفيما", "إلا", "لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "في الوقت",
                                     "وفي الوقت")}
CUE_REACH = 5  # words after such a break word in which a report cue ends the content there
# Words that open a clause whose report verb follows them: «، كما أكد أن …»، «، حيث قال …»،
# «… لكنه أضاف أن …»، «، فقد قال: …». Without the verb they may continue the content (، حيث …).
REPORT_OPENERS = {_n(w) for w in ("كما", "وكما", "حيث", "لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "فقد", "وقد",
                                  "ثم", "بل", "فيما", "بينما", "وبينما")}  # «… "…" فيما أوضحت الناطقة X أن»: another's report
# كان and its sisters (with و / ف): what follows one is its predicate (an accusative after one is
# no circumstantial report, a temporal clause no report of its own)
COPULAS = {_n(c + w) for w in ("كان", "كانت", "يكون", "تكون", "أصبح", "أصبحت", "بات", "باتت", "ظل", "ظلت",
                                "صار", "صارت", "ليس", "ليست", "مازال", "لايزال") for c in ("", "و", "ف")}
# The passive's auxiliary: the cue word after it is a verbal noun with no agent («تم نقل المصابين»).
PASSIVE_AUXILIARIES = {_n(c + w) for w in ("تم", "يتم", "سيتم") for c in ("", "و", "ف")}
# A report with its own subject in a temporal clause inside the content is the narrator's
# («… أمس بعد أن قالت أنقرة إنها …»، «… بعدما ذكرت الشركة أن …»): the content ends before it.
SUBORDINATORS = {_n(w) for w in ("بعدما", "عندما", "حينما")}
BEFORE_THAT = {_n(w) for w in ("بعد", "قبل")}  # «بعد أن قالت …»
THAT_WORD = _n("أن")
RELATIVE_PRONOUNS = {_n(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين")}  # (subjects.RELATIVES has more)
# «… أن الوقت ينفد بالقول "…"»: the words that bear the reported clause out are a quote of their own
# (in clausal content only: inside verbatim speech «بقوله» cites someone within the speaker's words)
BY_SAYING = {_n(w) for w in ("بقوله", "بقولها", "بقولهم", "بقولهما", "بالقول")}
AMMA = {_n(w) for w in ("أما", "وأما")}  # «أما X فـ…»: a topic, ended by the ف of its clause
CONTRASTIVES = {_n(w) for w in ("لكن", "ولكن", "غير", "إلا")}  # «، لكن X قال»، «، غير أن X ترى»
TOPIC_REACH = 8  # words between أما (or لكن …) and the verb of its clause
VERB_NEGATIONS = {_n(w) for w in ("لم", "لا", "لن", "ما")}  # before a verb (context.NEGATIONS also has عدم …)
THEN, EXCEPT, CONCESSIVE = _n("ثم"), _n("إلا"), _n("رغم")
NO_COMMA_BREAKS = {_n(w) for w in ("نقلا", "نقلاً", "بحسب", "وفقا", "وفقاً")}
WHAT = {_n(w) for w in ("ما", "لما")}  # «بحسب ما أعلنه X»: according to what
CAME_IN = {_n(c + w) for c in ("", "و", "ف") for w in ("جاء", "ورد")}  # «ما جاء في البيان»: what a text says
# Speech nouns whose pronoun stands for their speaker: «بحسب قوله»، «حسب تعبيرها»، «وفقا لتصريحاتهم»
OWN_WORDS = {_n(w) for w in ("قول", "رأي", "تعبير", "تصريح", "تصريحات", "كلام", "حديث", "عبارة", "عبارات", "رواية",
                             "وصف")}
PREPOSITIONS_BEFORE_QUOTE = {_n(w) for w in ("عن", "على", "إلى", "الى", "من", "في", "ب", "بـ", "ل", "لـ")}
TO = {_n("إلى"), _n("الى")}  # إلى as written (also «إلى أن»: until; «نقل … إلى»: moving)
# Heads that make a following short quoted segment a name or a term, not speech.
NAME_HEADS = {_n(w) for w in (
    "صحيفة", "جريدة", "مجلة", "موقع", "قناة", "وكالة", "شبكة", "إذاعة", "برنامج", "تلفزيون", "منظمة", "حركة",
    "حزب", "تنظيم", "جماعة", "مجموعة", "جبهة", "ميليشيا", "ميليشيات", "فصيل", "شركة", "مؤسسة", "هيئة",
    "جمعية", "مركز", "معهد", "مشروع", "عملية", "خطة", "مبادرة", "اتفاق", "اتفاقية", "صفقة", "قانون", "كتاب",
    "فيلم", "حملة", "مؤتمر", "قمة", "منتدى", "تحالف", "لواء", "كتائب", "وسم", "هاشتاغ", "هاشتاج", "مقاتلي",
    "عناصر", "مسمى", "اسم", "بعنوان", "عنوان", "يسمى", "يعرف", "يوصف", "تسمى", "تعرف", "سمي", "طيران", "فندق",
    "مطار", "سفينة", "ناقلة", "مبادرة", "تطبيق", "مجلس", "اسم", "ملف", "قضية")}
SHORT_QUOTE = 3  # a quoted segment of this many words or fewer may be a term or a fragment
TITLE_WORDS = 8  # words of a name or title in quotation marks after a bare naming head («كتاب "…"»)


@dataclass
class Content:
    start: int
    end: int
    type: str
    rule: str
    segment: Segment | None = None


# «إن وجد» (if any): the conditional إن before a verb, which the complementiser إنّ never takes
IF_ANY = {_n(w) for w in ("وجد", "وجدت", "وجدا", "وجدتا", "وجدوا")}
IF = _n("إن")


def is_complementiser(toks: list[Tok], i: int) -> bool:
    """The token at i is a complementiser: not «أن» after a word that takes the subjunctive
    (NOT_AFTER: قبل أن، يجب أن) nor the «إن» of «إن وجد» (if any: «وكشف درجات … إن وجدت»)."""
    t = toks[i]
    if t.norm not in COMPLEMENTISERS or "آ" in t.text:  # «آن ماري»: a name, never أن or إن
        return False
    if t.norm == IF and i + 1 < len(toks) and toks[i + 1].norm in IF_ANY:
        return False
    prev = toks[i - 1].norm if i > 0 else ""
    return prev not in NOT_AFTER


def segment_at(segments_by_open: dict[int, Segment], tok: Tok) -> Segment | None:
    return segments_by_open.get(tok.start) if tok.text in QUOTE_CHARS else None


def is_term(seg: Segment, toks: list[Tok], entity_spans: list[tuple[int, int]]) -> bool:
    """A short quoted segment that names something (a paper, an organisation, a term).
    `entity_spans`: (start, end) of the entities, sorted and disjoint."""
    if not seg.closed:
        return False
    a, _ = seg.tokens
    prev = toks[a - 2] if a >= 2 else None
    if seg.words > SHORT_QUOTE:  # «صحيفة "لو جورنال دو ديمانش"»، «كتاب بعنوان "…"»: a longer name or title
        return seg.words <= TITLE_WORDS and prev is not None and prev.is_word \
            and (_bare_name_head(prev) or _head_repeated(prev, toks[a]))
    if prev is not None and prev.norm == "ل":  # قال لـ«عكاظ»: the addressee
        return True
    if prev is not None and prev.norm == "ب" and a >= 3:  # يوصف بـ"…"، ما يسمى بـ"…"
        prev = toks[a - 3]
        if prev.cue is not None and prev.cue.kind == VERB and prev.cue.lemma in OBJECT_FIRST and prev.cue.object:
            return False  # «وصفه بـ"…"»، «ما وصفته بـ"…"»: the description it reports, even a named one
    inner = seg.inner
    # spans are sorted and disjoint, so the last one starting by the opening ends furthest
    k = bisect.bisect_right(entity_spans, (inner[0] + 1, math.inf))
    named = k > 0 and entity_spans[k - 1][1] >= inner[1] - 1
    if prev is not None and prev.is_word:
        p = prev.norm
        if p.startswith("ال") and p[2:] in NAME_HEADS:
            # «الحركة "الشعبية"» names; «الخطة "خطوة مهمة"»، «الخطة "ستنجح"» is a predicate
            return named or _definite(toks[a])
        if _bare_name_head(prev):
            return True
    return named


def _head_repeated(prev: Tok, first: Tok) -> bool:
    """A definite naming head that the quoted name opens with: «قوات التحالف "تحالف دعم الشرعية …"»."""
    return prev.norm.startswith("ال") and prev.norm[2:] in NAME_HEADS and first.norm == prev.norm[2:]


def _bare_name_head(t: Tok) -> bool:
    """A naming head without the article, which the name in quotation marks completes."""
    return t.norm in NAME_HEADS or t.norm.lstrip("وفبل") in NAME_HEADS


def owned_name_head(t: Tok) -> bool:
    """A naming head without the article or with a possessive pronoun («كتابه»، «حملتها»، «بعنوان»; a
    ة before the pronoun is written ت): a quotation after it is the name or title of what it heads,
    however long."""
    bare = t.norm.lstrip("وفبل")
    return _bare_name_head(t) or any(bare.endswith(p) and bare[:-len(p)] in NAME_HEADS
                                     or bare.endswith("ت" + p) and bare[:-len(p) - 1] + "ه" in NAME_HEADS
                                     for p in OBJECT_PRONOUNS)


def _definite(t: Tok) -> bool:
    return t.is_word and t.norm.lstrip("وفب").startswith("ال")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces, trailing . ، , ؛ : and quotation marks left unbalanced."""
    while start < end and (text[start].isspace() or text[start] in "،,:"):
        start += 1
    while True:
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".،,؛;:-–"):
            end -= 1
        if end > start and text[end - 1] in QUOTE_CHARS and not _balanced(text[start:end]):
            end -= 1
            continue
        break
    while start < end and text[start] in QUOTE_CHARS and not _balanced(text[start:end]):
        start += 1
        while start < end and text[start].isspace():
            start += 1
    return start, end


def _balanced(span: str) -> bool:
    return span.count('"') % 2 == 0 and span.count("«") == span.count("»") and span.count("“") == span.count("”")


def clause_end(toks: list[Tok], i: int, limit: int, segments_by_open: dict[int, Segment],
               has_trigger, names_source: Callable[[int], bool], clausal: bool = False) -> int:
    """Token index where content starting at token i stops (exclusive). In `clausal` content
    (after أن / إن) «، ثم» goes on with the reported clause («سترتفع الفائدة، ثم تتدرج …»);
    elsewhere (speech after a colon) it returns to the narration. `names_source` tells whether a
    word after «according to» names where a report comes from (`_no_source`)."""
    j = i
    open_until = -1  # where a quotation left open inside the content stops
    while j < limit:
        t = toks[j]
        seg = segment_at(segments_by_open, t)
        if seg is not None and seg.closed:
            j = max(j + 1, seg.tokens[1] + 1)
            continue
        if seg is not None:
            open_until = max(open_until, seg.close)
        if j > i and t.text in "،,؛;" and j + 1 < limit:
            nxt = toks[j + 1]
            two = nxt.norm + " " + toks[j + 2].norm if j + 2 < limit else ""
            cue = nxt.cue
            if nxt.norm in ASIDES:  # «، بحسب قولها، …»: a short aside inside the clause
                close = next((k for k in range(j + 2, min(limit - 1, j + 7)) if toks[k].text in "،,"), None)
                if close is not None and toks[close + 1].is_word:
                    j = close + 1
                    continue
            if (nxt.norm in CLAUSE_BREAKS or two in CLAUSE_BREAKS) and not (clausal and nxt.norm == THEN) \
                    and not _no_source(toks, j + 1, limit, names_source) \
                    and not (nxt.norm == EXCEPT and _concessive(toks, i)) \
                    and not ((nxt.norm in CONTINUING_BREAKS or two in CONTINUING_BREAKS)
                             and not _cue_within(toks, j + 2, limit, has_trigger)):
                return j
            if cue is not None and (cue.kind == PARTICIPLE or cue.kind == VERB and has_trigger(j + 1)) \
                    and not (clausal and cue.kind == VERB and not cue.conjunction and _subject_only(toks, i, j)):
                return j  # «، مضيفا لوكالة … أنه»: a participle after a comma always opens a clause (but in
                # «أن الزعيم الكوري، كيم، أعرب عن …» the verb is the reported clause's own predicate)
            if _opens_report(toks, j + 1, limit, has_trigger) or _topic_report(toks, j + 1, limit, has_trigger) \
                    or _adjunct_report(toks, j + 1, limit, has_trigger):
                return j  # «، كما أكد أن …»، «، أما الثالث فقال: …»، «، وعن الطموح قال: …» start a new report;
                # «، كما وقع لها» does not
        if j > i and t.norm in NO_COMMA_BREAKS and not _no_source(toks, j, limit, names_source):
            return j
        if clausal and j > i and t.start >= open_until and sentence_end(toks, j, limit):
            return j  # «… عليها « . وشدد على …»: a mark left open before the content kept the sentence going
        if j > i + 1 and t.is_word:
            if _opens_report(toks, j, limit, has_trigger) or t.norm in CONTRASTIVES and _topic_report(toks, j, limit, has_trigger):
                return j  # «… لكنه أضاف "…"»، «… "بداية جيدة" لكن مجموعة من المنظمات قالت إن …»
            if clausal and (_subordinate_report(toks, j, limit, segments_by_open, has_trigger)
                            or t.norm in BY_SAYING and has_trigger(j)
                            or _relative_report(toks, i, j, limit, has_trigger)):
                return j  # «… أمس بعد أن قالت أنقرة إنها …»، «… بالقول "…"»، «… التي قال إنها»: a report of its own
            cue = t.cue
            if cue is not None and (cue.kind == VERB and cue.conjunction or cue.kind == PARTICIPLE) \
                    and has_trigger(j):
                return j  # «… وأضاف أن …»، «…" مؤكدة أن …»: a new report starts
        j += 1
    return limit


def sentence_end(toks: list[Tok], j: int, limit: int) -> bool:
    """Token j ends a sentence inside the limit: a terminator (. ! ؟) with a word after it past a
    space. The sentence splitter ends sentences there too, unless a quotation mark left open
    earlier in the line keeps the quotation going; a reported clause still ends there (none of
    the golds' indirect or mixed quotes runs over one outside quotation marks). Not dots in a row
    (a pause: «طبيعي.. الكوارث»), nor the dot after a lone letter (an abbreviation: «د. محمد»).
    (An acronym's last dot, «أيه.إم.دي.», ends its sentence more often than not.)"""
    t = toks[j]
    if t.text not in TERMINATORS or j + 1 >= limit \
            or t.text == "." and (toks[j + 1].text == "." or j > 0 and toks[j - 1].text == "."):
        return False
    k = j + 1
    while k < limit and toks[k].text in TERMINATORS:
        k += 1
    while k < limit and toks[k].text in QUOTE_CHARS + ")]" and toks[k].start == toks[k - 1].end:
        k += 1
    if k >= limit or toks[k].start == toks[k - 1].end or not toks[k].is_word:
        return False
    return not (t.text == "." and j > 0 and toks[j - 1].is_word and len(toks[j - 1].text) == 1)


def _no_source(toks: list[Tok], k: int, limit: int, names_source: Callable[[int], bool]) -> bool:
    """Token k (وفقا، بحسب …) cites no source, so the reported clause goes on through it: what it
    governs is a rule or what a thing varies with, a common noun or a verbal noun («وفقا للمعايير»،
    «بحسب الحالة»، «حسب نوع السيارة»، «وفق ما تتيحه الأنظمة»، «بحسب جنسياتهم»), not a source: a
    person, a body, an outlet or a report that `names_source` knows («وفقا لرويترز»، «بحسب الشرطة»،
    «حسب التقارير»), a speech noun with its speaker's pronoun («بحسب قوله») or «according to what»
    with a report verb («وفقا لما ذكرته الوكالة»)."""
    if k + 1 >= limit or toks[k].norm not in ASIDES or not toks[k + 1].is_word:
        return False
    if k > 0 and toks[k - 1].text in TERMINATORS:
        return False  # «….وفقا للفرنسية»: after a full stop with no space, no part of the clause before it
    head = toks[k + 1]
    if head.norm == LAM:  # «وفقا لـ"واس"»: a quoted name
        return k + 2 < limit and toks[k + 2].is_word and not names_source(k + 2)
    if head.norm in WHAT:
        verb = toks[k + 2] if k + 2 < limit else head
        return verb_with_object(verb.norm) is None and verb.norm not in CAME_IN \
            and not any(names_source(m) for m in range(k + 2, min(limit, k + 2 + WHAT_REACH)))
    return own_words(head) is None and head.norm not in OWN_WORDS and verb_with_object(head.norm) is None \
        and not names_source(k + 1)


LAM = _n("لـ")
WHAT_REACH = 3  # words after «according to what» where its report verb or its source stands


def own_words(t: Tok) -> str | None:
    """The pronoun on a speech noun that stands for its speaker («قوله»، «رأيها»، «تصريحاتهم»), if any."""
    return next((p for p in OBJECT_PRONOUNS if t.norm.endswith(p) and t.norm[:-len(p)] in OWN_WORDS), None)


def _cue_within(toks: list[Tok], k: int, limit: int, has_trigger) -> bool:
    """A report cue among the CUE_REACH tokens from token k: a verb or a participle, or a noun
    with content of its own («، فيما مثل البيان … على أن …»; but «، إلا بعد إبرازهم تصريحا من
    …» is still the reported clause)."""
    return any(t.cue is not None and (t.cue.kind != NOUN or has_trigger(m))
               for m, t in enumerate(toks[k:min(limit, k + CUE_REACH)], start=k))


def _subject_only(toks: list[Tok], i: int, j: int) -> bool:
    """Tokens [i, j) are a definite noun phrase with a name in apposition and commas, no verb: the
    subject of a reported clause still waiting for its predicate."""
    words = [t for t in toks[i:j] if t.is_word]
    return 1 < len(words) <= SUBJECT_WORDS and all(t.text in "،," or t.is_word and t.cue is None for t in toks[i:j]) \
        and words[0].norm.startswith("ال") and any(t.text in "،," for t in toks[i:j])


SUBJECT_WORDS = 8  # words of a reported clause's subject with its apposition


def _concessive(toks: list[Tok], i: int) -> bool:
    """Content that opens with «(على) (ال)رغم من …», whose «، إلا أن …» is its main clause."""
    return any(t.norm.lstrip("وب").removeprefix("ال") == CONCESSIVE for t in toks[i:i + 3])


def _opens_report(toks: list[Tok], k: int, limit: int, has_trigger) -> bool:
    """Token k is a clause opener (REPORT_OPENERS) right before a report verb with content, or
    before a negated one («… لكنه لم يذكر اسم أي منها»: what the speaker did not say)."""
    if toks[k].norm not in REPORT_OPENERS or k + 1 >= limit:
        return False
    cue = toks[k + 1].cue
    if cue is None and toks[k + 1].norm in VERB_NEGATIONS and k + 2 < limit:
        cue = toks[k + 2].cue
        return cue is not None and cue.kind == VERB
    return cue is not None and cue.kind == VERB and has_trigger(k + 1)


def _subordinate_report(toks: list[Tok], k: int, limit: int, segments_by_open: dict[int, Segment],
                        has_trigger) -> bool:
    """Token k opens a temporal clause (بعد أن، قبل أن، بعدما، عندما، حينما) whose verb has a subject
    of its own and reports content: «… بعدما ذكرت الشركة أن …»، «… بعدما ذكرت "إينوك" أن …». Not the
    predicate of a copula («كانت المفاجأة عندما أصر …»), nor a verb addressed to someone («بعد أن
    أخبرها الطبيب أن»: what the speaker was told is part of the account), nor one with no noun
    right after it («حينما أوضح بأن»، «بعدما أكد على …»، «عندما قال "…"»: its subject is elided,
    often someone else's)."""
    if toks[k - 1].norm in COPULAS:
        return False
    if toks[k].norm in BEFORE_THAT and k + 1 < limit and toks[k + 1].norm == THAT_WORD:
        k += 1
    elif toks[k].norm not in SUBORDINATORS:
        return False
    if k + 2 >= limit:
        return False
    cue, after = toks[k + 1].cue, toks[k + 2]
    name = segment_at(segments_by_open, after)  # a short quoted name: «ذكرت "إينوك" أن»
    subject = name is not None and name.closed and name.words <= SHORT_QUOTE \
        or after.is_word and after.norm not in COMPLEMENTISERS and after.norm not in PREPOSITIONS_BEFORE_QUOTE
    return cue is not None and cue.kind == VERB and not cue.conjunction and not cue.object \
        and cue.lemma not in OBJECT_FIRST and subject and has_trigger(k + 1)


def _adjunct_report(toks: list[Tok], k: int, limit: int, has_trigger) -> bool:
    """Token k (after a comma) is و with a preposition that fronts a short phrase before a report verb
    with content, which opens the next turn of an account: «، وعن أدائها في المسلسل قال …»، «، وفي هذا
    الإطار قال X إنه …»، «، وقبل نهاية حديثه أكد أن …»."""
    if toks[k].norm not in FRONTED_ADJUNCTS:
        return False
    for m in range(k + 1, min(limit, k + 1 + ADJUNCT_WORDS + 1)):
        t = toks[m]
        if not t.is_word or t.norm in COMPLEMENTISERS or t.norm in RELATIVE_PRONOUNS:
            return False  # (the verb of «، ومن خلال معسكر إيطاليا الذي اختتم» is the relative clause's)
        if t.cue is not None:
            return m > k + 1 and t.cue.kind == VERB and not t.cue.conjunction and has_trigger(m)
    return False


# و + a preposition that fronts an adjunct or a topic («، وعن X قال»، «، وفي ختام كلمته أكد»)
FRONTED_ADJUNCTS = {_n("و" + w) for w in ("في", "عن", "على", "من", "خلال", "بعد", "قبل", "حول", "بشأن", "بخصوص")}
ADJUNCT_WORDS = 5  # words of such a phrase before its report verb


def _relative_report(toks: list[Tok], i: int, k: int, limit: int, has_trigger) -> bool:
    """Token k, at least CLAUSE_BEFORE_RELATIVE words after the content's start at i, is a relative
    pronoun right before a report verb whose complementiser follows it at once (its subject elided):
    «… بالمنازل التي قال إنها "…"»، «… في أحد الأقبية، التي قالت إن القصف استهدفها». The relative
    clause is a report of its own, not part of the content. Not nearer the start, where it still
    describes the reported clause's subject («أن موكله، الذي أكد أنه تعاون …، استهدف»), nor with
    a verb that describes its object («التي وصفها بأنها») or the masculine imperfective that reads
    as the impersonal passive («الذين يُعتقد أنهما»)."""
    if toks[k].norm not in RELATIVE_PRONOUNS or k + 2 >= limit \
            or sum(t.is_word for t in toks[i:k]) < CLAUSE_BEFORE_RELATIVE:
        return False
    verb, cue = toks[k + 1], toks[k + 1].cue
    if cue is None or cue.kind != VERB or cue.conjunction or cue.object or cue.lemma in OBJECT_FIRST \
            or verb.norm.startswith("ي") and not cue.plural:
        return False
    return toks[k + 2].norm in COMPLEMENTISERS and has_trigger(k + 1)


CLAUSE_BEFORE_RELATIVE = 5  # words of a reported clause (subject and predicate) before such a relative


def _topic_report(toks: list[Tok], k: int, limit: int, has_trigger) -> bool:
    """Token k opens a clause whose subject comes before its report verb, a few words on: أما and
    a ف-verb («أما الثالث فقال:»), or a contrast («لكن المعارضة قالت إن»، «غير أن X تعتبر أن»)."""
    amma = toks[k].norm in AMMA
    if not amma and toks[k].norm not in CONTRASTIVES:
        return False
    if toks[k].norm in (_n("غير"), _n("إلا")):
        if k + 1 >= limit or toks[k + 1].norm != _n("أن") or k > 0 and toks[k - 1].norm == _n("من"):
            return False  # (but «من غير أن يتم …»: without)
        k += 1
    for m in range(k + 1, min(limit, k + 1 + TOPIC_REACH)):
        cue = toks[m].cue
        if not toks[m].is_word:
            return False
        if cue is not None and cue.kind == VERB:
            return (cue.conjunction == "ف") == amma and m > k + 1 and has_trigger(m)
    return False


def content_type(text: str, start: int, end: int, segments: list[Segment], toks: list[Tok],
                 entity_spans: list[tuple[int, int]]) -> str:
    """indirect, or mixed when the clause holds a quoted fragment that is not a name."""
    first = bisect.bisect_left(segments, start, key=lambda s: s.open)  # segments are in opening order
    for s in segments[first:bisect.bisect_left(segments, end, key=lambda s: s.open)]:
        if s.close < end and s.closed and not is_term(s, toks, entity_spans):
            return "mixed"
    return "indirect"
