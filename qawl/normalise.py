"""Arabic normalisation for matching. The original text is never changed; these
functions produce keys used to compare and count words."""
from __future__ import annotations

import gzip
import re
from functools import lru_cache
from itertools import islice
from pathlib import Path

DIACRITICS = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]")
TATWEEL = "\u0640"
_UNIFY = str.maketrans({
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",  # أ إ آ ٱ → ا
    "\u0649": "\u064A",  # ى → ي
    "\u0629": "\u0647",  # ة → ه
    "\u06A9": "\u0643", "\u06CC": "\u064A",  # Persian ک ی
    "\u0624": "\u0648", "\u0626": "\u064A",  # ؤ → و, ئ → ي
})
# Proclitic clusters that end in the article, longest first (ل + ال is written لل).
ARTICLE_CLUSTERS = ("وبال", "وكال", "فبال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال")
SINGLE_PROCLITICS = "وفبكل"
MIN_STEM = 2
COMMON_WORD = 1000  # occurrences in the frequency table
GOD_STEMS = ("له", "لهم")  # الله and اللهم once the article is split off
WORDFREQ = Path(__file__).resolve().parent.parent / "data" / "wordfreq.tsv.gz"


# Translation tables: one pass over the text instead of a regex, a replace and a translate.
_MARKS = {cp: None for cp in range(0x0600, 0x0700) if DIACRITICS.match(chr(cp))} | {ord(TATWEEL): None}
_STRIP = str.maketrans(_MARKS)
_NORMALISE = str.maketrans({**_MARKS, **_UNIFY})


def strip_marks(text: str) -> str:
    """Remove diacritics and tatweel, keeping letters as written."""
    return text.translate(_STRIP)


@lru_cache(maxsize=50_000)   # called with words, the same ones over and over (a few MB when full)
def normalise(text: str) -> str:
    """Matching key: no diacritics or tatweel, one alef, ى→ي, ة→ه, hamza seats unified."""
    return text.translate(_NORMALISE)


@lru_cache(maxsize=1)
def word_frequencies() -> dict[str, int]:
    """Normalised word -> count in 8M words of Arabic Wikipedia (data/wordfreq.tsv.gz)."""
    with gzip.open(WORDFREQ, "rt", encoding="utf-8") as f:
        return {w: int(n) for w, n in (line.rstrip("\n").split("\t") for line in f)}


@lru_cache(maxsize=200_000)
def split_proclitics(word: str, allowed: str = SINGLE_PROCLITICS) -> tuple[str, str]:
    """Split a normalised word into (proclitics, stem).

    Proclitics come in a fixed order: conjunction (و ف), preposition (ب ك ل), article.
    The article (ال، لل) is split off when a stem of two letters or more remains; after a
    conjunction (وال، فبال …) only when the word without و / ف is not clearly rarer than the word
    (والدة، فالنسيا stay whole, والحكومة splits). A bare و ف ب ك ل is split off only when the
    rest is a clearly more frequent word (وبايدن → بايدن but وزير, بايدن, واشنطن stay whole),
    or, for an unknown word, when the conjunction و / ف leaves four letters or more. كـ needs a
    common word after it."""
    for p in ARTICLE_CLUSTERS:
        if word.startswith(p) and len(word) - len(p) >= MIN_STEM and set(p[:-2]) <= set(allowed) \
                and (p[0] not in "وف" or not _clearly_rarer(word[1:], word)):
            return p, word[len(p):]
    p, rest = word[:1], word[1:]
    if p and p in allowed and len(rest) >= MIN_STEM:
        freq = word_frequencies()
        known_word, known_rest = freq.get(word, 0), freq.get(rest, 0)
        plausible = _clearly_rarer(word, rest) or (not known_word and not known_rest and p in "وف" and len(rest) >= 4)
        if p == "ك":  # كـ "as, like" rarely precedes a name: كمال، كلاوس stay whole
            plausible = plausible and known_rest >= COMMON_WORD
        if p in "بكل" and rest[:1] in "وف" and split_proclitics(rest)[0][:1] in ("و", "ف"):
            plausible = False  # a conjunction never follows a preposition: كوفي is not ك + وفي
        if plausible:
            inner, stem_ = split_proclitics(rest, "بكل" if p in "وف" else "")
            return p + inner, stem_
    return "", word


def _clearly_rarer(word: str, than: str) -> bool:
    """Fewer than half as many occurrences in the frequency table."""
    freq = word_frequencies()
    return 2 * freq.get(word, 0) < freq.get(than, 0)


def stem(word: str) -> str:
    """The normalised word without its proclitics (و ف ب ك ل ال). The name of God keeps its
    article (الله، لله، بالله → الله; اللهم → اللهم): without it, it would read as له «to him»."""
    clitics, rest = split_proclitics(normalise(word))
    if rest in GOD_STEMS and clitics.endswith("ل"):
        return "ال" + rest
    return rest


def without_lam(word: str) -> str:
    """The word without the preposition ل it opens with, the article whole again where ل took its
    alif (للجيش → الجيش، لوزارة → وزارة); the caller knows the ل is a preposition."""
    return "ال" + word[2:] if word.startswith("لل") else word[1:]


def lam_taken_off(word: str) -> str:
    """The word without the preposition ل it opens with: «لخبير» → «خبير»; after «لل», «للوزير» →
    «الوزير» or «للافروف» → «لافروف», whichever form the word counts know better (on a tie, the
    one without the article)."""
    if not normalise(word).startswith("لل"):
        return word[1:]
    freq = word_frequencies()
    return max((word[1:], without_lam(word)), key=lambda w: freq.get(normalise(w), 0))


def accusative_form(norm: str) -> bool:
    """The normalised word ends like an indefinite accusative: four letters or more, no article,
    a final alif that is no pronoun ها / نا (مبتسما، تحذيرا; not منها، لنا، الدنيا)."""
    return len(norm) >= 4 and norm.endswith("ا") and not norm.endswith(("ها", "نا")) \
        and not norm.startswith("ال")


def ta_marbuta(stem: str) -> str:
    """A noun stem as it stands alone: the ت that a suffix opened goes back to ة, normalised ه
    (حكومت of حكومته → حكومه); any other stem unchanged."""
    return stem[:-1] + "ه" if stem.endswith("ت") else stem


@lru_cache(maxsize=100_000)  # names and words, the same ones over and over
def key(text: str) -> str:
    """A matching key for a multi-word name: each word normalised and clitic-stripped."""
    return " ".join(stem(w) for w in text.split())


def is_arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064A" or "\u0671" <= ch <= "\u06D3"


ARABIC_LETTER = re.compile("[\u0621-\u064A\u0671-\u06D3]")


def has_arabic(text: str) -> bool:
    """True when the text contains at least a few (3) Arabic letters; stops at the third."""
    return next(islice(ARABIC_LETTER.finditer(text), 2, None), None) is not None
