"""The speaker of a cue with no overt subject: a verb after a relative pronoun takes its
antecedent; a participle or coordinated verb shares the subject of its sentence (the topic
after أما, an earlier speaker or report verb, the verb after قد, the verb that opens the
sentence); otherwise the cue is a pronoun reference to an earlier speaker."""
from __future__ import annotations

import bisect
from functools import lru_cache

from ..months import MONTH_WORDS
from ..normalise import normalise, split_proclitics, word_frequencies
from .apposition import extend_to_name
from .content import AMMA, COMPLEMENTISERS
from .context import Context
from .cues import NOUN, OBJECT_FIRST, PARTICIPLE, VERB, Cue
from .marks import QUOTE_CHARS, Tok
from .plausible import (PROPHET, clean_name, feminine_first_name, head_index, is_listed_role, plausible_speaker,
                        reads_as_object)
from .resolve import Resolver, Speaker, agrees, body_words
from .speakers import (COREFERRING_HEADS, DEMONSTRATIVES, GROUP_HEADS, HONORIFICS, NP, OBLIQUE_CONSTRUCTS, ORG_HEADS,
                       PRONOUN_SUBJECTS, QUANTIFIERS, REPORT_NOUNS, SOURCE_HEADS, STOP, TENS, THING_PLURALS,
                       TITLE_ADJECTIVES, behind_preposition, body_plural, counted_start, feminine_noun, feminine_plural,
                       has_preposition, is_definite, is_title, key, possessive, pronoun_object, read_np, split_role,
                       split_word, stem_of)
from .subjects import (PREPOSITION_WORDS, RELATIVES, RESUMPTIVE, SUBJECT_WINDOW, TIME_ADJECTIVES, TIME_WORDS,
                       after_preposition, blessing_after, on_statement, subject_before, time_phrase, verb_subject,
                       without_preposition)

_n = lru_cache(maxsize=None)(normalise)
OPENERS = {_n(w) for w in ("في", "المقابل", "من", "جهته", "جهتها", "جهتهم", "جانبه", "جانبها", "جانبهم", "كما",
                          "قد", "ثم", "بدوره", "بدورها", "بدورهم", "بينما", "فيما")}  # «وفي المقابل»، «من جانبهم» (و/ف too)
QAD = {_n(w) for w in ("قد", "وقد", "فقد", "لقد", "ولقد")}  # a past verb follows
TOPIC_WINDOW = 20  # tokens back from a ف-verb to the أما of its topic
RELATIVE_REACH = 10  # tokens back from a relative pronoun to the person it refers to
CLAUSE_REACH = 8  # tokens back from a person's name to the verb whose subject it is


def elided(art: Context, res: Resolver, i: int) -> Speaker:
    """The speaker of the cue at token i, which has no overt subject. In the same sentence a
    participle or coordinated verb shares its governing subject, mention included (قال بحاح
    …، مضيفا); otherwise, or after a pronoun (إلا أنها كشفت), it is a pronoun reference."""
    toks = art.toks
    cue = toks[i].cue
    if (prophet := blessed_prophet(art, i)) is not None:
        return prophet
    joined = cue is not None and bool(cue.conjunction)  # «… (آية). وقال:»: the preacher goes on
    fem = cue.feminine if cue is not None and cue.plural is False else None
    plural = cue.plural if cue is not None else None
    shared = shared_subject(art, res, i)
    if shared is not None and cue is not None and cue.kind == VERB and not agrees(shared, fem, plural):
        shared = None  # «قال الوزير …، وأضافت»: a verb of another gender has another subject
    if shared is not None and cue is not None and cue.kind == PARTICIPLE and _named_other_gender(art, shared, fem):
        shared = None  # «ينتقد رئيس الوزراء X قائلة»: nor a participle that a person's first name disagrees with
    if shared is not None and shared.mention and not (i > 0 and toks[i - 1].norm in PRONOUN_SUBJECTS):
        return shared
    prev = shared or _agreeing(sentence_subject(art, res, i), fem, plural) \
        or _agreeing(previous_subject(art, res, i), fem, plural) \
        or _agreeing(previous_document(art, res, i), fem, plural) or continued_subject(art, res, i) \
        or _agreeing(later_report_subject(art, res, i), fem, plural) \
        or res.last(toks[i].start, fem, plural, strict=True, past_cited=joined) \
        or agreeing_antecedent(art, res, i, fem, plural) or res.last(toks[i].start, fem, plural, past_cited=joined)
    if prev is not None and _continuing(cue) and not agrees(prev, fem, None):
        prev = None  # nor the last speaker of all: «وأعلنت الدولة أنها … . وقال إن» is not hers
    if prev is None:
        return agreeing_opening_subject(art, res, i) or Speaker("", "", "pronoun")
    return Speaker(prev.name, "", "pronoun", prev.role, aliases=prev.aliases, feminine=prev.feminine,
                   plural=prev.plural)


def shared_subject(art: Context, res: Resolver, i: int) -> Speaker | None:
    """The subject the cue at i shares with its sentence, as the first of SHARING_RULES finds it;
    when the output gate refuses that one (a misread word: «وأبان X الناطق … في تصريح سابق بأن …،
    مشددا» remembers «سابق» as a speaker), a recognised person a later rule finds that the gate
    lets through («وأبان X») is the subject instead."""
    found = None
    for rule in SHARING_RULES:
        if (sp := rule(art, res, i)) is not None:
            if (found is None or _recognised_person(art, sp)) and can_speak(art, sp):
                return sp
            found = found or sp
    return found


def _recognised_person(art: Context, sp: Speaker) -> bool:
    """The speaker's name is a person the recogniser found in the article, and its mention opens
    with that name or a title («الكاتب … X»; not «جدا وأنت تسمع المرشد X»)."""
    k = art.token_at(sp.start)
    if k is None:
        return False
    first = art.toks[k]
    return (is_title(first) or art.label(first) == "PER") \
        and any(e.label == "PER" and sp.name in (e.text, e.canonical) for e in art.entities)


def _named_other_gender(art: Context, sp: Speaker, feminine: bool | None) -> bool:
    """A recognised person whose first name is of the other gender than a singular participle
    (`plausible.feminine_first_name`): «حجبت السلطات موقعا ينتقد رئيس الوزراء X قائلة»، «أوضحت X
    أن نجلها أخبرها أنه بخير، مؤكدا»: the participle hangs on another subject."""
    return feminine is not None and _recognised_person(art, sp) and feminine_first_name(sp.name) is (not feminine)


def _continuing(cue: Cue | None) -> bool:
    """A cue that goes on with a speaker already quoted: a verb joined by و/ف (وقال، فأضاف) or a
    participle (مضيفا، مبينا), whose gender then says whom it goes on with."""
    return cue is not None and (cue.kind == VERB and bool(cue.conjunction) or cue.kind == PARTICIPLE)


def blessed_prophet(art: Context, i: int) -> Speaker | None:
    """«قال عليه الصلاة والسلام»، «وقال صلى الله عليه وسلم»: a blessing right after the verb in
    place of its subject names the Prophet as the speaker."""
    return Speaker(PROPHET, "", "named") if blessing_after(art, i) else None


def _agreeing(sp: Speaker | None, feminine: bool | None, plural: bool | None) -> Speaker | None:
    """The speaker, if its known gender and number agree with the verb's."""
    return sp if sp is not None and agrees(sp, feminine, plural) else None


ANTECEDENT_REACH = 3  # sentences back in which an agreeing antecedent is looked for


def agreeing_antecedent(art: Context, res: Resolver, i: int, feminine: bool | None,
                        plural: bool | None) -> Speaker | None:
    """«أعلنت الوزارة …. وأضافت»، «يذكر أن قناة X …، بحسب ما ذكرت»، «وتجمع المحتجون … وقالوا»: a
    feminine singular or a masculine plural verb whose subject no earlier speaker agrees with
    refers to the nearest agreeing subject before it in the last sentences, outside quoted
    speech and earlier reports (whose speakers did not agree; «قال X إن المعلومات هزت الإدارة»
    holds an object) (see _feminine_head, _plural_head); after الذين only the noun right before it
    («الشهود الأربعة في القضية الذين أكدوا» is not an earlier plural's)."""
    if feminine and not plural:
        head = _feminine_head
    elif plural and not feminine:
        head = _plural_head
    else:
        return None
    toks = art.toks
    first = art.sent_tok[max(0, art.sentence_of(i) - ANTECEDENT_REACH)][0] if art.sentences else 0
    relative = i > 1 and toks[i - 1].norm in PLURAL_RELATIVES  # «الأعضاء الذين يقولون»: the noun before it
    for k in [i - 2] if relative else range(i - 1, first - 1, -1):
        t = toks[k]
        if feminine and (company := res.company_after(k, i)) is not None:
            return Speaker(company, "", "organisation")  # «وصعد سهم "X" بعدما أكدت أنها»: the company
        if art.speech[k] or art.is_claimed(t.start) or not t.is_word or t.norm in STOP or t.cue is not None \
                or behind_preposition(t) or not head(art, k) or not (relative or _subject_place(art, k, feminine)):
            continue
        words = body_words(read_np(toks, k, min(len(toks), k + SUBJECT_WINDOW), art.seg_at, art.entity).words)
        if words:  # «وتستعد الحكومة لإطلاق …»: the body without its complement
            words = _indefinite_plural(words)  # «ورفض برلمانيون الزيادة»: nor the object after a plural
            end = bisect.bisect_left(art.starts, words[-1].start) + 1
            return res.resolve_np(NP(k, end, words), toks[k].start, i)
    return None


def _feminine_head(art: Context, k: int) -> bool:
    """A feminine subject: a body written with ta marbuta, a woman's title, a place or a plural
    of things."""
    t = art.toks[k]
    e = art.entity(t)
    if e is not None and e.label == "LOC" and e.start == t.start:
        return True
    st = stem_of(t)
    return feminine_noun(t) and (st in ORG_HEADS or is_title(t) or e is not None and e.label == "ORG") \
        or st in THING_PLURALS or feminine_plural(t) and st in ORG_HEADS


# An indefinite subject in the nominative -ون is as long at least («أثنى مواطنون على …. وقالوا»، «أشاد
# مستهلكون»), past singulars spelt with ون (قانون، مليون، زيتون); nor is a number of tens a group (TENS)
INDEFINITE_PLURAL = 6


def _plural_head(art: Context, k: int) -> bool:
    """A plural of persons: a group («الخبراء»، «السكان») or a sound masculine plural, definite
    («المحتجون»، «المسؤولين») or an indefinite one in the nominative, long enough to be no singular
    spelt like one, and no imperfect verb (يتميزون; but the nisba يمنيون): «مواطنون»، «مستهلكون»."""
    t = art.toks[k]
    st = stem_of(t)
    if art.entity(t) is not None or st in THING_PLURALS or st in TENS:
        return False
    if st in GROUP_HEADS or is_definite(t) and st.endswith(("ون", "ين")) and len(st) >= 5:
        return True
    return t.cue is None and st.endswith("ون") and len(st) >= INDEFINITE_PLURAL \
        and (not st.startswith(("ي", "ت")) or st.endswith("يون"))


# Particles before a verb that opens its clause: «فيما ينتظر أن تبدأ الوزارة»، «لم تعلن الوزارة»
VERB_PARTICLES = {_n(w) for w in ("أن", "ان", "قد", "لقد", "لم", "لن", "سوف", "كي", "لكي")}


def _subject_place(art: Context, k: int, feminine: bool | None) -> bool:
    """«وأعلنت الوزارة»، «وتستعد الحكومة»، «وأكد المحتجون»، «أن الوزارة»، «، الوزارة»: token k
    follows a complementiser, no word, or a verb that may have it as subject: for a feminine
    subject a perfect in -ت or an imperfect in ت- opening its clause, for a plural one any
    indefinite word opening its clause (a verb before its subject stays singular)."""
    toks = art.toks
    before = toks[k - 1] if k > 0 else None
    if before is None or not before.is_word:
        return before is None or before.text not in "([{" or art.label(toks[k]) != "LOC"  # «(عدن ولحج …)»
    c = before.cue
    if before.norm in COMPLEMENTISERS or c is not None and c.kind == VERB and c.feminine == bool(feminine) \
            and not c.plural:
        return True
    if art.entity(before) is not None or is_definite(before) or feminine_plural(before):
        return False
    opens_clause = k < 2 or not toks[k - 2].is_word or toks[k - 2].norm in VERB_PARTICLES
    if not feminine:
        return opens_clause
    return before.norm.endswith("ت") or opens_clause and before.norm.startswith(("ت", "وت", "فت"))


def adjacent_subject(art: Context, res: Resolver, i: int) -> Speaker | None:
    """«ليرد عليه النائب X قائلا»، «واتفق مع هذا الرأي الخبير X مشيرا»، «… التي زارها X أمس، مؤكدا»:
    a participle right after a person's name (and a time and a comma) describes that person when
    the name is the subject of the verb that opens its clause — the first phrase after the verb,
    or the first after a prepositional phrase, or any phrase after the verb of a relative clause
    whose resumptive pronoun is the verb's object."""
    toks = art.toks
    if toks[i].cue is None or toks[i].cue.kind != PARTICIPLE:
        return None
    b = i
    while b > 0 and (toks[b - 1].text in "،," or toks[b - 1].norm in TIME_WORDS and art.entity(toks[b - 1]) is None):
        b -= 1
    e = art.entity(toks[b - 1]) if b > 0 and toks[b - 1].is_word else None
    if e is None or e.label != "PER":
        return None
    a = b - 1
    while a > 0 and art.entity(toks[a - 1]) is e:
        a -= 1
    if a > 0 and toks[a - 1].norm in STOP and not pronoun_object(toks[a - 1].norm):
        return None  # «ويقاتل مع X، مشيرا»: a name after a preposition is no subject
    v = _clause_verb(art, a)
    if v is None:
        return None
    after = toks[v + 1]
    if not (after.norm in STOP or pronoun_object(after.norm) or toks[v - 1].norm in RELATIVES):
        np = verb_subject(art, v, b)
        if np is None or np.end != b:
            return None  # «واستقبل الوزير السفير X مرحبا»: the name is the object
    return res.resolve_np(NP(a, b, toks[a:b]), toks[a].start, i)


def _clause_verb(art: Context, a: int) -> int | None:
    """The verb that opens the clause of the name starting at token a: the nearest verb-like word
    before it, at the start of the sentence, after a comma or with و/ف/ل, or after a relative
    pronoun when a resumptive pronoun follows it («التي زارها»، «الذي قام بزيارة إليه»), across no
    punctuation, cue, relative pronoun or other person."""
    toks = art.toks
    s0 = art.sentence_start(a)
    for v in range(a - 1, max(s0, a - CLAUSE_REACH) - 1, -1):
        t = toks[v]
        if not t.is_word or t.cue is not None or t.norm in RELATIVES or art.label(t) == "PER":
            return None
        if not _verb_like(art, t):
            continue
        if toks[v - 1].norm in RELATIVES and _resumptive(toks[v:a]) or not has_preposition(t, "ب") \
                and not possessive(t) and (v == s0 or not toks[v - 1].is_word or t.norm[:1] in "وفل"):
            return v
    return None


def _resumptive(clause: list[Tok]) -> bool:
    """A relative clause whose verb bears the pronoun of its antecedent as object (زارها), or has
    its complement before a preposition bearing it (قام بزيارة إليها): a phrase after either is
    the verb's subject (but in «التي هاجم فيها X» X may be the object)."""
    verb = clause[0].norm
    return verb.endswith(("ها", "ه", "هم")) and len(verb) > 3 or any(pronoun_object(t.norm) for t in clause[2:])


def same_sentence_speaker(art: Context, res: Resolver, i: int) -> Speaker | None:
    """The last named speaker before token i in its sentence; a participle passes over the object
    of a verb read as its subject (`misread_object`) and the speaker of a clause it does not hang
    on (`other_clause`)."""
    participle = art.toks[i].cue is not None and art.toks[i].cue.kind == PARTICIPLE
    for sp, pos, _, _ in reversed(res.in_sentence(art.sentence_of(i))):
        if pos < art.toks[i].start and sp.name \
                and not (participle and (misread_object(art, sp, pos) or other_clause(art, pos, i))):
            return sp
    return None


def other_clause(art: Context, pos: int, i: int) -> bool:
    """The report whose content (or contentless verb) starts at offset `pos` has its verb — the
    nearest cue at or before it — where a participle at token i cannot hang on it: a verbal noun
    after a preposition, whose genitive is no subject («سخرت X من تعهد Y التحرك …، واصفة»: X's),
    or a closed relative clause (`_closed_relative`)."""
    toks = art.toks
    k = min(bisect.bisect_left(art.starts, pos), len(toks) - 1)
    s0 = art.sentence_start(k)
    v = next((v for v in range(k, max(s0, k - SUBJECT_WINDOW) - 1, -1) if toks[v].cue is not None), None)
    return v is not None and toks[v].cue.kind == VERB \
        and (after_preposition(toks, v, s0) or _closed_relative(art, v, i))


def _closed_relative(art: Context, v: int, i: int) -> bool:
    """«ففي الوقت الذي أكد فيه X أن …، نفى Y …، موضحا»، «قطعة من الحطام التي تقول إسرائيل إنها
    أسقطتها، ووجه حديثه …، متسائلا»: the verb at token v opens a relative clause, which describes a
    noun of the sentence, and a verb after a comma opens another clause before the participle at
    token i, which hangs on that verb, not on the relative one (but «التي أعلن عنها X أنه …، لافتا»:
    X's)."""
    toks = art.toks
    return v > 0 and toks[v - 1].norm in RELATIVES \
        and any(toks[k - 1].text in "،," and (toks[k].cue is not None and toks[k].cue.kind == VERB
                                             or _verb_like(art, toks[k])) for k in range(v + 2, i))


def misread_object(art: Context, sp: Speaker, pos: int) -> bool:
    """«وأكدت صحة توقيعه»، «أبدى عدم رضاه»، «ولفت النظر إلى»: the speaker remembered for the verb at
    offset `pos` is the common noun right after it, which the output gate reads as the verb's object
    (`plausible.reads_as_object`), so it speaks for no one."""
    k = art.token_at(pos)
    if k is None:
        return False
    verb = art.toks[k]
    if verb.cue is None or verb.cue.kind != VERB or k + 1 >= len(art.toks) \
            or art.toks[k + 1].start != sp.start or art.entity(art.toks[k + 1]) is not None:
        return False
    words = sp.mention.split()
    return bool(words) and reads_as_object(verb.cue, words[head_index(words)], art.entity_words)


def topic(art: Context, res: Resolver, i: int) -> Speaker | None:
    """«أما X … فيصف …»: the topic after أما is the subject of the ف-verb."""
    toks = art.toks
    if toks[i].cue is None or toks[i].cue.conjunction != "ف":
        return None
    s0 = art.sentence_start(i)
    k = next((k for k in range(i - 1, max(s0, i - TOPIC_WINDOW) - 1, -1)
              if toks[k].norm in AMMA or toks[k].text in ":؛"), None)
    if k is None or toks[k].norm not in AMMA or k + 1 >= i or toks[k + 1].norm in PREPOSITION_WORDS \
            or has_preposition(toks[k + 1], "ب") or has_preposition(toks[k + 1], "ل"):
        return None  # (also mid-sentence, «…: …، أما الثالث فقال: …», and over an apposition or another verb,
        # «أما X، …، فبين»، «أما X فقد رد عليهم فقال»; «أما بخصوص X فأفاد»: no topic person)
    np = read_np(toks, k + 1, i, art.seg_at, art.entity)
    return res.resolve_np(np, toks[k + 1].start, i) if np.words else None


def relative_antecedent(art: Context, res: Resolver, i: int) -> Speaker | None:
    """The antecedent of a relative pronoun right before the cue (…، الذي قال)."""
    toks = art.toks
    s0 = art.sentence_start(i)
    k = i - 1
    while k >= s0 and not toks[k].is_word:
        k -= 1
    if k < s0 or toks[k].norm not in RELATIVES:
        return None
    np = person_before(art, k, s0) or subject_before(art, k, stop_at_comma=False) \
        or speaker_head_before(art, k, s0, i)
    return res.resolve_np(np, toks[i].start, i) if np is not None else None


def speaker_head_before(art: Context, rel: int, s0: int, i: int) -> NP | None:
    """«خلافا لرواية القوات الأميركية التي قالت»، «وفقا لما أعلنته الوزارة أمس، التي أشارت»: a relative
    pronoun follows a definite antecedent, so the antecedent is the phrase right before it (past a
    time word and a comma): back over its definite words and names to its first word, or the word
    after that when the first is a noun governing it («رواية القوات»), without the preposition the
    phrase may carry («إلى مبنى للوزارة التي قالت»). That word must head a speaker
    (an institution, a source, a title or a recognised name) and agree with the relative pronoun,
    as the cue at token i must (in «الوزارة التي رأى البعض» the clause has a subject of its own)."""
    toks = art.toks
    cue = toks[i].cue
    if cue is not None and cue.plural is False and cue.feminine != (toks[rel].norm == FEMININE_RELATIVE):
        return None
    end = rel
    while end > s0 and (toks[end - 1].text in "،," or toks[end - 1].norm in TIME_WORDS):
        end -= 1
    words: list[int] = []
    for x in range(end - 1, max(s0, end - RELATIVE_REACH) - 1, -1):
        t = toks[x]
        if not t.is_word:
            if t.text in QUOTE_CHARS:
                continue
            break
        if t.norm in DEMONSTRATIVES:
            return None  # «هذا الرجل، الذي»: a phrase pointing back to someone named before
        if t.cue is not None or t.norm in STOP:
            break
        words.append(x)
        if not (is_definite(t) or art.entity(t) is not None or x > s0 and toks[x - 1].text in QUOTE_CHARS):
            break  # an indefinite word opens the phrase («مجلة فوربس»، «رئيس مجلس …»)
    for start in reversed(words[-2:]):
        if _speaker_head(art, toks[start]):
            if not _agrees(art, toks[start], toks[rel]):
                return None
            np = without_preposition(art, start, end) if has_preposition(toks[start], "ل") \
                or has_preposition(toks[start], "ب") else read_np(toks, start, end, art.seg_at, art.entity)
            return np if np.words and np.end == end else None
    return None


FEMININE_RELATIVE = _n("التي")
PLURAL_RELATIVES = {_n(w) for w in ("الذين", "اللواتي")}


def _speaker_head(art: Context, t: Tok) -> bool:
    """A word that can head a speaker phrase: an institution, a source, a title or a recognised
    name (a place too: «سيول التي أكدت», a capital for its government)."""
    return stem_of(t) in COREFERRING_HEADS or is_title(t) or art.label(t) in ("PER", "ORG", "LOC")


def _agrees(art: Context, head: Tok, rel: Tok) -> bool:
    """A head noun agrees with its relative pronoun: التي after a feminine noun or a plural of
    things (القوات), الذي after a masculine singular one; الذين after a plural of persons."""
    if art.label(head) == "PER":
        return True
    if art.label(head) == "LOC":
        return rel.norm == FEMININE_RELATIVE  # countries and cities are feminine
    if rel.norm in PLURAL_RELATIVES:
        return stem_of(head) in GROUP_HEADS or stem_of(head).endswith(("ون", "ين"))
    feminine = feminine_noun(head) or stem_of(head).endswith("ات") or stem_of(head) in THING_PLURALS
    return feminine == (rel.norm == FEMININE_RELATIVE)  # (a plural of things is feminine: المصادر التي)


def governing(art: Context, res: Resolver, i: int) -> Speaker | None:
    """The subject of the nearest report verb earlier in the sentence (participles and
    coordinated verbs share it; a participle not that of a closed relative clause, `_closed_relative`)."""
    toks = art.toks
    s0 = art.sentence_start(i)
    participle = toks[i].cue is not None and toks[i].cue.kind == PARTICIPLE
    for k in range(i - 1, s0 - 1, -1):
        c = toks[k].cue if toks[k].is_word else None
        if c is not None and c.kind == VERB and not art.negated(k) and not after_preposition(toks, k, s0) \
                and not (participle and _closed_relative(art, k, i)):
            # (a cue word right after a preposition is its verbal noun: «ردت على توقع X …»)
            np = verb_subject(art, k, min(i, k + SUBJECT_WINDOW)) or subject_before(art, k)
            if np is not None:
                return res.resolve_np(np, toks[k].start, i)
    return None


def nearest_clause(art: Context, res: Resolver, i: int) -> Speaker | None:
    """A coordinated cue shares the subject of the nearest clause before it in its sentence that
    opens with a verb and a person (`clause_person`), when no report verb, no quoted words and
    no verb after قد (`qad_subject`) come between."""
    toks = art.toks
    if toks[i].cue is None or not toks[i].cue.conjunction:
        return None
    for k in range(i - 2, art.sentence_start(i) - 1, -1):
        if toks[k].cue is not None or art.is_claimed(toks[k].start) or art.speech[k] or toks[k].norm in QAD:
            return None
        if (sp := clause_person(art, res, k, i)) is not None:
            return sp
    return None


def clause_person(art: Context, res: Resolver, k: int, i: int) -> Speaker | None:
    """«وظهر الكرواتي في التسجيل … ويقول»، «أقبل رجل على الشيخ فقال»، «ثم أسرع السائق … وقال»: the
    verb at token k, no report, opening a clause (after a mark, with و/ف or after ثم) and followed
    by a person, a title or a group, gives the cue at token i that subject when they agree."""
    toks = art.toks
    v, head = toks[k], toks[k + 1]
    opens = k == art.sentence_start(k) or not toks[k - 1].is_word or v.norm[:1] in "وف" or toks[k - 1].norm == _n("ثم")
    if not opens or not _verb_like(art, v) or not head.is_word or not _person_head(art, head):
        return None
    cue = toks[i].cue
    if cue.plural is False and cue.feminine is not None and art.label(head) != "PER" \
            and _feminine_subject(head) != cue.feminine:
        return None
    words = _bare_subject(art, toks[k + 1:i])
    return res.resolve_np(NP(k + 1, k + 1 + len(words), words), head.start, i)


def _person_head(art: Context, t: Tok) -> bool:
    """A word that heads a person or a group: a recognised person, a title, a source or group
    noun, or a definite adjective of origin standing for a person (الكرواتي)."""
    st = stem_of(t)
    return art.label(t) == "PER" or is_title(t) or st in SOURCE_HEADS or st in GROUP_HEADS \
        or art.entity(t) is None and is_definite(t) and t.norm.endswith("ي") and len(st) > 4


def person_before(art: Context, rel: int, s0: int) -> NP | None:
    """«تصريحات مورينيو الذي قال»، «ايلون ماسك مؤسس شركة سبيس إكس الذي قال»: the antecedent of
    a relative pronoun is the recognised person nearest before it, across his role but not
    across a comma, a preposition or a report word."""
    toks = art.toks
    for x in range(rel - 1, max(s0, rel - RELATIVE_REACH) - 1, -1):
        t = toks[x]
        e = art.entity(t) if t.is_word else None
        if e is not None and e.label == "PER":
            a = x
            while a - 1 >= s0 and art.entity(toks[a - 1]) is e:
                a -= 1
            return NP(a, x + 1, toks[a:x + 1])
        if t.text in "،,.:؛" or t.is_word and (t.cue is not None or t.norm in STOP or has_preposition(t, "ب")
                                              or has_preposition(t, "ل")):
            return None  # «المتحدث باسم طالبان الذي»: the name in a genitive tail is not the antecedent
    return None


def chain_subject(art: Context, res: Resolver, i: int) -> Speaker | None:
    """«وزار الوزير المصنع وأكد أن …»: a coordinated report verb shares the subject of the
    و/ف-verb that opens the sentence (a bare first word may be a headline noun), even when
    that verb is not a report; the subject ends at the first definite noun that cannot
    qualify the one before it."""
    toks = art.toks
    cue = toks[i].cue
    s0 = art.sentence_start(i)
    prev = toks[i - 1]
    resumptive = i + 1 < len(toks) and toks[i + 1].norm in RESUMPTIVE
    if cue is None or i - s0 < 2 or not (cue.conjunction or cue.kind == NOUN or prev.norm == _n("ثم")
                                        or prev.cue is not None and prev.cue.kind == NOUN or resumptive):
        return None  # «… وأكد»، «… ثم قال»، «… بيانا قالت فيه»، «أصدر … بيانا جاء فيه»، «تقريرا أكدت فيه»
    verb, head = toks[s0], toks[s0 + 1]
    if not _opening_verb(art, verb) or not head.is_word \
            or not (is_title(head) or art.label(head) in ("ORG", "PER") or stem_of(head) in ORG_HEADS
                    or is_definite(head) and head.norm not in STOP and head.cue is None):
        return None
    if cue.kind != NOUN and cue.plural is False and cue.feminine is not None and art.label(head) != "PER" \
            and _feminine_subject(head) != cue.feminine and not (cue.conjunction and _bare_body_name(art, head)):
        return None  # «شهدت المدينة احتجاجات وأكد …»: the verbs disagree, so their subjects differ
    body = art.entity(head) if _bare_body_name(art, head) else None
    words = [t for t in toks[s0 + 1:i] if art.entity(t) is body] if body is not None \
        else _bare_subject(art, toks[s0 + 1:i])
    np = NP(s0 + 1, s0 + 1 + len(words), words)
    if not cue.plural:  # «ودفعت المرأتان، X، وY، … وقالتا»: two people, not the first name
        np = extend_to_name(toks, np, i, art.entity)
    return res.resolve_np(np, head.start, i)  # «ونشر المخرج المشارك في الفيلم X، رسالة قال فيها»


def _bare_body_name(art: Context, head: Tok) -> bool:
    """«وفتحت يوروتانيل تحقيقا … وقالت»: a recognised body's own name, not a common noun (no article),
    whose gender its spelling does not show, as a person's or a country's does not: a verb joined to
    the one it opens the sentence with shares it whatever its gender, and the subject is that name."""
    return art.label(head) == "ORG" and not is_definite(head) and stem_of(head) not in ORG_HEADS


APPOSITION_REACH = 12  # words of a description between commas after a name


def apposed_person(art: Context, res: Resolver, i: int) -> Speaker | None:
    """«وانتهى حظر كان مفروضا على X، الناشط المعروف في المدينة، وقال إن …»: a coordinated singular
    report verb right after a person described between commas — and no subject of the verb that
    opens the sentence to share — continues with that person as its subject."""
    toks = art.toks
    cue = toks[i].cue
    if cue is None or not cue.conjunction or cue.plural is not False or i < 3 or toks[i - 1].text not in "،,":
        return None
    s0 = art.sentence_start(i)
    for c in range(i - 2, max(s0, i - 2 - APPOSITION_REACH), -1):
        t = toks[c]
        if t.cue is not None or art.speech[c] or art.is_claimed(t.start):
            return None
        if t.text in "،,":
            return _described_person(art, res, c, i)
    return None


def _described_person(art: Context, res: Resolver, c: int, i: int) -> Speaker | None:
    """The recognised person ending right before the comma at token c, when a title or a
    definite description follows the comma and no other person or title comes before it in
    the sentence («والتقى الوزير X بنظيره Y، رئيس …، وقال»: either may speak)."""
    toks = art.toks
    first = toks[c + 1]
    if c + 2 >= i or not first.is_word or not (is_title(first) or is_definite(first)):
        return None
    e = art.entity(toks[c - 1])
    if e is None or e.label != "PER" or e.end != toks[c - 1].end:
        return None
    a = c - 1
    while a > 0 and art.entity(toks[a - 1]) is e:
        a -= 1
    if any(t.is_word and (art.label(t) == "PER" or is_title(t)) for t in toks[art.sentence_start(i):a]):
        return None
    return res.resolve_np(NP(a, c, toks[a:c]), toks[a].start, i)


def _bare_subject(art: Context, words: list[Tok]) -> list[Tok]:
    """The subject that opens `words` after a verb that is no report: its head and qualifiers, up
    to a preposition or the first definite noun that cannot qualify the one before it (the object:
    «الرئيس المستشفى»)."""
    out = words[:1]
    for w in words[1:]:
        if not w.is_word or w.norm in STOP and not (len(out) == 1 and counted_start(words) == 2):
            break  # (but the من of a quantity: «عدد من سيدات المجتمع»)
        if art.entity(w) is None and is_definite(out[-1]) and not w.text.endswith(("ي", "ية")):
            break
        out.append(w)
    return out


def opening_subject(art: Context, res: Resolver, i: int) -> Speaker | None:
    """«في المقابل رفض رئيس الاتحاد X تأكيد …، مشيرا إلى أن»: a participle or coordinated verb
    with no report verb before it in its sentence shares the subject of the verb that opens
    the sentence, when that subject is a person, a title or a body."""
    s0 = past_byline(art, art.sentence_start(i), i)
    k = _after_openers(art, s0, i)
    if k < i - 1 and _verb_like(art, art.toks[k]) and (sp := _subject_of(art, res, k, i)) is not None \
            and not _oblique_construct(sp):
        return sp
    return adjunct_subject(art, res, s0, i)


def _oblique_construct(sp: Speaker) -> bool:
    """A phrase headed by a plural of persons in the oblique construct: after the word that opens
    the sentence it is a genitive or an object, not a subject («كبير مسؤولي الشركة، X، أخبر»،
    «ودعا مسؤولي الحزب للتحضر»)."""
    words = sp.mention.split()
    return bool(words) and split_word(_n(words[0]))[1] in OBLIQUE_CONSTRUCTS


# Prepositions and adverbs of circumstance that open a sentence before its verb (with و/ف)
CIRCUMSTANCE = {_n(w) for w in ("خلال", "أثناء", "اثناء", "عقب", "إثر", "اثر", "بهذه", "بهذا")}
ADJUNCT_REACH = 4  # tokens of the circumstantial phrase before the verb


def adjunct_subject(art: Context, res: Resolver, s0: int, i: int) -> Speaker | None:
    """«وخلال الاجتماع استعرض مدير الجامعة الخطط، وأوضح أن»، «وبهذه المناسبة رفع المدير التهنئة …،
    وأكد»: a circumstantial phrase opens the sentence at s0 (a preposition or adverb of time and
    its noun), then a verb followed by a person, a title or a body; the participle or coordinated
    verb at i shares that subject when it agrees and nothing between them (a report, a name, a
    title) could be its subject instead."""
    toks = art.toks
    if s0 >= i or not _circumstance(toks[s0]):
        return None
    for k in range(s0 + 1, min(i - 1, s0 + 1 + ADJUNCT_REACH)):
        t = toks[k]
        if t.cue is not None or art.speech[k] or art.label(t) in ("PER", "ORG") or is_title(t):
            return None
        if _verb_like(art, t) and _subject_head(art, toks[k + 1]):
            np = verb_subject(art, k, i)
            words = _bare_subject(art, np.words) if np is not None else []
            cue = toks[i].cue
            if not words or _another_subject(art, np.start + len(words), i) \
                    or cue is not None and cue.plural is not None and cue.plural != _plural_persons(words):
                return None
            return _subject_of(art, res, k, i, limit=np.start + len(words))
    return None


def _subject_head(art: Context, t: Tok) -> bool:
    """A word that heads a person, a title, a group or a body (`_person_head`, an organisation)."""
    return t.is_word and (_person_head(art, t) or art.label(t) == "ORG" or stem_of(t) in ORG_HEADS)


BYLINE_REACH = 8  # tokens of a byline («عبدالحكيم شار- سبق- متابعة:») before the article's first clause


def agreeing_opening_subject(art: Context, res: Resolver, i: int) -> Speaker | None:
    """«وعبر منظمو الحفل عن …، مؤكدين أن»، «وثمنت قيادات الحزب … وأكدوا أن»، «وعزت أمانة المدينة …،
    مؤكدة أن»: a plural or feminine singular participle or joined verb that no rule gave a speaker
    shares the overt, plausible subject of the verb that opens its sentence (no report verb) when
    the subject agrees with it in form — a plural of persons for a plural cue, a noun in ta
    marbuta for a feminine one, a plural of women for a feminine plural one («أشاد عدد من سيدات
    المجتمع …، مؤكدات»; a quantifier agrees through what it counts) — and nothing between them (a
    report, a name, a title) could be the cue's subject instead."""
    toks = art.toks
    cue = toks[i].cue
    if not _continuing(cue) or not cue.plural and not cue.feminine:
        return None
    k = _after_openers(art, past_byline(art, art.sentence_start(i), i), i)
    if k >= i - 1 or not _verb_like(art, toks[k]) or (np := verb_subject(art, k, i)) is None:
        return None
    words = _indefinite_plural(_bare_subject(art, np.words))
    counted = words[counted_start(words):] or words  # «عدد من سيدات المجتمع»: agreement is with what it counts
    if cue.plural and cue.feminine:
        agrees_in_form = stem_of(counted[0]) in WOMEN or feminine_plural(counted[0])
    else:
        agrees_in_form = _plural_persons(counted) if cue.plural else feminine_noun(words[0])
    if not agrees_in_form or _another_subject(art, np.start + len(words), i):
        return None
    sp = res.resolve_np(NP(np.start, np.start + len(words), words), words[0].start, i)
    return sp if can_speak(art, sp) else None


# Broken plurals and collectives of persons a plural participle or verb goes on with («وعبر النزلاء عن …، مشيرين»)
PERSON_PLURALS = {split_proclitics(_n(w))[1] for w in (
    "أهالي أهل نزلاء علماء أئمة طلاب شعراء أطباء عمال حضور زوار رواد أولياء شباب أعيان وجهاء").split()}


def _plural_persons(words: list[Tok]) -> bool:
    """A subject headed by a plural of persons: a sound masculine plural (المحتجون، برلمانيون), one
    in construct before its genitive (منظمو الحفل، منظموا، مسؤولو منطقة X), a sound feminine plural
    (قيادات الحزب), a group (GROUP_HEADS) or a broken plural of persons (النزلاء، أهالي الحي)."""
    st = stem_of(words[0])
    if st in GROUP_HEADS and st not in THING_PLURALS or st in PERSON_PLURALS:
        return True
    construct = st.endswith(("و", "وا")) and len(words) > 1
    return len(st) >= 5 and (st.endswith(("ون", "ين")) or construct or feminine_plural(words[0]))


# Broken plurals of women, which a feminine plural participle goes on with («وعبرت النساء …، مؤكدات»)
WOMEN = {split_proclitics(_n(w))[1] for w in ("نساء", "نسوة")}


def _indefinite_plural(words: list[Tok]) -> list[Tok]:
    """«رفض برلمانيون عراقيون الزيادة»: an indefinite sound plural takes no genitive (its construct
    drops the ن), so its phrase ends before the first definite word, the object."""
    if is_definite(words[0]) or not stem_of(words[0]).endswith(("ون", "ين")):
        return words
    end = next((n for n, w in enumerate(words[1:], start=1) if is_definite(w)), len(words))
    return words[:end]


def _another_subject(art: Context, a: int, i: int) -> bool:
    """Between tokens a and i: a report, quoted speech, a recognised name or a title, any of
    which could take the cue at i instead."""
    return any(t.cue is not None or art.speech[k] or art.label(t) in ("PER", "ORG") or is_title(t)
               for k, t in enumerate(art.toks[a:i], start=a))


def past_byline(art: Context, s0: int, i: int) -> int:
    """The first token after a byline that opens the article at s0 — the reporter, the outlet
    and the place set off by dashes, then a colon («X- سبق- الرياض: قلل المستشار …»): the reporter
    is no subject of the clause; s0 when there is none (or s0 opens a later sentence)."""
    toks = art.toks
    if s0 != 0:
        return s0
    for k in range(s0, min(i, s0 + BYLINE_REACH)):
        if toks[k].text == ":":
            return k + 1 if any(t.text in "-–" for t in toks[s0:k]) else s0
    return s0


def previous_subject(art: Context, res: Resolver, i: int) -> Speaker | None:
    """«وصعّد وزير الخارجية X من حدة التصريحات. وقال إن …»، «وزار الرئيس الفرنسي القصر. وأكد أن …»: a
    report verb that opens its sentence with no subject continues the topic of the sentence before —
    the named person, or for a verb cue the titled one, who is the subject of the verb opening it, or
    a name the recogniser missed that a role is apposed to (`_role_apposed`) —
    when no one has spoken since that sentence began (rather than a person named later, `forward_speakers`).
    So does a participle of a sentence that opens with a verb without a subject (`_subjectless_opening`)."""
    toks = art.toks
    s0 = art.sentence_start(i)
    if s0 == 0:
        return None
    o = _after_openers(art, s0, i)
    if o != i and not _subjectless_opening(art, o, i):
        return None
    p0 = art.sentence_start(s0 - 1)
    start = toks[p0].start
    if any(start <= pos < toks[i].start for _, pos, _, _ in res.history):
        return None
    v = _after_openers(art, p0, s0)
    if v >= s0 - 1 or not _verb_like(art, toks[v]):
        return None
    verb = toks[i].cue is not None and toks[i].cue.kind == VERB
    np = verb_subject(art, v, s0)
    if _named_subject(art, np, titled=verb):
        return _subject_of(art, res, v, i)
    if _role_apposed(art, np):
        sp = res.resolve_np(np, toks[v].start, i)
        return sp if can_speak(art, sp) else None
    return None  # a person only: «وتعود قضية X …» names no speaker


def _subjectless_opening(art: Context, o: int, i: int) -> bool:
    """«… . واقترح أن تستدعي الدول سفراءها، قائلا: …»: the participle at i goes on with the verb at o
    that opens its sentence with و/ف and no subject of its own, no report coming between; so it
    continues that verb's elided subject, the subject of the sentence before."""
    toks = art.toks
    cue = toks[i].cue
    return cue is not None and cue.kind == PARTICIPLE and toks[o].norm[:1] in "وف" and _verb_like(art, toks[o]) \
        and verb_subject(art, o, i) is None and not any(t.cue is not None for t in toks[o + 1:i])


SPEAKING_DOCUMENTS = {_n(w) for w in ("تقرير", "دراسة")}  # one document, unlike «التقارير»، «التقديرات»


def previous_document(art: Context, res: Resolver, i: int) -> Speaker | None:
    """«وأوضح التقرير أن … . وأضاف أن …»، «وقالت الدراسة … . وأشارت إلى أن»: a report verb that opens
    its sentence with no subject goes on with a single report or study that was the subject of the
    report verb opening the sentence before, when no one else has spoken since (a document is no
    antecedent of a later pronoun otherwise: `resolve.non_agentive`)."""
    toks = art.toks
    s0 = art.sentence_start(i)
    if s0 == 0 or _after_openers(art, s0, i) != i:
        return None
    p0 = art.sentence_start(s0 - 1)
    v = _after_openers(art, p0, s0)
    if v >= s0 or toks[v].cue is None or toks[v].cue.kind != VERB:
        return None
    np = verb_subject(art, v, s0)
    if np is None or key(np.words[0].text) not in SPEAKING_DOCUMENTS:
        return None
    since = [sp for sp, pos, _, _ in res.history if toks[v].start <= pos < toks[i].start]
    if not since or any(sp.name != since[0].name for sp in since):
        return None
    return since[0]


def continued_subject(art: Context, res: Resolver, i: int) -> Speaker | None:
    """«ركزت الصحف على … . وأخبرت عن … . ونقلت عن … . وقالت إن»: a feminine report verb opening
    its sentence with no subject continues a run of sentences that each open with a feminine
    verb and no subject, back to the one whose verb has a subject (a press review, the points
    of a statement), when nobody was quoted since that sentence."""
    toks = art.toks
    cue = toks[i].cue
    s0 = art.sentence_start(i)
    if cue is None or not cue.feminine or cue.plural or s0 == 0 or _after_openers(art, s0, i) != i:
        return None
    quoted = max((pos for _, pos, _, is_quote in res.history if is_quote and pos < toks[i].start), default=-1)
    for _ in range(CHAIN_REACH):
        p0 = art.sentence_start(s0 - 1)
        v = _feminine_opening(art, p0, s0)
        if v is None or toks[p0].start <= quoted:
            return None  # someone quoted since: the earlier speakers decide (res.last)
        if not _bare_preposition(toks[v + 1]):
            return _subject_of(art, res, v, i)
        if p0 == 0:
            return None
        s0 = p0
    return None


CHAIN_REACH = 6  # sentences back over which subjectless verbs continue one subject
OPENING_REACH = 16  # tokens from a sentence's start to its verb (past a dateline: «الخرطوم … واس ركزت»)


def _feminine_opening(art: Context, a: int, b: int) -> int | None:
    """The feminine perfect or imperfect verb opening the sentence between tokens a and b (after
    its openers, or after a dateline in the article's first sentence), if any."""
    toks = art.toks
    k = _after_openers(art, a, b)
    reach = min(b - 1, a + OPENING_REACH) if a == 0 else k + 1
    while k < reach:
        t = toks[k]
        if (t.cue is not None and t.cue.kind == VERB or _verb_like(art, t)) and _feminine_form(t):
            return k
        k += 1
    return None


def _feminine_form(t: Tok) -> bool:
    """Written as a feminine singular verb: a perfect in ـت or an imperfect in ت (with و/ف)."""
    if t.cue is not None:
        return bool(t.cue.feminine) and not t.cue.plural
    word = t.norm[1:] if t.norm[:1] in "وف" and len(t.norm) > 4 else t.norm
    return len(word) > 3 and (word.endswith("ت") or word.startswith("ت"))


def _bare_preposition(t: Tok) -> bool:
    """The verb has no subject: a preposition or a particle follows it («وتطرقت إلى»، «ونقلت عن»)."""
    return t.norm in STOP or not t.is_word


def _named_subject(art: Context, np: NP | None, titled: bool = False) -> bool:
    """A subject that names a person and opens with the name or a title; or, `titled`, a title with
    no name after it («زار الرئيس الفرنسي …»; a name the recogniser missed may be anyone's)."""
    if titled and np is not None and is_title(np.words[0]) \
            and not split_role(np.words, art.entity)[1]:
        return True
    return np is not None and any(art.label(w) == "PER" for w in np.words) \
        and (is_title(np.words[0]) or art.label(np.words[0]) == "PER")


def _role_apposed(art: Context, np: NP | None) -> bool:
    """«ونشرت X Y، مراسلة الخدمة …، صورة»: a subject of plain words (no article, no body's head or
    recognised body) that a comma and a role or title follow is a person the recogniser missed
    (or read as a place), whom the role describes."""
    if np is None or np.end + 1 >= len(art.toks) or art.toks[np.end].text not in ("،", ","):
        return False
    role = art.toks[np.end + 1]
    return (is_title(role) or is_listed_role(role.text)) and all(
        not is_definite(w) and art.label(w) != "ORG" and stem_of(w) not in ORG_HEADS for w in np.words)


def later_report_subject(art: Context, res: Resolver, i: int) -> Speaker | None:
    """«وأشار X إلى أن … وفيما يتعلق بالتنظيم أكد المدير Y اكتمال …. وأوضح أن»: a report verb
    that opens its sentence with no subject continues the last report verb of the sentence
    before when that verb, coming after the last speaker, has a named person as its subject."""
    toks = art.toks
    s0 = art.sentence_start(i)
    if s0 == 0 or _after_openers(art, s0, i) != i:
        return None
    p0 = art.sentence_start(s0 - 1)
    last = max((pos for _, pos, _, _ in res.history if pos < toks[i].start), default=-1)
    for v in range(s0 - 1, p0 - 1, -1):
        t = toks[v]
        if t.start <= last:
            return None
        if t.cue is None or t.cue.kind != VERB or art.speech[v]:
            continue
        return _subject_of(art, res, v, i) if _named_subject(art, verb_subject(art, v, s0)) else None
    return None


def _after_openers(art: Context, k: int, i: int) -> int:
    """The first token from k (before i) that is no opener («وفي المقابل»، «من جهته»، «كما»), no
    date («وفي مارس (آذار) الماضي،»، «وفي الأسبوع الماضي»، «وأمس») and no impersonal report
    («ويذكر أنه»)."""
    toks = art.toks
    while k < i:
        t = toks[k]
        if t.norm in OPENERS or t.norm[1:] in OPENERS and t.norm[:1] in "وف" or not t.is_word:
            k += 1
        elif time_phrase(toks, k, i):
            k += 2
        elif _time_word(t) and art.label(t) != "PER":
            k += 1
        elif art.impersonal(k) and t.cue.lemma not in OBJECT_FIRST:
            k += 3 if toks[k + 1].norm == _n("إلى") else 2  # «ويذكر أنه»، «ويشار إلى أن»: nobody's report
        else:
            break
    return k


MONTHS = {_n(w) for w in MONTH_WORDS}


DATES = (TIME_WORDS - {_n(w) for w in ("أيضا", "كذلك", "بدوره", "بدورها", "مجددا")}) | MONTHS | TIME_ADJECTIVES


def _time_word(t: Tok) -> bool:
    """A word of a date: a day, a month, its adjective («مارس»، «وأمس»، «الماضي»; not «كذلك»)."""
    return (t.norm[1:] if t.norm[:1] in "وف" else t.norm) in DATES or t.norm in DATES


def qad_subject(art: Context, res: Resolver, i: int) -> Speaker | None:
    """«… وقد عبر مدير المنتخب X عن سعادته وقال:»: likewise the subject of the nearest verb after
    قد (which only a verb follows) earlier in the sentence."""
    toks = art.toks
    for x in range(i - 3, art.sentence_start(i) - 1, -1):
        if toks[x].norm in QAD and toks[x + 1].is_word:
            return _subject_of(art, res, x + 1, i)
    return None


def delivered_statement(art: Context, res: Resolver, i: int) -> Speaker | None:
    """«عقب ذلك ألقى رئيس البلدية X، كلمة أوضح فيها أن»: a report verb right after an indefinite
    statement noun, with the noun's resumptive pronoun after it (فيه/فيها), is said by the subject
    of the verb whose object that noun is, wherever that verb stands in the sentence."""
    toks = art.toks
    n = i - 1
    if not on_statement(art, i):
        return None
    for v in range(n - 1, max(art.sentence_start(i), n - SUBJECT_WINDOW) - 1, -1):
        t = toks[v]
        if t.cue is not None or art.speech[v]:
            return None
        if not _verb_like(art, t):
            continue
        np = verb_subject(art, v, n)
        if np is not None and all(w.text in "،," for w in toks[np.end:n]) \
                and (sp := _subject_of(art, res, v, i, n)) is not None:
            return sp
    return None


# Indefinite documents a report verb may describe («تقريرا يفيد»، «مذكرة تقول»), with their accusative
# forms (plausible.DOCUMENTS are the definite ones that no one speaks through).
INDEFINITE_DOCUMENTS = {_n(w) for w in ("تقرير", "تقريرا", "بيان", "بيانا", "رسالة", "مذكرة", "وثيقة", "دراسة", "برقية",
                             "تعميم", "تعميما", "خطاب", "خطابا", "مقال", "مقالا", "مقالة", "تغريدة", "منشور",
                             "منشورا")}
ISSUER_PREPOSITIONS = {_n(w) for w in ("من", "عن")}  # «تقرير من الوكالة»، «مذكرة صادرة عن الوزارة»
DOCUMENT_REACH = 12  # tokens from a document noun to the verb that describes it


def issued_document(art: Context, res: Resolver, i: int) -> Speaker | None:
    """«أصدر مكتب X تقريرا يفيد بأن»، «تلقى المجلس تقريرا من الوكالة يؤكد»، «مذكرة صادرة عن
    الوزارة تقول إن»: a report verb (no conjunction) that follows an indefinite document and
    agrees with it opens a clause describing that document — an indefinite antecedent takes no
    relative pronoun — so the one who speaks is its issuer: the body or person after من / عن
    (past «صادر»), else the subject of the verb whose object the document is."""
    toks = art.toks
    cue = toks[i].cue
    if cue is None or cue.kind != VERB or cue.conjunction or cue.plural or art.negated(i) \
            or not (toks[i].norm[:1] in "يت" or i + 1 < len(toks) and toks[i + 1].norm in RESUMPTIVE):
        return None  # an imperfect («تقريرا يفيد») or a verb with its resumptive pronoun («قالت فيها»)
    s0 = art.sentence_start(i)
    for d in range(i - 1, max(s0, i - DOCUMENT_REACH) - 1, -1):
        t = toks[d]
        if not t.is_word and t.text not in QUOTE_CHARS or t.cue is not None or art.speech[d]:
            return None
        if t.norm in INDEFINITE_DOCUMENTS:
            break
    else:
        return None
    if feminine_noun(toks[d]) != bool(cue.feminine):
        return None  # «رسالة قال فيها»: the verb has a subject of its own
    by = next((x for x in range(d + 1, min(i, d + 4)) if toks[x].norm in ISSUER_PREPOSITIONS), None)
    if by is not None:
        np = read_np(toks, by + 1, i, art.seg_at, art.entity)
        sp = res.resolve_np(np, toks[by + 1].start, i) if np.words else None
        return sp if sp is not None and can_speak(art, sp) and _issuer(art, np) else None
    if d + 1 != i:
        return None
    for v in range(d - 1, max(s0, d - SUBJECT_WINDOW) - 1, -1):
        t = toks[v]
        verb = t.cue is not None and t.cue.kind == VERB  # «أورد موقع X تقريرا يفيد»
        if t.cue is not None and not verb or not t.is_word and t.text not in QUOTE_CHARS:
            return None
        if (verb or _verb_like(art, t)) and (sp := _subject_of(art, res, v, i, d)) is not None:
            return sp
    return None


# Messages one sends or receives: a call (اتصالا هاتفيا) and the written ones, each a relative clause's
# antecedent («… من Y، أعرب فيه عن»); the verb's resumptive pronoun agrees with it (فيه، فيها).
MESSAGES = INDEFINITE_DOCUMENTS | {_n(w) for w in ("اتصال", "اتصالا", "مكالمة", "اتصالات")}
MESSAGE_REACH = 30  # tokens from a message noun to the verb with its pronoun (a sender's long style between)
SENDER_REACH = 5  # tokens from a message noun to the من of its sender («اتصالا هاتفيا أمس الأول من»)
IN_MESSAGE = RESUMPTIVE | {_n(w) for w in ("خلاله", "خلالها")}  # «اتصالا … أعرب خلاله عن»
SENDING = {_n(c + v + t) for c in ("", "و", "ف") for v in ("بعث", "أرسل", "ارسل", "وجه") for t in ("", "ت")}


def message_sender(art: Context, res: Resolver, i: int) -> Speaker | None:
    """«تلقى X اتصالا هاتفيا من Y، أعرب فيه عن …»، «بعث X برقية إلى Y أكد فيها أن»: a report verb
    with its resumptive pronoun (فيه، خلاله; no conjunction) opens a relative clause on the message
    noun before it, so the one who speaks is the message's sender: Y after من / عن, else the subject
    of the verb of sending (بعث، أرسل، وجه) whose object the message is — never its receiver."""
    toks = art.toks
    cue = toks[i].cue
    if cue is None or cue.kind != VERB or cue.conjunction or cue.plural or art.negated(i) \
            or i + 1 >= len(toks) or toks[i + 1].norm not in IN_MESSAGE:
        return None
    s0 = art.sentence_start(i)
    for d in range(i - 1, max(s0, i - MESSAGE_REACH) - 1, -1):
        t = toks[d]
        if t.cue is not None or art.speech[d]:
            return None
        if t.norm in MESSAGES:
            break
    else:
        return None
    if feminine_noun(toks[d]) != toks[i + 1].norm.endswith("ها"):
        return None  # the pronoun is another noun's
    by = next((x for x in range(d + 1, min(i, d + SENDER_REACH)) if toks[x].norm in ISSUER_PREPOSITIONS), None)
    if by is not None:
        np = read_np(toks, by + 1, i, art.seg_at, art.entity)
        if not np.words or not any(art.label(w) == "PER" for w in np.words) \
                and _feminine_subject(np.words[0]) != bool(cue.feminine):
            return None  # «رسالة من الوزارة قال فيها»: a verb that disagrees with a body has its own subject
        sp = res.resolve_np(np, toks[by + 1].start, i)
        return sp if can_speak(art, sp) and _issuer(art, np) else None
    v = d - 1
    while v >= s0 and toks[v].is_word and toks[v].norm not in SENDING and d - v <= SUBJECT_WINDOW:
        v -= 1
    return _subject_of(art, res, v, i, d) if v >= s0 and toks[v].norm in SENDING else None


def message_clause(art: Context, res: Resolver, i: int) -> Speaker | None:
    """«تلقى X برقية من Y عبر فيها عن …، مؤكدا أن»: a participle or coordinated verb after a message's
    relative clause in its sentence, the nearest report before it, goes on with the message's sender."""
    toks = art.toks
    cue = toks[i].cue
    if cue is None or not (cue.kind == PARTICIPLE or cue.conjunction):
        return None
    k = next((k for k in range(i - 1, art.sentence_start(i) - 1, -1) if toks[k].cue is not None), None)
    sp = message_sender(art, res, k) if k is not None else None
    return sp if sp is not None and agrees(sp, None if cue.plural else cue.feminine, cue.plural) else None


def _issuer(art: Context, np: NP) -> bool:
    """A phrase that can issue a document: a recognised name or body, a title, a body noun or a
    group or source («إحدى الأمهات» is a person too)."""
    head = np.words[0]
    st = stem_of(head)
    return any(art.label(w) in ("PER", "ORG") for w in np.words) or is_title(head) or st in ORG_HEADS \
        or st in GROUP_HEADS or st in SOURCE_HEADS


def can_speak(art: Context, sp: Speaker) -> bool:
    """The speaker can be one (the output gate's test)."""
    return _speakable(sp.name, sp.kind, art.entity_words)


@lru_cache(maxsize=10_000)
def _speakable(name: str, kind: str, names: frozenset[str]) -> bool:
    """`can_speak` on a name and kind, given the article's entity words; the same ones come back
    for each cue of a sentence."""
    return plausible_speaker(clean_name(name, names), kind, names=names)


def _subject_of(art: Context, res: Resolver, k: int, i: int, limit: int | None = None) -> Speaker | None:
    """The plausible person, title or body that is the subject of the verb at token k (read up to
    token `limit`, by default i), agreeing with the cue at token i."""
    toks = art.toks
    np = verb_subject(art, k, i if limit is None else limit)
    if np is None:
        return None
    if len(np.words) > 1 and _construct_head(art, np.start):
        np = NP(np.start + 1, np.end, np.words[1:])
    head = np.words[0]
    cue = toks[i].cue   # None for a report without a cue word (a quoted paragraph, …)
    if not (is_title(head) or any(art.label(w) in ("PER", "ORG") for w in np.words) or _place_alone(art, np)):
        quantified = _quantified_group(np, cue)
        if not (_body_or_group(head, cue) or quantified or _report_noun(head, cue)):
            return None
        words = np.words[:2] + _bare_subject(art, np.words[2:]) if quantified else _bare_subject(art, np.words)
        np = NP(np.start, np.start + len(words), words)
    if cue is not None and cue.plural is False and cue.feminine is not None and art.label(head) not in ("PER", "LOC") \
            and _feminine_subject(head) != cue.feminine:
        return None  # (a country's gender is not written: «لوحت موسكو»، «قال العراق»)
    sp = res.resolve_np(np, toks[k].start, i if toks[k].cue is not None else _bare_name(art, np.end, i))
    return sp if can_speak(art, sp) else None


NAME_INTRODUCERS = HONORIFICS | TITLE_ADJECTIVES  # words after which a name is a title's holder («اللواء X»)


def _bare_name(art: Context, a: int, b: int) -> int:
    """«وأدلى وزير الإعلام بتصريح … حدد ملابسات إطلاق X سراح …»: after the subject of a verb that
    reports nothing, the first person named without an honorific or a comma before it (token a to b)
    is in the verb's object, where no holder of the subject's title is named; b if there is none
    («ثمن مدير الدفاع المدني بمنطقة تبوك اللواء X …»: the honorific introduces the holder)."""
    toks = art.toks
    for k in range(a, b):
        e = art.entity(toks[k])
        if e is not None and e.label == "PER" and e.start == toks[k].start \
                and not (toks[k - 1].text in "،," or stem_of(toks[k - 1]) in NAME_INTRODUCERS):
            return k
    return b


def _place_alone(art: Context, np: NP) -> bool:
    """«لوحت موسكو …، مشددة على أن»: a recognised country or capital that is the whole subject
    speaks for its government."""
    e = art.entity(np.words[0])
    return e is not None and e.label == "LOC" and all(art.entity(w) is e for w in np.words)


def _construct_head(art: Context, k: int) -> bool:
    """«تعددت اهتمامات الصحف … وأكدت»: token k is the indefinite head of a construct that names
    no one, before a definite body or group (its genitive, the one who speaks)."""
    toks = art.toks
    head = toks[k]
    if k + 1 >= len(toks) or not head.is_word or is_definite(head) or is_title(head) or head.cue is not None \
            or art.entity(head) is not None or head.norm in STOP or stem_of(head) in ORG_HEADS | GROUP_HEADS:
        return False
    gen = toks[k + 1]
    return gen.is_word and is_definite(gen) and stem_of(gen) in ORG_HEADS | GROUP_HEADS


def _body_or_group(head: Tok, cue: Cue | None) -> bool:
    """«وأرجعت الشركة نتائجها …، مشيرة»، «حمّل تجار الجملة … المسؤولية، مؤكدين»: a body (or bodies:
    المنظمات، الصحف) heading the subject of a feminine singular cue, or a group of persons heading
    that of a plural one, is its speaker too."""
    if cue is None:
        return False
    st = stem_of(head)
    if cue.plural:
        return not cue.feminine and st in GROUP_HEADS and st not in THING_PLURALS
    return cue.plural is False and cue.feminine is True and _feminine_subject(head) \
        and (st in ORG_HEADS or st in THING_PLURALS or body_plural(st))


def _report_noun(head: Tok, cue: Cue | None) -> bool:
    """«وتضمن التقرير معلومات …، مشيرا إلى أن»، «وتناولت الدراسة …، مشيرة»: a report or study
    heading the subject of a singular participle or coordinated verb of its gender is its source
    too (a non-agentive source, as «وأشار التقرير إلى أن» is)."""
    return cue is not None and cue.plural is False and stem_of(head) in REPORT_NOUNS \
        and _feminine_subject(head) == bool(cue.feminine)


def _quantified_group(np: NP, cue: Cue | None) -> bool:
    """«وأشاد عدد من المرضى بالمبادرة، مؤكدين»: a quantifier with من (عدد من، بعض، كثير من …)
    heading the subject of a masculine plural cue is a group of persons, when the plausibility
    test accepts the noun after من."""
    return cue is not None and bool(cue.plural) and not cue.feminine and len(np.words) > 2 \
        and stem_of(np.words[0]) in QUANTIFIERS and np.words[1].norm == _n("من")


def _feminine_subject(head: Tok) -> bool:
    """A subject a verb agrees with in the feminine singular: a noun in ta marbuta, a sound
    feminine plural (المنظمات) or a plural of things (الصحف)."""
    return feminine_noun(head) or feminine_plural(head) or stem_of(head) in THING_PLURALS


def _opening_verb(art: Context, verb: Tok) -> bool:
    """A و/ف-word opening a sentence that reads as a verb (no cue, name, title or noun, nor a
    preposition of circumstance: «وخلال الاجتماع استعرض المدير …» opens with an adjunct)."""
    return verb.norm[:1] in ("و", "ف") and _verb_like(art, verb) and not _circumstance(verb)


def _verb_like(art: Context, w: Tok) -> bool:
    """A word that may be a verb: no cue, name, title, definite or feminine noun, or particle."""
    return w.is_word and w.cue is None and not is_definite(w) and art.entity(w) is None and not is_title(w) \
        and w.norm not in STOP and not feminine_noun(w)


def _circumstance(w: Tok) -> bool:
    """A preposition or adverb of circumstance (CIRCUMSTANCE), with و/ف or without."""
    return w.norm in CIRCUMSTANCE or w.norm[:1] in "وف" and w.norm[1:] in CIRCUMSTANCE


def sentence_subject(art: Context, res: Resolver, i: int) -> Speaker | None:
    """For a participle or coordinated verb: a known speaker or a name opening the sentence."""
    toks = art.toks
    s0 = past_byline(art, art.sentence_start(i), i)
    opening = [t for t in toks[s0:min(i, s0 + 5)] if t.is_word]
    known = res.surnames()
    for t in opening[:4]:
        if art.label(t) == "PER" or stem_of(t) in known:
            for sp, *_ in reversed(res.history):
                if sp.name and stem_of(t) in key(sp.name).split():
                    return Speaker(sp.name, "", "pronoun", sp.role, aliases=sp.aliases, feminine=sp.feminine,
                                   plural=sp.plural)
            e = art.entity(t)
            if e is not None:
                return Speaker(e.canonical, "", "pronoun")
    return None


def embedded_subject(art: Context, res: Resolver, i: int, shared: Speaker) -> Speaker | None:
    """A participle that disagrees in gender with the sentence's speaker («وقالت إن وودورد
    رسم …، مشيرا إلى أن») belongs to the person who opens the reported clause."""
    toks = art.toks
    c = toks[i].cue
    if c.plural is not False or shared.feminine is None or shared.feminine == c.feminine:
        return None
    for sp, pos, _, _ in reversed(res.in_sentence(art.sentence_of(i))):
        if pos < toks[i].start:
            w = toks[bisect.bisect_left(art.starts, pos)]
            e = art.entity(w)
            if e is not None and e.label == "PER" and e.start == pos:
                return Speaker(e.canonical, art.text[e.start:e.end], "named", start=e.start, end=e.end,
                               feminine=c.feminine)
            if rare_name(w):  # a foreign name the recogniser missed or mislabelled
                return Speaker(w.text, w.text, "named", start=w.start, end=w.end, feminine=c.feminine)
            return None
    return None


def rare_name(w: Tok) -> bool:
    """An indefinite word that ordinary Arabic text hardly uses: most likely a foreign name."""
    return w.is_word and not is_definite(w) and len(w.norm) >= 4 and word_frequencies().get(w.norm, 0) < 20 \
        and w.cue is None


# The rules that find the subject a participle or coordinated verb shares with its sentence, in order
SHARING_RULES = (message_clause, delivered_statement, relative_antecedent, topic, adjacent_subject,
                 nearest_clause, same_sentence_speaker, governing, qad_subject, chain_subject, opening_subject,
                 apposed_person)
