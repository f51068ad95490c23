"""Span hygiene for persons: a name does not start with a person noun that has a possessive
pronoun (زميلي، نظيره) nor take a glued verb, adverb or role; an honorific introduces a person;
two persons joined by و are two; a transliterated W-name, a rare family name or a family name after a
hashtag mark continues a name, and so does a rare word after a name that ends with a first name;
a listed given name before a person's name is its first word (not a clause's verb), a governed
place after حاكم / محافظ is not part of the governor's name; an unlisted word read as a place
next to an untagged name, shortly after a person noun or report verb, is half of a person's name;
after propagation «علي» before a name or a rare family name is a person where the text writes its
prepositions with ى."""
from __future__ import annotations

from collections import Counter
from typing import Sequence

from ..normalise import accusative_form, normalise, strip_marks, word_frequencies
from ..quotes.cues import cue_of
from ..quotes.lexicon import first_names, gazetteer_names
from ..quotes.plausible import HEAD_WORDS, is_person_word, is_role_word
from ..quotes.speakers import COMPLEMENTISER_FORMS, HAL_PARTICIPLE, ROYAL_TITLES, STOP
from ..quotes.subjects import KANA, RELATIVES
from ..tokens import KNOWN_NAME, KNOWN_WORD
from .features import core
from .orgs import OPENING_QUOTES, PLACE_HEADS, Flags, is_country, word_parts
from .scoring import chunks
from .words import (LINEAGE_LINKS, bare_word, is_edge_word, is_function_word,
                    is_time_word, is_verb, set_tags, split_key, word_key)


# Honorifics that introduce a person (ANERcorp tags the honorific outside the name that follows).
# Royal titles stay out: institutions are named after kings and princes (جائزة … الملك فهد).
HONORIFICS = {normalise(w) for w in (
    "الدكتور الدكتورة السيد السيدة الشيخ الشيخة المهندس المهندسة الأستاذ الأستاذة "
    "البروفيسور البروفيسورة البروفسور البروفسورة").split()}


def honorific_persons(tokens: Sequence[str], tags: list[str]) -> None:
    """An honorific inside an organisation's or place's name, after its first two words, ends
    that name and introduces a person: «جامعة هارفارد الدكتورة ساندرا بيل» is a university,
    then the honorific (outside), then a person. Right after the head it is the name of what
    is named after that person (مسجد الشيخ زايد), so it stays."""
    for start, end, label in chunks(tags):
        if label not in ("ORG", "LOC"):
            continue
        k = next((i for i in range(start + 2, end) if bare_word(tokens[i]) in HONORIFICS), None)
        if k is not None:
            tags[k] = "O"
            set_tags(tags, k + 1, end, "PER")


# Prepositions ending in ى as written: a text that writes them so tells علي (Ali) from على.
ALIF_MAQSURA_WORDS = {"على", "إلى", "الى", "حتى", "لدى"}
ALI = "علي"


def ali_in_names(sentences: Sequence[Sequence[str]], tags: list[list[str]]) -> None:
    """«علي» right before a person's name is its first word («قوات علي عبدالله صالح»), when
    the document writes its prepositions with ى (على، إلى: علي is then the name, not على
    misspelt). (Not after a name: «وعلق X علي ذلك» is على misspelt in mixed texts.)"""
    if ALIF_MAQSURA_WORDS.isdisjoint(t for tokens in sentences for t in tokens):
        return      # (the prepositions stand alone; a set test, for speed)
    for tokens, ts in zip(sentences, tags):
        for start, _, label in chunks(ts):
            if label == "PER" and start > 0 and ts[start - 1] == "O" and strip_marks(tokens[start - 1]) == ALI:
                ts[start - 1:start + 1] = ["B-PER", "I-PER"]
        ali_with_surname(tokens, ts)


def ali_with_surname(tokens: Sequence[str], tags: list[str]) -> None:
    """An untagged «علي» before an untagged rare word that is a listed name or has the article
    is a person with the family name («أن علي خامنئي»، «ويضيف علي العيدروس»); called where the
    text writes its prepositions with ى."""
    for i in range(len(tokens) - 1):
        if tokens[i][:1] == ALI[0] and tags[i] == "O" and tags[i + 1] == "O" and strip_marks(tokens[i]) == ALI \
                and _rare_family_name(tokens[i + 1]):
            tags[i:i + 2] = ["B-PER", "I-PER"]


def _rare_family_name(token: str) -> bool:
    """A word listed as a name that Wikipedia hardly uses, or one with the article that it
    (nearly) never uses, with or without the article (العيدروس; not المؤشرات، الترابط)."""
    raw = strip_marks(core(token))
    pro, st = split_key(raw)
    freq = word_frequencies()
    if raw != token or not raw.isalpha() or is_edge_word(token) or is_verb(token):
        return False
    if pro == "ال":
        return freq.get(normalise(raw), 0) < UNUSED and freq.get(st, 0) < UNUSED
    return not pro and st in gazetteer_names() and freq.get(st, 0) < RARE_SURNAME


UNUSED = 10   # Wikipedia count under which a definite word is no common noun


KINSHIP = LINEAGE_LINKS | {normalise(w) for w in ("أم", "ذو")}   # words that open names
SENTENCE_ENDS = {".", "!", "?", "؟", ":", "»", "\""}
TANWIN_FATH = "\u064b"
COMMON_WORD = 10   # Wikipedia count from which a word after a known name is a word of the clause
VERY_COMMON = 1000  # ... and from which a word the gazetteers list as a name is still a common word (ليس، كبير)


def glued_words(sentences: Sequence[Sequence[str]], tags: list[list[str]]) -> None:
    """A word the tagger ran into a person's name, one no other name in the document holds,
    next to a word the document also gives in other persons' names: the opening verb of the
    sentence, with و, before the name («وساق كيري …» and «جون كيري»; not a listed first name
    nor a word of kinship: وفهد، وأبو قسورة), or an indefinite accusative after it, how he spoke
    («مورينيو ضاحكا» and «جوزيه مورينيو»; not «تاتيانا نافكا» where «نافكا» stands alone too)."""
    spans = [(tokens, ts, s, e) for tokens, ts in zip(sentences, tags) for s, e, lab in chunks(ts) if lab == "PER"]
    name_words = Counter(word_key(t) for tokens, _, s, e in spans for t in tokens[s:e])
    last_words = Counter(word_key(tokens[e - 1]) for tokens, _, _, e in spans)
    for tokens, ts, s, e in spans:
        if e - s < 2:
            continue
        first, last = word_key(tokens[s]), word_key(tokens[e - 1])
        if (s == 0 or core(tokens[s - 1]) in SENTENCE_ENDS) and last_words[last] > 1 and name_words[first] == 1 \
                and conjoined_name(tokens[s]) and _opening_verb(tokens[s]):
            set_tags(ts, s, e, None)
            set_tags(ts, s + 1, e, "PER")
        elif name_words[last] == 1 and name_words[word_key(tokens[e - 2])] > 1 \
                and bare_word(tokens[e - 2]) not in KINSHIP \
                and (_manner(tokens, e - 1) or _known_before_word(tokens[s:e], spans)):
            set_tags(ts, s, e, None)
            set_tags(ts, s, e - 1, "PER")


def _known_before_word(words: Sequence[str], spans: Sequence[tuple]) -> bool:
    """The name without its last word is a whole name, or a whole name's ending, of another
    mention («جون كيري» … «كيري موجود»، «آدم شيف» … «آدم شيف كبير»), and that last word is a
    common word of the language: indefinite, no listed first name nor speech word, in the word
    counts (a definite word or a word the counts lack may be a family name: «… الشايع»، «… ماهات»);
    after a lone family name, no first name before it and no name-like word after it."""
    stem, last = [word_key(t) for t in words[:-1]], normalise(core(words[-1]))
    if last.startswith("ال") or last in first_names() or word_frequencies().get(last, 0) < COMMON_WORD \
            or cue_of(core(words[-1])) is not None:
        return False     # (a speech word is left to the quote rules: «… ديبي قائلا»)
    if len(stem) == 1 and (bare_word(words[0]) in first_names() or _name_like(last)):
        return False
    n = len(stem)
    return any([word_key(t) for t in tokens[max(s, e - n):e]] == stem and _family_name_of(tokens[s:e], n)
               and word_key(words[-1]) not in map(word_key, tokens[s:e]) for tokens, _, s, e in spans)


def _name_like(word: str) -> bool:
    """A word the gazetteers list as a name and not among the commonest words: after a lone
    family name it may open another person's name («محمد مأمون» … «مأمون حميدة»)."""
    return word in gazetteer_names() and word_frequencies().get(word, 0) < VERY_COMMON


def _family_name_of(name: Sequence[str], n: int) -> bool:
    """The last `n` words of a name are a name a person is called by: the whole name, or a
    family name after a first name (not a father's name after بن, not a name alone: «الملك
    عبدالله» and «عبدالله كبير» may be two persons)."""
    return len(name) >= n + (n == 1) and (n > 1 or normalise(core(name[-2])) not in LINEAGE_LINKS)


def _opening_verb(token: str) -> bool:
    """The word after و may be a verb: no listed first name (وفهد) but كان, no word of kinship."""
    word = bare_word(token)
    return word in KANA or word not in first_names() and word not in KINSHIP


def _manner(tokens: Sequence[str], i: int) -> bool:
    """An indefinite accusative (no article, ending in alif) that shows it: written with its
    tanwin («مبتسمًا»), closing the clause before a colon or comma («ضاحكا:»), or shaped like
    an active participle (فاعلا، مفعلا), no speech participle and no listed name, right before
    the quotation it introduces («ضاحكا "لا…"»; not «قائلا "…"»); a family name ending in
    alif does none of these («دي ميستورا في …»، «بن محيا أن»، «كارلوس فارا «…»»)."""
    word = normalise(core(tokens[i]))
    if not accusative_form(word):
        return False
    after = core(tokens[i + 1]) if i + 1 < len(tokens) else ""
    participle = len(word) == 5 and word[1] == "ا" or bool(HAL_PARTICIPLE.match(word))
    return TANWIN_FATH in tokens[i] or after in (":", "،", ",") \
        or after in OPENING_QUOTES and participle and cue_of(core(tokens[i])) is None and word not in gazetteer_names()


def split_conjuncts(tokens: Sequence[str], tags: list[str]) -> None:
    """A person's or place's name does not run over و: the conjoined word starts a second
    name of the same label, و included as ANERcorp tags it («كاسياس وراموس»، «سورية وإيران»)."""
    for start, end, label in chunks(tags):
        if label in ("PER", "LOC"):
            for i in range(start + 1, end):
                if conjoined_name(tokens[i]):
                    tags[i] = "B-" + label


def w_surnames(tokens: Sequence[str], tags: list[str]) -> None:
    """A name read as a second one right after a person's, written و + ا / و / ي (no hamza)
    and not clearly commoner without و, is a transliterated W-name continuing the person's
    («مايكل وايلدس»، «بوب وودورد»; not «بوش وبلير»)."""
    for start, end, label in chunks(tags):
        if label in ("PER", "LOC") and start > 0 and tags[start - 1][2:] == "PER" and _w_name(tokens[start]):
            set_tags(tags, start, end, "PER")
            tags[start] = "I-PER"


HASHTAG = "#"


def hashtag_surnames(tokens: Sequence[str], tags: list[str]) -> None:
    """A person's name runs over a hashtag mark into the name right after it: the writer
    tagged the family name for a social network («الرئيس دونالد #ترمب»، «باراك #أوباما»), one
    person. The word after the mark is a person's name, or an untagged plain word after a
    lone listed first name (a name's first word wants its family name; after a whole name,
    «كيم يونغ أون #أعدم ضابطا», the mark tags the clause's verb)."""
    for start, end, label in chunks(tags):
        i = end + 1
        if label != "PER" or i >= len(tokens) or tokens[end] != HASHTAG:
            continue
        if tags[i] == "B-PER":
            last = next((j for j in range(i + 1, len(tags)) if tags[j] != "I-PER"), len(tags))
        elif tags[i] == "O" and end - start == 1 and bare_word(tokens[start]) in first_names() \
                and _plain_word(tokens[i]):
            last = i + 1
        else:
            continue
        set_tags(tags, start, last, "PER")


def _plain_word(token: str) -> bool:
    """A word with no proclitic or article that is no function word or verb."""
    pro, _ = split_key(token)
    return core(token).isalpha() and not pro and not is_edge_word(token, leading=True) and cue_of(core(token)) is None


def rare_surnames(tokens: Sequence[str], tags: list[str]) -> None:
    """An untagged definite word in …ي that Wikipedia hardly uses, right after a person's name,
    is the family name (tribal and family nisbas: «مبارك العصيمي»، «سعد الشهراني»), not an
    adjective (الأمريكي، الحربي are common words); not after a royal title, whose name may be
    an institution's («مستشفى الملك فهد التخصصي»)."""
    for start, end, label in chunks(tags):
        if label == "PER" and end < len(tokens) and tags[end] == "O" and _rare_nisba(tokens[end]) \
                and not (start > 0 and bare_word(tokens[start - 1]) in ROYAL_TITLES):
            tags[end] = "I-PER"


def family_names_after(tokens: Sequence[str], tags: list[str], flags: Flags) -> None:
    """An untagged rare word right after a person's name that ends with a listed first name,
    where the name then ends (`_name_ends_after`), is the family name the model missed: a name
    does not end with a given name («وصرح ستيفان باليه المدير»، «وقال بدر باسلمه إن»), and a
    document that names another ستيفان must not take this one for him. Not a plural in
    construct (`_construct_noun`) nor a verb, role, time, function or place word, nor a word
    ordinary text uses often (`_family_word`)."""
    for start, end, label in chunks(tags):
        if label == "PER" and end < len(tokens) and tags[end] == "O" \
                and bare_word(tokens[end - 1]) in first_names() and _name_ends_after(tokens, end + 1) \
                and not _construct_noun(tokens, end) \
                and _family_word(tokens[end], flags, end + 1 < len(tokens) and is_role_word(tokens[end + 1])):
            tags[end] = "I-PER"


def persons_read_as_places(tokens: Sequence[str], tags: list[str], flags: Flags) -> None:
    """A lone word tagged a place that no gazetteer lists as one (`_unlisted_place`) is half
    of a person's name the model read as a place when a person noun or a report verb comes
    shortly before (`_introduced`) and the name ends right after the pair: before an untagged
    family name without the article it is the first name («وقال المسؤول عن حماية الحدود أندراي
    سيتينكوف إن»), after an untagged listed first name it is the family name («المدير صباح
    كرحوت، إن»); not after a preposition or particle («في X»), nor before a definite adjective
    («إقليم X الأفغاني»)."""
    for start, end, label in chunks(tags):
        if label != "LOC" or end - start != 1 or not _unlisted_place(tokens[start], flags):
            continue
        if end < len(tokens) and tags[end] == "O" and _introduced(tokens, start) \
                and _pair_ends(tokens, end + 1) and not split_key(tokens[end])[0] \
                and _family_word(tokens[end], flags):
            tags[start:end + 1] = ["B-PER", "I-PER"]
        elif start > 0 and tags[start - 1] == "O" and _listed_given_name(tokens[start - 1], flags) \
                and _introduced(tokens, start - 1) and _pair_ends(tokens, end) \
                and _family_word(tokens[start], flags):
            tags[start - 1:end] = ["B-PER", "I-PER"]


ROLE_GAP = 6    # words between a person noun or report verb and the name it introduces
# Prepositions of place: a name after them is where, not who («يعيش مع ابنته في مدينة X Y»).
PLACE_PREPOSITIONS = {normalise(w) for w in "في إلى من داخل قرب نحو بين".split()}


def _introduced(tokens: Sequence[str], i: int) -> bool:
    """A person noun or a report verb stands at most `ROLE_GAP` words before token i, with no
    punctuation nor preposition of place in between, and neither a particle nor a place noun
    in construct right before i («المسؤول عن حماية الحدود X»، «رئيس مجلس محافظة الأنبار X»;
    not «ابنته في مدينة X»، «قضاة محكمة مدينة X»)."""
    for k in range(i - 1, max(i - 1 - ROLE_GAP, -1), -1):
        word = core(tokens[k])
        if not word.isalpha() or normalise(word) in PLACE_PREPOSITIONS \
                or k == i - 1 and (_clause_word(tokens[k]) or _place_head(tokens[k])):
            return False
        if is_person_word(word) or cue_of(word) is not None:
            return True
    return False


def _place_head(token: str) -> bool:
    """A place or facility noun without the article (orgs.PLACE_HEADS): its construct
    complement is the place's name («مدينة X»، «مطار X»)."""
    _, pro, stem = word_parts(token)
    return stem in PLACE_HEADS and not pro.endswith("ال")


def _pair_ends(tokens: Sequence[str], i: int) -> bool:
    """The name ends before token i (`_name_ends_after`) or an adjunct opens there with a
    preposition («… X Y في مؤتمر صحفي»)."""
    return _name_ends_after(tokens, i) or _clause_word(tokens[i])


def _listed_given_name(token: str, flags: Flags) -> bool:
    """A word the gazetteers list as a given name, as written (no clitic, no article), not very
    common, no verb, role or function word; unlike `_bare_given_name`, a time word may be one
    («صباح»), and so may a name the entity lists open (gzf=PER)."""
    st = _as_written(token)
    return st is not None and st not in HEAD_WORDS \
        and any(f in GIVEN_NAME_FLAGS or f == "gzf=PER" for f in flags(st)) \
        and word_frequencies().get(st, 0) < COMMON_GIVEN_NAME and not is_edge_word(token) and not is_verb(token)


PLACE_FLAGS = ("gz=city", "gz=country", "gz=entLOC", "gzf=LOC")   # a word key listed as a place


def _unlisted_place(token: str, flags: Flags) -> bool:
    """A word of letters without a clitic or article (`_as_written`), no place the gazetteers list
    (`PLACE_FLAGS`: إنجلترا opens persons' names too), that Wikipedia hardly uses or the gazetteers
    list as a first name: a place tag on it may be half of a person's name."""
    st = _as_written(token)
    if st is None or is_country(st, flags) or any(f in PLACE_FLAGS for f in flags(st)):
        return False
    return word_frequencies().get(st, 0) < RARE_FAMILY_NAME or _opens_names(st, flags)


def _construct_noun(tokens: Sequence[str], i: int) -> bool:
    """An indefinite word in …ي before a definite one is a plural in construct, the verb's
    object after its subject («والتقى الأمير X طياري التحالف»، «ونقل X تعازي القيادة»)."""
    word = normalise(core(tokens[i]))
    return word.endswith("ي") and not word.startswith("ال") and i + 1 < len(tokens) \
        and normalise(core(tokens[i + 1])).startswith("ال")


def _name_ends_after(tokens: Sequence[str], i: int) -> bool:
    """The name has ended before token i: the sentence ends, or punctuation, a role apposed to
    the name, the report's complementiser or a relative follows («وقال بدر باسلمه إن»، «خوسيه
    باليه النائب السابق»، «إبراهيم هجري الذي»; not «ونقل الأمير فيصل بن خالد تعازي القيادة»,
    the verb's object)."""
    return i >= len(tokens) or not core(tokens[i]).isalpha() or is_role_word(tokens[i]) \
        or normalise(core(tokens[i])) in COMPLEMENTISER_FORMS | RELATIVES


def _family_word(token: str, flags: Flags, before_role: bool = False) -> bool:
    """A word of letters that ordinary text hardly uses (`RARE_FAMILY_NAME`), or a little more
    often when it is a definite word in …ي, a listed person's name or a word before a role
    apposed to the name (النقي، «ستيفان باليه المدير»); with no conjunction or ل + the
    article before it nor another clitic on a clearly commoner word
    (باليه is no ب + ال + يه; not «وبحاح»، «للصحفيين»), no noun's or adjective's ending (ة, the
    accusative ا: «جدارة»، «غضبا») and no verb, role, time, function or place word."""
    raw = strip_marks(core(token))
    whole = normalise(raw)
    pro, st = split_key(token)
    freq = word_frequencies()
    if pro[:1] in ("و", "ف") or pro.startswith("لل"):
        return False
    if pro not in ("", "ال"):
        if freq.get(st, 0) >= KNOWN_WORD and freq.get(st, 0) > 2 * freq.get(whole, 0):
            return False    # a clitic on a known word
        st = whole
    count = freq.get(whole, 0)
    named = before_role or (whole.endswith("ي") if pro == "ال" else any(f.startswith("gz=pername") for f in flags(st)))
    return raw.isalpha() and len(raw) >= 3 and (count < RARE_FAMILY_NAME or named and count < FAMILY_NAME_MAX) \
        and not raw.endswith("ة") and not accusative_form(whole) \
        and not is_edge_word(token) and not is_verb(token) and not is_time_word(token) \
        and cue_of(raw) is None and st not in HEAD_WORDS and not is_country(st, flags) \
        and not any(f.startswith(("gz=city", "gz=country")) for f in flags(st))


RARE_FAMILY_NAME = 15   # Wikipedia count under which a word after a given name is a family name
FAMILY_NAME_MAX = 100   # … and, for a definite word in …ي or a listed name, the count from which it is a common word


def given_names_before(tokens: Sequence[str], tags: list[str], flags: Flags) -> None:
    """An untagged word right before a person's name that the gazetteers list as a person's
    name, with neither the article nor a clitic, and no verb, title or role, is the name's
    first word: the model knows the surname but misses a first name that is also a common
    word («مولود جاويش أوغلو»، «نورة حمدان»); not after a particle, preposition or time
    word, where it is a verb or an object («عندما سئل لافروف»، «لم يأت ترامب»، «في مالي»), nor
    before a name that opens with a clitic other than the article (a conjoined name «وغادة عادل
    وياسمين …», a prepositional phrase read as a name «عز بدلال …»)."""
    if "B-PER" not in tags:
        return
    for start, end, label in chunks(tags):
        if label != "PER" or start == 0 or tags[start - 1] != "O" or _verb_before_full_name(tokens, start, end, flags):
            continue
        first = start - 1
        if normalise(core(tokens[first])) in DAUGHTER_SON and first > 0 and tags[first - 1] == "O":
            first -= 1      # «نورة بنت عبد الله …»: the given name before the lineage link
        if _bare_given_name(tokens[first], flags) and not (first > 0 and _clause_word(tokens[first - 1])) \
                and not _clitic_opened(tokens[start]):
            set_tags(tags, first, start, "PER")
            tags[start] = "I-PER"


DAUGHTER_SON = {normalise(w) for w in "بن بنت ابن".split()}


def _verb_before_full_name(tokens: Sequence[str], start: int, end: int, flags: Flags) -> bool:
    """The word opening a clause before a full name that starts with its own first name is the
    clause's verb, the name its subject («، رزق باراك أوباما الأب بابن»), not a first name."""
    opens_clause = start == 1 or not any(ch.isalpha() for ch in tokens[start - 2])
    return opens_clause and end - start >= 2 and _opens_names(word_key(tokens[start]), flags)


def _clause_word(token: str) -> bool:
    """A particle, preposition, time word or كان of `speakers.STOP`, with or without و / ف."""
    word = normalise(core(token))
    return word in STOP or word[:1] in "وف" and word[1:] in STOP


def _clitic_opened(token: str) -> bool:
    """A word that opens with a conjunction or preposition, not a name: و + a word clearly
    commoner without it, or a clitic on a word unknown whole («بدلال»; not «بادي»)."""
    pro = split_key(token)[0]
    return conjoined_name(token) or pro not in ("", "ال") \
        and word_frequencies().get(normalise(core(token)), 0) < KNOWN_NAME


GIVEN_NAME_FLAGS = ("gz=pername2", "gz=pername3")   # borne by three Wikidata persons or more
COMMON_GIVEN_NAME = 1000   # Wikipedia count from which a listed name is a common word first (هو، يكون)


# Titles whose construct complement is the place governed, before the holder's name.
JURISDICTION_HEADS = {normalise(w) for w in "حاكم محافظ عمدة والي".split()}
JURISDICTION_WORDS = {c + w for w in "حاكم محافظ عمدة عمده والي".split() for c in ("", "و", "ف")}  # as written


def governed_places(tokens: Sequence[str], tags: list[str], flags: Flags) -> None:
    """After an indefinite governor's title, a person's name of three words or more whose
    second word is a listed first name starts with the place governed: «حاكم ويسكونسن سكوت
    ووكر» is a place, then a person."""
    if JURISDICTION_WORDS.isdisjoint(tokens):
        return
    for start, end, label in chunks(tags):
        if label == "PER" and end - start >= 3 and start > 0 and bare_word(tokens[start - 1]) in JURISDICTION_HEADS \
                and not _opens_names(word_key(tokens[start]), flags) \
                and _opens_names(word_key(tokens[start + 1]), flags):
            tags[start] = "B-LOC"
            tags[start + 1] = "B-PER"


def _opens_names(key: str, flags: Flags) -> bool:
    """A listed first name: it opens names in the entity lists, or many Wikidata persons bear it."""
    return any(f in ("gzf=PER", "gz=pername3") for f in flags(key))


def _bare_given_name(token: str, flags: Flags) -> bool:
    """A listed person's name as written, not very common: no clitic, no article, no verb,
    function or role word."""
    st = _as_written(token)
    return st is not None and any(f in GIVEN_NAME_FLAGS for f in flags(st)) and not is_country(st, flags) \
        and word_frequencies().get(st, 0) < COMMON_GIVEN_NAME \
        and not is_edge_word(token, leading=True) and not is_verb(token) and not is_time_word(token) \
        and st not in HEAD_WORDS


def _as_written(token: str) -> str | None:
    """The word key of a word of letters written with neither a clitic nor the article; None for
    any other token."""
    raw = strip_marks(core(token))
    st = word_key(token)
    return st if raw.isalpha() and normalise(raw) == st and not st.startswith("ال") else None


def _rare_nisba(token: str) -> bool:
    """A rare definite word in …ي, not a function word nor a broken plural (التعازي، الأهالي)."""
    word = normalise(core(token))
    return word.startswith("ال") and word.endswith("ي") and len(word) > 5 and strip_marks(token).isalpha() \
        and not (len(word) == 7 and word[4] == "ا") and not is_function_word(token) and word not in RELATIVES \
        and word_frequencies().get(word, 0) < RARE_SURNAME


RARE_SURNAME = 40  # Wikipedia count under which a definite …ي word after a name is a family name


def _w_name(token: str) -> bool:
    raw = strip_marks(core(token))
    return len(raw) > 3 and raw[0] == "و" and raw[1] in "اوي" and not conjoined_name(token)


def conjoined_name(token: str) -> bool:
    """و + a word that is clearly commoner without it (not وليد، والتر)."""
    word = normalise(core(token))
    freq = word_frequencies()
    return word.startswith("و") and len(word) > 3 and freq.get(word[1:], 0) > 2 * freq.get(word, 0)


TO_ME = "لي"    # ل + ي «to me», also the name Lee / Li (لي كه تشيانغ، هاربر لي)
PARTICLE_LETTERS = "بك"   # a preposition glued to the word after «لي» («قال لي بهدوء»، «لي كمدرب»)


def to_me(tokens: Sequence[str], tags: list[str]) -> None:
    """«لي» opening a person's span is «to me», not the name Lee, when the span is that word
    alone («قال لي:»، «بالنسبة لي»), when the word after it is a common word — with the article,
    a glued preposition or a possessive «my» («تمنى لي التوفيق»، «قال لي بهدوء»، «يقول لي
    أصدقائي»): no name then —; the name starts after it at an honorific or royal title («روى لي
    الأمير سعود»). A foreign name after «لي» keeps it («الصيني لي باو دونغ»، «لي كون هي»); so
    does a listed first name («قال لي يوسف»: cut there, the quote layer completed «يوسف» with
    another person's name, «رجاء يوسف»)."""
    for start, end, label in chunks(tags):
        if label != "PER" or strip_marks(core(tokens[start])) != TO_ME:
            continue
        second = normalise(core(tokens[start + 1])) if end - start > 1 else ""
        if second in HONORIFICS or second in ROYAL_TITLES:
            set_tags(tags, start, end, None)
            set_tags(tags, start + 1, end, "PER")
        elif not second or _common_word(tokens[start + 1]):
            set_tags(tags, start, end, None)


def _common_word(token: str) -> bool:
    """A word no name is made of: with the article, a glued ب / ك before a known word of three
    letters or more, or a known word with the possessive «my» (صورتي، أصدقائي)."""
    word = normalise(core(token))
    if word in first_names() or word in gazetteer_names():
        return False
    freq = word_frequencies()
    if split_key(token)[0] == "ال" or word[:1] in PARTICLE_LETTERS and len(word) > 3 \
            and freq.get(word[1:], 0) >= KNOWN_WORD:
        return True
    if not word.endswith("ي") or len(word) < 4:
        return False
    stem = word[:-1]
    return any(freq.get(s, 0) >= KNOWN_WORD for s in (stem, stem[:-1] + "ه" if stem.endswith("ت") else stem,
                                                   stem[:-1] + "ء" if stem.endswith("ي") else stem))
