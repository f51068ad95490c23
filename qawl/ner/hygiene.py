"""Span hygiene after the tagger: names do not start or end with a verb, a preposition or a
conjunction; a person's name does not start with a person noun that has a possessive
pronoun (زميلي، نظيره) nor end with a weekday or time word; a verb inside a span ends it,
and و + a name starts a second one (سورية وإيران); a currency after an amount is MISC;
the halves of a transliterated place name join; a place after an organisation head
(فيلق القدس، جامعة شيكاغو) names the organisation; and organisations are read from their
context: a naming head before them (شركة X، بنك X، فريق X), a masculine nationality adjective after
a club (بورتو البرتغالي), Latin letter names (بي بي سي). Latin initials and a transliterated
W-name (مايكل وايلدس) belong to a person's name, an organisation starts at ب + the article
(بالمجلس), and a region noun alone is no place; a listed given name before a person's name
is its first word, a governed place after حاكم / محافظ is not part of the governor's name,
and ل + a spelled acronym is the organisation a person spoke to; after propagation, «علي»
before a name or a rare family name is a person where the text writes its prepositions with ى.

Works on one sentence's token strings and BIO tags, so it runs in the Recognizer and in
CoNLL evaluation alike."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Sequence

from ..normalise import accusative_form, normalise, split_proclitics, strip_marks, without_lam, word_frequencies
from ..quotes.cues import VERB, cue_of
from ..quotes.lexicon import first_names, gazetteer_names
from ..quotes.plausible import HEAD_WORDS, is_role_word, possessed_person
from ..quotes.speakers import DIVINE_EPITHETS, EULOGIES, HAL_PARTICIPLE, ROYAL_TITLES, STOP, formula_words
from ..quotes.subjects import KANA, RELATIVES, TIME_WORDS
from ..tokens import KNOWN_NAME
from .features import core
from .orgs import MAX_OUTLET_WORDS, OPENING_QUOTES, Flags, country_adjective, is_country, nisba, word_parts
from .scoring import chunks

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
PLACE_PREFIXES = {normalise(w) for w in "ساوث نورث سان سانت سانتا نيو لوس لاس فورت بورت ماونت ويست إيست كامب".split()}
# Month names (Syriac and transliterated): with a day, a year or الماضي / المقبل they are dates.
MONTHS = {form for w in ("كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين يناير فبراير مارس "
                         "أبريل ابريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس سبتمبر أكتوبر "
                         "اكتوبر نوفمبر ديسمبر").split()
          for form in (normalise(w), split_proclitics(normalise(w))[1])}   # فبراير also read as ف + براير
CURRENCIES = {normalise(w) for w in "ريال دينار درهم دولار يورو جنيه ليرة ين روبل روبية".split()}
MULTIPLIERS = {normalise(w) for w in "ألف آلاف مليون ملايين مليار مليارات ترليون تريليون".split()}
DATE_NEIGHBOURS = {split_proclitics(normalise(w))[1] for w in "شهر الماضي المقبل الجاري الحالي القادم الأول الثاني".split()}
# Heads that ANERcorp tags within an organisation's name when it is named after them.
HEADS_WITHIN = {normalise(w) for w in "حزب منظمة جامعة مجلس اتحاد معهد جبهة تنظيم".split()}
ORG_HEADS = {normalise(w) for w in "فيلق قوة جامعة كلية نادي معهد أكاديمية اتحاد".split()}
# Heads after which a name is the organisation's own (head left out, as ANERcorp tags it): a
# paper, a company, a team, an agency («صحيفة "X"»، «شركة X»، «فريق X»، «مضيفه X»), the head
# in construct state (a name after a definite one is apposed: «الفريق X» a general, «رئيس
# الوكالة X» its head). After قناة a place is a canal (قناة السويس).
NAMING_HEADS = {normalise(w) for w in "صحيفة جريدة مجلة شركة شركتا شركتي فريق فريقي مضيفه ضيفه وكالة قناة بنك مصرف".split()}
NO_PLACE_AFTER = {normalise(w) for w in "قناة بنك مصرف".split()}    # قناة السويس، بنك إنجلترا
MAX_BARE_NAME = 3
# Latin letter names as Arabic writes them; the plain ones are no Arabic word (في، أو، إن، أي are).
PLAIN_LETTER_NAMES = {normalise(w) for w in "بي سي جي دي إف تي كيه إم إل آر إس إكس واي زد دبليو يو إتش كيو".split()}
LETTER_NAMES = PLAIN_LETTER_NAMES | {normalise(w) for w in "إيه أيه إي آي أي إن أن أو في كي".split()}
# Honorifics that introduce a person (ANERcorp tags the honorific outside the name that follows).
# Royal titles stay out: institutions are named after kings and princes (جائزة … الملك فهد).
HONORIFICS = {normalise(w) for w in (
    "الدكتور الدكتورة السيد السيدة الشيخ الشيخة المهندس المهندسة الأستاذ الأستاذة "
    "البروفيسور البروفيسورة البروفسور البروفسورة").split()}


@lru_cache(maxsize=1)
def _news_verb_forms() -> frozenset[str]:
    return frozenset(normalise(v) + s for v in NEWS_VERBS for s in SUFFIXES)


def _bare(token: str) -> str:
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
    word = _bare(token)
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
    return is_verb(token) and (not leading or len(_bare(token)) >= MIN_LEADING_VERB
                               or _bare(token) != normalise(core(token)))


INNER_PREPOSITIONS = {normalise(w) for w in "إلى الى في عن مع منذ حول خلال".split()}
VOCATIVE = "يا"


def _inner_preposition(token: str) -> bool:
    """A free-standing preposition that no name has inside it: «… الأسبوع إلى كامب ديفيد»
    ends the span before it (من stays: «الحزب من أجل …»)."""
    return normalise(core(token)) in INNER_PREPOSITIONS


def is_time_word(token: str) -> bool:
    """A weekday or time adverb (الجمعة، أمس، صباح): after a name, the time of the clause."""
    return normalise(core(token)) in TIME_WORDS


def is_conjoined(token: str) -> bool:
    """و + a definite word («والسعودي»), the rest clearly commoner than the whole: a second
    name begins after it (not «والتر»)."""
    word = normalise(core(token))
    return word.startswith("وال") and len(word) > 5 and _conjoined_name(token)


DIRECTIONS = {normalise(w) for w in "شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي".split()}
# Region nouns alone are no place («في ولايات بشمال الهند»: ولايات، بشمال).
REGION_NOUNS = DIRECTIONS | {normalise(w) for w in "ولاية ولايات محافظة محافظات منطقة مناطق إقليم أقاليم".split()}
# Continents: a direction before one names a region («جنوب آسيا»), before a country a part of it.
CONTINENTS = {normalise(w) for w in "آسيا أفريقيا افريقيا إفريقيا أوروبا أوربا أمريكا أميركا".split()}
DIRECTION_COUNTRIES = {(normalise("جنوب"), normalise("سودان"))}    # جنوب السودان is a country


def _set(tags: list[str], start: int, end: int, label: str | None) -> None:
    """Tag tokens start..end as one chunk of `label` (None: outside)."""
    for i in range(start, end):
        tags[i] = "O" if label is None else ("B-" if i == start else "I-") + label


def trim_chunks(tokens: Sequence[str], tags: list[str]) -> None:
    """Drop edge words from every chunk and end a chunk at a verb or a preposition inside it."""
    for start, end, label in chunks(tags):
        if _spelled(tokens[start:end]):
            continue    # «سي إن إن»: its letters are no prepositions
        _set(tags, start, end, None)
        while start < end and is_edge_word(tokens[start], leading=True):
            start += 1
        while label == "PER" and end - start > 1 and possessed_person(core(tokens[start]), listed_only=True):
            start += 1   # «زميلي جون كيري»، «نظيره الروسي»: a role of someone, then the name
        if label == "PER":   # «دام مجدك يا سلمان»: the name is the one called after يا
            start = max([start] + [i + 1 for i in range(start, end - 1) if core(tokens[i]) == VOCATIVE])
        end = next((i for i in range(start + 1, end) if not _after_lineage(tokens, i)
                    and (is_verb(tokens[i]) or _inner_preposition(tokens[i]))), end)
        if label == "PER":
            end = next((i for i in range(start + 1, end) if _crown_title(tokens, i)), end)
            end = _person_end(tokens, tags, start, end)
        while end > start and (is_edge_word(tokens[end - 1]) and not _after_lineage(tokens, end - 1, start)
                               or label == "PER" and end - start > 1 and is_prepositional(tokens[end - 1])):
            end -= 1
        while label == "PER" and end - start > 2 and is_time_word(tokens[end - 1]):
            end -= 1   # «جون كيري الجمعة»; «أحمد الخميس» keeps its family name
        while label == "PER" and end - start > 1 and _bare(tokens[end - 1]) in MANNER:
            end -= 1   # «فقال سامي بهدوء»: how he spoke
        _set(tags, start, end, label)


# ب + a noun of manner after a name says how someone spoke or acted («فقال سامي بهدوء:»، «ورد بغيظ»).
MANNER = {normalise("ب" + w) for w in ("هدوء غيظ عصبية سرعة بساطة حزم حسم ثقة صراحة حماس دهشة حدة مرارة فخر "
                                       "أسى حزن غضب سخرية تأثر").split()}
# Links of a lineage or a kunya: the word after one is a name, even where it is also a verb
# or a preposition («علي بن أبي طالب»، «فواز بن خلف»، «محمد آل مرضي»).
LINEAGE_LINKS = {normalise(w) for w in "بن ابن بنت أبو أبي أبا آل عبد".split()}


def _after_lineage(tokens: Sequence[str], i: int, start: int = 0) -> bool:
    """Token i follows a lineage link that is itself in the name (at or after `start`)."""
    return i - 1 >= start and normalise(core(tokens[i - 1])) in LINEAGE_LINKS


CROWN = normalise("ولي")
CROWN_NEXT = {normalise(w) for w in "العهد عهد ولي".split()}


def _crown_title(tokens: Sequence[str], i: int) -> bool:
    """ولي before العهد / عهد / ولي is the title after a name («… ولي العهد»، «ولي ولي العهد»),
    not a name's word (ANERcorp tags it outside)."""
    return _bare(tokens[i]) == CROWN and i + 1 < len(tokens) and _bare(tokens[i + 1]) in CROWN_NEXT


def _person_end(tokens: Sequence[str], tags: list[str], start: int, end: int) -> int:
    """Where a person's name ends: before و + a definite word, after which a second person
    is named («جون كيري والسعودي عادل الجبير»: the second name, after its description, is
    tagged a person of its own)."""
    for i in range(start + 1, end):
        if is_conjoined(tokens[i]):
            second = next((j for j in range(i + 1, end) if not is_nisba(tokens[j])), end)
            if end - second >= 2:
                _set(tags, second, end, "PER")
            return i
    return end


def honorific_persons(tokens: Sequence[str], tags: list[str]) -> None:
    """An honorific inside an organisation's or place's name, after its first two words, ends
    that name and introduces a person: «جامعة هارفارد الدكتورة ساندرا بيل» is a university,
    then the honorific (outside), then a person. Right after the head it is the name of what
    is named after that person (مسجد الشيخ زايد), so it stays."""
    for start, end, label in chunks(tags):
        if label not in ("ORG", "LOC"):
            continue
        k = next((i for i in range(start + 2, end) if _bare(tokens[i]) in HONORIFICS), None)
        if k is not None:
            tags[k] = "O"
            _set(tags, k + 1, end, "PER")


def bare_regions(tokens: Sequence[str], tags: list[str], flags: Flags) -> None:
    """A region noun alone is no place («ولاية»، «بشمال»), and a direction before a country
    names a part of it, not a place of its own: «جنوب الهند» leaves الهند (as ANERcorp tags
    it); before a continent it is a region's name («جنوب آسيا»)."""
    for start, end, label in chunks(tags):
        if label != "LOC" or _key(tokens[start]) not in REGION_NOUNS:
            continue
        if end - start == 1:
            tags[start] = "O"
        elif end - start == 2 and _key(tokens[start]) in DIRECTIONS and _part_of_country(tokens[start:end], flags):
            _set(tags, start, end, None)
            _set(tags, start + 1, end, "LOC")


def _part_of_country(words: Sequence[str], flags: Flags) -> bool:
    """A direction (no article) and a country's name that is no continent."""
    pro, head = _split(words[0])
    name = _key(words[1])
    return not pro.endswith("ال") and is_country(name, flags) and name not in CONTINENTS \
        and (head, name) not in DIRECTION_COUNTRIES


MEMBER_HEADS = ORG_HEADS | HEADS_WITHIN


def member_of_organisation(tokens: Sequence[str], tags: list[str]) -> None:
    """An organisation's name does not run over ب + a definite word or an organisation head
    (بنادي، بجامعة): the organisation named there starts at it, the words before name a part or
    member of it («لجنة الشؤون الخارجية بالمجلس الوطني …»، «مدرب كرة القدم بنادي الاتحاد»)."""
    for start, end, label in chunks(tags):
        if label != "ORG":
            continue
        k = next((i for i in range(start + 1, end) if _in_organisation(tokens[i])), None)
        if k is not None:
            _set(tags, start, k, None)
            _set(tags, k, end, "ORG")


def _in_organisation(token: str) -> bool:
    """ب + the article or an organisation head («بالمجلس»، «بنادي»), not ب + a name (بن، بوش)."""
    pro, st = _split(token)
    return pro == "بال" or (pro == "ب" and st in MEMBER_HEADS)


def initials(tokens: Sequence[str], tags: list[str]) -> None:
    """Latin initials with dots before a person's name are part of it («إس.سوريش كومار»،
    «إم.في شيشاجيري بابو», tokens إم . في …)."""
    for start, end, label in chunks(tags):
        if label != "PER":
            continue
        k = start - 1 if start >= 2 and tokens[start - 2] == "." and _letter(tokens[start - 1]) else start
        while k >= 2 and tokens[k - 1] == "." and _letter(tokens[k - 2]):
            k -= 2
        if k < start and any(normalise(core(t)) in PLAIN_LETTER_NAMES for t in tokens[k:start]):
            _set(tags, k, end, "PER")


def _letter(token: str) -> bool:
    """A Latin letter's name (إس، إم، في …)."""
    return normalise(core(token)) in LETTER_NAMES


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
    pro, st = _split(raw)
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


def is_prepositional(token: str) -> bool:
    """ل + a role or group of persons («لصحفيين»، «للمراسلين»): to whom a person spoke, after
    the name, never its last word (not a listed name: لامين)."""
    word = strip_marks(core(token))
    if len(word) < 4 or word[0] != "ل" or normalise(word) in gazetteer_names():
        return False
    return is_role_word(without_lam(word))


def glued_words(sentences: Sequence[Sequence[str]], tags: list[list[str]]) -> None:
    """A word the tagger ran into a person's name, one no other name in the document holds,
    next to a word the document also gives in other persons' names: the opening verb of the
    sentence, with و, before the name («وساق كيري …» and «جون كيري»; not a listed first name
    nor a word of kinship: وفهد، وأبو قسورة), or an indefinite accusative after it, how he spoke
    («مورينيو ضاحكا» and «جوزيه مورينيو»; not «تاتيانا نافكا» where «نافكا» stands alone too)."""
    spans = [(tokens, ts, s, e) for tokens, ts in zip(sentences, tags) for s, e, lab in chunks(ts) if lab == "PER"]
    name_words = Counter(_key(t) for tokens, _, s, e in spans for t in tokens[s:e])
    last_words = Counter(_key(tokens[e - 1]) for tokens, _, _, e in spans)
    for tokens, ts, s, e in spans:
        if e - s < 2:
            continue
        first, last = _key(tokens[s]), _key(tokens[e - 1])
        if (s == 0 or core(tokens[s - 1]) in SENTENCE_ENDS) and last_words[last] > 1 and name_words[first] == 1 \
                and _conjoined_name(tokens[s]) and _opening_verb(tokens[s]):
            _set(ts, s, e, None)
            _set(ts, s + 1, e, "PER")
        elif name_words[last] == 1 and name_words[_key(tokens[e - 2])] > 1 and _bare(tokens[e - 2]) not in KINSHIP \
                and _manner(tokens, e - 1):
            _set(ts, s, e, None)
            _set(ts, s, e - 1, "PER")


def _opening_verb(token: str) -> bool:
    """The word after و may be a verb: no listed first name (وفهد) but كان, no word of kinship."""
    word = _bare(token)
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
                if _conjoined_name(tokens[i]):
                    tags[i] = "B-" + label


def w_surnames(tokens: Sequence[str], tags: list[str]) -> None:
    """A name read as a second one right after a person's, written و + ا / و / ي (no hamza)
    and not clearly commoner without و, is a transliterated W-name continuing the person's
    («مايكل وايلدس»، «بوب وودورد»; not «بوش وبلير»)."""
    for start, end, label in chunks(tags):
        if label in ("PER", "LOC") and start > 0 and tags[start - 1][2:] == "PER" and _w_name(tokens[start]):
            _set(tags, start, end, "PER")
            tags[start] = "I-PER"


def rare_surnames(tokens: Sequence[str], tags: list[str]) -> None:
    """An untagged definite word in …ي that Wikipedia hardly uses, right after a person's name,
    is the family name (tribal and family nisbas: «مبارك العصيمي»، «سعد الشهراني»), not an
    adjective (الأمريكي، الحربي are common words); not after a royal title, whose name may be
    an institution's («مستشفى الملك فهد التخصصي»)."""
    for start, end, label in chunks(tags):
        if label == "PER" and end < len(tokens) and tags[end] == "O" and _rare_nisba(tokens[end]) \
                and not (start > 0 and _bare(tokens[start - 1]) in ROYAL_TITLES):
            tags[end] = "I-PER"


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
            _set(tags, first, start, "PER")
            tags[start] = "I-PER"


DAUGHTER_SON = {normalise(w) for w in "بن بنت ابن".split()}


def _verb_before_full_name(tokens: Sequence[str], start: int, end: int, flags: Flags) -> bool:
    """The word opening a clause before a full name that starts with its own first name is the
    clause's verb, the name its subject («، رزق باراك أوباما الأب بابن»), not a first name."""
    opens_clause = start == 1 or not any(ch.isalpha() for ch in tokens[start - 2])
    return opens_clause and end - start >= 2 and _opens_names(_key(tokens[start]), flags)


def _clause_word(token: str) -> bool:
    """A particle, preposition, time word or كان of `speakers.STOP`, with or without و / ف."""
    word = normalise(core(token))
    return word in STOP or word[:1] in "وف" and word[1:] in STOP


def _clitic_opened(token: str) -> bool:
    """A word that opens with a conjunction or preposition, not a name: و + a word clearly
    commoner without it, or a clitic on a word unknown whole («بدلال»; not «بادي»)."""
    pro = _split(token)[0]
    return _conjoined_name(token) or pro not in ("", "ال") \
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
        if label == "PER" and end - start >= 3 and start > 0 and _bare(tokens[start - 1]) in JURISDICTION_HEADS \
                and not _opens_names(_key(tokens[start]), flags) and _opens_names(_key(tokens[start + 1]), flags):
            tags[start] = "B-LOC"
            tags[start + 1] = "B-PER"


def _opens_names(key: str, flags: Flags) -> bool:
    """A listed first name: it opens names in the entity lists, or many Wikidata persons bear it."""
    return any(f in ("gzf=PER", "gz=pername3") for f in flags(key))


def _bare_given_name(token: str, flags: Flags) -> bool:
    """A listed person's name as written, not very common: no clitic, no article, no verb,
    function or role word."""
    st = _key(token)
    if not any(f in GIVEN_NAME_FLAGS for f in flags(st)):
        return False
    raw = strip_marks(core(token))
    word = normalise(raw)
    return raw.isalpha() and word == st and not st.startswith("ال") and not is_country(st, flags) \
        and word_frequencies().get(word, 0) < COMMON_GIVEN_NAME \
        and not is_edge_word(token, leading=True) and not is_verb(token) and not is_time_word(token) \
        and st not in HEAD_WORDS


def _rare_nisba(token: str) -> bool:
    """A rare definite word in …ي, not a function word nor a broken plural (التعازي، الأهالي)."""
    word = normalise(core(token))
    return word.startswith("ال") and word.endswith("ي") and len(word) > 5 and strip_marks(token).isalpha() \
        and not (len(word) == 7 and word[4] == "ا") and not is_function_word(token) and word not in RELATIVES \
        and word_frequencies().get(word, 0) < RARE_SURNAME


RARE_SURNAME = 40  # Wikipedia count under which a definite …ي word after a name is a family name


def _w_name(token: str) -> bool:
    raw = strip_marks(core(token))
    return len(raw) > 3 and raw[0] == "و" and raw[1] in "اوي" and not _conjoined_name(token)


def _conjoined_name(token: str) -> bool:
    """و + a word that is clearly commoner without it (not وليد، والتر)."""
    word = normalise(core(token))
    freq = word_frequencies()
    return word.startswith("و") and len(word) > 3 and freq.get(word[1:], 0) > 2 * freq.get(word, 0)


def is_nisba(token: str) -> bool:
    """A definite nisba adjective (السعودي، الأمريكية): a description before a name."""
    word = normalise(core(token))
    return word.startswith("ال") and nisba(word)


def join_halves(tokens: Sequence[str], tags: list[str]) -> None:
    """A transliterated place prefix (ساوث، سان، كامب …) joins the name right after it: an
    organisation's stays one, anything else is a place («كامب ديفيد», whose second half alone
    reads as a person)."""
    for i in range(len(tokens) - 1):
        if normalise(core(tokens[i])) in PLACE_PREFIXES and tags[i + 1].startswith("B-") \
                and tags[i] in ("O", "B-" + tags[i + 1][2:]):
            end = next((j for j in range(i + 2, len(tags)) if not tags[j].startswith("I-")), len(tags))
            _set(tags, i, end, "ORG" if tags[i + 1] == "B-ORG" else "LOC")


FORMULAS = formula_words(EULOGIES + DIVINE_EPITHETS)
FORMULA_OPENERS = {f[0] for f in FORMULAS}


def drop_formulas(tokens: Sequence[str], tags: list[str]) -> None:
    """A blessing after a name is no part of it («محمد بن صالح رحمه الله»), and a divine
    epithet alone («عز وجل») is no entity."""
    spans = chunks(tags)
    words = [normalise(core(t)) for t in tokens] if spans else []
    for start, end, label in spans:
        cut = next((k for k in range(start + 1, end) if _formula_at(words, k)), end)
        if cut == end and words[start] in FORMULA_OPENERS and tuple(words[start:end]) in FORMULAS:
            cut = start
        _set(tags, start, end, None)
        _set(tags, start, cut, label)


def _formula_at(words: list[str], k: int) -> bool:
    """A blessing formula or divine epithet starts at word k."""
    return words[k] in FORMULA_OPENERS and any(tuple(words[k:k + len(f)]) == f for f in FORMULAS)


def drop_dates(tokens: Sequence[str], tags: list[str]) -> None:
    """A month name with a day, a year, شهر or الماضي / المقبل next to it is a date, not a name
    («في نيسان الماضي»، «15 أيار 2018»)."""
    for start, end, _ in chunks(tags):
        if end - start != 1 or split_proclitics(normalise(core(tokens[start])))[1] not in MONTHS:
            continue
        if any(w.isdigit() or w in DATE_NEIGHBOURS or w in MONTHS for w in _words_around(tokens, start)):
            _set(tags, start, end, None)


def drop_times(tokens: Sequence[str], tags: list[str]) -> None:
    """Two time words are no name («صباح الخميس»، «مساء أمس»; صباح is also a woman's name)."""
    for start, end, _ in chunks(tags):
        if end - start == 2 and all(is_time_word(t) for t in tokens[start:end]):
            _set(tags, start, end, None)


def currencies(tokens: Sequence[str], tags: list[str]) -> None:
    """A currency after a number or a multiplier is MISC, as ANERcorp tags it, whether the
    tagger gave it another label («52 مليون ريال», whose ريال is also Real Madrid's first
    word) or none; its accusative form counts too («60 دولارا»)."""
    for i in range(1, len(tokens)):
        alone = tags[i] == "O" or (tags[i].startswith("B-") and tags[i + 1:i + 2] != ["I-" + tags[i][2:]])
        if alone and _currency(tokens[i]) and _amount(tokens[i - 1]):
            tags[i] = "B-MISC"


def _currency(token: str) -> bool:
    """A currency's name, or its accusative form (دولارا، جنيها)."""
    key = _key(token)
    return key in CURRENCIES or (key.endswith("ا") and key[:-1] in CURRENCIES)


def _amount(token: str) -> bool:
    """A number or a multiplier (ألف، مليون، مليارات …)."""
    word = normalise(core(token))
    return word in MULTIPLIERS or any(ch.isdigit() for ch in word)


def _words_around(tokens: Sequence[str], i: int) -> list[str]:
    """The normalised, clitic-stripped words right before and after token i, punctuation skipped
    («أبريل (نيسان) 2012» gives أبريل and 2012)."""
    out = []
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(tokens) and not core(tokens[k]).isalnum():
            k += step
        if 0 <= k < len(tokens):
            out.append(split_proclitics(normalise(core(tokens[k])))[1])
    return out


def organisation_heads(tokens: Sequence[str], tags: list[str]) -> None:
    """A place right after فيلق / جامعة / نادي … is the organisation's name (head included),
    an indefinite حزب / منظمة … before an organisation's name joins it; any name after a
    naming head (صحيفة، شركة، فريق …, an opening quotation mark between) is the
    organisation's (head left out)."""
    for start, end, label in chunks(tags):
        if start == 0 or tags[start - 1] != "O":
            continue
        before = start - 2 if start >= 2 and tokens[start - 1] in OPENING_QUOTES else start - 1
        pro, head = _split(tokens[before])
        if label == "ORG":
            if before == start - 1 and head in HEADS_WITHIN and not pro.endswith("ال"):
                _set(tags, start - 1, end, "ORG")   # «حزب كاديما»: ANERcorp takes the head in
        elif label == "LOC" and before == start - 1 and head in ORG_HEADS:
            _set(tags, start - 1, end, "ORG")
        elif _names_after(pro, head, label) and tags[before] == "O":
            _set(tags, start, end, "ORG")


def untagged_names_after_heads(tokens: Sequence[str], tags: list[str]) -> None:
    """Untagged words right after a naming head that read as a name are the organisation's
    («شركة فورد»، «وكالة فرانس برس»; not «الشركة تسعى»): without a clitic or the article,
    not a feminine adjective agreeing with the head (شركة كبيرة), and rarely written with
    the article elsewhere (not a noun: شركة نفط، فريق عمل)."""
    for h in range(len(tokens) - 1):
        if not _names_after(*_split(tokens[h]), "ORG"):
            continue
        i = h + 2 if tokens[h + 1] in OPENING_QUOTES and h + 2 < len(tokens) else h + 1
        if any(tag != "O" for tag in tags[h:i + 1]):
            continue
        end = i
        while end < len(tokens) and end - i < MAX_BARE_NAME and tags[end] == "O" and _bare_name_word(tokens[end]):
            end += 1
        _set(tags, i, end, "ORG")


def _bare_name_word(token: str) -> bool:
    """A word that reads as part of a name: no clitic or article, no ة, not a function word
    or a verb, and written with the article under a fifth as often as without (without its
    accusative ا too)."""
    raw = strip_marks(token)
    if not raw.isalpha() or raw.endswith("ة") or is_edge_word(token):
        return False
    word = normalise(raw)
    if split_proclitics(word)[0]:
        return False
    freq = word_frequencies()
    forms = [word, word[:-1]] if word.endswith("ا") else [word]    # عقدا: العقد is common
    return all(freq.get("ال" + w, 0) * 5 <= freq.get(w, 0) for w in forms)


def _names_after(pro: str, head: str, label: str) -> bool:
    """A name of this label after this head (with these proclitics) is the organisation's."""
    if head not in NAMING_HEADS or pro.endswith("ال"):
        return False
    return not (label == "LOC" and head in NO_PLACE_AFTER)


@lru_cache(maxsize=100_000)
def nationality_of(token: str, flags: Flags) -> bool:
    """A definite masculine nationality adjective (البرتغالي، الفرنسي، الإنجليزي): the
    article and the nisba ي as written (not ألماني, not ى), a country's name in its stem."""
    raw = strip_marks(core(token))
    st = split_proclitics(normalise(raw))[1]
    return raw.startswith("ال") and raw.endswith("ي") and country_adjective(st, flags)


def clubs_by_nationality(tokens: Sequence[str], tags: list[str], flags: Flags) -> None:
    """A place, or an untagged listed name without the article, followed by a masculine
    nationality adjective is a club («بورتو البرتغالي»، «ليون الفرنسي»): a city takes the
    feminine («ليون الفرنسية»), and a noun without the article takes no definite adjective
    but as a name. A country's name stays a place (a club named after one takes a city's
    adjective: its own name, not a nationality)."""
    for start, end, label in chunks(tags):
        if label == "LOC" and end < len(tokens) and tags[end] == "O" and nationality_of(tokens[end], flags) \
                and not (end - start == 1 and is_country(_key(tokens[start]), flags)):
            _set(tags, start, end, "ORG")
    for i in range(1, len(tokens) - 1):
        if "ي" in tokens[i + 1][-2:] and nationality_of(tokens[i + 1], flags) \
                and tags[i - 1:i + 2] == ["O", "O", "O"] and _listed_bare_name(tokens[i], flags):
            tags[i] = "B-ORG"


def _split(token: str) -> tuple[str, str]:
    """(proclitics, stem) of the normalised token (`orgs.word_parts`, cached)."""
    return word_parts(token)[1:]


def _key(token: str) -> str:
    return _split(token)[1]


def _listed_bare_name(token: str, flags: Flags) -> bool:
    """A word without the article that the gazetteers list as a place or an entity's name."""
    raw = strip_marks(core(token))
    pro, st = _split(raw)
    if raw != token or not raw.isalpha() or pro or is_edge_word(token):
        return False
    return any(f.startswith(("gz=city", "gz=ent")) for f in flags(st))


def spelled_acronyms(tokens: Sequence[str], tags: list[str]) -> None:
    """A name spelled in Latin letter names («بي بي سي»، «سي إن إن»), or one with a relational
    adjective after it, is an organisation's acronym, not a person."""
    for start, end, label in chunks(tags):
        if label != "ORG" and end - start > 2 and _spelled(tokens[start:end - 1]) and _service_adjective(tokens[end - 1]):
            _set(tags, start, end, "ORG")   # «بي بي سي عربي»، «… الكورية»: the service's language
        elif label != "ORG" and _spelled(tokens[start:end]):
            first = start
            while first > 0 and tags[first - 1] == "O" and normalise(core(tokens[first - 1])) in LETTER_NAMES:
                first -= 1      # «تي إن [كي بي بي]»: the letters before it are the acronym's,
            while first < start and normalise(core(tokens[first])) not in PLAIN_LETTER_NAMES:
                first += 1      # from a letter that is no Arabic word («في بي بي سي»)
            _set(tags, first, end, "ORG")


def told_acronyms(tokens: Sequence[str], tags: list[str]) -> None:
    """ل + a Latin letter name opening a spelled name is the organisation a person spoke to
    («قال جونسون لبي بي سي»): it ends the name it was read into and is an organisation's with
    the rest of that span («لبي بي سي العربية»), ل included."""
    told = [i for i in range(len(tokens) - 1) if _told_letters(tokens, i)]
    if not told:
        return
    for start, end, label in chunks(tags):
        k = next((i for i in told if start <= i < end), None)
        if k is not None:
            last = next((j for j in range(k + 1, len(tokens)) if normalise(core(tokens[j])) not in LETTER_NAMES),
                        len(tokens))
            _set(tags, start, k, label)
            _set(tags, k, max(end, last), "ORG")


def _told_letters(tokens: Sequence[str], i: int) -> bool:
    """ل + a Latin letter name, then another letter name."""
    if tokens[i][:1] != "ل":
        return False
    word = normalise(core(tokens[i]))
    return word[1:] in PLAIN_LETTER_NAMES \
        and normalise(core(tokens[i + 1])) in LETTER_NAMES


def _service_adjective(token: str) -> bool:
    """A relational adjective (عربي، الكورية), not a letter's name ending in ي (بي، في)."""
    stem = word_parts(token)[2]
    return nisba(stem) and len(stem) > 3 and normalise(core(token)) not in LETTER_NAMES


def _spelled(words: Sequence[str]) -> bool:
    """Two or more Latin letter names, one of them no Arabic word."""
    letters = [normalise(core(w)) for w in words]
    return len(letters) >= 2 and all(w in LETTER_NAMES for w in letters) \
        and any(w in PLAIN_LETTER_NAMES for w in letters)


def clean_tags(tokens: Sequence[str], tags: Sequence[str], flags: Flags | None = None) -> list[str]:
    """The sentence's tags after all hygiene rules; `flags` (a word key's gazetteer flags)
    enables the clubs named by a nationality adjective."""
    out = list(tags)
    told_acronyms(tokens, out)
    spelled_acronyms(tokens, out)
    if flags is not None:
        clubs_by_nationality(tokens, out, flags)
    trim_chunks(tokens, out)
    initials(tokens, out)
    member_of_organisation(tokens, out)
    if flags is not None:
        bare_regions(tokens, out, flags)
    honorific_persons(tokens, out)
    split_conjuncts(tokens, out)
    w_surnames(tokens, out)
    rare_surnames(tokens, out)
    if flags is not None:
        given_names_before(tokens, out, flags)
        governed_places(tokens, out, flags)
    join_halves(tokens, out)
    drop_dates(tokens, out)
    drop_times(tokens, out)
    currencies(tokens, out)
    drop_formulas(tokens, out)
    organisation_heads(tokens, out)
    untagged_names_after_heads(tokens, out)
    return out


# The byline before an article's text: «REPORTER – OUTLET – PLACE:», «OUTLET - PLACE:».
DASHES = {"-", "–", "—", "ـ"}
DESK_WORDS = {normalise(w) for w in "متابعة متابعات وكالات وكالة خاص ترجمة تقرير".split()}
MAX_BYLINE = 10     # tokens before the colon (or in the whole line)
MAX_BYLINE_PART = 4


def byline_outlet(tokens: Sequence[str], tags: list[str], flags: Flags) -> None:
    """In an article's first sentence, a short byline cut by dashes names its outlet in the
    first part that is no reporter's name (a part holding a person): one to three words, no
    desk word (متابعة، وكالات), verb or function word, and either the last part or followed
    by the dateline's place or a desk word («سبق - الرياض»، «عين اليوم – متابعات»; not
    «عواصم - رويترز», where the place comes first). A part the model read as a place is none."""
    colon = next((i for i, t in enumerate(tokens) if t == ":"), len(tokens))
    if colon > MAX_BYLINE or not any(t in DASHES for t in tokens[:colon]):
        return
    parts, start = [], 0
    for i in range(colon + 1):
        if i == colon or tokens[i] in DASHES:
            parts.append((start, i))
            start = i + 1
    if len(parts) < 2 or any(e - s > MAX_BYLINE_PART for s, e in parts):
        return
    k = 0
    while k < len(parts) and "PER" in "".join(tags[parts[k][0]:parts[k][1]]):
        k += 1
    if k == len(parts) or "LOC" in "".join(tags[parts[k][0]:parts[k][1]]):
        return      # «الدوحة - الجزيرة نت»: the place comes first
    s, e = parts[k]
    if k + 1 < len(parts):
        ns, ne = parts[k + 1]
        if ns == ne or not (tags[ns].endswith("LOC") or _listed_place(tokens[ns], flags)
                            or word_parts(tokens[ns])[2] in DESK_WORDS):
            return
    elif k == 0 or e - s == 1 and _listed_place(tokens[s], flags):
        return      # «طلال عبدالله ـ جدة»: the dateline's place after the reporter
    if _outlet_words(tokens[s:e]):
        tags[s:e] = ["B-ORG"] + ["I-ORG"] * (e - s - 1)


def _listed_place(token: str, flags: Flags) -> bool:
    return any(f in ("gz=city", "gz=country") for f in flags(word_parts(token)[2]))


def _outlet_words(words: Sequence[str]) -> bool:
    """One to three plain words, none a desk word, verb or function word."""
    return 0 < len(words) <= MAX_OUTLET_WORDS and all(
        word_parts(w)[0] and word_parts(w)[2].isalpha() and word_parts(w)[2] not in DESK_WORDS
        and not is_edge_word(w, leading=True) and cue_of(w) is None for w in words)
