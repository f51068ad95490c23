"""A role followed by the name of its holder: «المتحدثة باسم الخارجية الأمريكية، هيذر نوريت،»,
«السفير الأمريكي لدى مصر ستيفن بيكروفت», «القيادي في حركة "حماس" الدكتور صلاح البردويل».
The subject reader stops at the first preposition or comma, leaving the role alone; here
the rest of the subject, up to the trigger, is read as the role's tail (prepositional
phrases, definite words, names of places and bodies) ending in the name."""
from __future__ import annotations

from functools import lru_cache

from ..normalise import normalise, split_proclitics, word_frequencies
from .marks import QUOTE_CHARS, Tok
from .plausible import gazetteer_names
from .speakers import (HONORIFICS, NP, ORG_HEADS, SOURCE_HEADS, STOP, STYLES, is_definite, is_title, stem_of)

_n = lru_cache(maxsize=None)(normalise)
TAIL_PREPOSITIONS = {_n(w) for w in ("في", "لدى", "من", "عن", "على", "إلى", "الى", "مع")}
MAX_TAIL = 14  # tokens between the role and the trigger
MAX_NAME = 4
COMMON = 300  # a word this frequent in ordinary text is not read as a foreign name without other evidence


def _role_head(np: NP) -> bool:
    if not np.words:
        return False
    w = np.words[0]
    if stem_of(w) in STYLES and len(np.words) > 1:
        w = np.words[1]
    return is_title(w) or stem_of(w) in SOURCE_HEADS and is_definite(w)


def _name_like(t: Tok, label) -> bool:
    """A word that can be part of a person's name: a PER word, or an indefinite word that is
    no title, body, preposition or ordinary word (unless a gazetteer lists it as a name)."""
    if label(t) == "PER":
        return True
    if not t.is_word or t.norm in STOP or is_title(t) or stem_of(t) in ORG_HEADS or label(t) in ("LOC", "ORG"):
        return False
    prefix = split_proclitics(t.norm)[0]
    if prefix and not prefix.startswith("ال"):
        return False
    if is_definite(t):  # البردويل: a family name with the article, only when listed as a name
        return stem_of(t) in gazetteer_names() and word_frequencies().get(t.norm, 0) < COMMON
    return stem_of(t) in gazetteer_names() or word_frequencies().get(t.norm, 0) < COMMON


def _name_at_end(toks: list[Tok], a: int, b: int, label) -> int | None:
    """Start of the name that ends the span toks[a:b] (after an honorific, a PER entity, or
    two or more name-like words, or one after a comma), else None."""
    k = b
    while k > a and k - 1 >= a and _name_like(toks[k - 1], label) and b - (k - 1) <= MAX_NAME:
        k -= 1
    if k == b:
        return None
    if k > a and stem_of(toks[k - 1]) in HONORIFICS:
        return k
    if any(label(t) == "PER" for t in toks[k:b]):
        return k
    if b - k >= 2 or k > a and toks[k - 1].text in "،,":
        return k
    return None


def extend_to_name(toks: list[Tok], np: NP, j: int, label) -> NP:
    """`np` (a role with no name) extended over its tail to the name just before token j
    (the trigger), with `name_at` set; `np` unchanged when no such name closes the span."""
    if np.name_at >= 0 or not _role_head(np) or j - np.end > MAX_TAIL or np.end >= j:
        return np
    if any(label(w) == "PER" for w in np.words):
        return np
    b = j
    while b > np.end and toks[b - 1].text in "،,":
        b -= 1  # «…، هيذر نوريت، إن»
    if stem_of(np.words[-1]) in HONORIFICS and 0 < b - np.end <= MAX_NAME \
            and all(t.is_word and t.norm not in STOP and t.cue is None for t in toks[np.end:b]):
        start = np.end  # «… الدكتور سليم الراوي إن»: everything after the honorific
    else:
        start = _name_at_end(toks, np.end, b, label)
    if start is None:
        return np
    for t in toks[np.end:start]:  # the tail: prepositional phrases, definite words, places, bodies
        if t.is_word:
            if t.cue is not None or t.norm in STOP and t.norm not in TAIL_PREPOSITIONS:
                return np
        elif t.text not in QUOTE_CHARS + "()،,":
            return np
    words = np.words + [t for t in toks[np.end:b] if t.is_word]
    name_at = len(words) - (b - start)
    return NP(np.start, b, words, np.aliases, name_at=name_at)
