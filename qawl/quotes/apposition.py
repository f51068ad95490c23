"""A role followed by the name of its holder: «المتحدثة باسم الخارجية الأمريكية، هيذر نوريت،»,
«السفير الأمريكي لدى مصر ستيفن بيكروفت», «القيادي في حركة "حماس" الدكتور صلاح البردويل».
The subject reader stops at the first preposition or comma, leaving the role alone; here
the rest of the subject, up to the trigger, is read as the role's tail (prepositional
phrases, definite words, names of places and bodies) ending in the name."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..normalise import normalise, split_proclitics, strip_marks, word_frequencies
from .lexicon import first_names, gazetteer_names
from .marks import QUOTE_CHARS, Tok
from .plausible import is_role_word
from .speakers import (ABBREVIATED_TITLES, ADJUNCT_NOUNS, DEMONSTRATIVES, DESCRIBED, FAMILIES, HONORIFICS, NP,
                       ORG_HEADS, RELATED_HEADS, RELATIVES, SOURCE_HEADS, STOP, STYLES, addressed_entity,
                       common_construct, has_preposition, is_definite, is_title, names_the_one_before,
                       past_rank_adjectives, person_words, possessive, stem_of)
from .subjects import TIME_WORDS

_n = lru_cache(maxsize=None)(normalise)
TAIL_PREPOSITIONS = {_n(w) for w in ("في", "لدى", "من", "على", "عن", "لـ")}  # «المشرف على …»، «الناطق لـ"الشرطة" …»;
# «مع نظيره …» names someone else
# «، X، في حديث لـ… إن»، «، X، السبت، إن»، «، X، أيضا، إن» (the day and adverb words subjects reads past)
ADJUNCT_OPENERS = {_n(w) for w in ("في", "خلال", "أثناء", "لـ")} | TIME_WORDS
MAX_TAIL = 14  # words between the role and the trigger (tokens before a naming verb)
MAX_NAME = 4
COMMON = 300  # a gazetteer name this frequent in ordinary text is an ordinary word too
RARE = 20  # an unlisted word rarer than this reads as a foreign name


def _role_head(np: NP) -> bool:
    if not np.words:
        return False
    w = np.words[0]
    if stem_of(w) in STYLES and len(np.words) > 1:
        w = np.words[1]
    return is_title(w) or stem_of(w) in SOURCE_HEADS and is_definite(w) or is_role_word(w.text)


def name_like(t: Tok, label: Callable[[Tok], str | None]) -> bool:
    """A word that can be part of a person's name: a PER word, or an indefinite word that is
    no title, body, preposition or ordinary word (unless a gazetteer lists it as a name)."""
    if label(t) == "PER":
        return True
    if not t.is_word or t.norm in STOP or t.cue is not None or is_title(t) or stem_of(t) in ORG_HEADS \
            or stem_of(t) in ADJUNCT_NOUNS or label(t) in ("LOC", "ORG"):
        return False
    prefix = split_proclitics(t.norm)[0]
    if prefix and not prefix.startswith("ال"):
        return False
    listed = stem_of(t) in gazetteer_names() and word_frequencies().get(t.norm, 0) < COMMON
    if is_definite(t):  # البردويل: a family name with the article, only when listed as a name
        return listed
    return listed or word_frequencies().get(t.norm, 0) < RARE


def _common_first_name(t: Tok) -> bool:
    """A word the name gazetteer lists, written bare (no article, clitic or cue), that
    `name_like` leaves out for being common (بكر، أمين): a first name before a rarer one."""
    return t.is_word and len(t.norm) > 2 and t.cue is None and t.norm not in STOP and not is_definite(t) \
        and not split_proclitics(t.norm)[0] and stem_of(t) in first_names()


def _name_at_end(toks: list[Tok], a: int, b: int, label) -> int | None:
    """Start of the name that ends the span toks[a:b] (after an honorific, a PER entity, or
    two or more name-like words, or one after a comma), else None."""
    k = b
    while k > a and k - 1 >= a and name_like(toks[k - 1], label) and b - (k - 1) <= MAX_NAME:
        k -= 1
    if k == b:
        return None
    if k > a and b - k < MAX_NAME and _common_first_name(toks[k - 1]):
        k -= 1  # «… بكر طريفي»: a first name common enough to be an ordinary word too
    if k > a and stem_of(toks[k - 1]) in HONORIFICS:
        return k
    if any(label(t) == "PER" for t in toks[k:b]):
        return k
    if b - k >= 2 or k > a and toks[k - 1].text in "،,":
        return k
    return None


def _after_honorific(toks: list[Tok], np: NP, b: int, entity) -> int | None:
    """«… الدكتور سليم الراوي إن»: the words after the last honorific of the subject and the
    adjectives of its rank, when one to four plain words follow them."""
    k = next((k for k in range(b - 1, np.end - 1, -1) if stem_of(toks[k]) in HONORIFICS), None)
    if k is not None:
        k += 1
    elif stem_of(np.words[-1]) in HONORIFICS:
        k = np.end
    if k is None:
        return None
    k = past_rank_adjectives(toks, k, b, entity)  # «العميد ركن X»
    if not 0 < b - k <= MAX_NAME:
        return None
    return k if all(t.is_word and t.norm not in STOP and t.cue is None for t in toks[k:b]) else None


def _end_of_person(toks: list[Tok], a: int, j: int, label) -> int | None:
    """End of a recognised person's name in toks[a:j] that only a comma or an adjunct
    follows («…، محمد الصفيان، في تصريح صحافي، إنه»), else None."""
    k = next((k for k in range(a, j) if label(toks[k]) == "PER"), None)
    if k is None:
        return None
    while k < j and label(toks[k]) == "PER":
        k += 1
    rest = [t for t in toks[k:j] if t.is_word]
    if not rest or toks[k].text in "،," or rest[0].norm in STOP or _adjunct(toks, k, j):
        return k  # (and «… X Y لصحيفة "…" إن»)
    return None


def _name_before_adjunct(toks: list[Tok], a: int, j: int, label) -> int | None:
    """«المسؤول عن حماية الحدود X Y في مؤتمر صحفي إن»، «… لدى روسيا، X Y، أمس إن»: the end of the
    first name of two or more words (as `_name_at_end` reads one, outside quotation marks) in
    toks[a:j] that an adjunct running to the trigger at j follows, commas aside, when the recogniser
    found no person there (that case is `_end_of_person`'s); else None."""
    if any(label(t) == "PER" for t in toks[a:j]):
        return None
    for k in range(a + 1, j):
        if _adjunct(toks, k, j) and sum(t.text in QUOTE_CHARS for t in toks[a:k]) % 2 == 0:
            end = k
            while end > a and toks[end - 1].text in "،,":
                end -= 1  # «…، X Y، في تصريح إن»
            start = _name_at_end(toks, a, end, label)
            if start is not None and end - start >= 2:
                return end
    return None


def _whole_person(toks: list[Tok], k: int, a: int, entity) -> int:
    """Token k moved back to the first word of the recognised person it is inside (not before
    token a): a long name is taken whole («… "X بن Y بن Z"»)."""
    e = entity(toks[k])
    if e is None or e.label != "PER":
        return k
    while k - 1 >= a and entity(toks[k - 1]) is e:
        k -= 1
    return k


def _described_person(np: NP, name: list[Tok], label) -> bool:
    """«مشارك آخر في الكتاب بول هاينز»: a noun the role lexicon does not list, before a name
    the recogniser marks as a person, describes that person."""
    head = np.words[0]
    return any(label(t) == "PER" for t in name) and label(head) is None and head.norm not in STOP \
        and head.cue is None and stem_of(head) not in RELATED_HEADS  # «والد X»: someone else (related_kind)


def _bracketed_name(toks: list[Tok], a: int, j: int) -> int | None:
    """«المتحدث باسم الحركة، X Y، أن»: the end (the second comma) of one to four words set off by
    commas from token a, right before the trigger at j or before an adjunct that runs to it («، X Y،
    في حديث لـ"…" إن»), when they read as a name whatever the recogniser made of them: plain words
    (no title, role, body, particle or cue; no clitic but the article, and none on the first) of
    which at least one is name-like (rare or a listed name)."""
    if a >= j or toks[a].text not in "،,":
        return None
    b = next((k for k in range(a + 1, min(j, a + MAX_NAME + 2)) if toks[k].text in "،,"), a + 1)
    if b == a + 1 or not (b == j - 1 or _adjunct(toks, b + 1, j)):
        return None
    words = toks[a + 1:b]
    if is_definite(words[0]) or not all(t.is_word and t.norm not in STOP and t.cue is None and not is_title(t)
                                        and not is_role_word(t.text) and stem_of(t) not in ORG_HEADS | ADJUNCT_NOUNS
                                        and split_proclitics(t.norm)[0] in ("", "ال") for t in words):
        return None
    return b if any(name_like(t, lambda _: None) for t in words) else None


def _adjunct(toks: list[Tok], k: int, j: int) -> bool:
    """Tokens k..j-1 are an adjunct before the trigger: they open with a preposition or a time (في،
    خلال، أمس) or a word with ل on it («لـ"الشرق الأوسط"»، «لصحيفة …») and hold no cue but the
    statement it was made in («في تصريح صحفي»، «في بيان»)."""
    first = next((t for t in toks[k:j] if t.is_word), None)
    return first is toks[k] and (first.norm in ADJUNCT_OPENERS or has_preposition(first, "ل")) \
        and all(t.cue is None or stem_of(t) in ADJUNCT_NOUNS for t in toks[k:j])


ACCUSATIVE_PARTICIPLE = re.compile(r"^(?:م\w{3,}|\wا\w\w)اً?$")  # معقبا، مضيفاً، ساخرا (a ḥāl)


def name_tail(toks: list[Tok], b: int, j: int, label: Callable[[Tok], str | None]) -> int:
    """Token b moved past the name-like words that follow a recognised person's name, when they
    run up to the trigger at j (commas aside): the recogniser cut the name short («… الدكتور علي
    أكبر ولايتي:» with «علي أكبر» recognised); b unchanged otherwise."""
    k = b
    while k < j and k - b < MAX_NAME and name_like(toks[k], label) \
            and not ACCUSATIVE_PARTICIPLE.match(strip_marks(toks[k].text)):
        k += 1  # (not «وقال الشيخ X ساخراً:»: how he spoke)
    return k if all(t.text in "،," for t in toks[k:j]) else b


def _holder_after_comma(toks: list[Tok], np: NP, j: int, label, entity) -> NP:
    """«مستشار الرئيس X، Y، إن»: a role that already holds a name (in its genitive, or a body the
    recogniser took for a person) and is set off by a comma or an honorific from a recognised
    person right before the trigger names that person as its holder (not an outlet spoken to: «،
    لبي بي سي إن»); «مستشار الرئيس الدكتور X Y:»: the holder's name after the honorific runs to
    the trigger; `np` unchanged otherwise."""
    a = np.end
    p = next(k for k, w in enumerate(np.words) if label(w) == "PER")
    named = p == 0 or stem_of(np.words[p - 1]) in HONORIFICS  # «الدكتورة X، …»: X is the holder already
    if p > 0 and named and label(np.words[-1]) == "PER" and (b := name_tail(toks, a, j, label)) > a:
        return NP(np.start, b, np.words + toks[a:b], np.aliases, name_at=p)
    bracketed = None if named else _bracketed_name(toks, a, j)
    if a + 1 >= j or not (toks[a].text in "،," or stem_of(toks[a]) in HONORIFICS) \
            or label(toks[a + 1]) != "PER" and bracketed is None or addressed_entity(toks[a + 1], entity):
        return np  # (a comma, or an honorific: «مستشار خامنئي الدكتور X»)
    b = a + 1 if bracketed is None else bracketed
    while b < j and label(toks[b]) == "PER" and toks[b].is_word:
        b += 1
    b = name_tail(toks, b, j, label)
    if any(t.text not in "،," for t in toks[b:j]):
        return np
    words = np.words + [t for t in toks[a:b] if t.is_word and t.text not in "،,"]
    return NP(np.start, b, words, np.aliases, name_at=len(words) - (b - a - 1))


def _genitive_of_relative(np: NP, before_name: Tok) -> bool:
    """A relative's phrase whose name follows a word describing the relative's kin (الشهيد، الرقيب)."""
    return stem_of(np.words[0]) in RELATIVES | FAMILIES and stem_of(before_name) in DESCRIBED


def _naming_verb(toks: list[Tok], a: int, j: int) -> int | None:
    """Where the passive «is called» of the phrase that ends at token a is, before token j: right
    there, after a tail of prepositional phrases («مسؤولة بوزارة الصحة تدعى X»), or, joined by و,
    after a comma or a clause on the phrase («أحد الذين أغلقوا الطريق ويدعى X»; not «شخص التقى
    رجلا يدعى X», where the name is the other man's)."""
    for k in range(a, min(j - 1, a + MAX_TAIL)):
        t = toks[k]
        if names_the_one_before(toks, k):
            return k if t.norm.startswith("و") or all(_in_prepositional_tail(x) for x in toks[a:k]) else None
        if t.cue is not None or not t.is_word and t.text not in "،,()":
            return None
    return None


def _in_prepositional_tail(t: Tok) -> bool:
    """A word of a prepositional phrase after a noun: a preposition, a word with ب or ل on it,
    or a definite word («بوزارة الصحة»، «في محطة للصرف الصحي»)."""
    return t.is_word and (t.norm in TAIL_PREPOSITIONS or is_definite(t) or has_preposition(t, "ب")
                          or has_preposition(t, "ل"))


def _called(toks: list[Tok], np: NP, j: int, entity) -> NP | None:
    """«مواطن سوداني يدعى X»، «أحد السكان، ويدعى X،»: the phrase with the person that the passive
    «is called» after it names (None when no such verb follows the phrase)."""
    k = _naming_verb(toks, np.end, j)
    if k is None:
        return None
    e = entity(toks[k + 1])
    b = k + 1
    while b < j and toks[b].start < e.end:
        b += 1
    return NP(np.start, b, np.words + [t for t in toks[k + 1:b] if t.is_word], np.aliases, name_at=len(np.words))


def extend_to_name(toks: list[Tok], np: NP, j: int, entity) -> NP:
    """`np` (a role with no name) extended over its tail to the name just before token j
    (the trigger), with `name_at` set; `np` unchanged when no such name closes the span.
    `entity(tok)` is the recognised entity at a token, if any."""
    def label(t: Tok) -> str | None:
        e = entity(t)
        return e.label if e is not None else None

    if np.name_at >= 0 or np.end >= j:
        return np
    if (called := _called(toks, np, j, entity)) is not None:
        return called
    if sum(t.is_word for t in toks[np.end:j]) > MAX_TAIL:
        return np  # (words: «، لشبكة (إيه.بي.سي)، إن» is one addressee, not seven tokens)
    role = _role_head(np)
    if person_words(np.words, entity):
        return _holder_after_comma(toks, np, j, label, entity) if role else np
    b = _end_of_person(toks, np.end, j, label) or _bracketed_name(toks, np.end, j) \
        or _name_before_adjunct(toks, np.end, j, label) or j
    while b > np.end and toks[b - 1].text in "،,":
        b -= 1  # «…، هيذر نوريت، إن»
    start = _after_honorific(toks, np, b, entity) or _name_at_end(toks, np.end, b, label) \
        or (np.end + 1 if _bracketed_name(toks, np.end, j) else None)
    if start is not None:
        start = _whole_person(toks, start, np.end, entity)
    if start is None or not role and not _described_person(np, toks[start:b], label) \
            or addressed_entity(toks[start], entity):
        return np  # «مصدر قضائي لبي بي سي»: the outlet spoken to, not the source's name
    if _genitive_of_relative(np, toks[start - 1]):
        return np  # «والد الرقيب X»: X is the sergeant, whose father speaks
    if common_construct(toks[np.end], toks[np.end + 1] if np.end + 1 < j else None, entity):
        return np  # «اعتبر رئيس الحكومة استقالة الوزيرين X و Y»: the verb's object, then someone else
    for k in range(np.end, start):  # the tail: prepositional phrases, definite words, places, bodies
        t = toks[k]
        if t.is_word:
            if t.cue is not None or t.norm in STOP and t.norm not in TAIL_PREPOSITIONS | DEMONSTRATIVES \
                    or stem_of(t) in ADJUNCT_NOUNS or possessive(t):
                return np  # «… في مؤتمر صحفي مع نظيره جون كيري»: an adjunct, and someone else
        elif t.text not in QUOTE_CHARS + "()،," and not (t.text == "." and toks[k - 1].text in ABBREVIATED_TITLES):
            return np  # (but «اللواء م. X»: an abbreviated title)
    words = np.words + [t for t in toks[np.end:b] if t.is_word]
    name_at = len(words) - (b - start)
    return NP(np.start, b, words, np.aliases, name_at=name_at)
