"""Span hygiene after the tagger: names do not start or end with a verb, a preposition or a
conjunction; a verb inside a span ends it, and و + a name starts a second one (سورية وإيران);
a currency after an amount is MISC; the halves of a transliterated place name join; a rare word
after a settlement noun is the place (بلدة X، مخيم X); a place after an organisation head (فيلق
القدس، جامعة شيكاغو) names the organisation; and
organisations are read from their context: a naming head before them (شركة X، بنك X، فريق X), a
masculine nationality adjective after a club (بورتو البرتغالي), Latin letter names (بي بي سي),
ل + a spelled acronym (the organisation a person spoke to), a byline's outlet. Latin initials
belong to a person's name, an organisation starts at ب + the article (بالمجلس), and a region noun
alone is no place. The rules for persons are in `persons.py`, the word classes in `words.py`.

Works on one sentence's token strings and BIO tags, so it runs in the Recognizer and in
CoNLL evaluation alike."""
from __future__ import annotations

from functools import lru_cache
from typing import Container, Sequence

from ..months import MONTH_WORDS
from ..normalise import normalise, split_proclitics, strip_marks, without_lam, word_frequencies
from ..quotes.cues import cue_of
from ..quotes.lexicon import gazetteer_names
from ..quotes.plausible import is_role_word, possessed_person
from ..quotes.speakers import DIVINE_EPITHETS, EULOGIES, NEWS_OUTLETS, formula_words, key
from ..tokens import KNOWN_WORD
from .features import LETTER_NAMES, PLAIN_LETTER_NAMES, core, is_punct
from .orgs import (DIRECTIONS, INNER_PREPOSITIONS, MAX_OUTLET_WORDS, OPENING_QUOTES, Flags, country_adjective,
                   is_country, nisba, word_parts)
from .persons import (conjoined_name, family_names_after, given_names_before, governed_places,
                      honorific_persons, persons_read_as_places, rare_surnames, split_conjuncts,
                      to_me, w_surnames)
from .scoring import chunks
from .words import LINEAGE_LINKS, bare_word, is_edge_word, is_time_word, is_verb, set_tags, split_key, word_key

PLACE_PREFIXES = {normalise(w) for w in "ساوث نورث سان سانت سانتا نيو لوس لاس فورت بورت ماونت ويست إيست كامب".split()}
# Month names (Syriac and transliterated): with a day, a year or الماضي / المقبل they are dates.
MONTHS = {form for w in MONTH_WORDS
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
VOCATIVE = "يا"


def _inner_preposition(token: str) -> bool:
    """A free-standing preposition that no name has inside it: «… الأسبوع إلى كامب ديفيد»
    ends the span before it (من stays: «الحزب من أجل …»)."""
    return normalise(core(token)) in INNER_PREPOSITIONS


def is_conjoined(token: str) -> bool:
    """و + a definite word («والسعودي»), the rest clearly commoner than the whole: a second
    name begins after it (not «والتر»)."""
    word = normalise(core(token))
    return word.startswith("وال") and len(word) > 5 and conjoined_name(token)


# Region nouns alone are no place («في ولايات بشمال الهند»: ولايات، بشمال; «في ريف حلب»: ريف).
REGION_NOUNS = DIRECTIONS | {normalise(w) for w in "ولاية ولايات محافظة محافظات منطقة مناطق إقليم أقاليم ريف أرياف".split()}
# Continents: a direction before one names a region («جنوب آسيا»), before a country a part of it.
CONTINENTS = {normalise(w) for w in "آسيا أفريقيا افريقيا إفريقيا أوروبا أوربا أمريكا أميركا".split()}
DIRECTION_COUNTRIES = {(normalise("جنوب"), normalise("سودان"))}    # جنوب السودان is a country


def trim_chunks(tokens: Sequence[str], tags: list[str]) -> None:
    """Drop edge words from every chunk and end a chunk at a verb or a preposition inside it."""
    for start, end, label in chunks(tags):
        if _spelled(tokens[start:end]):
            continue    # «سي إن إن»: its letters are no prepositions
        set_tags(tags, start, end, None)
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
        while label != "PER" and end - start > 1 and is_time_word(tokens[end - 1]) \
                and bare_word(tokens[end - 1]) not in DAY_IN_NAMES:
            end -= 1   # «الاتحاد الأوروبي الخميس»، «صحيفة حرييت الخميس»; not «روسيا اليوم»
        while label == "PER" and end - start > 1 and bare_word(tokens[end - 1]) in MANNER:
            end -= 1   # «فقال سامي بهدوء»: how he spoke
        set_tags(tags, start, end, label)


DAY_IN_NAMES = {normalise(w) for w in "اليوم يوم".split()}   # the papers and channels «… اليوم»
# ب + a noun of manner after a name says how someone spoke or acted («فقال سامي بهدوء:»، «ورد بغيظ»).
MANNER = {normalise("ب" + w) for w in ("هدوء غيظ عصبية سرعة بساطة حزم حسم ثقة صراحة حماس دهشة حدة مرارة فخر "
                                       "أسى حزن غضب سخرية تأثر").split()}


def _after_lineage(tokens: Sequence[str], i: int, start: int = 0) -> bool:
    """Token i follows a lineage link that is itself in the name (at or after `start`)."""
    return i - 1 >= start and normalise(core(tokens[i - 1])) in LINEAGE_LINKS


CROWN = normalise("ولي")
CROWN_NEXT = {normalise(w) for w in "العهد عهد ولي".split()}


def _crown_title(tokens: Sequence[str], i: int) -> bool:
    """ولي before العهد / عهد / ولي is the title after a name («… ولي العهد»، «ولي ولي العهد»),
    not a name's word (ANERcorp tags it outside)."""
    return bare_word(tokens[i]) == CROWN and i + 1 < len(tokens) and bare_word(tokens[i + 1]) in CROWN_NEXT


def _person_end(tokens: Sequence[str], tags: list[str], start: int, end: int) -> int:
    """Where a person's name ends: before و + a definite word, after which a second person
    is named («جون كيري والسعودي عادل الجبير»: the second name, after its description, is
    tagged a person of its own)."""
    for i in range(start + 1, end):
        if is_conjoined(tokens[i]):
            second = next((j for j in range(i + 1, end) if not is_nisba(tokens[j])), end)
            if end - second >= 2:
                set_tags(tags, second, end, "PER")
            return i
    return end


def bare_regions(tokens: Sequence[str], tags: list[str], flags: Flags) -> None:
    """A region noun alone is no place («ولاية»، «بشمال»), and a direction before a country
    names a part of it, not a place of its own: «جنوب الهند» leaves الهند (as ANERcorp tags
    it); before a continent it is a region's name («جنوب آسيا»)."""
    for start, end, label in chunks(tags):
        if label != "LOC" or word_key(tokens[start]) not in REGION_NOUNS:
            continue
        if end - start == 1:
            tags[start] = "O"
        elif end - start == 2 and word_key(tokens[start]) in DIRECTIONS and _part_of_country(tokens[start:end], flags):
            set_tags(tags, start, end, None)
            set_tags(tags, start + 1, end, "LOC")


MAX_DIRECTIONS = 2   # «جنوب شرقي آسيا»


def continent_regions(tokens: Sequence[str], tags: list[str]) -> None:
    """One or two directions right before a continent name it with it («شمال أفريقيا»،
    «جنوب شرقي آسيا»، «وجنوب شرق آسيا»: a region, not the continent); a direction with a
    preposition or the article stays out («بشمال أفريقيا»، «الشمال الأفريقي»)."""
    for start, end, label in chunks(tags):
        if label != "LOC" or word_key(tokens[start]) not in CONTINENTS:
            continue
        first = start
        while first > 0 and start - first < MAX_DIRECTIONS and tags[first - 1] == "O" \
                and bare_word(tokens[first - 1]) in DIRECTIONS:
            first -= 1
            if bare_word(tokens[first]) != normalise(core(tokens[first])):
                break    # «وجنوب شرق آسيا»: و opens the name
        if first < start:
            set_tags(tags, first, end, "LOC")


def _part_of_country(words: Sequence[str], flags: Flags) -> bool:
    """A direction (no article) and a country's name that is no continent."""
    pro, head = split_key(words[0])
    name = word_key(words[1])
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
            set_tags(tags, start, k, None)
            set_tags(tags, k, end, "ORG")


def _in_organisation(token: str) -> bool:
    """ب + the article or an organisation head («بالمجلس»، «بنادي»), not ب + a name (بن، بوش)."""
    pro, st = split_key(token)
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
            set_tags(tags, k, end, "PER")


def _letter(token: str) -> bool:
    """A Latin letter's name (إس، إم، في …)."""
    return normalise(core(token)) in LETTER_NAMES


def is_prepositional(token: str) -> bool:
    """ل + a role or group of persons («لصحفيين»، «للمراسلين»): to whom a person spoke, after
    the name, never its last word (not a listed name: لامين)."""
    word = strip_marks(core(token))
    if len(word) < 4 or word[0] != "ل" or normalise(word) in gazetteer_names():
        return False
    return is_role_word(without_lam(word))


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
            set_tags(tags, i, end, "ORG" if tags[i + 1] == "B-ORG" else "LOC")


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
        set_tags(tags, start, end, None)
        set_tags(tags, start, cut, label)


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
            set_tags(tags, start, end, None)


def drop_times(tokens: Sequence[str], tags: list[str]) -> None:
    """Two time words are no name («صباح الخميس»، «مساء أمس»; صباح is also a woman's name)."""
    for start, end, _ in chunks(tags):
        if end - start == 2 and all(is_time_word(t) for t in tokens[start:end]):
            set_tags(tags, start, end, None)


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
    key = word_key(token)
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
        pro, head = split_key(tokens[before])
        if label == "ORG":
            if before == start - 1 and head in HEADS_WITHIN and not pro.endswith("ال"):
                set_tags(tags, start - 1, end, "ORG")   # «حزب كاديما»: ANERcorp takes the head in
        elif label == "LOC" and before == start - 1 and head in ORG_HEADS:
            set_tags(tags, start - 1, end, "ORG")
        elif _names_after(pro, head, label) and tags[before] == "O":
            set_tags(tags, start, end, "ORG")


def join_organisations(tokens: Sequence[str], tags: list[str]) -> None:
    """A one-word organisation and an organisation right after it, without a conjunction or a
    preposition on the second, are one name that propagation labelled word by word («ستيوا
    بوخارست»، «حزب الله»): ANERcorp's training split tags two organisations back to back almost
    only with و, ب or ل between them («النصر والاتفاق»). A longer first name is complete and
    the second its acronym or its head's namesake («منظمة … للنفط اوبك»), and a first word
    common in ordinary text is no part of a foreign name («شركة أهمها سابك»)."""
    spans = [c for c in chunks(tags) if c[2] == "ORG"]
    for (s1, e1, _), (s2, e2, _) in zip(spans[::-1][1:], spans[::-1]):
        if e1 == s2 and e1 - s1 == 1 and split_key(tokens[s2])[0] in ("", "ال") and _foreign_word(tokens[s1]):
            set_tags(tags, s1, e2, "ORG")


def _foreign_word(token: str) -> bool:
    """A word without the article, rarer in ordinary text than a known word: a transliterated
    name («ستيوا»; not «الكونجرس», whose rare spelling is still a name of its own)."""
    word = normalise(core(token))
    return word.isalpha() and not word.startswith("ال") and word_frequencies().get(word, 0) < KNOWN_WORD


PRESS_HEADS = {normalise(w) for w in "صحيفة جريدة مجلة".split()}  # papers named after a city: «صحيفة الرياض»


def headed_organisations(tokens: Sequence[str], tags: Sequence[str], flags: Flags,
                         persons: Container[str] = ()) -> list[tuple[int, int]]:
    """The organisations named right after a naming head (شركة، صحيفة، فريق …, an opening
    quotation mark between), however they were tagged: the head is a cue for the name's
    other mentions in the document. Not after قناة / بنك / مصرف, whose name may be a place's
    (قناة السويس، بنك إنجلترا); not a city after a paper's head (the city elsewhere is a
    place: «صحيفة الرياض»); not a name whose last word key is in `persons` (the document's
    persons: «فريق كلينتون»، «شركة مونيكا» are a person's team and company)."""
    out = []
    for start, end, label in chunks(tags):
        before = start - 2 if start >= 2 and tokens[start - 1] in OPENING_QUOTES else start - 1
        if label != "ORG" or before < 0 or tags[before] != "O":
            continue
        pro, head = split_key(tokens[before])
        if head in NO_PLACE_AFTER or not _names_after(pro, head, label):
            continue
        last = word_key(tokens[end - 1])
        if not (last in persons or head in PRESS_HEADS and end - start == 1 and "gz=city" in flags(last)):
            out.append((start, end))
    return out


def untagged_names_after_heads(tokens: Sequence[str], tags: list[str]) -> None:
    """Untagged words right after a naming head that read as a name are the organisation's
    («شركة فورد»، «وكالة فرانس برس»; not «الشركة تسعى»): without a clitic or the article,
    not a feminine adjective agreeing with the head (شركة كبيرة), and rarely written with
    the article elsewhere (not a noun: شركة نفط، فريق عمل)."""
    for h in range(len(tokens) - 1):
        if not _names_after(*split_key(tokens[h]), "ORG"):
            continue
        i = h + 2 if tokens[h + 1] in OPENING_QUOTES and h + 2 < len(tokens) else h + 1
        if any(tag != "O" for tag in tags[h:i + 1]):
            continue
        end = i
        while end < len(tokens) and end - i < MAX_BARE_NAME and tags[end] == "O" and _bare_name_word(tokens[end]):
            end += 1
        set_tags(tags, i, end, "ORG")


# Nouns of a settlement or district whose construct name is a place («بلدة الفارعة»، «مخيم بلاطة»);
# the dual forms name two («بين بلدتي الفارعة وطلوزة»).
SETTLEMENT_HEADS = {normalise(w) for w in "بلدة قرية مخيم حي ضاحية مدينة محافظة ولاية إقليم منطقة".split()}
DUAL_SETTLEMENT_HEADS = {normalise(w) for w in "بلدتي قريتي مخيمي مدينتي محافظتي ولايتي منطقتي".split()}
ANY_SETTLEMENT_HEAD = SETTLEMENT_HEADS | DUAL_SETTLEMENT_HEADS
MAX_PLACE_WORD = 1000       # a bare word commoner than this in Wikipedia is a word, not a village,
MAX_FEMININE_PLACE = 100    # a bare word in ة commoner than this too (معينة، محددة: adjectives),
RARE_PLACE_WORD = 40        # and a definite word commoner than this (الدورة، الشعب)


def untagged_places_after_heads(tokens: Sequence[str], tags: list[str]) -> None:
    """An untagged rare word right after a settlement noun in construct state is the place's
    name («في بلدة الباذان»، «مخيم بلاطة»: ANERcorp's training split tags 115 of the 124 words
    so found as a place, 3 more inside a longer place name), and after a dual noun the conjunct
    after it too («بلدتي الفارعة وطلوزة»). Not after the noun with the article («البلدة
    القديمة»), not a common word (`_place_word`) nor a noun in construct (`_in_construct`)."""
    for h in range(len(tokens) - 1):
        pro, head = split_key(tokens[h])
        if pro.endswith(("ال", "لل")) or head not in ANY_SETTLEMENT_HEAD or tags[h] != "O" \
                or tags[h + 1] != "O" or not _place_word(tokens[h + 1]) or _in_construct(tokens, h + 1):
            continue
        tags[h + 1] = "B-LOC"
        if head in DUAL_SETTLEMENT_HEADS and h + 2 < len(tokens) and tags[h + 2] == "O" \
                and tokens[h + 2].startswith("و") and _place_word(tokens[h + 2][1:]):
            tags[h + 2] = "B-LOC"


def _in_construct(tokens: Sequence[str], i: int) -> bool:
    """A word without the article before a definite one that is no nisba adjective: a noun in
    construct («منطقة خفض التصعيد»), or the first word of a longer name the rule would cut
    («مخيم عين الحلوة»); not «محافظة أبين الجنوبية»."""
    return not strip_marks(tokens[i]).startswith("ال") and i + 1 < len(tokens) \
        and strip_marks(tokens[i + 1]).startswith("ال") and not is_nisba(tokens[i + 1])


def _place_word(token: str) -> bool:
    """A word that reads as a place's name after a settlement noun: one with the article that
    Wikipedia hardly uses (`RARE_PLACE_WORD`: الفارعة، البقيعة; not الدورة، الشعب), or one
    without clitics that it uses under `MAX_PLACE_WORD` times (in ة: `MAX_FEMININE_PLACE`) and
    rarely with the article (`_article_shy`: طلوزة، بلاطة; not an adjective agreeing with the
    noun: عازلة، صغيرة، معينة)."""
    raw = strip_marks(token)
    if not raw.isalpha() or len(raw) < 3 or is_edge_word(token):
        return False
    word = normalise(raw)
    freq = word_frequencies().get(word, 0)
    if raw.startswith("ال"):
        return freq < RARE_PLACE_WORD
    limit = MAX_FEMININE_PLACE if raw.endswith("ة") else MAX_PLACE_WORD
    return freq < limit and not split_proclitics(word)[0] and not raw.endswith("ية") \
        and not _possessed(word) and not _clause_opener(word) and _article_shy(word)


def _clause_opener(word: str) -> bool:
    """A known word after a particle letter («قرية بزيارة»), or a verb opening a clause about
    the place: an imperfect whose other person is a known word too («منطقة ينشط فيها»، «منطقة
    تحيط بـ»; تبوك، تعز have no يبوك، يعز in common use), one of the forms تتفاعل / يتفاعل
    («منطقة تتمايز»), or a past verb in ت after a known stem («أول محافظة تحررت»)."""
    freq = word_frequencies()
    if word[0] in "بلوفك" and freq.get(word[1:], 0) >= KNOWN_WORD:
        return True
    other = {"ي": "ت", "ت": "ي"}.get(word[0])
    return other is not None and (word[1] == "ت" or freq.get(other + word[1:], 0) >= KNOWN_WORD) \
        or word.endswith("ت") and freq.get(word[:-1], 0) >= KNOWN_WORD


PLACE_WORD_POSSESSIVES = ("ها", "هم")
KNOWN_POSSESSED = 10    # occurrences of the word without its pronoun that make it a noun or verb


def _possessed(word: str) -> bool:
    """A known word with a pronoun after it («مدينة يقطنها …»، «منطقة مساحتها …»: a clause
    about the place, not its name); the ت before the pronoun is a ة (مساحت → مساحه)."""
    freq = word_frequencies()
    for suffix in PLACE_WORD_POSSESSIVES:
        stem = word.removesuffix(suffix)
        forms = [stem, stem[:-1] + "ه"] if stem.endswith("ت") else [stem]
        if stem != word and any(freq.get(form, 0) >= KNOWN_POSSESSED for form in forms):
            return True
    return False


def _bare_name_word(token: str) -> bool:
    """A word that reads as part of a name: no clitic or article, no ة, not a function word
    or a verb, and rarely written with the article (`_article_shy`)."""
    raw = strip_marks(token)
    if not raw.isalpha() or raw.endswith("ة") or is_edge_word(token):
        return False
    word = normalise(raw)
    if split_proclitics(word)[0]:
        return False
    return _article_shy(word)


def _article_shy(word: str) -> bool:
    """The normalised word is written with the article under a fifth as often as without
    (without its accusative ا too: عقدا, where العقد is common)."""
    freq = word_frequencies()
    forms = [word, word[:-1]] if word.endswith("ا") else [word]
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
                and not (end - start == 1 and is_country(word_key(tokens[start]), flags)):
            set_tags(tags, start, end, "ORG")
    for i in range(1, len(tokens) - 1):
        if "ي" in tokens[i + 1][-2:] and nationality_of(tokens[i + 1], flags) \
                and tags[i - 1:i + 2] == ["O", "O", "O"] and _listed_bare_name(tokens[i], flags):
            tags[i] = "B-ORG"


def _listed_bare_name(token: str, flags: Flags) -> bool:
    """A word without the article that the gazetteers list as a place or an entity's name."""
    raw = strip_marks(core(token))
    pro, st = split_key(raw)
    if raw != token or not raw.isalpha() or pro or is_edge_word(token):
        return False
    return any(f.startswith(("gz=city", "gz=ent")) for f in flags(st))


def spelled_acronyms(tokens: Sequence[str], tags: list[str]) -> None:
    """A name spelled in Latin letter names («بي بي سي»، «سي إن إن»), or one with a relational
    adjective after it, is an organisation's acronym, not a person."""
    for start, end, label in chunks(tags):
        if label != "ORG" and end - start > 2 and _spelled(tokens[start:end - 1]) and _service_adjective(tokens[end - 1]):
            set_tags(tags, start, end, "ORG")   # «بي بي سي عربي»، «… الكورية»: its language
        elif label != "ORG" and _spelled(tokens[start:end]):
            first = start
            while first > 0 and tags[first - 1] == "O" and normalise(core(tokens[first - 1])) in LETTER_NAMES:
                first -= 1      # «تي إن [كي بي بي]»: the letters before it are the acronym's,
            while first < start and normalise(core(tokens[first])) not in PLAIN_LETTER_NAMES:
                first += 1      # from a letter that is no Arabic word («في بي بي سي»)
            set_tags(tags, first, end, "ORG")


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
            set_tags(tags, start, k, label)
            set_tags(tags, k, max(end, last), "ORG")


def told_outlets(tokens: Sequence[str], tags: list[str]) -> None:
    """ل + a news outlet inside a person's name is the outlet the person spoke to, not the
    name's last word («الميجور شيريل كلينكل لفرانس برس أن»، «روبرت باير لـCNN»، «X لرويترز»):
    the name ends before it and the outlet, ل included, is an organisation's (as after
    `told_acronyms`)."""
    for start, end, label in chunks(tags):
        if label != "PER":
            continue
        for k in range(start + 1, end):
            n = _outlet_told_at(tokens, k)
            if n:
                set_tags(tags, start, k, "PER")
                tags[k:end] = ["O"] * (end - k)
                set_tags(tags, k, k + n, "ORG")
                break


def _outlet_told_at(tokens: Sequence[str], i: int) -> int:
    """How many tokens from i spell ل + a listed news outlet (`NEWS_OUTLETS`) or ل + a name in
    Latin letters («لـCNN»); 0 when they spell none."""
    word = core(tokens[i])
    if word[:1] != "ل":
        return 0
    rest = word[1:].lstrip("ـ")
    if rest[:1].isascii() and rest[:1].isalpha():
        return 1
    for n in range(MAX_OUTLET_WORDS, 0, -1):
        if i + n <= len(tokens) and key(" ".join([rest, *tokens[i + 1:i + n]])) in NEWS_OUTLETS:
            return n
    return 0


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
    told_outlets(tokens, out)
    spelled_acronyms(tokens, out)
    if flags is not None:
        clubs_by_nationality(tokens, out, flags)
    trim_chunks(tokens, out)
    continent_regions(tokens, out)
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
        family_names_after(tokens, out, flags)
        persons_read_as_places(tokens, out, flags)
        governed_places(tokens, out, flags)
    to_me(tokens, out)   # after given_names_before, which takes «لي» (Lee) in
    join_halves(tokens, out)
    drop_dates(tokens, out)
    drop_times(tokens, out)
    currencies(tokens, out)
    drop_formulas(tokens, out)
    organisation_heads(tokens, out)
    untagged_names_after_heads(tokens, out)
    untagged_places_after_heads(tokens, out)
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


def dateline_outlet(tokens: Sequence[str], tags: list[str], flags: Flags) -> None:
    """An article's dateline names its outlet in parentheses before the dash, after the
    places and the date: «دبي، الإمارات العربية المتحدة (CNN) –»، «لندن 3 مايو (رويترز) -».
    The one to three words between the marks are an organisation, whatever the model read
    (not a listed place: «(ليبيا) -» is a dateline's country)."""
    opening = next((i for i, t in enumerate(tokens[:MAX_BYLINE]) if t == "("), None)
    if not opening or not any(t.endswith("LOC") for t in tags[:opening]) or not all(
            tags[i].endswith("LOC") or is_punct(t) or t.isdigit() or word_parts(t)[2] in MONTHS
            for i, t in enumerate(tokens[:opening])):
        return
    closing = next((j for j in range(opening + 1, len(tokens)) if tokens[j] == ")"), len(tokens))
    words = tokens[opening + 1:closing]
    if closing + 1 < len(tokens) and tokens[closing + 1] in DASHES and _outlet_words(words) \
            and not any(_listed_place(w, flags) for w in words):
        tags[opening + 1:closing] = ["B-ORG"] + ["I-ORG"] * (len(words) - 1)


def _listed_place(token: str, flags: Flags) -> bool:
    return any(f in ("gz=city", "gz=country") for f in flags(word_parts(token)[2]))


def _outlet_words(words: Sequence[str]) -> bool:
    """One to three plain words, none a desk word, verb or function word."""
    return 0 < len(words) <= MAX_OUTLET_WORDS and all(
        word_parts(w)[0] and word_parts(w)[2].isalpha() and word_parts(w)[2] not in DESK_WORDS
        and not is_edge_word(w, leading=True) and cue_of(w) is None for w in words)
