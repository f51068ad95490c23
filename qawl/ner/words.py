"""What a word is to the span rules (a verb, a function word, a word that cannot open or end a
name, a time word), and the small tag and key helpers they share."""
from __future__ import annotations

import re
from functools import lru_cache

from ..normalise import normalise, strip_marks, word_frequencies
from ..quotes.cues import VERB, cue_of
from ..quotes.subjects import TIME_WORDS
from .features import core
from .orgs import word_parts


# Prepositions, conjunctions and the nouns of accompaniment that take a name as object.
FUNCTION_WORDS = {normalise(w) for w in (
    "في من إلى الى عن مع لدى عند حتى منذ بين أمام خلف قبل بعد خلال نحو ضد عبر حول دون "
    "و ف أو ثم لكن بل كما مثل بمصاحبة برفقة بصحبة بحضور بقيادة بمشاركة برئاسة بحسب "
    "حسب وفق وفقا بدعوة بطلب بأمر بإشراف لقاء "
    "غداة عقب إثر قبيل إبان أثناء كيف لماذا متى أين هل ماذا حينذاك آنذاك وقتذاك").split()}
# (and adverbial openers, interrogatives, the «then» of a former title: «الرئيس آنذاك …»)
# Common news verbs besides the speech verbs of qawl.quotes.cues (past 3ms).
NEWS_VERBS = ("توقع زار وصل التقى استقبل طالب اتهم رفض قرر بحث ناقش غادر توجه ترأس شارك افتتح "
              "وقع هدد أمر عاد قام أجرى تلقى بعث أرسل عين أقال فاز خسر هاجم انتقد رحب أدان "
              "طلب منح سلم تسلم أصدر نشر بدأ أنهى واصل").split()
SUFFIXES = ("", "ت", "وا", "ا", "تا")
# Matched as written, for their normalised forms are names or parts of names (علي، فان، أم صلال،
# بان كي مون); أم ends no name but starts some.
RAW_FUNCTION_WORDS = {"على", "إن", "أن", "بأن", "لأن", "كأن"}
RAW_TRAILING_WORDS = {"أم"}
IMPERFECT = re.compile(r"^[يتنأ]\w{2,}$")   # on the word as written: سأكون but not سابا
MIN_LEADING_VERB = 4    # a shorter verb may be a name's first word (دان حالوتس)
KNOWN_VERB_STEM = 10    # occurrences that make the word after a future س a known verb
VERB_STEM_RATIO = 3     # ... and the stem must be this many times commoner than the whole word


@lru_cache(maxsize=1)
def _news_verb_forms() -> frozenset[str]:
    return frozenset(normalise(v) + s for v in NEWS_VERBS for s in SUFFIXES)


def bare_word(token: str) -> str:
    """Normalised token without و / ف (the forms of the word lists)."""
    word = normalise(core(token))
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


@lru_cache(maxsize=100_000)
def is_verb(token: str) -> bool:
    """A finite verb: a speech verb, a common news verb, or a future س before a known imperfect."""
    raw = strip_marks(core(token))
    cue = cue_of(raw)
    if cue is not None and cue.kind == VERB and not (raw.endswith("ي") and cue.lemma.endswith("ى")):
        return True     # (روي is the name Roy, روى the verb)
    word = bare_word(token)
    if word in _news_verb_forms():
        return True
    raw = raw[1:] if len(raw) > 3 and raw[0] in "وف" else raw
    if not raw.startswith("س") or not IMPERFECT.match(raw[1:]):
        return False
    freq = word_frequencies()
    stem = freq.get(word[1:], 0)     # سيرجي، سيول، ساحل: the whole word is common, so a name
    return stem >= KNOWN_VERB_STEM and stem > VERB_STEM_RATIO * freq.get(word, 0)


def _forms(token: str) -> list[str]:
    """The token as written (no marks), and without a و / ف before a word of 2+ letters."""
    raw = strip_marks(core(token))
    return [raw, raw[1:]] if len(raw) > 2 and raw[0] in "وف" else [raw]


@lru_cache(maxsize=100_000)
def is_function_word(token: str, trailing: bool = False) -> bool:
    """A preposition, conjunction or accompaniment noun (with or without و / ف);
    `trailing`: also the words that end no name."""
    raw_words = RAW_FUNCTION_WORDS | RAW_TRAILING_WORDS if trailing else RAW_FUNCTION_WORDS
    return any(normalise(w) in FUNCTION_WORDS or w in raw_words for w in _forms(token))


def is_edge_word(token: str, leading: bool = False) -> bool:
    """A word a name does not end with (`leading`: start with). A short verb may be a
    name's first word (دان), but not with و / ف before it (ورأى كيري: a clause's verb)."""
    if is_function_word(token, trailing=not leading):
        return True
    return is_verb(token) and (not leading or len(bare_word(token)) >= MIN_LEADING_VERB
                               or bare_word(token) != normalise(core(token)))


def is_time_word(token: str) -> bool:
    """A weekday or time adverb (الجمعة، أمس، صباح): after a name, the time of the clause."""
    return normalise(core(token)) in TIME_WORDS


def set_tags(tags: list[str], start: int, end: int, label: str | None) -> None:
    """Tag tokens start..end as one chunk of `label` (None: outside)."""
    for i in range(start, end):
        tags[i] = "O" if label is None else ("B-" if i == start else "I-") + label


# Links of a lineage or a kunya: the word after one is a name, even where it is also a verb
# or a preposition («علي بن أبي طالب»، «فواز بن خلف»، «محمد آل مرضي»).
LINEAGE_LINKS = {normalise(w) for w in "بن ابن بنت أبو أبي أبا آل عبد".split()}


def split_key(token: str) -> tuple[str, str]:
    """(proclitics, stem) of the normalised token (`orgs.word_parts`, cached)."""
    return word_parts(token)[1:]


def word_key(token: str) -> str:
    return split_key(token)[1]
