"""The subject of a cue found in context: verb–subject and subject–verb order, the
antecedent of a relative clause, the author of a statement noun, and the original source
behind «نقل X عن Y» / «نقلا عن Y»."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..normalise import accusative_form, lam_taken_off, normalise, split_proclitics, ta_marbuta, without_lam
from .context import FOR_ITS_PART, Context, for_its_part_at
from .contextual_cues import CAME_IN, RESUMPTIVE
from .cues import NOUN, OBJECT_FIRST, OBJECT_PRONOUNS, VERB, Cue
from .marks import QUOTE_CHARS, Tok
from .content import AMMA, ASIDES, COMPLEMENTISERS, PREPOSITIONS_BEFORE_QUOTE, TO
from .speakers import (ABBREVIATED_TITLES, ADJUNCT_NOUNS, COREFERRING_HEADS, DOCUMENT_NOUNS, FROM, GROUP_HEADS,
                       GROUP_PRONOUNS, NEWS_OUTLETS, NP, ORG_HEADS, PERSON_NOUNS, PERSON_PLURALS, PRONOUN_SUBJECTS,
                       PROPHET_BLESSINGS, QUANTIFIER_PRONOUNS, QUANTIFIERS, REPORT_NOUNS, SOURCE_HEADS, STOP,
                       THING_PLURALS, TITLE_HEADS, WHO, addressed_entity, behind_preposition, feminine_noun,
                       feminine_plural, formula_words, has_preposition, is_definite, is_title, key, manner_participle,
                       owned_close_person, possessive, pronoun_object, read_np, sound_plural_phrase, stem_of,
                       verbal_noun, with_conjunctions)

_n = lru_cache(maxsize=None)(normalise)  # also used on literals inside loops
LEADING_PARTICLES = {_n(w) for w in ("ولكن", "لكن", "إلا", "الا", "بينما", "فيما", "حيث", "كما", "ثم", "وكان", "كان", "كانت",
                                     "وكانت", "في", "حين", "وقد", "قد", "فقد", "حسب", "بحسب", "وفق", "وفقا", "إذ",
                                     "بل", "وبل", "أما", "وأما", "فإن", "إن", "وإن", "لقد", "ولقد")}
ACCORDING = ASIDES | {_n("ووفق")}
BUT = {_n(w) for w in ("لكن", "ولكن")}
KANA = {_n(w) for w in ("كان", "كانت", "وكان", "وكانت", "فكان", "فكانت")}
FI = {_n(w) for w in ("في", "وفي", "ففي")}
# Adverbs of order that open a clause before its verb («بدايةً قال X»، «أولا أكد X»), no subject
ORDER_ADVERBS = {_n(c + w) for c in ("", "و", "ف") for w in ("بداية", "أولا", "ثانيا", "ثالثا", "أخيرا", "ختاما")}
WITH = {_n("مع")}  # «في مقابلة مع …»: whom the interview was given to
# Prepositions that open a fronted phrase of topic, place or time: «وحول العوائق … قال الناقد»,
# «وعن الاتفاق قال»; the subject then follows the verb. (على is left out: its normal form is
# the name علي.)
FRONTED_PREPOSITIONS = {_n(w) for w in (
    "حول", "عن", "بشأن", "بخصوص", "حيال", "إزاء", "تجاه", "إلى", "مع", "خلال", "منذ", "بعد", "قبل",
    "عند", "أمام", "لدى", "وسط", "رغم", "برغم", "بسبب", "بالنسبة", "بدلا", "من")}
PREPOSITION_WORDS = FRONTED_PREPOSITIONS | FI | {_n("على")}
TIME_WORDS = {_n(w) for w in (
    "أمس", "اليوم", "الليلة", "مساء", "صباح", "ظهر", "فجر", "يوم", "الأحد", "الاثنين", "الإثنين", "الثلاثاء",
    "الأربعاء", "الخميس", "الجمعة", "السبت", "الماضي", "الماضية", "أيضا", "كذلك", "بدوره", "بدورها", "مجددا")}
TIME, BEFORE_OR_AFTER = _n("وقت"), {_n(w) for w in ("سابق", "لاحق")}  # «في وقت سابق / لاحق»: earlier, later
TIME_NOUNS = {_n(w) for w in ("العام", "الشهر", "الأسبوع", "الاسبوع", "السنة", "الأسبوعين", "الشهرين", "الصيف",
                             "الشتاء", "الربيع", "الخريف", "الموسم")}
TIME_ADJECTIVES = {_n(w) for w in ("الماضي", "الماضية", "المقبل", "المقبلة", "الجاري", "الجارية", "الحالي",
                                  "الحالية", "الفائت", "القادم", "القادمة", "المنصرم", "الفائتة", "الماضيين")}
MEDIA_HEADS = {split_proclitics(_n(w))[1] for w in ("وكالة", "صحيفة", "قناة", "إذاعة", "مجلة", "موقع", "شبكة", "تلفزيون")}
RELATIVES = {_n(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللائي", "اللاتي")}
# «بيان نشره / أصدرته …»: a verb of publishing with a pronoun for the statement before it
# («الدراسة التي نشرتها صحيفة X»: an outlet that publishes a document only passes it on)
PASSED_ON = {_n(v + t + o) for v in ("نشر", "بث", "أورد", "اورد", "أذاع", "اذاع") for t in ("", "ت")
             for o in ("ه", "ها")}
PUBLISHED = PASSED_ON | {_n(v + t + o) for v in ("أصدر", "اصدر", "وزع") for t in ("", "ت") for o in ("ه", "ها")}
# «أصدرت الوزارة بيانا»: a verb of issuing before its subject and the statement it issued
ISSUED = {_n(c + v + t) for c in ("", "و", "ف") for v in ("نشر", "أصدر", "اصدر", "وزع", "أذاع", "اذاع", "بث")
          for t in ("", "ت")}
ISSUED_NOUNS = {_n(w) for w in ("بيان", "بلاغ", "تعميم")}  # «بيان للجيش»: after these, ل names the issuer
ISSUER_REACH = 12  # tokens back from a statement noun to its verb of issuing
TIMES = TIME_WORDS | TIME_NOUNS  # between a verb of issuing and its document: no part of the issuer
REPORTS_AND_DOCUMENTS = REPORT_NOUNS | DOCUMENT_NOUNS
SUBJECT_WINDOW = 15  # tokens after a verb where its subject is read
# Indefinite things said or written, objects of the verb that delivers them («ألقى كلمة»، «نشر رسالة»).
STATEMENT_OBJECTS = {_n(w) for w in (
    "كلمة خطبة رسالة بيان بيانا تصريح تصريحا تغريدة تدوينة مقال مقالا مقالة تقرير تقريرا محاضرة خطاب خطابا "
    "حديثا مداخلة تسجيلا شريطا فيديو منشورا قصيدة برقية").split()}
CHANNELS = {_n(w) for w in ("صفحة", "حساب")}  # an owner's page or account, which speaks for the owner
# Words between a verb and its subject: «وقد»، «أيضا», and the cognate object «وأردف القول أن».
BEFORE_SUBJECT = {_n(w) for w in ("قد", "أيضا", "ايضا", "القول", "بالقول")}
OBJECTLESS = {"قال", "أضاف", "تابع", "أردف", "استطرد", "زعم", "صرح"}  # lemmas as written in cues.VERBS
TELLING = OBJECTLESS | {"أوضح", "شرح", "أكد", "ذكر", "كشف"}  # verbs with an addressee pronoun (قال لهم، أوضح لنا)
# Verbs whose direct object may be a person («حذر شقيقه من»، «دعا نجله إلى»، «اتهم محاميه بـ»): a person
# written with a possessive after them may be that object; after any other report verb it is the subject.
ADDRESSING = OBJECT_FIRST | {"حذر", "دعا", "طالب", "ناشد", "نبه", "هدد", "توعد", "انتقد", "أدان", "دان", "استنكر",
                             "أوصى", "نقل"}
TRANSMIT = {_n(w) for w in ("نقلت", "نقل", "ونقلت", "ونقل", "نقلا", "نقلاً", "تنقل", "ينقل", "وتنقل", "نسبت", "ونسبت")}


def on_statement(art: Context, i: int) -> bool:
    """«… كلمة أوضح فيها أن»، «رسالة قال فيها»: the verb at token i opens a relative clause on the
    indefinite statement noun right before it (its resumptive pronoun follows the verb), so that
    noun is no subject of the verb."""
    toks = art.toks
    if i < 1 or i + 1 >= len(toks) or toks[i + 1].norm not in RESUMPTIVE:
        return False
    return toks[i - 1].norm in STATEMENT_OBJECTS


def close_person_subject(cue: Cue, word: str) -> bool:
    """«وأكد محاميه أن»، «وأشارت والدتها X إلى أن»: a person close to someone, written with that one's
    pronoun (`owned_close_person`), right after a report verb that takes no person for object is its
    subject, not its object."""
    return cue.lemma not in ADDRESSING and owned_close_person(word)


def starts_as_object(tok: Tok) -> bool:
    """A word with a possessive suffix (تضامنها، تصميمه) opens an object, not a subject."""
    return possessive(tok, min_len=4)


INDEFINITE_REACH = 4  # words of an indefinite phrase (a noun and its adjectives) before its verb
PERSON_HEADS = SOURCE_HEADS | GROUP_HEADS | PERSON_NOUNS
TITLE_OR_COREFERRING = TITLE_HEADS | COREFERRING_HEADS
NOT_IN_PHRASE = {_n(w) for w in ("مما", "ومما", "لكي", "كي", "لا", "ولا")}  # particles no noun phrase holds


def indefinite_antecedent(art: Context, i: int) -> NP | None:
    """«نقلت الصحيفة عن مسؤولين أمريكيين قالوا إن …»، «في صيحات متظاهرين هتفوا»: a verb right
    after an indefinite phrase of persons or sources, with no relative pronoun, opens a clause
    describing that phrase (an indefinite antecedent takes none), whose subject it is when the
    verb agrees with the phrase's head."""
    toks = art.toks
    cue = toks[i].cue
    if cue is None or cue.kind != VERB or cue.conjunction:
        return None
    phrase: list[int] = []
    for x in range(i - 1, max(art.sentence_start(i), i - INDEFINITE_REACH) - 1, -1):
        t = toks[x]
        if not t.is_word or is_definite(t) or art.entity(t) is not None or t.norm in STOP | NOT_IN_PHRASE \
                or t.cue is not None:
            break
        phrase.append(x)
    if phrase and toks[phrase[-1] - 1].norm in NOT_IN_PHRASE:
        return None  # «لا أحد ينكر»: nobody
    for x in reversed(phrase):
        if _persons_said(toks[x], cue):  # «نشر آخرون فيديو قالوا إنه»: the subject before the verb's object
            end = _adjectives_end(toks, x + 1, i)
            return NP(x, end, toks[x:end])
        if stem_of(toks[x]) in PERSON_HEADS and not possessive(toks[x]):  # «ابنه قال»: a subject before its verb
            if not _verb_agrees(toks[x], cue):
                return None
            np = read_np(toks, x, i, art.seg_at, art.entity)
            return np if np.words else None
    return None


def _persons_said(t: Tok, cue: Cue) -> bool:
    """A plural verb after «آخرون» or an indefinite sound plural in the nominative (مغردون،
    ناشطون) and the object of their own verb: they said it."""
    nominative = t.norm.endswith("ون") and t.norm[0] not in "يتوفلب"  # no clitic, no imperfect verb (ينجذبون)
    return bool(cue.plural) and nominative and (t.norm in GROUP_PRONOUNS or len(t.norm) > 4
                                                and stem_of(t) not in PERSON_HEADS)


def _adjectives_end(toks: list[Tok], k: int, limit: int) -> int:
    """Past the plural or nisba adjectives right after a head (مغردون إيرانيون)."""
    while k < limit and toks[k].is_word and toks[k].norm.endswith(("ون", "ين", "يون", "يين")):
        k += 1
    return k


def _verb_agrees(head: Tok, cue: Cue) -> bool:
    """A verb agrees with an indefinite head: plural with persons (مسؤولون قالوا), feminine
    singular with a feminine noun or a plural of things (مصادر قالت), else masculine singular."""
    st = stem_of(head)
    things = st in THING_PLURALS
    persons = not things and (st.endswith(("ون", "ين")) or st in GROUP_HEADS)
    if cue.plural:
        return persons
    if cue.feminine:
        return things or feminine_noun(head)
    return not (persons or things or feminine_noun(head))


def subject_before(art: Context, i: int, stop_at_comma: bool = True) -> NP | None:
    """Subject–verb order: the phrase between the clause start and the verb."""
    toks = art.toks
    s0 = art.sentence_start(i)
    if s0 + 1 < i and _fronted_adverbial(toks[s0], toks[s0 + 1]) and all(t.is_word for t in toks[s0:i]):
        return None  # «وحول ما إذا كان الوقت قد حان قال المدرب …»: the subject follows the verb
    if stop_at_comma and (np := kana_subject(art, s0, i)) is not None:
        return np
    if stop_at_comma and (rel := _relative_clause_before(art, s0, i)) is not None:
        return subject_before(art, rel)  # «الدبلوماسي الذي فضل عدم الكشف عن هويته قال»: before the clause
    if stop_at_comma and (anonymous := _anonymity_before(art, s0, i)) is not None:
        return subject_before(art, anonymous)  # «لكن أحد الدبلوماسيين طلب عدم ذكر اسمه، قال»: likewise
    if (np := _quoted_name_before(art, s0, i)) is not None:
        return np
    j = i - 1
    if not stop_at_comma:  # «…، الذي قال»: the phrase before the comma
        while j >= s0 and toks[j].text in "،,":
            j -= 1
    elif j > s0 and toks[j].text in "،,":
        return _apposed_person(art, s0, j) or _subject_before_aside(art, s0, j, i)
    if (span := _subject_span(art, s0, j, i)) is None:
        return None
    a, b, after_kana = span
    np = read_np(toks, a, b, art.seg_at, art.entity)
    if np.words and np.end < b and _missed_name(art, np.end, b) and definite_construct(art, np, toks[i]):
        return NP(a, b, toks[a:b], name_at=np.end - a)  # «لكن عمدة القرية متين ديزين يقول»: a role, and a name
        # the recogniser missed
    if not np.words or np.end < b and not (_prepositional_tail(toks, np.end, b) and _names_someone(art, np)):
        return _name_before(art, a, b) or (_opening_person(art, a) if after_kana else None)
    return _without_conjunction(np) if _credible_subject(art, np, toks[i]) else None


def _missed_name(art: Context, a: int, b: int) -> bool:
    """Tokens [a, b) are up to NAME_WORDS plain indefinite words (no particle, cue, preposition or
    article): after a definite phrase, a name the recogniser missed, not an adjective of it."""
    return 0 < b - a <= NAME_WORDS and all(_bare_word(t) and not t.text.endswith("ا") for t in art.toks[a:b])


def _bare_word(t: Tok) -> bool:
    """A plain indefinite word: no particle, cue, article, proclitic, function word or time word."""
    return t.is_word and t.cue is None and split_proclitics(t.norm)[0] == "" and not is_definite(t) \
        and t.norm not in STOP and t.norm not in TIMES


def generic_subject_before(art: Context, i: int) -> NP | None:
    """«بعضهم يرى أن …»، «وآخر يقول: …»: a quantifier standing alone for unnamed people that
    opens the clause right before its verb is the verb's subject (a group, or «أحدهم» one person)."""
    toks, k, s0 = art.toks, i - 1, art.sentence_start(i)
    cue = toks[i].cue
    if k < s0 or toks[k].norm not in QUANTIFIER_PRONOUNS or cue is None or cue.kind != VERB or cue.conjunction:
        return None
    t = toks[k]
    joined = t.norm[1:] in QUANTIFIER_PRONOUNS  # «وآخر»: و opens the clause
    if not (joined or k == s0 or toks[k - 1].text in "،,:;؛" or toks[k - 1].norm in LEADING_PARTICLES):
        return None  # «ومن جهة أخرى صرح X»: an adjective, not a subject
    return NP(k, i, [replace(t, text=t.text[1:], norm=t.norm[1:]) if joined else t])


RELATIVE_WHO = with_conjunctions("من")
# The words before such a «من» that make it someone unnamed who holds or says something: there is
# («هناك من»، «ثمة من»), some of them («منهم من»), between («بين من يرى … ومن يرى»), «صدق من قال»، «أما من يقول»
# (not a question «من قال إن …؟», nor an object «حظر كل من يغرد»، «على نحو من يكتب»)
WHO_OPENERS = with_conjunctions("هناك ثمة منهم منهن منا منكم بين صدق أما")


def relative_who_before(art: Context, i: int) -> NP | None:
    """«هناك من يرى أن …»، «ثمة من يقول: …»، «ومنهم من قال إن …»: the relative «من» (whoever) after
    WHO_OPENERS, right before a report verb with no object pronoun, is its generic subject, «من يرى»
    as the golds write it («على من وصفهم»: من is the object)."""
    toks, k = art.toks, i - 1
    cue = toks[i].cue
    if k < 1 or toks[k].norm not in RELATIVE_WHO or toks[k - 1].norm not in WHO_OPENERS or cue is None \
            or cue.kind != VERB or cue.conjunction or cue.object:
        return None
    who = toks[k]
    if who.norm != WHO:
        who = replace(who, text=who.text[1:], norm=who.norm[1:], start=who.start + 1)
    return NP(k, i + 1, [who, toks[i]])


def _without_conjunction(np: NP) -> NP:
    """The phrase without a و/ف attached to its quantifier («فبعض التجار» → «بعض التجار»)."""
    first = np.words[0]
    if first.norm[:1] not in "وف" or _n(first.norm[1:]) not in QUANTIFIERS:
        return np
    bare = replace(first, text=first.text[1:], norm=first.norm[1:])
    return NP(np.start, np.end, [bare, *np.words[1:]], np.aliases, np.name_at)


def _names_someone(art: Context, np: NP) -> bool:
    """The phrase is headed by a name, a title, a source, a body or a plural of persons."""
    first = np.words[0]
    return art.entity(first) is not None or is_title(first) or stem_of(first) in COREFERRING_HEADS \
        or sound_plural_phrase(np.words)


def _prepositional_tail(toks: list[Tok], a: int, b: int) -> bool:
    """Tokens [a, b) are a short prepositional phrase between a subject and its verb
    («مستخدمون للإنترنت قالوا»، «خبراء في الاقتصاد يقولون»)."""
    first = toks[a]
    return 0 < b - a <= 3 and (first.norm in PREPOSITION_WORDS or has_preposition(first, "ل")
                               or has_preposition(first, "ب")) \
        and all(t.is_word and t.cue is None for t in toks[a:b]) \
        and not any(t.norm in STOP or t.norm in LEADING_PARTICLES or t.norm.endswith("ما") for t in toks[a + 1:b])
    # (not «… للكيماويات بعدما أكدت»: a subordinate clause opens there)


def _clause_start(art: Context, s0: int, j: int) -> int:
    """Where the clause that ends at token j opens: after punctuation, a claimed quote, a
    report verb or a complementiser, or at a contrast (لكن)."""
    toks = art.toks
    while j >= s0:
        t = toks[j]
        if t.text in "،,.:;؛»”\")" and not _acronym_dot(art, j) or art.is_claimed(t.start) or art.speech[j]:
            break  # (a dot inside «بي.بي.سي» ends nothing)
        if t.is_word and t.cue is not None and t.cue.kind != NOUN and not after_preposition(toks, j, s0) \
                or t.norm in COMPLEMENTISERS:
            break  # a report verb, or «يشار إلى أن مصدرا … كشف»: the clause opens after أن
        if t.norm in BUT:
            return j  # «ولم يتسن الوصول إليه للتعليق لكن المسؤول قال»: the contrast opens a clause
        j -= 1
    return j + 1


# «و» + a preposition after the subject opens an aside before its verb: «لكن الوزير وفي حديث … قال»
ASIDE_OPENERS = {"و" + _n(w) for w in ("في", "خلال", "أمام", "عبر", "على", "عن")}


def _acronym_dot(art: Context, j: int) -> bool:
    """Token j is a dot between the short letter groups of an acronym, with no space (بي.بي.سي)."""
    toks, t = art.toks, art.toks[j]
    if t.text != "." or j == 0 or j + 1 >= len(toks):
        return False
    before, after = toks[j - 1], toks[j + 1]
    return before.end == t.start and after.start == t.end and before.is_word and after.is_word \
        and len(before.text) <= 3 and len(after.text) <= 3


def _subject_span(art: Context, s0: int, j: int, i: int) -> tuple[int, int, bool] | None:
    """Tokens [a, b) that may hold the subject of the verb at i (the clause ends at j), and
    whether they follow كان; None when the clause cannot open with the subject."""
    toks = art.toks
    a, end = _clause_start(art, s0, j), j + 1
    while a < i and (toks[a].norm in LEADING_PARTICLES or toks[a].norm[1:] in LEADING_PARTICLES
                     and toks[a].norm[:1] in "وف" or not toks[a].is_word):
        if toks[a].norm in FI and a + 1 < i and toks[a + 1].norm != _n("حين"):
            return None  # «وفي باريس قال …»: a fronted place or time, the subject follows the verb
        a += 1
    if a + 1 < i and _fronted_adverbial(toks[a], toks[a + 1]) or a + 1 == end and toks[a].norm in ORDER_ADVERBS:
        return None  # «وحول العوائق قال …»، «وخوفا من رد الفعل قال …»، «بدايةً قال …»: likewise
    b = end
    while b > a and toks[b - 1].norm in (_n("قد"), _n("لقد"), _n("وقد")):
        if toks[b - 1].norm == _n("وقد"):
            return None  # «… المشاركة الأوروبية وقد أعلن الوزير»: و starts a new clause
        b -= 1
    cited = [k for k in range(a + 1, b) if toks[k].norm in ACCORDING or toks[k].norm in ASIDE_OPENERS]
    if cited:
        b = cited[0]  # «رئيس الأركان وفقا للمسؤول أكد»، «الوزير وفي حديث للتلفزيون قال»: an aside
        # between the subject and the verb (the source cited, a circumstance)
    kana = [k for k in range(a, b) if toks[k].norm in KANA]
    if kana:
        a = kana[-1] + 1  # «… وكانت الوزيرة صرحت»: the subject of كان is the verb's
    if a >= b or toks[a].norm in PRONOUN_SUBJECTS or split_proclitics(toks[a].norm)[1] in STOP \
            or toks[a].norm[:1] in "وف" and toks[a].norm[1:] in STOP:
        return None
    if has_preposition(toks[a], "ب") or has_preposition(toks[a], "ل") or starts_as_object(toks[a]):
        return None  # وعنها قال محفوظ: a prepositional phrase, not a subject
    return a, b, bool(kana)


def _credible_subject(art: Context, np: NP, verb: Tok) -> bool:
    """A phrase before its verb is taken for the subject when it is short enough and, without a
    recognised name, has a known kind of head, is a definite noun (الشواهد السابقة تشير), or is
    one bare word (ترامب، دمشق)."""
    named_last = art.label(np.words[-1]) == "PER"  # «مستشار … والناطق باسم … أحمد عيد نفى»
    if len(np.words) > (14 if named_last else 9 if is_title(np.words[0]) else 6):
        return False
    first = np.words[0]
    head = stem_of(first)
    if _singular_after_plural(head, verb):
        return False
    if head.endswith("ا") and head[:-1] in COREFERRING_HEADS:  # «لكن مصدرا رفيعا قال»: accusative after لكن
        head = head[:-1]
    return art.entity(first) is not None or head in COREFERRING_HEADS or is_title(first) \
        or is_definite(first) or len(np.words) == 1 and first.norm[:1] not in "وف" \
        or plural_of_persons(np.words, verb) or head in QUANTIFIERS and len(np.words) > 1 \
        and not split_proclitics(first.norm)[0].strip("وف") or definite_construct(art, np, verb)
    # else «ومضى يقول»: a bare word with و before the verb is another verb; «بعض الاقتصاديين يعتقدون»: people


def _singular_after_plural(head: str, verb: Tok) -> bool:
    """A singular verb after a plural of persons (PERSON_PLURALS: «مهندسون سوريون أكد»، «المسؤولون
    قال»، «مسؤولو الوزارة أكد»): a subject before its verb makes it plural, so the verb opens a clause
    of its own and the plural is not its subject."""
    cue = verb.cue
    return cue is not None and cue.kind == VERB and cue.plural is False and head in PERSON_PLURALS


def definite_construct(art: Context, np: NP, verb: Tok) -> bool:
    """«لكن عمدة القرية يقول»، «إحدى السيدات قالت»: a bare noun with a definite noun after it is
    a construct phrase, definite like its second word, and the subject when it opens the sentence
    or follows a contrast or a complementiser, and the verb has no subject of its own after it
    (not a heading run on: «أخطاء المعتكفين ذكر X أن»), opens no relative clause («مشكلة التنفيذ
    التي تتحدث عنها»، «لكل من يعتقد»), and agrees (a feminine verb needs a feminine head: not «قالت صحيفة»)."""
    words, toks = np.words, art.toks
    if len(words) < 2 or not is_definite(words[1]) or not _construct_opens(art, np.start):
        return False
    first, cue = words[0], verb.cue
    if cue is not None and cue.feminine and not cue.plural and not (feminine_noun(first) or first.text.endswith("ى")):
        return False
    if verb.norm in RELATIVES or toks[verb.index - 1].norm in RELATIVE_OPENERS \
            or _subject_follows(art, verb.index):
        return False
    return _bare_word(first) and first.norm not in PREPOSITION_WORDS and first.norm not in ADVERBIAL_HEADS \
        and not first.text.endswith(POSSESSIVE_ENDINGS)  # (an accusative adverb, «تزامنا مع»; «تاريخك الحافل»)


POSSESSIVE_ENDINGS = ("ا", "ه", "ك", "كم", "نا")  # as written: ta marbuta is not ه
RELATIVE_OPENERS = RELATIVES | RELATIVE_WHO  # before a verb: the clause's subject is the relative
THAT = {_n("أن"), _n("إن")}  # complementisers a clause's subject may follow («أكد أن X قال»)


def _construct_opens(art: Context, k: int) -> bool:
    """The phrase at token k opens its sentence or follows a contrast or a complementiser
    («لكن X»، «غير أن X»، «أكد أن X»): not an apposition after a comma, nor a verb's object."""
    toks = art.toks
    return k == art.sentence_start(k) or toks[k - 1].norm in BUT or toks[k - 1].norm in THAT


def _subject_follows(art: Context, i: int) -> bool:
    """The verb at i has its own subject right after it: a name, a title or a definite noun. A test
    of that one word: `_own_subject_after` reads the whole phrase (verb_subject), which would also
    take an object for it («صحة القصيم تعلن حالة الطوارئ»)."""
    toks = art.toks
    k = i + 1
    if k >= len(toks) or not toks[k].is_word:
        return False
    if toks[k].text in ABBREVIATED_TITLES and k + 2 < len(toks) and toks[k + 1].text == ".":
        k += 2  # an abbreviated title: «يرى م. عبدالله»، «قال د. أحمد»
    t = toks[k]
    return art.entity(t) is not None or is_title(t) or is_definite(t) and t.norm not in TIMES


# Construct heads that open a fronted adverbial, not a subject: «إثر الهجوم قال …»
ADVERBIAL_HEADS = {_n(w) for w in ("إثر", "اثر", "عقب", "وسط", "نهاية", "بداية", "مطلع", "أواخر", "أوائل", "منتصف",
                                   "طوال", "طيلة", "خارج", "داخل", "قرب", "بعيد", "عشية", "غداة", "ضمن", "جراء",
                                   "نتيجة", "لدى", "تحت", "فوق", "بين", "بينما", "حين", "إبان", "ابان", "أثناء")}


PLURAL_PHRASE = 3  # words of an indefinite plural of persons with its adjectives («باحثون أميركيون»)


def plural_of_persons(words: list[Tok], verb: Tok) -> bool:
    """«مهندسون سوريون أكدوا»، «لكن مستخدمين صينيين قالوا»: an indefinite sound masculine plural
    (in the nominative, or all in the accusative after لكن / إن) with adjectives that agree with it,
    right before a masculine plural verb, is a group of people."""
    cue = verb.cue
    if cue is None or not cue.plural or cue.feminine or len(words) > PLURAL_PHRASE:
        return False
    return sound_plural_phrase(words)


def after_preposition(toks: list[Tok], j: int, s0: int) -> bool:
    """True when the word at j follows a preposition, so is a noun however it could be read as a
    verb («من رد الفعل»، «حول أبرز العوائق»)."""
    return j > s0 and toks[j - 1].norm in PREPOSITION_WORDS | {"و" + p for p in PREPOSITION_WORDS}


def _fronted_adverbial(first: Tok, second: Tok) -> bool:
    """True when a clause opens with a prepositional phrase (حول، عن، بشأن …) or with an
    indefinite accusative noun and a preposition (خوفا من، ردا على، تعليقا على)."""
    word = first.norm[1:] if first.norm[:1] in "وف" and len(first.norm) > 2 else first.norm
    if word in FRONTED_PREPOSITIONS or first.norm in FRONTED_PREPOSITIONS:
        return True
    return len(word) >= 4 and word.endswith("ا") and not word.startswith("ال") \
        and (second.norm in PREPOSITION_WORDS or has_preposition(second, "ل"))


QUOTED_NAME_WORDS = 3  # at most this many words in a name in quotation marks


def _quoted_name_before(art: Context, s0: int, i: int) -> NP | None:
    """«"الصحيفة" تقول للمسؤول: …»: a short name in quotation marks that opens its clause right
    before the verb at token i is the verb's subject (a paper, a column, an agency) when no
    subject follows the verb — a preposition, complementiser or punctuation comes next; before
    a verb with its own subject («"نعم" قال الوزير») the marks enclose quoted words."""
    toks = art.toks
    if i - 1 <= s0 or toks[i - 1].is_word or i + 1 >= len(toks):
        return None
    after = toks[i + 1]
    if after.is_word and after.norm not in COMPLEMENTISERS and not has_preposition(after, "ل"):
        return None
    seg = next((g for g in art.segments if g.close == toks[i - 1].start and g.closed), None)
    if seg is None or not 0 < seg.words <= QUOTED_NAME_WORDS:
        return None
    opening = seg.tokens[0] - 1
    if opening > s0 and toks[opening - 1].is_word:
        return None  # «… في "الصحيفة" تقول»: the name is inside a longer phrase
    np = read_np(toks, opening, i, art.seg_at, art.entity)
    return np if np.words and np.end == i else None


RELATIVE_CLAUSE_REACH = 10  # tokens of a relative clause between a subject and its verb


def _relative_clause_before(art: Context, s0: int, i: int) -> int | None:
    """The relative pronoun opening a clause that ends right before the verb at token i, with no
    punctuation, quotation or complementiser in it (… الذي فضل عدم الكشف عن هويته قال); None when the verb
    follows the relative pronoun directly (… الذي قال: its own subject is the antecedent)."""
    toks = art.toks
    for k in range(i - 1, max(s0, i - RELATIVE_CLAUSE_REACH) - 1, -1):
        t = toks[k]
        if not t.is_word or art.speech[k] or t.norm in COMPLEMENTISERS:
            return None
        if t.norm in RELATIVES:
            return k if k < i - 1 else None
    return None


WITHHELD = {_n(w) for w in ("ذكر", "نشر", "الكشف", "كشف", "الإفصاح", "إعلان")}  # «عدم ذكر اسمه»
IDENTITY = {_n(w + o) for w in ("اسم", "هويت", "أسماء", "هويات") for o in OBJECT_PRONOUNS}  # اسمه، هويتها


def _anonymity_before(art: Context, s0: int, i: int) -> int | None:
    """The verb opening a clause in which a source asks not to be named, right before the verb at
    token i (and a comma): «طلب عدم ذكر اسمه»، «فضل عدم الكشف عن هويته» — the subject comes
    before that clause."""
    toks = art.toks
    k = i - 1
    if k > s0 and toks[k].text in "،,":
        k -= 1
    if k - 3 <= s0 or toks[k].norm not in IDENTITY:
        return None
    k -= 1 + (toks[k - 1].norm == _n("عن"))
    if toks[k].norm not in WITHHELD or toks[k - 1].norm != _n("عدم"):
        return None
    verb = k - 2
    return verb if verb > s0 and toks[verb].is_word and toks[verb].cue is None else None


KANA_REACH = 16  # tokens back from a verb to the كان whose subject it shares
CONDITIONALS = {_n(w) for w in ("إذا", "اذا", "لو", "ولو", "إن", "وإذا", "فإذا")}  # before كان: whether, if
THERE = {_n(w) for w in ("هناك", "هنا", "ثمة")}  # «كانت هناك …»: no subject
# Subordinators that open a clause of their own: a verb after one has its own subject, not كان's
# («وكان الداعم الرئيس للمؤشر بعدما قال البنك إن»، «وكانت الضربات ناجحة حيث أعلن المتحدث أن»)
SUBORDINATORS = with_conjunctions("حيث بعدما عندما حينما حين لما إذ بينما فيما لأن لكون كي")


def kana_subject(art: Context, s0: int, i: int) -> NP | None:
    """«وكانت صحيفة "الشروق" الجزائرية قد ذكرت»، «وكانت كلية … في دندي قد أعلنت»: the verb
    after the subject of كان shares that subject, which is the noun phrase right after كان,
    names in quotation marks and prepositional tails included; not after إذا / لو / إن when
    that phrase has its own predicate («وعما إذا كان التعادل نتيجة مقبولة أجاب المدرب»: a
    question, whose answerer follows the verb; but «فإذا كان الوزير يقول إن»), nor across a
    subordinator (SUBORDINATORS) when the verb has its own subject after it («وكان الرابح الأكبر بعدما
    قال البنك إن»; but «كان X أكثر صراحة حينما أكد أن»: X's). An aside set off by commas may stand
    between the subject and «قد» («وكانت شركة X، إحدى شركات …، قد أكدت»; a person in it is the subject's
    name: «بدوره، كان الرئيس، X، قد قال»)."""
    toks = art.toks
    b = i
    while b > s0 and toks[b - 1].norm in (_n("قد"), _n("لقد")):
        b -= 1
    comma = b > s0 and toks[b - 1].text in "،,"
    b -= comma  # «وكان رئيس الوزراء، قال»: a comma closing the subject (of a كان that opens the sentence)
    aside = None
    if comma and (opened := _aside_opened(art, s0, b)) is not None:
        aside, b = (opened + 1, b), opened  # «وكانت شركة X، إحدى شركات الهاتف، قد أكدت»: an aside after the subject
    k = b - 1
    reach = max(s0, (b if aside else i) - KANA_REACH)  # (counted from the subject's end past an aside)
    while k >= reach and toks[k].norm not in KANA:
        t = toks[k]
        if t.text in "،,.:;؛" or art.speech[k] and t.is_word or t.cue is not None or t.norm in COMPLEMENTISERS \
                or t.norm in RELATIVES or t.norm in SUBORDINATORS and _own_subject_after(art, i):
            return None
        k -= 1
    if k < reach or k + 1 >= b or comma and k != s0 and not _after_its_part(art, s0, k):
        return None
    first = toks[k + 1]
    if not first.is_word and _quoted_name_at(art, k + 1, b):
        first = toks[k + 2]  # «وكانت "إليوت أدفيزرز" المستثمر في … قد قالت»: a name in quotation marks
    if not first.is_word or first.norm in PRONOUN_SUBJECTS | THERE or stem_of(first) in STOP or possessive(first) \
            or has_preposition(first, "ب") or has_preposition(first, "ل"):
        return None  # «كان لدينا رأي»، «كان من أبرز»
    if aside is not None and any(art.label(t) == "PER" for t in toks[aside[0]:aside[1]]):
        k, b = aside[0] - 1, aside[1]  # «وكان المتخصص في …، البريطاني X، قد كتب»: the person apposed to it
    np = read_np(toks, k + 1, b, art.seg_at, art.entity)
    if k > s0 and toks[k - 1].norm in CONDITIONALS and np.end < b and toks[np.end].norm not in PREPOSITION_WORDS:
        return None  # «عما إذا كان X نتيجة مقبولة أجاب Y»: كان with its own predicate in a question or condition
    return np if np.words else None


def _aside_opened(art: Context, s0: int, b: int) -> int | None:
    """The comma opening an aside that ends at the comma at token b («، إحدى شركات الهاتف في العراق،»،
    «، رجب طيب أردوغان،»): at most ASIDE_WORDS words after it, none a report, a complementiser, a
    relative pronoun or quoted speech; None when there is no such comma."""
    toks = art.toks
    for x in range(b - 1, max(s0, b - ASIDE_WORDS - 1), -1):
        t = toks[x]
        if t.text in "،,":
            return x if x + 1 < b else None
        if not t.is_word or art.speech[x] or t.cue is not None or t.norm in COMPLEMENTISERS | RELATIVES:
            return None
    return None


def _after_its_part(art: Context, s0: int, k: int) -> bool:
    """«بدوره، كان X»، «من جهته، كان X»: the كان at token k opens its sentence after «for his part» and a
    comma."""
    toks = art.toks
    return k > s0 + 1 and toks[k - 1].text in "،," and all(t.norm in FOR_ITS_PART | {FROM} for t in toks[s0:k - 1])


def _own_subject_after(art: Context, i: int) -> bool:
    """The verb at token i has a subject of its own after it, before its complementiser or its
    words («بعدما قال البنك إن»), rather than an elided one («حينما أكد في تصريح أن»: كان's); the
    phrase as verb_subject reads it, where `_subject_follows` tests one word («إذ اعتبر هؤلاء الاعضاء»)."""
    toks = art.toks
    j = next((k for k in range(i + 1, min(len(toks), i + SUBJECT_WINDOW))
              if toks[k].norm in COMPLEMENTISERS or toks[k].text == ":" or toks[k].text in QUOTE_CHARS),
             min(len(toks), i + SUBJECT_WINDOW))
    return verb_subject(art, i, j) is not None


def _quoted_name_at(art: Context, k: int, b: int) -> bool:
    """Token k opens a short closed quotation that ends before token b and is a name, not one
    word in the indefinite accusative (the predicate of كان: «حينما كان "موعوكا" قال»)."""
    seg = art.seg_at.get(art.toks[k].start) if art.toks[k].text in QUOTE_CHARS else None
    if seg is None or not seg.closed or not 0 < seg.words <= QUOTED_NAME_WORDS or seg.tokens[1] >= b:
        return False
    first = art.toks[k + 1]
    return not (seg.words == 1 and accusative_form(first.norm) and art.entity(first) is None)


def _apposed_person(art: Context, s0: int, comma: int) -> NP | None:
    """«لكن وزير الخارجية، جون دو، قال»، «جون دو، وزير الخارجية، قال»، «جون دو، الذي …، قال»: a
    recognised person and a role or relative clause set off by commas, right before the verb."""
    toks = art.toks
    prev = next((k for k in range(comma - 1, s0 - 1, -1) if toks[k].text in "،,"), None)
    if prev is None or prev == comma - 1:
        return None
    before, between = toks[s0:prev], toks[prev + 1:comma]
    name = _name_before(art, prev + 1, comma)
    if name is not None and name.start == prev + 1 and any(is_title(t) for t in before[-6:]):
        return name  # role، NAME،
    name = _name_before(art, max(s0, prev - 4), prev)
    if name is not None and between and is_title(between[0]):
        return name  # NAME، role،
    if name is not None and between and between[0].norm in RELATIVES and _opens_clause(art, s0, name.start):
        return name  # NAME، الذي …، (not «زيارة NAME، التي …»: the relative clause is the visit's)
    return None


ASIDE_WORDS = 12  # words of an aside between commas that separates a subject from its verb


def _subject_before_aside(art: Context, s0: int, comma: int, i: int) -> NP | None:
    """«وكان الوزير X، الموجود في أستانا للمشاركة في اجتماع، أكد أن»، «فصندوق النقد الدولي، الذي
    يعد لاعبا رئيسيا، يرى أن»: an aside set off by commas (no report verb, complementiser,
    quotation, person or source in it) between a subject that fills its clause and the verb at i,
    when no subject of its own follows the verb (a complementiser, a preposition or a mark comes
    next)."""
    toks = art.toks
    if i + 1 >= len(toks) or toks[i + 1].is_word and toks[i + 1].norm not in COMPLEMENTISERS \
            and split_proclitics(toks[i + 1].norm)[1] not in STOP:
        return None
    prev = next((k for k in range(comma - 1, max(s0, comma - ASIDE_WORDS - 1) - 1, -1)
                 if not toks[k].is_word or art.speech[k]), None)
    aside = toks[prev + 1:comma] if prev is not None else []
    if prev is None or not aside or toks[prev].text not in "،," or aside[0].norm in ACCORDING \
            or any(t.cue is not None or t.norm in COMPLEMENTISERS or art.label(t) == "PER" for t in aside):
        return None  # (a name between the commas is the subject's: «المتحدث باسم الجيش، العميد X، أكد»)
    if (span := _subject_span(art, s0, prev - 1, prev)) is None:
        return None
    a, b, _ = span
    if a > s0 and not toks[a - 1].is_word and toks[a - 1].text not in "،,;؛":
        return None  # «… في (مشيخة) شخص، أي …، يقولون»: a phrase after a bracket opens no clause
    np = read_np(toks, a, b, art.seg_at, art.entity)
    return np if np.words and np.end == b and _credible_subject(art, np, toks[i]) else None


def _opens_clause(art: Context, s0: int, k: int) -> bool:
    """The name at token k opens its clause, after its titles: at the clause start, or after a
    complementiser, a particle or a mark («أن خاشقجي»، «لكن الرئيس X»; not «زيارة X»)."""
    toks = art.toks
    while k > s0 and toks[k - 1].is_word and is_title(toks[k - 1]):
        k -= 1
    return k == s0 or not toks[k - 1].is_word or toks[k - 1].norm in COMPLEMENTISERS | LEADING_PARTICLES


def _opening_person(art: Context, a: int) -> NP | None:
    """«وكان X عضو اللجنة … قال»: after كان, a recognised person opens the subject, whatever
    role follows the name."""
    e = art.entity(art.toks[a])
    if e is None or e.label != "PER" or e.start != art.toks[a].start:
        return None
    k = a
    while k < len(art.toks) and art.entity(art.toks[k]) is e:
        k += 1
    return NP(a, k, art.toks[a:k])


def _name_before(art: Context, a: int, b: int) -> NP | None:
    """A recognised person's name right before the verb, after words that do not form a
    subject with it (a heading run into a caption: «… و الظواهري اعتبر»)."""
    toks = art.toks
    e = art.entity(toks[b - 1])
    if e is None or e.label != "PER" or e.end != toks[b - 1].end:
        return None
    k = b - 1
    while k - 1 >= a and art.entity(toks[k - 1]) is e:
        k -= 1
    if k > a and toks[k - 1].norm not in ("و", "ف") and toks[k - 1].norm not in COMPLEMENTISERS \
            and split_proclitics(toks[k - 1].norm)[1] in STOP:
        return None  # «عن موقف …» is fine, «عن عباس قال» is a prepositional phrase (but «أن عباس قال» is not)
    np = read_np(toks, k, b, art.seg_at, art.entity)
    return np if np.words and np.end == b else None


def time_phrase(toks: list[Tok], k: int, j: int) -> bool:
    """Tokens k and k+1 (before j) are a time noun and its adjective (العام الماضي، الأسبوع المقبل)."""
    return k + 1 < j and toks[k].norm in TIME_NOUNS and toks[k + 1].norm in TIME_ADJECTIVES


def after_adverbials(art: Context, k: int, j: int) -> int:
    """Where the subject starts when time words, «في مؤتمر صحفي …», «لرويترز» or «عنه» stand between
    the verb and it («وقال أمس في مؤتمر صحفي وزير الخارجية …»، «وقال لـ"الرياض"، X»); k when nothing
    is skipped or no subject-like word follows."""
    toks, start, named_only = art.toks, k, False
    while k < j:
        t = toks[k]
        if t.norm in TIME_WORDS and art.label(t) != "PER":  # «وقال الخميس:» of a man named الخميس
            k += 1
        elif k + 1 < j and for_its_part_at(toks, k):
            k = _past_comma(art, k + 2, j)  # «وبين من جهته X أن»، «ويقول من جانبه X:»: for his part
        elif t.norm in FI and k + 2 < j and toks[k + 1].norm == TIME and toks[k + 2].norm in BEFORE_OR_AFTER:
            k = _past_comma(art, k + 3, j)  # «وقالت في وقت سابق X:»، «وقال في وقت لاحق، X إن»
        elif time_phrase(toks, k, j):
            k += 2  # «وقال العام الماضي»، «وأكد الشهر الجاري»
        elif t.text in "،," and k == start and _past_parenthesis(art, k, j) > k:
            k, named_only = _past_parenthesis(art, k, j), True  # «وقال، مساء الأحد، الوزير»، «وقال، سامي الخالد، …»
        elif t.is_word and pronoun_object(t.text) and art.entity(t) is None:
            k, named_only = k + 1, True  # «وقال لي»، «وقال عنه»: the verb's object or adjunct
        elif t.norm in FI and k + 1 < j and stem_of(toks[k + 1]) in ADJUNCT_NOUNS:
            k += 2  # في مؤتمر صحفي، في بيان له
            while k < j and k - start < 8 and toks[k].is_word and art.entity(toks[k]) is None \
                    and not is_definite(toks[k]) and toks[k].cue is None and toks[k].norm not in WITH \
                    and (toks[k].norm.endswith(("ي", "يه")) or toks[k].norm in STOP):
                k += 1  # its adjectives (صحفي، مشترك) or له
            if k + 1 < j and toks[k].norm in WITH:  # «في مقابلة مع صحيفة الحياة»: whom it was given to
                k = max(read_np(toks, k + 1, j, art.seg_at, art.entity).end, art.past_entity(k + 1, j))
                named_only = True
        elif t.norm == "ل" and (end := _paper_told(art, k + 1, j)) is not None:
            k = _past_comma(art, end, j)  # لـ«الوطن»، لـ(عكاظ)، لـ”عين اليوم”: the paper spoken to
        elif t.is_word and (has_preposition(t, "ل") or addressed_entity(t, art.entity)) and not is_definite(t):
            k = art.past_entity(k, j)  # لرويترز، للصحفيين، لفوكس نيوز
            if stem_of(t) in MEDIA_HEADS and k < j and toks[k].is_word:
                k = art.past_entity(k, j)  # لوكالة رويترز، لقناة سكاي نيوز: the name is the genitive, not the subject
            k = _past_comma(art, k, j)
        else:
            break
    if k == start or k >= j:
        return start
    first = toks[k]
    # a title that is also a first name (أمين، عميد) is the subject either way: «وقال لـ«عكاظ» أمين جدة»; so
    # is someone close to another after the one addressed: «قال له شقيقه X إن»
    subject_like = art.entity(first) is not None or stem_of(first) in TITLE_OR_COREFERRING \
        or owned_close_person(first.text) or is_definite(first) and not named_only \
        or not named_only and toks[k - 1].norm not in PREPOSITIONS_BEFORE_QUOTE and not split_proclitics(first.norm)[0] \
        and (stem_of(first) in QUANTIFIERS | GROUP_HEADS or sound_plural_phrase([first]))
    # after «عليه»، «له» a definite noun is an idiom's (عليه السلام); «قال لـ"الصحيفة" مختصون …»: people
    subject_like = subject_like or _fills_to_trigger(art, k, j) or _name_before_role(art, k, j)
    return k if subject_like and first.cue is None else start


SHORT_SUBJECT = 3  # tokens of a definite subject between an addressee pronoun and the verb's words


def _fills_to_trigger(art: Context, k: int, j: int) -> bool:
    """«فقال لهم الضابط، إن»: after ل + a pronoun, a short definite phrase that is all there is
    before the reported words (a comma at most) is the subject."""
    toks = art.toks
    before, verb = toks[k - 1], toks[k - 2].cue if k >= 2 else None
    if not (before.is_word and before.norm[:1] == "ل" and pronoun_object(before.text)) \
            or verb is None or verb.lemma not in TELLING:
        return False  # (not «يتوقع له النجاح»: what is wished for someone)
    rest = [t for t in toks[k:j] if t.text not in "،,"]
    return 0 < len(rest) <= SHORT_SUBJECT and is_definite(rest[0]) and all(t.is_word and t.cue is None for t in rest)


PARENTHESIS_WORDS = 6  # words of a time phrase set off by commas between a verb and its subject


NAME_WORDS = 3  # words of a name the recogniser missed before its holder's role


def _name_before_role(art: Context, k: int, j: int) -> bool:
    """«وقال لـ"الاقتصادية" X Y؛ رئيس …»، «صرح لـ"الصحيفة" X الهذلي الناطق …»: up to three plain words
    (no particle, cue, title or preposition; the article only on a family name after the first) and
    then a role, maybe after a comma: the holder's name, which the recogniser missed."""
    toks = art.toks
    x = k
    while x < min(j, k + NAME_WORDS) and toks[x].is_word and toks[x].norm not in STOP and toks[x].cue is None \
            and stem_of(toks[x]) not in TITLE_HEADS and split_proclitics(toks[x].norm)[0] in ("", "ال" if x > k else ""):
        x += 1
    if x < j and toks[x].text in "،,؛;":
        x += 1
    return k + 1 < x < j and stem_of(toks[x]) in TITLE_HEADS


PAPER_WORDS = 3  # words of a paper's name in quotation marks or brackets after «لـ»
MARKED_NAME = {"(": ")", "”": "”"}  # brackets, and a closing mark some sources also open with


def _paper_told(art: Context, k: int, j: int) -> int | None:
    """The token after a paper's name of at most three words that opens at token k, in quotation
    marks («الوطن»), in brackets «(عكاظ)» or between two closing marks «”عين اليوم”», which the
    quotation segments do not pair; None if no such name opens there."""
    toks = art.toks
    if k >= j:
        return None
    if (seg := art.seg_at.get(toks[k].start)) is not None:
        return seg.tokens[1] + 1 if seg.closed and seg.words <= PAPER_WORDS else None
    closer = MARKED_NAME.get(toks[k].text)
    for x in range(k + 1, min(j, k + PAPER_WORDS + 2)):
        if not toks[x].is_word:
            return x + 1 if toks[x].text == closer and x > k + 1 else None
    return None


def _past_comma(art: Context, k: int, j: int) -> int:
    """Past a comma at token k that closes the addressee before the subject («وقال لـ"الرياض"، X»)."""
    return k + 1 if k + 1 < j and art.toks[k].text in "،," else k


def _past_parenthesis(art: Context, k: int, j: int) -> int:
    """After the comma at token k right after a verb, a phrase closed by a second comma: past it
    when it is a time («، مساء الأحد،»), else past the first comma, the subject inside it
    («، سامي الخالد، المدير العام»); k when no second comma comes («فقال، شكرا للجميع»: speech)."""
    toks = art.toks
    for x in range(k + 1, min(j, k + PARENTHESIS_WORDS + 2)):
        if toks[x].text in "،,":
            inside = toks[k + 1:x]
            if not inside or not all(t.is_word for t in inside):
                return k
            return x + 1 if any(t.norm in TIME_WORDS for t in inside) else k + 1
        if not toks[x].is_word:
            return k
    return k


def transmitted(art: Context, i: int, limit: int) -> NP | None:
    """«نقل X عن Y قوله» / «… نقلا عن Y», or «نسب X إلى Y قوله» / «نسبت X لـY قوله» (X attributed
    to Y his saying): the original source Y."""
    toks = art.toks
    s0 = art.sentence_start(i)
    attributing = any(t.norm in ATTRIBUTE for t in toks[max(s0, i - 33):i])
    for j in range(i - 1, max(s0, i - 25) - 1, -1):
        if toks[j].norm == _n("عن") and any(toks[k].norm in TRANSMIT for k in range(max(s0, j - 8), j)):
            np = read_np(toks, j + 1, limit, art.seg_at, art.entity)
            if np.words:
                return np
        if attributing and (np := _attributed_to(art, j, s0, limit)) is not None:
            return np
    return None


ATTRIBUTE = {_n("نسبت"), _n("ونسبت")}  # (not نسب, also the noun نِسَب: ratios)


def _attributed_to(art: Context, j: int, s0: int, limit: int) -> NP | None:
    """The phrase Y at token j of «نسب(ت) X إلى Y» or «نسب(ت) X لـY» (the verb at most eight
    tokens back, its subject between); None when token j opens no such phrase."""
    toks = art.toks
    if j == s0 or not any(toks[k].norm in ATTRIBUTE for k in range(max(s0, j - 8), j)):
        return None
    if toks[j].norm in TO:
        np = read_np(toks, j + 1, limit, art.seg_at, art.entity)
    elif toks[j].norm.startswith("ل") and len(toks[j].norm) > 3 and toks[j - 1].norm not in ATTRIBUTE:
        np = read_np(l_taken_off(toks, j), j, limit, art.seg_at, art.entity)  # «للافروف»: the name after ل
    else:
        return None
    return np if np.words else None


def l_taken_off(toks: list[Tok], a: int) -> list[Tok]:
    """The tokens with the preposition ل taken off token a (`lam_taken_off`; a copy)."""
    t = toks[a]
    bare = lam_taken_off(t.text)
    return toks[:a] + [replace(t, text=bare, norm=normalise(bare), start=t.start + 1, cue=None, opens_person=False)] \
        + toks[a + 1:]


FROM_HIM = {_n("عن" + o) for o in OBJECT_PRONOUNS}  # عنه، عنها (the عن half of ABOUT_IT)


def transmitted_from_pronoun(art: Context, a: int, b: int) -> int | None:
    """«ونقل التلفزيون عنه قوله»: the speech noun right after «عنه / عنها / عنهم» between tokens a
    and b, whose pronoun stands for the source (an earlier speaker); None when there is none."""
    toks = art.toks
    about = next((k for k in range(a, b - 1) if toks[k].norm in FROM_HIM), None)
    if about is None or (said := toks[about + 1]).cue is None or said.cue.kind != NOUN:
        return None
    return about + 1


def transmitted_after(art: Context, a: int, b: int, transmit_verb: bool) -> NP | None:
    """«… نقلا عن Y» after the subject, or «نقلت X عن Y قوله»: the original source Y."""
    toks = art.toks
    for k in range(a, b - 1):
        if toks[k].norm in (_n("نقلا"), _n("نقلاً")) and toks[k + 1].norm == _n("عن"):
            np = read_np(toks, k + 2, b, art.seg_at, art.entity)
            return np if np.words else None
        if transmit_verb and toks[k].norm == _n("عن"):
            np = read_np(toks, k + 1, b, art.seg_at, art.entity)
            return np if np.words else None
    return None


BLESSINGS = formula_words(PROPHET_BLESSINGS)


def blessing_after(art: Context, i: int) -> bool:
    """A blessing on the Prophet follows the word at token i (past dashes and commas)."""
    words = tuple(t.norm for t in art.toks[i + 1:i + 9] if t.text not in "-–،,")
    return any(words[:len(formula)] == formula for formula in BLESSINGS)


def own_subject(art: Context, i: int) -> bool:
    """The verb at token i, right after a relative pronoun, has a subject of its own after it: it
    carries a pronoun for the antecedent («القرار الذي وصفه خبراء»), عن or في with one follows it
    («الجبل الذي قال عنه المؤرخون»، «التسجيل الذي أكد فيه أحدهم»), or it disagrees with the pronoun
    in gender («الخطة التي رأى البعض»; not a masculine past in ت, which reads as a feminine present
    too: «التي تحدث»), so the relative pronoun is no subject."""
    toks, cue = art.toks, art.toks[i].cue
    if cue is None:
        return False
    if cue.object or i + 1 < len(toks) and toks[i + 1].norm in ABOUT_IT or _named_before_content(art, i + 1):
        return True
    rel, verb = toks[i - 1].norm, toks[i].norm[len(cue.conjunction):]
    if rel == _n("التي"):
        return cue.plural is False and not cue.feminine and not verb.startswith("ت")
    return rel == _n("الذي") and cue.plural is False and cue.feminine


def _named_before_content(art: Context, k: int) -> bool:
    """A name right after the verb and then the reported content («التي تقول إسرائيل إنها»)."""
    toks = art.toks
    e = art.entity(toks[k]) if k < len(toks) else None
    if e is None or e.start != toks[k].start:
        return False
    k = art.past_entity(k)
    return k < len(toks) and (toks[k].norm in COMPLEMENTISERS or toks[k].text == ":")


ABOUT_IT = {_n(p + o) for p in ("عن", "في") for o in OBJECT_PRONOUNS}  # «قال عنه»، «أكدت فيها»


def verb_subject(art: Context, i: int, j: int) -> NP | None:
    """Verb–subject order: the phrase right after the verb at token i, before token j
    (none when it is an object)."""
    toks = art.toks
    if blessing_after(art, i):
        return None  # «وقال صلى الله عليه وسلم»: the Prophet, named by the blessing (elided.blessed_prophet)
    k = i + 1
    while k < j and toks[k].norm in BEFORE_SUBJECT:
        k += 1
    if k >= j:
        return None
    k, k0 = after_adverbials(art, k, j), k
    if time_phrase(toks, k, j) and k + 2 >= j:
        return None  # «عندما قال العام الماضي:»: only a time between the verb and its words
    cue = toks[i].cue
    if cue is not None and cue.lemma in INFORMING and not cue.object and (told := _informer(art, k, j)) is not None:
        return told if told.words else None
    w = toks[k]
    if manner_participle(w, art.entity):
        return None  # «وأضاف مبتسما:»، «وأضاف متحدثا عن الاتفاق:»، «وقال مخاطبا الوزير X:»: how he spoke
        # (a ḥāl, with its own complement), in the accusative, so never the subject: the subject is elided
    if _verbal_noun_object(art, i, k, j):
        return None
    statement = w.cue is not None and w.cue.kind == NOUN and is_definite(w)  # وأوضح البيان
    if (behind := _someone_behind(art, k, j)) is not None:
        return behind if behind.words else None
    # قال takes no direct object: «وقال تريشيه» is a name even though it ends like بلاده
    object_like = w.is_word and starts_as_object(w) and art.entity(w) is None \
        and (cue is None or cue.lemma not in OBJECTLESS and not close_person_subject(cue, w.text))
    if w.cue is not None and not statement and art.label(w) != "PER" or object_like \
            or has_preposition(w, "ب") or has_preposition(w, "ل") or addressed_entity(w, art.entity):
        return None
    if cue is not None and not cue.feminine and not cue.plural and _agrees_in_feminine(w, cue) \
            and art.label(w) != "PER" and not _quantified(toks, k, j) \
            and not any(art.label(x) == "PER" for x in toks[k + 1:min(j, k + 4)]) \
            and not (cue.lemma in OBJECTLESS and k == k0 and (art.label(w) == "ORG" or stem_of(w) in ORG_HEADS)):
        return None  # «ووصف حكومة السودان بأنها»، «ودعا سلطات البلاد إلى»: a masculine verb, so the feminine
        # noun is its object (but «وقال الداعية X»: a masculine role in -ة before a person's name is the
        # subject, and so is a body right after قال, which takes no object: «وقال النيابة العامة»; a
        # quantifier agrees with its genitive: «وأكد مجموعة من الخبراء»، «ويرى غالبية الخبراء»)
    np = read_np(toks, k, j, art.seg_at, art.entity)
    if cue is not None and cue.lemma in OBJECT_FIRST and not cue.object and np.words \
            and _object_only(art, cue, np.end, j):
        return None  # «ووصف نتائج الحرب بأنها …»، «واتهم الرئيس السابق X، بأنه»: one phrase before بأن is the object
    return np if np.words else None


# Report and stance verbs whose complement is a direct object, a thing as often as a clause (lemmas as
# written in cues.VERBS; not those whose complement takes a preposition: شدد على، أشار إلى، كشف عن).
TAKES_OBJECT = {"أكد", "أعلن", "نفى", "أنكر", "أدان", "دان", "انتقد", "استنكر", "أبدى", "كرر", "استبعد", "توقع",
                "رجح", "أقر", "اعتبر"}


# Broken plurals of things, which a masculine verb does not take for subject, and reports (not مصادر:
# «وكشف المصادر أن» is written often enough)
THING_OBJECTS = THING_PLURALS - SOURCE_HEADS | {split_proclitics(_n("تقارير"))[1]}


def _agrees_in_feminine(w: Tok, cue: Cue) -> bool:
    """A verb agrees with the noun w in the feminine: a noun in -ة or a sound feminine plural, or,
    after a verb that takes an object, a broken plural of things («ونفى التقارير»، «ودعا الدول
    العربية إلى»: THING_OBJECTS)."""
    return feminine_noun(w) or feminine_plural(w) \
        or cue.lemma not in OBJECTLESS and stem_of(w) in THING_OBJECTS


def _verbal_noun_object(art: Context, i: int, k: int, j: int) -> bool:
    """«وأكد استمرار الدعم»، «وأدان استهداف المدنيين، مشيرا إلى أن»: a verbal noun (`verbal_noun`) at
    token k right after the past of a verb at token i that takes it for object (TAKES_OBJECT) is that
    object (what was stressed, condemned), and the subject is elided; not when its phrase runs straight
    into the reported clause before j, where it is the subject («وأكد الاستطلاع أن»)."""
    cue, w = art.toks[i].cue, art.toks[k]
    if cue is None or cue.lemma not in TAKES_OBJECT or not _past(art.toks[i], cue) or not verbal_noun(w) \
            or art.entity(w) is not None:
        return False
    end = read_np(art.toks, k, j, art.seg_at, art.entity).end
    return end >= len(art.toks) or art.toks[end].norm not in COMPLEMENTISERS and art.toks[end].text != ":"


def _past(verb: Tok, cue: Cue) -> bool:
    """The verb is in the past (أكد، وأدانت، فيما توقع), the narrator's tense of a report, not the present
    of a clause that qualifies («بشكل يؤكد استقرار الفريق»، «وتعتبر استثناء»)."""
    form, lemma = verb.norm[len(cue.conjunction):], _n(cue.lemma)
    return not form.startswith("ي") and (not form.startswith("ت") or form.startswith(lemma[:3]))


def _quantified(toks: list[Tok], k: int, j: int) -> bool:
    """A quantifier at token k with its genitive or من after it (مجموعة من، غالبية الخبراء), not one
    with an adjective of its own («مجموعة متواترة من الوقائع»: a thing)."""
    return stem_of(toks[k]) in QUANTIFIERS and k + 1 < j and (toks[k + 1].norm == _n("من") or is_definite(toks[k + 1]))


INFORMING = {"أبلغ", "أخبر"}  # lemmas as written in cues.VERBS: the one told is a direct object
PRESS = {split_proclitics(_n(w))[1] for w in ("الصحفيين", "الصحافيين", "الإعلاميين")}


def _informer(art: Context, k: int, j: int) -> NP | None:
    """The subject of a verb of informing (أبلغ، أخبر) whose phrases start at token k, when a news
    outlet told stands before the trigger j: after it («وأبلغت "عكاظ" مصادر مطلعة أن»; an empty NP
    when only an adjunct follows: «أبلغ "الشرق الأوسط" في وقت سابق أن»), or before it («أبلغ
    مسؤولون حكوميون رويترز أن»، «أبلغ مسؤول بالوزارة شبكة فوكس نيوز أن»); None when no outlet is told."""
    toks = art.toks
    if (end := _outlet_told(art, k, j)) is not None:
        k = after_adverbials(art, end, j)
        if k >= j or not toks[k].is_word or toks[k].norm in STOP or toks[k].cue is not None \
                or has_preposition(toks[k], "ب") or has_preposition(toks[k], "ل"):
            return NP(k, k, [])
        return read_np(toks, k, j, art.seg_at, art.entity)
    np = read_np(toks, k, j, art.seg_at, art.entity)
    cut = next((n for n, w in enumerate(np.words) if n and _outlet_told(art, w.index, j) is not None), None)
    if cut is None:
        told = np.words and np.end < j and _outlet_told(art, np.end, j) is not None
        return np if told or _nominative_source(np) else None
    return NP(np.start, np.words[cut].index, np.words[:cut], np.aliases)


def _nominative_source(np: NP) -> bool:
    """«وأبلغ مصدر أمني أنه»: an indefinite source in the nominative is the subject (the one told
    would be accusative: «أبلغ مصدرا»، «أخبر مسؤولين»)."""
    head = np.words[0] if np.words else None
    return head is not None and not is_definite(head) and stem_of(head) in SOURCE_HEADS \
        and not head.norm.endswith(("ا", "ين"))


def _outlet_told(art: Context, k: int, j: int) -> int | None:
    """Where a news outlet (or the press) told without a preposition ends, when one starts at
    token k: «"عكاظ"»، «رويترز»، «وكالة رويترز»، «شبكة فوكس نيوز»، «الصحفيين»; a short name in
    quotation marks after such a verb is the paper told unless it is a person's."""
    toks = art.toks
    t = toks[k]
    seg = art.seg_at.get(t.start) if t.text in QUOTE_CHARS else None
    if seg is not None:
        short = seg.closed and 0 < seg.words <= 3 and seg.open not in art.quoted_persons
        return seg.tokens[1] + 1 if short else None
    if not t.is_word:
        return None
    if stem_of(t) in PRESS:
        return k + 1
    m = k + 1 if stem_of(t) in MEDIA_HEADS and not is_definite(t) and k + 1 < j else k
    e = art.entity(toks[m])
    if key(e.canonical if e is not None else toks[m].text) in NEWS_OUTLETS:
        return art.past_entity(m, j)
    return None


def _object_only(art: Context, cue: Cue, end: int, j: int) -> bool:
    """After the phrase that ends at token `end`, nothing but what an object-first verb's object
    takes comes before the content at j: a comma, a short adjunct (after وصف), the phrase it is
    joined to («واتهم حزب العمال وتنظيم داعش بأن»), or, after a person's name, one word with the ب of
    what that person is described as right before quoted words («وصف الرئيس السوري بشار الأسد بكلمة
    "…"»; not «وصفت دار المزادات الكرة بعبارة "…"», subject and object read as one phrase). Then
    the phrase is the object and the subject is elided."""
    toks = art.toks
    while end < j and toks[end].norm[:1] == "و" and toks[end].norm[1:] not in STOP:
        more = read_np(toks, end, j, art.seg_at, art.entity)  # «… وتنظيم داعش»: one object of two parts
        if not more.words or more.end == end:
            break
        end = more.end
    return end == j or end + 1 == j and toks[end].text in ",،" \
        or cue.lemma == DESCRIBE and _adjunct_only(art, end, j) \
        or end + 1 == j and toks[end].is_word and has_preposition(toks[end], "ب") \
        and art.label(toks[end - 1]) == "PER"


DESCRIBE = "وصف"  # takes an object always: a phrase after it and an adjunct before بأن is that object
ADJUNCT_PREPOSITIONS = PREPOSITION_WORDS | {_n(w) for w in ("عبر", "داخل", "خارج", "ضد", "نحو")}
ADJUNCT_WORDS = 3  # words of a prepositional phrase between an object and بأن («منع … عبر المعبر بأنه»)


def _adjunct_only(art: Context, a: int, j: int) -> bool:
    """Tokens a..j are one short prepositional phrase with no person in it («عبر المعبر»)."""
    toks = art.toks
    return a < j <= a + ADJUNCT_WORDS and toks[a].norm in ADJUNCT_PREPOSITIONS \
        and all(t.is_word and art.label(t) != "PER" for t in toks[a:j])


def role_of_someone(w: Tok) -> bool:
    """A role with a possessive pronoun (زعيمهم، رئيسها، محاميه، زوجته)."""
    st = stem_of(w)
    for suffix in ("هما", "هم", "ها", "ه"):
        if w.text.endswith(suffix) and st.endswith(suffix) and len(st) > len(suffix) + 2:  # written ه, not ة
            base = st[:-len(suffix)]
            return base in TITLE_HEADS or ta_marbuta(base) in TITLE_HEADS
    return False


def _someone_behind(art: Context, k: int, j: int) -> NP | None:
    """The subject named behind the word at token k, when that word only stands for it (an empty
    NP when nothing is read there; None when the word is no such stand-in): a statement's issuer
    or publisher, a possessed role's holder, a page's owner."""
    toks, w = art.toks, art.toks[k]
    noun = w.cue is not None and w.cue.kind == NOUN
    issued = next((m for m in (k + 1, k + 2) if m + 2 < j and stem_of(toks[m]) == _n("صادر")
                   and toks[m + 1].norm == _n("عن")), None) if noun or stem_of(w) in REPORT_NOUNS else None
    if issued is not None:  # «وقال بيان صادر عن الوزارة»، «التحليل الأسبوعي الصادر عن البنك»: the issuer
        return read_np(toks, issued + 2, j, art.seg_at, art.entity)
    if not is_definite(w) and (issuer := issuer_after(art, k, j)) is not None:
        return issuer  # «وقال بيان من الشرطة»، «ويقول تقرير جديد للأمم المتحدة»: the issuer
    if noun and not is_definite(w) and k + 2 < j and toks[k + 1].norm in PUBLISHED:
        return read_np(toks, k + 2, j, art.seg_at, art.entity)  # «وقال بيان نشرته الوزارة»: the publisher
    if noun and not is_definite(w) and k + 1 < j and has_preposition(toks[k + 1], "ل") \
            and not pronoun_object(toks[k + 1].norm):
        return without_preposition(art, k + 1, j)  # «وقال بيان للجيش»، «وقال بيان لوزارة الدفاع»: the issuer
    if role_of_someone(w) and k + 1 < j and art.label(toks[k + 1]) == "PER":
        return read_np(toks, k + 1, j, art.seg_at, art.entity)  # «وأكد زعيمهم X»: the role's holder, named
    if stem_of(w) in CHANNELS and k + 1 < j and not is_definite(w) and toks[k + 1].is_word:
        return read_np(toks, k + 1, j, art.seg_at, art.entity)  # «وذكرت صفحة السفارة على فيسبوك»: its owner
    return None


def without_preposition(art: Context, k: int, j: int) -> NP:
    """The phrase at token k without its preposition ل or ب (للجيش → الجيش، لوزارة → وزارة،
    بالشرطة → الشرطة)."""
    toks = art.toks
    t = toks[k]
    text = without_lam(t.text)
    bare = replace(t, text=text, norm=normalise(text))
    return read_np(toks[:k] + [bare] + toks[k + 1:], k, j, art.seg_at, art.entity)


def issuer_after(art: Context, k: int, j: int) -> NP | None:
    """The body that issued the statement or report noun at token k, named after it before token
    j: «بيان للجيش»، «البيان الرسمي للمنظمة»، «بيان صادر عن الوزارة»، «بيان من الشرطة» (past the
    noun's adjectives), or the subject of a clause that issued or sent it («البيان الذي أصدرته الوزارة»،
    «الرسالة التي وجهها الوفد»، «تقرير أعدته الدائرة»); after a report, ل names the issuer only when the
    recogniser names a body there («تقرير جديد للأمم المتحدة»), and after a letter it names none
    («رسالة للوزير» is sent to him)."""
    toks = art.toks
    report = stem_of(toks[k]) in REPORTS_AND_DOCUMENTS
    if stem_of(toks[k]) in AUTHORED_NOUNS:  # «تغريدة أخرى للناشط X»
        return _author_after(art, k + 2 if k + 1 < j and toks[k + 1].norm in ANOTHER else k + 1, j)
    if stem_of(toks[k]) not in ISSUED_OR_SENT and not report:
        return None  # «تصريح لرويترز»: after another noun, ل names the addressee
    if toks[art.sentence_start(k)].norm in AMMA:  # «أما البيان الرسمي للمنظمة فاكتفى»
        j = next((b for b in range(k + 1, j) if toks[b].norm.startswith("ف")), j)
    a = k + 1
    while a < j and toks[a].is_word and art.entity(toks[a]) is None \
            and (nisba_adjective(toks[a], toks[k]) or toks[a].norm in RECENT):
        a += 1
    if a + 1 < j and stem_of(toks[a]) in ISSUED_BY and toks[a + 1].norm in (_n("عن"), _n("من")):
        np = read_np(toks, a + 2, j, art.seg_at, art.entity)
    elif (v := _issuing_verb(toks, k, a, j, report)) is not None:
        np = read_np(toks, v + 1, j, art.seg_at, art.entity)
        if report and toks[v].norm in PASSED_ON and np.words and stem_of(np.words[0]) in MEDIA_HEADS:
            return None  # «الدراسة التي نشرتها صحيفة X»: the paper is no author of the study
    elif a + 1 < j and toks[a].norm == _n("من") and (art.label(toks[a + 1]) == "ORG" or stem_of(toks[a + 1]) in ORG_HEADS):
        np = read_np(toks, a + 1, j, art.seg_at, art.entity)
    elif a < j and has_preposition(toks[a], "ل") and not pronoun_object(toks[a].norm) \
            and (not report or art.label(toks[a]) == "ORG") and stem_of(toks[k]) not in SENT_NOUNS:
        np = without_preposition(art, a, j)
    else:
        return None
    return np if np.words else None


def _issuing_verb(toks: list[Tok], k: int, a: int, j: int, report: bool) -> int | None:
    """The verb of issuing or sending at token a (after a relative pronoun there), with the text's
    pronoun, in a clause on the text noun at token k: «الرسالة التي وجهها الوفد»، «تقرير أعدته
    الدائرة» (no relative after an indefinite report)."""
    v = a + 1 if a < j and toks[a].norm in RELATIVES else a if report and not is_definite(toks[k]) else None
    return v if v is not None and v + 1 < j and toks[v].norm in SENT_IT else None


# Texts whose ل names their writer («مقالا لوزير الخارجية X»، «تغريدة للاعب»), not an addressee as after
# رسالة or خطاب («رسالة لوزير الخارجية» is sent to him)
AUTHORED_NOUNS = {split_proclitics(_n(w))[1] for w in ("مقال", "مقالا", "مقالة", "تغريدة", "تدوينة", "كتاب", "كتابا")}


def _author_after(art: Context, a: int, j: int) -> NP | None:
    """The person or title behind ل at token a: a text's writer."""
    if a >= j or not has_preposition(art.toks[a], "ل") or pronoun_object(art.toks[a].norm):
        return None
    np = without_preposition(art, a, j)
    return np if np.words and (art.label(np.words[0]) == "PER" or is_title(np.words[0])) else None


# Verbs of issuing or sending a text, with the pronoun of the text they take in a relative clause on it
# («البيان الذي أصدرته الوزارة»، «الرسالة التي وجهها الوفد»)
SENT_IT = {_n(v + t + p) for v in ("أصدر", "اصدر", "وجه", "بعث", "أرسل", "ارسل", "نشر", "وزع", "كتب", "أعد", "اعد")
           for t in ("", "ت") for p in ("ه", "ها")} | {_n(v + p) for v in ("أجرا", "أجرت") for p in ("ه", "ها")}  # أجرى
SENT_NOUNS = {split_proclitics(_n(w))[1] for w in ("رسالة", "برقية", "خطاب", "مذكرة")}  # texts sent to someone
ISSUED_OR_SENT = ISSUED_NOUNS | SENT_NOUNS
ISSUED_BY = {_n(w) for w in ("صادر", "صادرة")}  # «بيان صادر عن الوزارة»، «إحصائية صادرة من الوزارة»
ANOTHER = {_n(w) for w in ("أخرى", "آخر")}  # «تغريدة أخرى»: another text of the same kind
RECENT = {_n(w) for w in ("جديد", "جديدة", "حديث", "حديثة", "أخير", "أخيرة")}  # «تقرير جديد»، «دراسة حديثة»


def issuer_before(art: Context, k: int) -> NP | None:
    """«أصدرت الوزارة بيانا»، «لكن الوزارة أصدرت بيانا»: the subject of the verb of issuing before
    the indefinite statement noun at token k, in its sentence, after the verb or, when the noun is
    the verb's next word, before it (in «نشرت الوكالة البيان» the agency only passes it on)."""
    toks = art.toks
    if is_definite(toks[k]):
        return None
    s0 = art.sentence_start(k)
    for v in range(k - 1, max(s0, k - ISSUER_REACH) - 1, -1):
        if toks[v].norm in ISSUED:  # (a time between is no part of the issuer: «أصدرت منظمة العام الماضي تقريرا»)
            end = next((m for m in range(v + 1, k) if toks[m].norm in TIMES), k)
            np = read_np(toks, v + 1, end, art.seg_at, art.entity)
            if not np.words and v + 1 == k and toks[v].norm[:1] not in "وف":
                return subject_before(art, v)  # subject–verb order; «وأصدرت بيانا»: an elided subject
            return np if np.words else None
        if not toks[v].is_word and toks[v].text not in "()" or toks[v].cue is not None:
            return None
    return None


ISSUED_ITSELF = {_n(c + v) for c in ("", "و", "ف") for v in ("صدر", "صدرت", "يصدر", "تصدر")}  # «صدر بيان»
DOCUMENT_ADJECTIVES = 2  # indefinite adjectives a self-issued document's phrase keeps («بيان رسمي مشترك»)
NO_ADJECTIVES = STOP | TIME_WORDS | CAME_IN  # particles, times and «جاء» end a document's phrase


def self_issued(art: Context, k: int) -> NP | None:
    """«صدر اليوم بيان مشترك …»: the indefinite statement noun at token k is the subject of «صدر»
    (times between), naming no issuer: the statement speaks for itself, as the noun and its
    indefinite adjectives."""
    toks, s0 = art.toks, art.sentence_start(k)
    v = k - 1
    while v >= s0 and toks[v].norm in TIME_WORDS:
        v -= 1
    if v < s0 or toks[v].norm not in ISSUED_ITSELF or is_definite(toks[k]):  # «صدر» in its own sentence
        return None
    end = k + 1
    while end < min(len(toks), k + 1 + DOCUMENT_ADJECTIVES) and _bare_indefinite(art, toks[end]):
        end += 1
    return NP(k, end, toks[k:end])


def _bare_indefinite(art: Context, t: Tok) -> bool:
    """An indefinite word that may qualify a noun: no article, name, cue, preposition or particle."""
    return t.is_word and not is_definite(t) and t.cue is None and art.entity(t) is None \
        and t.norm not in NO_ADJECTIVES and not behind_preposition(t)


DESCRIBING_NOUNS = {split_proclitics(_n(w))[1] for w in ("وصف", "اتهام")}  # masdars of OBJECT_FIRST verbs


def statement_author(art: Context, a: int, j: int) -> tuple[Tok, NP] | None:
    """A statement noun between tokens a and j with its author after it (تصريح وزارة …):
    the noun (the cue) and the author."""
    toks = art.toks
    for k in range(a, j - 1):
        c = toks[k].cue
        if c is not None and c.lemma in OBJECT_FIRST or stem_of(toks[k]) in DESCRIBING_NOUNS:
            return None  # «بوصف تصريحات X بـ»: the statement is what the speaker describes
        if c is not None and c.kind == NOUN and not starts_as_object(toks[k]):
            np = read_np(toks, k + 1, j, art.seg_at, art.entity)
            if not np.words:
                return None
            w = np.words[0]  # an author, not an adjective (تصريح خاص، بيان مشترك، تصريح صحفي)
            if nisba_adjective(w, toks[k]) and art.entity(w) is None or w.norm in TIME_WORDS:
                return None  # nor a time (بيان الليلة الماضية، تصريحات اليوم)
            if (has_preposition(w, "ل") or addressed_entity(w, art.entity)) and stem_of(toks[k]) not in ISSUED_NOUNS:
                return None  # nor whom it was given to («في تصريح لبي بي سي»; but «بيان للجيش»)
            known = art.entity(w) is not None or is_title(w) or stem_of(w) in COREFERRING_HEADS
            return (toks[k], np) if known or is_definite(w) and not w.norm.endswith(("ي", "يه")) else None
    return None


def nisba_adjective(w: Tok, noun: Tok) -> bool:
    """A -ي/-ية word as definite as the noun before it qualifies it (تصريح صحفي، بيان رسمي، البيان
    الرسمي) rather than naming its author (تصريح وزير الخارجية); not after a noun with a possessive
    suffix, nor with a preposition (للمستشفى). Callers rule out recognised names (روحاني)."""
    return is_definite(w) == is_definite(noun) and split_proclitics(w.norm)[0] in ("", "ال") \
        and w.norm.endswith(("ي", "يه")) and not noun.norm.endswith(("ه", "ها", "هم"))
