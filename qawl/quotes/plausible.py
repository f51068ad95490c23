"""Is a phrase a speaker at all? The test every speaker passes before output, and the
cleaning that takes words that are not part of a name off its edges.

A plausible speaker is headed (after forms of address, honorifics and quantifiers) by a
recognised person, organisation or place, a title or role, a source noun (مصدر، مسؤول),
an organisation or statement noun (الوزارة، البيان), a group noun (المحتجون), a quantifier
standing alone for unnamed people (البعض، آخرون، أحدهم: a group or an unnamed source, as
the annotation guidelines have it), or a word that reads as a proper name (in the
person-name gazetteer, or rare in ordinary text).
It never holds a speech verb or participle (وشدد كيري، كيري مازحا), never opens with a
preposition, an adverb or a quantifier that points back (بحضور، قبيل، كلاهما، بعض), is not
a first-person verb or a thing's noun with «our» alone (نتوقع، حديثنا), and is not a document
without an author (القرار، التقرير). What fails is replaced by
`UNKNOWN_SPEAKER`, never by an empty string, except a subject that its verb's agreement
shows is a plural of things (تشير الأدلة): a non-agentive source, which gives no quote. Before the test, `clean_name` takes off the
edges what belongs to the clause, not the name, by word class: speech verbs, prepositions
with a pronoun, possessed person nouns, adverbs, function and time words («رأى كيري»،
«زميلي جون كيري»، «عليه أوباما»، «جون كيري الجمعة»), and `first_of_two` keeps the subject
of two surnames in a row («روبيو أوباما»)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import AbstractSet, Iterable, Mapping, Sequence

from ..doc import Entity, Quote
from ..ner.features import LETTER_NAMES
from ..normalise import (DIACRITICS, accusative_form, key, normalise, split_proclitics, strip_marks, without_lam,
                         word_frequencies)
from .content import COMPLEMENTISERS, PASSIVE_AUXILIARIES, PRONOUN_SUFFIXES
from .cues import NOUN, PARTICIPLE, VERB, Cue, cue_of
from .lexicon import cluster_heads, feminine_names, first_names, gazetteer_names
from .marks import OPENERS as OPENING_MARKS, QUOTE_CHARS
from .shares import is_share
from .speakers import (ABBREVIATED_TITLES, COREFERRING_HEADS, DERIVED_MASDAR, DIVINE_EPITHETS, GROUP_HEADS, HOLDER,
                       HONORIFICS, NAMELIKE_OBJECTS, OBJECT_SUFFIXES, ONE_OF, ORG_HEADS, PERSON_NOUNS, PLACE_BODIES,
                       PRONOUN_OBJECTS, QUANTIFIERS, QUANTIFIER_PRONOUNS, REPORT_NOUNS, SAME, SOURCE_HEADS,
                       SOURCES_AND_GROUPS, STOP, STYLES, TITLE_HEADS, TRAILING_PREPOSITIONS, LADA_FORMS, body_plural,
                       entity_words, family_name, named_ali, pronoun_object, split_word, spelt_ali, spelt_as_noun,
                       whoever, _stems)
from .subjects import OBJECTLESS, PREPOSITION_WORDS, QUOTED_NAME_WORDS, RELATIVES, TIME_WORDS, close_person_subject

UNKNOWN_SPEAKER = "متحدث غير معروف"
LEADING_MARKS = re.compile("^" + DIACRITICS.pattern + "+")
MAX_SPEAKER_WORDS = 10
RARE = 20  # occurrences in the frequency table under which a word reads as a foreign name
_n = lru_cache(maxsize=None)(normalise)

# Words that open an adverbial or prepositional phrase, and pronoun-like quantifiers.
NOT_HEADS = _stems(
    "غداة عشية قبيل عقب إثر اثر بعيد خلال أثناء بحضور بقيادة برئاسة بمشاركة لدى حول نحو ضد بين جراء بسبب رغم "
    "البعض بعض كلاهما كلتاهما كلا كلتا الجميع جميع الكل كل أحدهم أحدهما إحداهما غيره غيرهم آخرون "
    "آخرين الآخرون الآخرين هناك هنا وذلك ذلك هذا هذه هؤلاء أولئك تلك "
    "الأمر كيف هل ماذا لماذا متى بما مما")   # «الأمر الذي يكشف أن»: a fact; interrogatives ask
# Demonstratives: before a noun («هذا المسؤول») they point at it; alone they are no speaker.
DEMONSTRATIVES = _stems("هذا هذه هؤلاء ذلك تلك أولئك")
# Documents and decisions: they report, but someone else is the speaker (their author).
DOCUMENTS = _stems("القرار قرار الوثيقة وثيقة المذكرة مذكرة المشروع مشروع الاتفاق اتفاق القانون قانون النص نص المقال مقال")
# Documents that say what they hold (وكشفت الوثيقة، وتقول المذكرة، بينت المادة التاسعة), which the
# guidelines name as the speaker when no author speaks for them, as they do a report (التقرير).
WRITINGS = _stems("الوثيقة المذكرة القانون المقال المادة لائحة الرسالة البرقية")  # not «القرار», what a decision says is its maker's
# Non-agentive sources (تشير التقديرات، أفادت التقارير): attributions the guidelines accept.
REPORTS = REPORT_NOUNS | _stems("تعالى سبحانه الله القرآن النبي الرسول")  # and scripture (قال تعالى، قال سبحانه)
# Abstract nouns shaped like agent nouns (فاعل), which `_person_pattern` would keep as persons.
ABSTRACT_AGENT_SHAPED = _stems("الواقع الحاضر")
# Proverbs and sayings (يقول المثل، يقول مثل قديم): what everyone says, a non-agentive source.
SAYINGS = _stems("المثل مثل الأمثال أمثال المقولة مقولة الحكمة حكمة")
TANWIN_FATH = "\u064b"
FAMILY_OF = _stems("ذوو ذوي")  # the family of the person named after it
# «سموه»، «معاليه»، «فضيلته»، «سماحتها»: a form of address with a pronoun refers back like a pronoun
# (a ta marbuta, normalised to ه, is written ت before the pronoun).
_BEFORE_PRONOUN = {st: st[:-1] + "ت" if st.endswith("ه") else st for st in STYLES}
# each form with his or her pronoun → the style it is (معاليه → معالي, سموها → سمو)
PRONOMINAL_STYLES = {form + suffix: st for st, form in _BEFORE_PRONOUN.items() for suffix in ("ه", "ها")}
ADDRESSED = PRONOMINAL_STYLES | {form + "هم": st for st, form in _BEFORE_PRONOUN.items()}  # and their (معاليهم)
STATEMENTS = _stems("البيان بيان الادعاء الإدعاء ادعاء النيابة")  # statements, prosecutors
# Bodies beyond the extractor's organisation list (their forms too, `_singular_forms`), and the
# state nouns that stand for a country's government («وأعلنت المملكة أنها…»، «السلطنة»).
BODY_NOUNS = _stems("مقاومة معارضة جوازات برنامج خلية منظمات دورية عمادة مملكة سلطنة متحف") | PLACE_BODIES
HEAD_WORDS = TITLE_HEADS | SOURCE_HEADS | GROUP_HEADS | ORG_HEADS | COREFERRING_HEADS | STATEMENTS \
    | PERSON_NOUNS | BODY_NOUNS
SPEAKER_WORDS = HEAD_WORDS | REPORTS  # heads of someone who speaks, or of a source without an agent
DUAL_HEADS = SOURCES_AND_GROUPS | TITLE_HEADS  # their duals in construct speak too («وزيرا الخارجية»)


@lru_cache(maxsize=100_000)
def _stem(word: str) -> str:
    return split_word(_n(word))[1]


def pronominal_style(word: str, forms: Mapping[str, str] = PRONOMINAL_STYLES) -> str | None:
    """The style of a form of address with a pronoun (معاليه → معالي; with `forms` ADDRESSED also
    معاليهم), also where a leading ف belongs to the word (فخامته، فضيلتها), which `_stem` would take
    for a conjunction; None for other words."""
    return forms.get(_stem(word)) or forms.get(_n(word))


@lru_cache(maxsize=100_000)
def is_report_word(word: str) -> bool:
    """A speech verb with its conjunction or a participle (وشدد، مشيرا), never part of a
    name (a bare past form may be one: دان)."""
    c = cue_of(word)
    return c is not None and c.kind != NOUN and (c.kind == PARTICIPLE or bool(c.conjunction))


@lru_cache(maxsize=100_000)
def is_adverbial(word: str) -> bool:
    """An indefinite accusative of a known word (مازحا، مبتسما، مجددا), not a name (كوندوليزا)."""
    w = _n(word)
    if not accusative_form(w) or _stem(word) in gazetteer_names():
        return False
    freq = word_frequencies()
    return freq.get(w[:-1], 0) >= 5 or freq.get(w, 0) >= 10


def _trailing_adverb(words: list[str]) -> bool:
    """The last word is an adverb, not an adjective agreeing with an accusative head
    («كيري مازحا», but «مصدرا دبلوماسيا رفيعا»)."""
    return len(words) > 1 and is_adverbial(words[-1]) and not _n(words[-2]).endswith("ا")


OF_THEM = {_n(w) for w in ("منهم", "منهما", "منهن")}  # «of them», after a quantifier
# Superlatives before the noun they rank, in construct: «أحدث تقرير»، «آخر دراسة»، «أبرز الخبراء»
ELATIVES = _stems("أحدث آخر أبرز أهم أول أكبر أقدم")
BEFORE_HEAD = STYLES | HONORIFICS | QUANTIFIERS | DEMONSTRATIVES | ELATIVES  # words a head word may follow
GROUP_BODIES = _stems("مجموعة")  # a quantifier before من, elsewhere a body («مجموعة الأزمات الدولية»)


def head_index(words: list[str] | tuple[str, ...]) -> int:
    """Position of the head word after forms of address, honorifics and quantifiers."""
    k = 0
    while k + 1 < len(words) and (_stem(words[k]) in BEFORE_HEAD
                                  or _n(words[k]) in SAME or _n(words[k]) == _n("من") and k) \
            and not _title_in_construct(words[k], words[k + 1]) and not _group_body(words[k], words[k + 1]):
        k += 1
    return k


def _group_body(word: str, following: str) -> bool:
    """«مجموعة» that names a body, the phrase's head: with the article («المجموعة الدولية») or before
    anything but من («مجموعة الأزمات الدولية»، «مجموعة "X"»; not «مجموعة من الخبراء»)."""
    return _stem(word) in GROUP_BODIES and (_n(word).startswith("ال") or _n(following) != _n("من"))


def _title_in_construct(word: str, following: str) -> bool:
    """An honorific without the article before a common noun (أمير المنطقة، شيخ القبيلة، أمير منطقة
    الرياض) is a title in construct, the phrase's head; before a name (أمير قطر) it is not."""
    norm = _n(word)
    return _stem(word) in HONORIFICS and len(norm) > 2 and not norm.startswith("ال") \
        and head_is_noun(following) and not looks_like_name(following, set())


def looks_like_name(word: str, names: set[str]) -> bool:
    """A word of a recognised entity, a gazetteer name, or a rare word (a foreign name)."""
    st = _stem(word)
    if st in names or _n(word) in names:
        return True
    if st in gazetteer_names() and not st.startswith("ال"):
        return True
    rare = word_frequencies().get(_n(word), 0) < RARE and len(st) >= 3 and not _common_after_conjunction(word)
    return rare and (not _n(word).startswith("ال") or _n(word).endswith("ي")) or family_name(word)


def _common_after_conjunction(word: str) -> bool:
    """A word rare only for its و/ف: a common word behind it (والفعل، وتحرص، فالبعض), no name."""
    prefix, st = split_proclitics(_n(word))[:2]
    if not prefix.startswith(("و", "ف")):
        return False
    freq = word_frequencies()
    return freq.get(_n(word)[1:] if "ال" in prefix else st, 0) >= RARE


FIRST_PERSON_SEEN = 50  # occurrences of the third-person form (يتوقع) or the bare noun (حديث)
FIRST_PERSON_RATIO = 5  # … and how many times more often than the word itself
OTHERS = QUANTIFIERS | _stems("إحدى غير")  # «أحدنا»، «بعضنا»، «غيرنا»: people, with «us»


@lru_cache(maxsize=100_000)
def first_person_word(word: str) -> bool:
    """A first-person verb (نتوقع، أعتقد) or a thing's noun with the suffix «our» (حديثنا، شركتنا):
    the speaker's own words, no name. Read off the frequency table: the verb's third-person form
    (يتوقع، تتوقع), or the noun without its suffix (حديث; حديثة for a ة written ت), is common and
    much commoner than the word. A gazetteer name is never one (نادية، أشرف، مارينا), nor a person
    noun with «our» (مراسلنا، مرافقنا، أحدنا، غيرنا), who may speak."""
    norm = _n(word)
    if len(norm) < 4 or norm.startswith("ال") or norm in gazetteer_names():
        return False
    freq = word_frequencies()
    forms: tuple[str, ...] = ()
    if norm[0] in "نا":
        forms = ("ي" + norm[1:], "ت" + norm[1:])
    if norm.endswith("نا") and len(norm) >= 5:
        base = norm[:-2]
        if not (is_role_word(base) or _person_pattern(base) or base in OTHERS):
            forms += (base, base[:-1] + "ه") if base.endswith("ت") else (base,)
    common = max((freq.get(f, 0) for f in forms), default=0)
    return common >= FIRST_PERSON_SEEN and common >= FIRST_PERSON_RATIO * freq.get(norm, 0)


def plausible_speaker(name: str, kind: str = "", entities: Sequence[Entity] = (),
                      names: AbstractSet[str] | None = None) -> bool:
    """True when `name` can be a speaker (see the module docstring); `names` are the words
    of the article's entities when already computed."""
    words = name.split()
    if not words or name == UNKNOWN_SPEAKER or len(words) > MAX_SPEAKER_WORDS:
        return False
    names = entity_words(entities) if names is None else names
    if any(is_report_word(w) for w in words):
        return False
    if _some_of_them(words) or whoever(words):
        return True  # «عدد منهم»: some of people named before; «من يرى»: whoever holds
    if _trailing_adverb(words):
        return False
    if is_share(name):
        return True  # «43 في المائة من المستطلعين»: a share of people, a group
    return _headed_by_someone(words, kind, names)


def _headed_by_someone(words: list[str], kind: str, names: AbstractSet[str]) -> bool:
    """`plausible_speaker` by the phrase's head: a name, a role, a source, a body, a group or a
    pronoun of one, and not a function word, a document or a verb."""
    k = head_index(words)
    head = words[k]
    st = _stem(head)
    if not any(c.isalpha() for c in head):
        return False   # a number or punctuation heads no speaker
    if pronominal_style(head) is not None:
        return False  # «معاليه»: the one named before, though the recogniser may tag it and «معالي» is a role word
    if st in names or len(words) == 1 and _n(head) in QUANTIFIER_PRONOUNS:
        return True  # a recognised name; «البعض»، «آخرون»، «أحدهم»: unnamed people
    if k + 1 < len(words) and named_ali(head, words[k + 1], _stem(words[k + 1]) in names):
        return True  # «علي التميمي»: not the preposition على
    if st in FAMILY_OF:
        return k + 1 < len(words)  # «ذوو المريض»: a person's family, never ذوو alone
    if k == 0 and st in WRITINGS and (_n(head).startswith("ال") or len(words) > 1) \
            and all(_n(w).startswith("ال") for w in words[1:]):
        return True  # «الوثيقة»، «لائحة الاتهام»: a definite document that says what it holds (`document_subject`)
    if st in NOT_HEADS or _n(head) in STOP and not spelt_as_noun(head) or _n(head) in FUNCTION_WORDS \
            or st in DOCUMENTS or prepositional(head) or pronoun_object(head):
        return False  # (but «إمام المسجد»: the imam, not the preposition أمام it normalises like)
    if st in SPEAKER_WORDS or (st.endswith("ا") and st[:-1] in DUAL_HEADS):
        return True  # (and a dual in construct: «قائدا الأمن والدرك»، «وزيرا الخارجية»)
    if body_plural(st):
        return True
    if _n(head).startswith(("ال", "وال", "فال")) and st.endswith(("ون", "ين")) and len(st) > 4:
        return True  # a sound masculine plural names persons (المضربون، المحتجين)
    if k + 1 < len(words) and construct_plural(head):
        return True  # the same before its complement («مستخدمي الهواتف»، «بعض منتسبي النادي»)
    if is_role_word(head):
        return True  # الروائي، الشاعرة
    if kind == "pronoun" and len(words) == 1 and _n(head) in _PRONOUNS or len(words) > 1 and subject_pronoun(head):
        return False  # («وأجاب هو نفسه»، «وتساءل هو الآخر»: the one named before, a pronoun)
    if _n(head) in NAME_PARTICLES and k + 1 < len(words):  # ذي إندبندنت، أبو مازن، آل ثاني
        return looks_like_name(words[k + 1], names)
    if len(words) == 1 and (TANWIN_FATH in head or is_adverbial(head)) or _accusative_phrase(words[k:]) \
            or finite_verb(head):
        return False  # «ماثلاً»، «رأيا مجردا»، «كشفت أمورا عديدة»: an indefinite accusative is the verb's object
        # or an adverb, no name; «تتساءل وتحلل»: a verb heads no name
    if len(words) == 1 and first_person_word(head):
        return False  # «وأضافت نتوقع أن»، «كان حديثنا مع»: no name, though rare
    if looks_like_name(head, names):
        return True
    # «المتطوع فيصل الملحم»: an unlisted role before a listed name; «عايد المعيوف»: a first name
    # before a family name, or before the family name made of it («صالح الصالح»)
    return len(words) > 1 and head_is_noun(head) and (any(_listed(w, names) for w in words[k + 1:])
                                                      or len(words) == k + 2 and _family_of_name(head, words[-1]))


def indefinite_object(word: str) -> bool:
    """An indefinite accusative of a common word that names no speaker (أمورا، تحذيرا، مجردا): the
    verb's object or an adverb. The word without its alif is common and much commoner than the
    word (so not a name: كوندوليزا، ماريا), and is no source or role («إن مصدرا مطلعا قال»)."""
    norm = _n(word)
    if not accusative_form(norm):
        return False
    freq = word_frequencies()
    seen = freq.get(norm[:-1], 0)
    bare = _stem(word)[:-1]
    return seen >= ACCUSATIVE_SEEN and seen >= ACCUSATIVE_RATIO * freq.get(norm, 0) \
        and bare not in SPEAKER_WORDS and not is_role_word(bare)


def _accusative_phrase(words: Sequence[str]) -> bool:
    """An indefinite accusative noun with its adjective (أمورا عديدة، تحذيرا شديدا، أقساما خاصة): the
    adjective agrees in the accusative (-ا) or the feminine (-ة), with no article, clitic or name of its own
    (not «نورا للطاقة»، «نورا الهاشمي»)."""
    if len(words) < 2 or not indefinite_object(words[0]):
        return False
    norm = _n(words[1])
    return norm.endswith(("ا", "ه")) and not norm.startswith("ال") and split_word(norm)[1] == norm \
        and norm not in gazetteer_names()


ACCUSATIVE_SEEN = 50  # occurrences of the word without the alif of its accusative (امور of أمورا)
ACCUSATIVE_RATIO = 5  # … and how many times more often than the accusative form
VERB_SEEN = 10  # occurrences of each third person of an imperfect (يتلخص، تتلخص) that show a verb


def _family_of_name(first: str, last: str) -> bool:
    """A family name after a first name: rare in ordinary text, or the first name with the article."""
    return family_name(last) or _n(last) == "ال" + _n(first)


@lru_cache(maxsize=100_000)
def _function_word(word: str) -> bool:
    """A particle, adverb or verb (هل، ربما، فقط، جداً، سبق): the subject parse ran past an elided subject."""
    norm = _n(word)
    return norm in FUNCTION_WORDS or is_adverbial(word) or cue_of(word) is not None and cue_of(word).kind != NOUN


FUNCTION_WORDS = {_n(w) for w in (
    "هل ربما فقط جدا جداً حينما عندما إذا اذا لماذا كيف متى هنا هناك فيما مما كما بينما أيضا ايضا سبق "
    "راح عاد ظل بات أصبح صار لطالما طالما إنما انما لذا لذلك وهنا ثم أكثر اكثر أقل جل ببساطة بقوله").split()} \
    | PASSIVE_AUXILIARIES  # «بيان تم نشره»: تم is also a name in the gazetteer


def head_is_noun(word: str) -> bool:
    """Not a function word, adverb or verb that a subject parse can stop on (هل، ربما، سبق)."""
    return _n(word) not in STOP and _stem(word) not in NOT_HEADS and not prepositional(word) \
        and cue_of(word) is None and not is_adverbial(word) and not _function_word(word)


def _listed(word: str, names: set[str]) -> bool:
    st = _stem(word)
    return st in names or st in gazetteer_names() and not _n(word).startswith("ال")


# Short words that open names: articles of foreign names and Arabic kunya/lineage words.
NAME_PARTICLES = {_n(w) for w in "ذي ذا دي دو دا لا لو لي فان فون دير أبو ابو أبي بن ابن آل ولد أم".split()}


_PRONOUNS = {_n(w) for w in ("هو", "هي", "هم", "هما", "نحن", "أنا")}
def subject_pronoun(word: str) -> bool:
    """An independent pronoun as written (هو، هي، هم، أنا; not the name آنا, which normalises alike)."""
    return strip_marks(word) in WRITTEN_PRONOUNS


WRITTEN_PRONOUNS = {"هو", "هي", "هم", "هما", "نحن", "أنا"}
# «himself», «too» after a subject pronoun: «هو نفسه»، «هي الأخرى» stand for the one named before
EMPHASIS = {_n(w) for w in ("نفسه", "نفسها", "أنفسهم", "أنفسهما", "بنفسه", "بنفسها", "الآخر", "الأخرى", "الآخرون",
                            "أيضا", "أيضاً")}


DIVINE_NAME = "الله"


@lru_cache(maxsize=1)
def _divine_keys() -> frozenset[str]:
    return frozenset(key(f) for f in DIVINE_EPITHETS)


@lru_cache(maxsize=100_000)
def divine(name: str) -> bool:
    """God's name or one of His epithets standing for it («تعالى»، «عز وجل»)."""
    return name == DIVINE_NAME or key(name) in _divine_keys()


PROPHET = "النبي محمد"
PROPHET_HEADS = {_n(w) for w in ("النبي", "الرسول", "رسول")}  # «رسول الله»، «رسول الهدى»، «النبي الكريم»


@lru_cache(maxsize=100_000)
def cited(name: str) -> bool:
    """Scripture that a speaker quotes (a verse, a hadith): God or the Prophet, whom a later
    «وقال» with no subject, or «فضيلته», does not continue — it goes on with the one who quoted them."""
    words = name.split()
    return name == PROPHET or divine(name) or len(words) > 1 and _n(words[0]) in PROPHET_HEADS


def clean_name(name: str, names: AbstractSet[str] = frozenset()) -> str:
    """The name without words glued to its edges that are no part of it: speech words and
    adverbs («وشدد كيري»، «كيري مازحا»), a leading preposition with a pronoun («قال لي X»),
    a possessed person noun before a name («زميلي جون كيري»), a bare speech verb before a
    named person («رأى كيري»), trailing function words («كيري كيف»، «كيري غداة») and time
    words («جون كيري الجمعة»; a time word stays when it may be a family name: it belongs to
    a recognised entity, or only a one-word unrecognised name would be left, «أحمد الخميس»).
    `names` are the words of the article's entities; unchanged when nothing would be left."""
    if divine(name):
        return DIVINE_NAME
    words = list(_cleaned(name))
    if not words:
        return name  # nothing of it is left: unchanged (the plausibility test refuses it)
    while len(words) > 1 and subject_pronoun(words[0]) and _n(words[1]) not in EMPHASIS:
        words = words[1:]  # «هو تركي البنعلي»: the subject pronoun before the name (not «هو نفسه»: refused)
    while len(words) > 1 and (words[0] in ABBREVIATED_TITLES or _told_me(words)
                              or not _in_names(words[0], names) and _glued_before(words, names)):
        words = words[1:]  # (an abbreviated title's letter too: «م. فهد الجبير»)
    words = _before_clause(words, names)
    while len(words) > 1 and not _in_names(words[-1], names) and _glued_after(words, names):
        words = words[:-1]
    if _n(words[0]).startswith(("وال", "فال")) and _common_after_conjunction(words[0]) \
            or _conjoined_head(words[0], names):
        words[0] = LEADING_MARKS.sub("", words[0][1:])  # «والرسول»، «فالبعض»: the conjunction is the clause's
    elif len(words) > 1 and _n(words[0]).startswith("لل") and len(words[0]) > 4:
        words = _without_lam(words)
    return " ".join(words)


def _before_clause(words: list[str], names: AbstractSet[str]) -> list[str]:
    """The words before the first finite verb or complementiser after the head: a clause that
    describes the phrase («دراسة نشرت الجمعة»، «شركة تعمل في»، «أمورا عديدة يتلخص») or goes on past it
    («المراقبون فإن»، «شبكة إن بي سي فإن المعلومات») is no part of a name."""
    for k in range(1, len(words)):
        if finite_verb(words[k]) and not _in_names(words[k], names) and _n(words[k - 1]) not in OPEN_BEFORE \
                or opens_clause(words, k):
            return words[:k]
    return words


# «إن»، «أن» and with a pronoun («أنه»); not «بأن», spelt like the name «بان» (بان كي مون)
CLAUSE_OPENERS = {c for c in COMPLEMENTISERS if c.startswith("ا")}
# «وبحسب X فإن …»، «فإنه» (with its hamza: «فان» is a name's particle, فيرجيل فان دايك; a longer word,
# «فإنتاج»، «فإنشاء», is another)
SO_THAT = {"فإن" + suffix for suffix in PRONOUN_SUFFIXES}


def opens_clause(words: Sequence[str], k: int) -> bool:
    """Word k (after the first) of a phrase as written is a complementiser, so the phrase ran a
    report's subject into the clause reported after it («الوزارة إن صناعات الكيماويات»، «مصدر
    عسكري أن ميليشيات»، «المراقبون فإن»). Neither the name «آن» nor a letter of an acronym is one
    («سي إن إن»، «إن بي سي»: a letter name before or after it)."""
    if k == 0:
        return False
    word = strip_marks(words[k])
    if word in SO_THAT:
        return True
    return _n(word) in CLAUSE_OPENERS and not word.startswith("آ") and _n(words[k - 1]) not in LETTER_NAMES \
        and (k + 1 == len(words) or _n(words[k + 1]) not in LETTER_NAMES)


# Words after which a verb is part of the phrase: a name's particle (بن طالب), a relative pronoun
# (نصف الذين تتراوح أعمارهم) or the relative من / ما (من يقول)
OPEN_BEFORE = NAME_PARTICLES | RELATIVES | {_n("من"), _n("ما")}


@lru_cache(maxsize=100_000)
def finite_verb(word: str) -> bool:
    """A verb read off the frequency table, a speech verb or not: an imperfect whose other third
    person is common too (يتلخص and تتلخص), or a feminine perfect whose imperfects are (نشرت: ينشر،
    تنشر). Never a gazetteer name, a role or a speaker noun (يزيد، تقدم is left to its frequencies)."""
    norm = _n(word)
    norm = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 4 else norm
    if len(norm) < 4 or norm.startswith("ال") or norm in gazetteer_names() or is_role_word(word) \
            or _stem(word) in SPEAKER_WORDS:
        return False
    freq = word_frequencies()
    if norm[0] in "يت":
        return min(freq.get(norm, 0), freq.get(("ت" if norm[0] == "ي" else "ي") + norm[1:], 0)) >= VERB_SEEN
    base = norm[:-1]
    return norm.endswith("ت") and len(base) >= 3 \
        and min(freq.get("ي" + base, 0), freq.get("ت" + base, 0)) >= VERB_SEEN


def _conjoined_head(word: str, names: AbstractSet[str]) -> bool:
    """A head noun of a body, role or source behind و/ف («فصندوق النقد»، «ومصدر في موسكو»): the
    conjunction joins the clause or the phrase before, not the name («وزير»، «فريق»، «واحد»، «وام» stay)."""
    norm = _n(word)
    rest = norm[1:]
    return norm[:1] in ("و", "ف") and len(rest) > 2 and rest in HEAD_WORDS and rest not in QUANTIFIERS \
        and norm not in HEAD_WORDS and not _in_names(word, names)


def _without_lam(words: list[str]) -> list[str]:
    """A name behind ل + the article: a role's tail glued before a listed name goes («للمبارزة
    سامي البكر»), else the article comes back («للأمم المتحدة» of «تقرير للأمم المتحدة»)."""
    second = _n(words[1])
    if not second.startswith("ال") and _stem(words[1]) == second and second in gazetteer_names():
        return words[1:]
    return [without_lam(words[0]), *words[1:]]


def _glued_after(words: list[str], names: AbstractSet[str]) -> bool:
    """The last word is a function word (not a letter of an abbreviation: «سي إن إن»), or a
    time word after a name that stays a name without it (two words or more, or a recognised one)."""
    if _some_of_them(words):
        return False
    if _function_edge(words[-1]):
        return len(_n(words[-2])) > 2
    return _n(words[-1]) in TIME_WORDS and (len(words) > 2 or _in_names(words[0], names))


@lru_cache(maxsize=50_000)
def _cleaned(name: str) -> tuple[str, ...]:
    """`clean_name` of what needs no entities: speech words, adverbs and leading prepositions."""
    words = name.split()
    while len(words) > 1 and (is_report_word(words[0])
                              or pronoun_object(words[0]) and _n(words[0]) not in NAMELIKE_OBJECTS):
        words = words[1:]
    if len(words) > 2 and _n(words[0]) == _n("كل") and _n(words[1]) == _n("من"):
        words = words[2:]  # «قال كل من X و Y»: each of them
    while len(words) > 1 and (is_report_word(words[-1]) or _trailing_adverb(words)) and not _some_of_them(words):
        words = words[:-1]
    return tuple(words)


def _some_of_them(words: list[str]) -> bool:
    """«عدد منهم»، «كل منهما»، «36 في المائة منهم»: a quantifier or a share with «of them» refers
    to people named before."""
    return len(words) > 1 and _n(words[-1]) in OF_THEM and (_stem(words[-2]) in QUANTIFIERS
                                                            or is_share(" ".join(words[:-1])))


def _in_names(word: str, names: AbstractSet[str]) -> bool:
    return _stem(word) in names or _n(word) in names


TO_ME_OR_US = ("لي", "لنا")  # as written: «مني» is also «منى», «بي» a letter (بي بي سي)


def _told_me(words: list[str]) -> bool:
    """«قال لي يوسف شاهين»، «وقال لي الأمير سعود»: «to me / to us» before a first name of the
    lexicon or a title, even where the recogniser took it into the name (not «لي كه تشيانغ»,
    whose «لي» is the name's)."""
    return words[0] in TO_ME_OR_US and (_stem(words[1]) in first_names() or is_role_word(words[1]))


def _glued_before(words: list[str], names: AbstractSet[str]) -> bool:
    """The first word is a bare speech verb or a possessed person noun before a listed name
    («رأى كيري»، «زميلي جون كيري»; not «مسؤولي الوزارة», nor a plural source or group in
    construct before a listed body: «موظفي البيت الأبيض» are its staff, not «my employee»)."""
    cue = cue_of(words[0])
    if _n(words[0]) in NAMELIKE_OBJECTS:
        return _in_names(words[1], names)
    possessed = possessed_person(words[0]) and _stem(words[0]) not in SOURCES_AND_GROUPS
    return (cue is not None and cue.kind != NOUN or possessed) and _listed(words[1], names)


# The pronouns a noun takes as its owner (the object pronouns but هن and ني), longest first.
OWNER_SUFFIXES = sorted(set(OBJECT_SUFFIXES) - {"هن", "ني"}, key=lambda s: (-len(s), s))


@lru_cache(maxsize=100_000)
def possessed_person(word: str, listed_only: bool = False) -> bool:
    """A person noun with a possessive pronoun as written (زميلي، نظيره، زوجته; not the
    feminine الناطقة, whose ة the normalised form writes as ه). `listed_only`: the noun
    must be a listed head word, not only a member of a role cluster (which also holds first
    names: ماريانا is no «ماريا» + نا)."""
    written = strip_marks(word)
    for suffix in OWNER_SUFFIXES:
        base = written[:-len(suffix)]
        if written.endswith(suffix) and len(_stem(base)) >= 3:
            base = base[:-1] + "ة" if base.endswith("ت") else base
            return is_listed_role(base) if listed_only else is_role_word(base)
    return False


def is_listed_role(word: str) -> bool:
    """A title, source, group, person or body noun of the lists (no clusters)."""
    return any(form in HEAD_WORDS for form in _singular_forms(_stem(word)))


EDGE_OBJECTS = PRONOUN_OBJECTS - NAMELIKE_OBJECTS
EDGE_COMPLEMENTISERS = COMPLEMENTISERS - {_n("بأن")}


@lru_cache(maxsize=100_000)
def _function_edge(word: str) -> bool:
    """A word no name ends in: a preposition (with its pronoun), a complementiser, a subject
    pronoun, an interrogative or particle, or a word that opens an adverbial (غداة، قبيل)."""
    norm = _n(word)
    bare = norm[1:] if norm[:1] in "وف" else norm
    return norm in TRAILING_PREPOSITIONS or norm in EDGE_OBJECTS or norm in EDGE_COMPLEMENTISERS \
        or bare in _PRONOUNS or norm in FUNCTION_WORDS or _stem(word) in OPENERS


FALLBACK_SENTENCES = 6  # how far back a failed speaker may find a plausible antecedent


@lru_cache(maxsize=100_000)
def is_role_word(word: str) -> bool:
    """A title, source or group noun, or a member of the role-noun clusters (مشارك، روائي)."""
    return any(form in HEAD_WORDS or form in cluster_heads() for form in _singular_forms(_stem(word)))


PERSON_HEADS = TITLE_HEADS | SOURCE_HEADS | GROUP_HEADS | PERSON_NOUNS  # (and the role-noun clusters)


@lru_cache(maxsize=100_000)
def is_person_word(word: str) -> bool:
    """A noun for people, in any number (مصدران، معارضون، علماء، مصور): a title, source, group or
    person noun, or a member of the role-noun clusters — `is_role_word` without bodies."""
    return any(form in PERSON_HEADS or form in cluster_heads() for form in _singular_forms(_stem(word)))


def _singular_forms(stem: str) -> Iterable[str]:
    """The stem and the masculine singulars it may inflect (محامية، محاميان، محاميين، ناشطات → محامي، ناشط)."""
    bare = stem[2:] if stem.startswith("ال") else stem
    yield stem
    yield bare
    for ending in ("ه", "ها", "هم", "هما", "ان", "ين", "ات", "تان", "تين"):  # (and a possessor: زوجها)
        if bare.endswith(ending) and len(bare) - len(ending) >= 3:
            yield bare[:-len(ending)]
    if stem == bare and bare.endswith("ي") and len(bare) >= 5:
        yield bare[:-1] + "ين"  # a plural before its complement has no article: مسؤولي الوزارة


def _misread(mention: str) -> bool:
    """A subject read where there is none: the words after the verb open an adverbial or
    prepositional phrase (بحضور الوزير، قبيل الاجتماع، بالجهود، عنها) or the verb's object in the
    accusative (`indefinite_object`: «كشفت أمورا عديدة»), or are the quote's own first
    word (نتوقع، حديثنا: `first_person_word`), so the subject is elided.
    Any other overt subject is the speaker's own mention, never replaced by an antecedent."""
    words = mention.split()
    if not words:
        return True
    norm = _n(words[0])
    if len(words) > 1 and subject_pronoun(words[0]):
        return True  # «وأجاب هو نفسه»، «وتساءل هو الآخر»: a pronoun, the one named before
    if prepositional(words[0]) or pronoun_object(words[0]) or pronominal_style(words[0]) is not None \
            or _function_word(words[0]) or indefinite_object(words[0]) \
            or len(words) == 1 and first_person_word(words[0]):
        return True  # («وأضافت نتوقع أن»: the quote's first word; «كشفت أمورا»: the verb's object)
    return any(norm.startswith(p) and (norm[len(p):] in ADVERBIAL_HEADS or norm[len(p):] in STOP)
               for p in ("وب", "ول", "فب", "فل", "ب", "ل", "و", "ف", ""))


@lru_cache(maxsize=100_000)
def prepositional(word: str) -> bool:
    """ب or ل on a known word, far more common without it (بالجهود، لرويترز; not لجنة، بريطانيا),
    or on a verbal noun of a derived verb, which no name is (باستغراب، بانفعال، باقتضاب); never on
    لدى (بلدية is no ب + لديه)."""
    norm, freq = _n(word), word_frequencies()
    for p in ("وب", "ول", "فب", "فل", "ب", "ل"):
        rest = norm[len(p):]
        if norm.startswith(p) and len(rest) >= 3 and rest not in LADA_FORMS and (freq.get(rest, 0) >= 20
                                                     and freq.get(rest, 0) > 2 * freq.get(norm, 0)
                                                     or DERIVED_MASDAR.fullmatch(rest)):
            return True
    return False


ADVERBIAL_HEADS = _stems("غداة عشية قبيل عقب إثر اثر بعيد خلال أثناء حضور قيادة رئاسة مشاركة لدى حول نحو ضد بين "
                         "جراء سبب رغم هناك هنا ذلك")
OPENERS = NOT_HEADS | ADVERBIAL_HEADS


def _antecedent(q: Quote, earlier: list[Quote], feminine: bool | None) -> Quote | None:
    """The nearest earlier quote with a plausible speaker whose cue agrees in gender (not scripture
    it quoted: «قال الله تعالى …» then «وأضاف فضيلته» is the preacher's)."""
    for prev in reversed(earlier):
        if q.sentence_index - prev.sentence_index > FALLBACK_SENTENCES:
            return None
        if prev.speaker_kind == "unknown" or cited(prev.speaker):
            continue
        theirs = cue_of(prev.cue) if prev.cue else None
        if feminine is not None and theirs is not None and theirs.plural is False and theirs.feminine != feminine:
            continue
        return prev
    return None


SALIENCE_SENTENCES = 3  # how far back an elided subject may find a person who did not speak yet


def _salient_person(q: Quote, entities: Sequence[Entity], feminine: bool | None, names: set[str],
                    text: str) -> str | None:
    """The nearest person named before the cue within a few sentences (the subject of the
    story's other verbs: «استقبل الأمير فيصل … وقال إن»), whose first name agrees in gender,
    passing over recogniser errors (`weak_person`)."""
    at = q.cue_start if q.cue_start >= 0 else q.start
    for e in sorted(entities, key=lambda e: e.start, reverse=True):
        if e.start >= at or e.label != "PER":
            continue
        if q.sentence_index - e.sentence_index > SALIENCE_SENTENCES:
            return None
        if q.start <= e.start < q.end or cited(e.canonical) or not plausible_speaker(e.canonical, "named", names=names) \
                or weak_person(e, entities, text):
            continue
        if feminine is None or feminine_first_name(e.canonical) in (None, feminine):
            return e.canonical
    return None


COMMON_WORD = 50  # occurrences in the frequency table from which a word is a common word, no foreign name
BYLINE_DASHES = "-–—"  # after the reporter's name that opens the text: «X- سبق- الرياض:»، «X – عسير»


def weak_person(e: Entity, entities: Sequence[Entity], text: str) -> bool:
    """A recognised person too weak to stand for an elided subject: named once (its last word
    nowhere else in the text), and either the byline that opens the text with a dash («X- سبق-
    الرياض:», the reporter; not the subject of a first sentence, «X وY طلاب … يشعرون»), the first
    words of something quoted («المثل "جاور السعيد تسعد"»: a proverb, a title), or common words
    only, none a gazetteer name as written nor rare as foreign names are, with no role word before
    them («وصفته بالكريم»، «بالعيد السعيد»)."""
    words = e.canonical.split()
    if not words or text.count(words[-1]) != 1 or sum(x.label == "PER" and x.canonical == e.canonical
                                                     for x in entities) != 1:
        return False
    if _byline(text, e.start, e.end) or _opens_quoted_words(text, e.start, e.end):
        return True
    freq, listed, before = word_frequencies(), gazetteer_names(), text[:e.start].split()
    return all(freq.get(_n(w), 0) >= COMMON_WORD and _n(w) not in listed for w in words) \
        and not (before and is_role_word(before[-1]))


def _byline(text: str, start: int, end: int) -> bool:
    """The span opens the text and a dash follows it: the reporter's byline."""
    after = text[end:].lstrip()
    return not text[:start].strip() and bool(after) and after[0] in BYLINE_DASHES


def _opens_quoted_words(text: str, start: int, end: int) -> bool:
    """The span opens words in quotation marks that go on past it: an opening mark right before
    it (after a space or at the start), no closing mark right after it."""
    mark = text[start - 1] if start > 0 else ""
    return mark in OPENING_MARKS and (start < 2 or text[start - 2].isspace()) \
        and text[end:end + 1] not in QUOTE_CHARS


def feminine_first_name(name: str) -> bool | None:
    """Whether a person's first name is a woman's (False: a man's), from the first-name clusters; None when
    unknown."""
    first = _stem(name.split()[0]) if name.split() else ""
    if first in feminine_names():
        return True
    return False if first in cluster_heads() else None


PUNCTUATION = " ،,.:؛;\"'«»()-–"
PARTITIVES = ONE_OF | _stems("بعض")   # «أحد المسعفين»: one of a group, an unnamed source


@lru_cache(maxsize=100_000)
def _nisba(word: str) -> bool:
    """A relative adjective (تنفيذي، استشارية، محلية) that agrees with the role before it."""
    st = _stem(word)
    return len(st) >= 4 and st.endswith(("ي", "يه", "يين", "يون", "يات"))


def overt_subject(q: Quote, names: set[str]) -> tuple[str, str] | None:
    """(speaker, kind) from the overt subject as written, when resolving it gave no plausible
    name: the mention without the word(s) the resolver took for a name after a role («رئيس
    الحكومة X», X no name; kept when they are relative adjectives, «رئيس تنفيذي»), without
    function words at its end; None when that is no plausible speaker either."""
    words, failed = q.speaker_mention.split(), q.speaker.split()
    if failed and len(failed) < len(words) and words[-len(failed):] == failed and not all(map(_nisba, failed)):
        words = words[:-len(failed)]
    while len(words) > 1 and not head_is_noun(words[-1]):
        words = words[:-1]
    name = clean_name(" ".join(words).strip(PUNCTUATION), names)
    if not name or not plausible_speaker(name, "", names=names):
        return None
    if _stem(name.split()[0]) in PARTITIVES:
        return name, "unnamed"
    if q.speaker_kind in ("organisation", "group", "unnamed"):
        return name, q.speaker_kind
    return name, "title" if is_role_word(name.split()[head_index(name.split())]) else "named"


def first_of_two(name: str, persons: AbstractSet[tuple[str, tuple[str, ...]]]) -> str | None:
    """The subject's full name when a two-word name is the surnames of two people of the
    article one after the other (the subject and the object: «واتهم روبيو أوباما بالتخلي» →
    «ماركو روبيو»): each word ends a longer name and opens none, neither is a first name or
    has the article, and no other person holds both; `persons` are the (name, key words)
    of the article's persons."""
    words = tuple(key(name).split())
    if len(words) != 2 or any(w.startswith("ال") or w in cluster_heads() for w in name.split()):
        return None
    others = [own for _, own in persons if own != words]
    if any(set(words) <= set(own) or len(own) > 1 and own[0] in words for own in others):
        return None
    subject = [n for n, own in persons if len(own) > 1 and own[-1] == words[0]]
    if subject and any(len(own) > 1 and own[-1] == words[1] for own in others):
        return max(subject, key=len)
    return None


def _verb_and_subject_head(q: Quote) -> tuple[Cue | None, str | None]:
    """(the quote's cue, the head word of its overt subject) when the cue is a verb and the
    subject is written; (cue or None, None) otherwise."""
    cue = cue_of(q.cue) if q.cue else None
    words = q.speaker_mention.split()
    if cue is None or cue.kind != VERB or not words:
        return cue, None
    return cue, words[head_index(words)]


def quoted_name(q: Quote, text: str) -> bool:
    """The overt subject is a short name in quotation marks of the article `text` right before the
    verb («"الصحيفة" تقول») or right after it before a complementiser («وقالت "الصحيفة" إن»): a name,
    whatever its words mean elsewhere (after the verb without one, the marks hold what was said)."""
    a, b = q.speaker_start, q.speaker_end
    if not (0 < a and b < len(text) and text[a - 1] in QUOTE_CHARS and text[b] in QUOTE_CHARS
            and len(text[a:b].split()) <= QUOTED_NAME_WORDS):
        return False
    if b < q.cue_start:
        return not text[b + 1:q.cue_start].strip()
    following = text[b + 1:b + 20].split()
    return not text[q.cue_end:a - 1].strip() and bool(following) and _n(following[0]) in COMPLEMENTISERS


def quoted_elsewhere(q: Quote, text: str) -> bool:
    """The overt subject, a short phrase next to its verb, stands alone in quotation marks
    elsewhere in the article («نشرت "الصحيفة" تقريرا» … «الصحيفة تقول»): the article writes it as a
    name (a paper, a column, an agency), whatever its words mean elsewhere; not a phrase
    opening with a preposition or a particle («بالمقاتلين»، «لا أدري»)."""
    name, words = q.speaker_mention, q.speaker_mention.split()
    if not text or not words or len(words) > QUOTED_NAME_WORDS or prepositional(words[0]) \
            or _n(words[0]) in STOP or not _next_to_cue(q, text):
        return False
    own = q.speaker_start - 1  # where the mention itself would open its marks
    return any(m.start() != own for o, c in (("«", "»"), ("“", "”"), ('"', '"'))
               for m in re.finditer(re.escape(f"{o}{name}{c}"), text))


ADJACENT_AFTER = 6   # words between a verb and its subject after it («وقال أمس في مؤتمر صحفي الوزير»)
ADJACENT_BEFORE = 2  # words between a subject and its verb after it («الوزير قد قال»)


def _next_to_cue(q: Quote, text: str) -> bool:
    """The speaker's mention is the cue's own subject, next to it in its clause, not one shared
    from another clause (a participle's governing verb: «والبعض يفضل «الملح»، مبينة أن»)."""
    if q.speaker_start < 0 or q.cue_start < 0:
        return False
    if q.speaker_start >= q.cue_end:
        gap, most = text[q.cue_end:q.speaker_start], ADJACENT_AFTER
    elif q.speaker_end <= q.cue_start:
        gap, most = text[q.speaker_end:q.cue_start], ADJACENT_BEFORE
    else:
        return False
    return len(gap.split()) <= most and not any(c in gap for c in ".:؛;،,\n")


FIRST_NAMES = 3  # words of a person's name before the family name


def written_full_name(q: Quote, text: str) -> str | None:
    """An overt subject that is one definite word (or the name علي), next to its verb («وقال
    الواقعي»، «وقال علي في …»), and that the article wrote earlier right after a first name
    («ماجد سالم الواقعي»، «خالد علي») or an honorific («الأستاذ الصقيه»، «الأستاذ مريح المريح»:
    a family name, with the first name it is made from), one the recogniser missed: that
    person's name as written there (the first names before it, then the word)."""
    words = q.speaker_mention.split()
    if len(words) != 1 or not (_n(words[0]).startswith("ال") or spelt_ali(words[0])) \
            or not text or not _next_to_cue(q, text):
        return None
    for m in re.finditer(rf"(?<!\w){re.escape(words[0])}(?!\w)", text[:min(q.speaker_start, q.cue_start)]):
        before = text[max(0, m.start() - 60):m.start()].split()
        first: list[str] = []
        while before and len(first) < FIRST_NAMES \
                and (_first_name(before[-1]) or "ال" + _n(before[-1]) == _n(words[0])):
            first.insert(0, before.pop())
        if first or before and _stem(before[-1].rstrip(".")) in HONORIFICS:
            return " ".join(first + words)
    return None


def _first_name(word: str) -> bool:
    """A word that opens person names in the recogniser's lexicon and is no role, verb, function word
    or phrase opener (ماجد، سالم; not قال، الرئيس، وكالة)."""
    st = _stem(word)
    return st == _n(word) and st in first_names() and not st.startswith("ال") and not is_role_word(word) \
        and cue_of(word) is None and not _function_word(word) and st not in OPENERS and _n(word) not in STOP


def non_human_subject(q: Quote, names: set[str]) -> bool:
    """An overt subject that agreement shows is no person: a feminine singular verb with a
    common noun that has no feminine ending and is no role noun (تشير الأدلة، أكدت التكهنات،
    الحسابات التي تبين) is a plural of things, a non-agentive source that the guidelines leave
    optional and that says nothing of who spoke."""
    cue, head = _verb_and_subject_head(q)
    if head is None or not cue.feminine or cue.plural:
        return False
    if strip_marks(head).endswith("ة") or not head_is_noun(head) or looks_like_name(head, names):
        return False
    st = _stem(head)
    singular = st[:-2] + "ه" if st.endswith("ات") else st  # جماعات → جماعة
    return not is_role_word(head) and not {st, singular} & SPEAKER_WORDS


def inanimate_subject(q: Quote, names: set[str], text: str) -> bool:
    """An overt subject next to its verb that is a definite common noun naming no person, body,
    name or document (يقول الواقع، تؤكد الأرقام الرسمية، أظهر الفحص), or a proverb (يقول مثل قديم,
    definite or not): a non-agentive source,
    which the guidelines leave optional and which says nothing of who spoke."""
    cue, head = _verb_and_subject_head(q)
    if head is None or not _next_to_cue(q, text):
        return False
    if _stem(head) in SAYINGS:
        return True  # definite or not: «يقول المثل»، «يقول مثل قديم»
    return _thing(head, names)


def _thing(head: str, names: AbstractSet[str]) -> bool:
    """A definite common noun that names no person, body, name or document (الواقع، الأرقام)."""
    st = _stem(head)
    if not _n(head).startswith(("ال", "وال", "فال")) or _person_pattern(st) and st not in ABSTRACT_AGENT_SHAPED:
        return False
    common = word_frequencies().get(_n(head), 0) >= RARE and head_is_noun(head)
    return common and not looks_like_name(head, names) and not is_role_word(head) \
        and st not in SPEAKER_WORDS and st not in DOCUMENTS


CONTRASTS = {_n(w) for w in ("لكن", "ولكن", "بل", "إن", "فإن")}  # before a clause's subject
THINGS_BEFORE = 6  # words of a noun phrase of things before its verb


CLAUSE_MARKS = ".،,:؛;!?؟\n"


def clause_start(text: str, at: int) -> int:
    """Where the clause before offset `at` begins: after the last punctuation mark or line break."""
    return max(text.rfind(c, 0, at) for c in CLAUSE_MARKS) + 1


def things_before(q: Quote, names: AbstractSet[str], text: str) -> bool:
    """A verb with no conjunction whose subject went unparsed, after a clause that is a definite
    noun phrase of things and nothing else (التجارب الناجحة في التخطيط تشير إلى أن، هذا الواقع يؤكد
    أن، المعلومات على اللوحة تقول إن): that phrase is its subject, a non-agentive source, as for
    `inanimate_subject`."""
    cue = cue_of(q.cue) if q.cue else None
    if cue is None or cue.kind != VERB or cue.conjunction or q.cue_start <= 0:
        return False
    words = text[clause_start(text, q.cue_start):q.cue_start].split()
    words = words[1:] if words and _n(words[0]) in CONTRASTS else words
    if not words or len(words) > THINGS_BEFORE or not all(_phrase_word(w, names) for w in words):
        return False
    return _thing(words[head_index(words)], names)


def _phrase_word(word: str, names: AbstractSet[str]) -> bool:
    """A word of a noun phrase of things: no cue, name, punctuation or particle but a preposition
    or a demonstrative (not «… للكيماويات بعدما أكدت»: a subordinate clause opens there)."""
    norm = _n(word)
    return word.isalpha() and cue_of(word) is None and _stem(word) not in names and not norm.endswith("ما") \
        and (norm not in STOP or norm in PREPOSITION_WORDS or _stem(word) in DEMONSTRATIVES)


SOUND_PLURAL_SEEN = 5  # occurrences of the -ين form that show a word is a sound masculine plural


def construct_plural(word: str) -> bool:
    """A sound masculine plural in construct state, which drops its ن (مستخدمي، منتسبي), known by
    its -ين form in ordinary text (not a broken plural in ي: مباني، أيادي)."""
    st = _stem(word)
    return not st.startswith("ال") and st.endswith("ي") and len(st) >= 5 \
        and word_frequencies().get(st[:-1] + "ين", 0) >= SOUND_PLURAL_SEEN


def _person_pattern(stem: str) -> bool:
    """A noun shaped like a person's description, listed or not: a nisba (الفرنسي، الإعلامي), a
    participle (المزارع، المنظم) or an agent noun on فاعل (الحارس، الكاتب)."""
    bare = stem[2:] if stem.startswith("ال") else stem
    return bare.endswith("ي") or bare.startswith("م") or len(bare) == 4 and bare[1] == "ا"


def object_read(q: Quote, names: set[str]) -> bool:
    """A common noun read as the subject right after a verb that takes an object (ووصف الاتفاق
    بأنه، وأكد التثبت من أن): it is the object, and the subject is elided."""
    cue, head = _verb_and_subject_head(q)
    return head is not None and q.speaker_start >= q.cue_end and reads_as_object(cue, head, names)


def shared_object_read(q: Quote, text: str, names: AbstractSet[str]) -> bool:
    """A participle's subject shared with the report verb before it, where that "subject" is a common
    noun right after the verb, which takes an object («ونفى وجود أي مخطط …، مؤكدا أن»، «وكشف النقاب عن
    …، مضيفا أن»): the verb's object, so the subject of both is elided."""
    cue = cue_of(q.cue) if q.cue else None
    words = q.speaker_mention.split()
    if cue is None or cue.kind != PARTICIPLE or cue.plural is not False or not words or head_index(words) \
            or not 0 < q.speaker_end <= q.cue_start:
        return False  # (a plural participle goes on with a group: «ودان عدد من الرموز …، مشددين»)
    before = text[max(0, q.speaker_start - 40):q.speaker_start].split()
    verb = cue_of(before[-1]) if before else None
    if verb is None or verb.kind != VERB or verb.plural is not False or verb.feminine != cue.feminine:
        return False  # (no shared subject: «وأكدت صحة توقيعه، الأمر الذي رفضه مؤكدا»)
    if _stem(before[-1]) in names or len(before) > 1 and _n(before[-2]) in RELATIVES:
        return False  # a word of a name («آل طالب كلمة»), or a relative clause's verb («هيغل الذي ينتقد كانط»)
    return reads_as_object(verb, words[0], names)


def reads_as_object(cue: Cue, head: str, names: AbstractSet[str]) -> bool:
    """The head of a phrase right after the verb of `cue` is its object, not its subject: a common
    noun (no word of the article's `names`, no role) after a verb that takes an object."""
    common = _stem(head) not in names and word_frequencies().get(_n(head), 0) >= RARE
    return cue.lemma not in OBJECTLESS and common and head_is_noun(head) and not is_role_word(head) \
        and not close_person_subject(cue, head)


def check_speakers(quotes: list[Quote], entities: Sequence[Entity], text: str = "",
                   names: AbstractSet[str] | None = None) -> list[Quote]:
    """Every speaker cleaned and tested; no speaker that fails `plausible_speaker` is output.
    A failed subject parse (no mention, or one that opens an adverbial phrase) takes the
    nearest plausible earlier speaker that agrees with its cue, or the nearest person named
    just before; an overt subject whose resolution failed is kept as written when it passes
    (`overt_subject`), or else, when it is a common noun after a verb that takes an object,
    is that object (`object_read`) and the subject is elided as above; a subject that
    agreement shows is no person (`non_human_subject`) gives no quote; anything else that fails is `UNKNOWN_SPEAKER` with kind "unknown".
    A later quote of the sentence that shares a failed subject takes its first repair (`_Checks.repaired_alike`).
    `names` are the entities' words (`entity_words`) when already worked out."""
    checks = _Checks(entities, text, names)
    out: list[Quote] = []
    for q in quotes:
        name = checks.passing_name(q)
        if name is not None:
            out.append(q if name == q.speaker else replace(q, speaker=name))
        elif (repaired := checks.repaired_alike(q) or _repaired(q, out, checks)) is not None:
            out.append(repaired)
            checks.remember_repair(q, repaired)
    return out


def _subject_of(q: Quote) -> tuple[str, str, int]:
    """What a quote's speaker was read from: the name, the words at the cue and the sentence."""
    return q.speaker, q.speaker_mention, q.sentence_index


@dataclass
class _Checks:
    """What `check_speakers` knows of one article: its entities' words and persons, its text,
    and the verdicts already given (a name is tested once per kind)."""
    entities: Sequence[Entity]
    text: str
    names: AbstractSet[str] | None = None  # (`entity_words` of the entities, worked out if not given)
    persons: set[tuple[str, tuple[str, ...]]] = field(init=False)
    seen: dict[tuple[str, str], bool] = field(default_factory=dict)
    # the first repair of each failed subject (`_subject_of`) and the factor it put on the
    # confidence, which later quotes sharing that subject take
    repairs: dict[tuple[str, str, int], tuple[Quote, float]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.names is None:
            self.names = entity_words(self.entities)
        self.persons = {(e.canonical, tuple(key(e.canonical).split())) for e in self.entities if e.label == "PER"}

    def passing_name(self, q: Quote) -> str | None:
        """The quote's speaker, cleaned, when it passes; None when it must be repaired."""
        name = clean_name(q.speaker, self.names) if q.speaker else ""
        name = first_of_two(name, self.persons) or name
        ok = self.seen.get((name, q.speaker_kind))
        if ok is None:
            ok = self.seen[name, q.speaker_kind] = bool(name) and plausible_speaker(name, q.speaker_kind,
                                                                                    names=self.names)
        ok = ok or name == q.speaker_mention and (quoted_name(q, self.text) or quoted_elsewhere(q, self.text))
        if ok and q.speaker_kind == "named" and name == q.speaker_mention and object_read(q, self.names):
            ok = False  # «يعلن وقف المشروع …»: a common noun taken for a name is the verb's object
        return name if ok else None

    def remember_repair(self, q: Quote, repaired: Quote) -> None:
        """Keep the first repair of the quote's failed subject for `repaired_alike`."""
        factor = repaired.confidence / q.confidence if q.confidence else 1.0
        self.repairs.setdefault(_subject_of(q), (repaired, factor))

    def repaired_alike(self, q: Quote) -> Quote | None:
        """«وأكد حرص سموه على أن …، مشيرا إلى أن …»: a quote whose failed subject the report verb of an
        earlier quote of its sentence had (a participle or joined verb sharing its verb's subject,
        the same words at the cue) is repaired as that one was, when their cues agree in gender
        and number («فردوا …، وكان جوابه» shares no subject)."""
        if not q.speaker_mention or _subject_of(q) not in self.repairs:
            return None
        done, factor = self.repairs[_subject_of(q)]
        mine, theirs = cue_of(q.cue) if q.cue else None, cue_of(done.cue) if done.cue else None
        if mine is None or theirs is None or theirs.kind != VERB or mine.plural != theirs.plural \
                or not mine.plural and mine.feminine != theirs.feminine:
            return None
        return replace(q, speaker=done.speaker, speaker_kind=done.speaker_kind, speaker_role=done.speaker_role,
                       speaker_aliases=done.speaker_aliases, confidence=round(q.confidence * factor, 2))


STYLE_REACH = 12  # words from a style to its name («معالي نائب الرئيس العام لشؤون المسجد الحرام الشيخ الدكتور X»)
STYLE_WORDS = {HOLDER} | _stems("صاحبة الملكي")  # words of a style's phrase: «صاحب السمو الملكي الأمير X»
STYLED_TITLES = {"سمو": _stems("الأمير الأميرة")}  # a prince is «سموه» though the article wrote «الأمير X»
_WORD = re.compile(r"\S+")


def styled_holder(q: Quote, out: list[Quote], entities: Sequence[Entity], text: str) -> str | None:
    """«وقال سموه»، «وأضاف معاليه», or an elided subject that went on with one: a person named before
    the cue and styled the same way (`styled_persons`), the nearest who has spoken already, else
    the nearest — not the nearest person of all («ورفع معاليه التعازي لخادم الحرمين الملك Y …
    وأضاف معاليه»: not Y; «وأضاف معاليه عقب لقائه معالي الوزير Z»: not Z, who did not speak)."""
    words = (q.speaker_mention or q.speaker).split()
    style = pronominal_style(words[0]) if words else None
    if style is None:
        return None
    at = q.cue_start if q.cue_start >= 0 else q.start
    persons = [e for e in entities if e.label == "PER" and e.end <= at and pronominal_style(e.text) is None]
    styled = styled_persons(style, persons, text)  # (not «معاليه» itself where the recogniser tagged it)
    spoken = {p.speaker for p in out}
    return next((name for name in styled if name in spoken), styled[0] if styled else None)


def styled_persons(style: str, persons: Sequence[Entity], text: str) -> list[str]:
    """The persons whose name is the first after a word of `style` (معالي، سمو …; for سمو also
    STYLED_TITLES: «الأمير X») at most STYLE_REACH words before it in its clause, the last named
    first; not where the style is joined by و or follows ل/ب («وصاحب السمو الأمير X» in a list of
    those congratulated, «لمعالي الوزير X»), nor a style whose next word is so joined, which opens
    no title («ورفع سمو باسمه … التعازي لخادم الحرمين الملك X»: a misspelt «سموه», not X's)."""
    names = []
    for e in sorted(persons, key=lambda e: e.start, reverse=True):
        start = max(clause_start(text, e.start), e.start - 200)
        words = [(m.start(), m.group()) for m in _WORD.finditer(text, start, e.start)][-STYLE_REACH:]
        k = next((k for k in range(len(words) - 1, -1, -1) if _styles(words[k][1], style)), None)
        if k is None or any(words[k][0] < p.start < e.start for p in persons):
            continue  # (another person named between the style and this one: the style is that one's)
        if k + 1 < len(words) and _joined(words[k + 1][1]):
            continue
        while k > 0 and (_styles(words[k - 1][1], style) or _stem(words[k - 1][1]) in STYLE_WORDS):
            k -= 1
        if not _joined(words[k][1]):
            names.append(e.canonical)
    return names


def _joined(word: str) -> bool:
    """The word carries و, ل or ب before it (ومعالي، لصاحب، باسمه)."""
    return any(c in split_word(_n(word))[0].removesuffix("ال") for c in "ولب")


def _styles(word: str, style: str) -> bool:
    """The word is the style, or a definite title that goes with it («الأمير» for سمو; not «أمير
    منطقة عسير», the office)."""
    prefix, stem = split_word(_n(word))
    return stem == style or stem in STYLED_TITLES.get(style, ()) and prefix.endswith("ال")


def _repaired(q: Quote, out: list[Quote], checks: _Checks) -> Quote | None:
    """A quote whose speaker failed: the full name written before, the overt subject as written,
    an antecedent, the person named just before, or the unknown speaker; None when the
    subject shows the report is no person's."""
    names, text = checks.names, checks.text
    full = written_full_name(q, text)
    if full is not None:  # «وقال الواقعي» after «ماجد سالم الواقعي»: the man named before
        return replace(q, speaker=full, speaker_kind="named", speaker_aliases=())
    document = document_subject(q, text)
    if document is not None:
        return replace(q, speaker=document, speaker_kind="organisation", speaker_role="", speaker_aliases=())
    holder = styled_holder(q, out, checks.entities, text)
    if holder is not None:  # «وقال معاليه»: the person addressed as «معالي» before
        return replace(q, speaker=holder, speaker_kind="pronoun", speaker_role="", speaker_aliases=())
    earlier = _same_mention(q, out)
    if earlier is not None:  # «وأشار المريح أن …، ولفت أن»: the «المريح» found at «وأشار»
        return replace(q, speaker=earlier.speaker, speaker_kind=earlier.speaker_kind,
                       speaker_role=earlier.speaker_role, speaker_aliases=earlier.speaker_aliases)
    misread = not q.speaker_mention or _misread(q.speaker_mention)
    if not misread and non_human_subject(q, names):
        return None
    overt = None if misread else overt_subject(q, names)
    misread = misread or overt is None and (object_read(q, names) or shared_object_read(q, text, names))
    if not misread and overt is None and inanimate_subject(q, names, text):
        return None
    if overt is not None:
        return replace(q, speaker=overt[0], speaker_kind=overt[1], speaker_aliases=(),
                       confidence=round(q.confidence * 0.7, 2))
    if not q.speaker_mention and things_before(q, names, text):
        return None
    person = None if q.speaker_mention else named_before_relative(q, text, names)
    if person is not None:  # «… بكر الشهري، الذي قال إن»: the man the relative clause is about
        return replace(q, speaker=person, speaker_kind="named", speaker_role="", speaker_aliases=())
    return _elided_or_unknown(q, out, checks, misread)


def document_subject(q: Quote, text: str) -> str | None:
    """The overt subject next to its verb when it is a definite document that agrees with the verb
    in gender («وكشفت الوثيقة أن»، «وتقول المذكرة الموقعة إن»، «وتقول لائحة
    الاتهام إن»): the document with its definite words after it; None otherwise."""
    cue, head = _verb_and_subject_head(q)
    if head is None or not _next_to_cue(q, text) or _stem(head) not in WRITINGS or cue.plural is not False:
        return None
    if cue.feminine != strip_marks(head).endswith("ة"):
        return None
    words = q.speaker_mention.split()
    k = head_index(words)
    name = [words[k]]
    for w in words[k + 1:k + 3]:
        if not _n(w).startswith("ال") or cue_of(w) is not None or not head_is_noun(w):
            break
        name.append(w)
    return " ".join(name) if _n(" ".join(name)).startswith(("ال", "وال", "فال")) or len(name) > 1 else None


MASCULINE_RELATIVE = {_n(w) for w in ("الذي", "والذي")}
NOT_NAME_OPENERS = {_n(w) for w in ("حسب", "بحسب", "وفق", "وفقا")}  # «حسب العلوجي الذي»: according to


def named_before_relative(q: Quote, text: str, names: AbstractSet[str]) -> str | None:
    """The name of a man right before «الذي / والذي» and a masculine singular verb after it, one
    the recogniser missed: a first name, then at most three words that read as names («التقينا سيد
    رجب والذي قال»، «إمام المسجد عبدالله الشهراني الذي أكد»); None otherwise."""
    cue = cue_of(q.cue) if q.cue else None
    if cue is None or cue.kind != VERB or cue.feminine or cue.plural is not False or q.cue_start <= 0:
        return None
    before = text[max(0, q.cue_start - 100):q.cue_start].split()
    after = text[q.cue_end:q.cue_end + 30].split()
    if len(before) < 3 or _n(before[-1]) not in MASCULINE_RELATIVE or not after \
            or not (after[0].startswith(":") or _n(after[0]) in COMPLEMENTISERS | PREPOSITION_WORDS):
        return None  # the verb's own subject may follow it («… الذي يقول الأثريون إنه»)
    window = before[-FIRST_NAMES - 2:-1]  # the name's words before the relative
    commas = [k for k, w in enumerate(window[:-1]) if w.endswith(("،", ","))]
    words = [w.rstrip("،,") for w in window[commas[-1] + 1 if commas else 0:]]  # after the last comma
    for k in range(len(words) - 1):
        if _opens_name(words[k], names) and all(_first_name(w) or looks_like_name(w, names) for w in words[k + 1:-1]) \
                and (looks_like_name(words[-1], names) or _nisba(words[-1])):
            return " ".join(words[k:])
    return None


def _opens_name(word: str, names: AbstractSet[str]) -> bool:
    """A first name, listed or reading as a name, and no role, verb or function word (عبدالله، سيد)."""
    if _first_name(word):
        return True
    norm = _n(word)
    return word.isalpha() and not norm.startswith("ال") and norm not in NOT_NAME_OPENERS | STOP \
        and looks_like_name(word, names) and not is_role_word(word) and cue_of(word) is None \
        and not _function_word(word)


def _same_mention(q: Quote, out: list[Quote]) -> Quote | None:
    """The latest earlier quote of the article with the same subject mention whose speaker was
    found as a name that holds the mention's words (a family name that reads as a common word, resolved
    there to the full name: «المريح» → «مريح المريح»): the same mention names the same speaker."""
    words = set(key(q.speaker_mention).split())
    if not words:
        return None
    return next((p for p in reversed(out) if p.speaker_mention == q.speaker_mention and p.speaker_kind == "named"
                 and words <= set(key(p.speaker).split())), None)


def _elided_or_unknown(q: Quote, out: list[Quote], checks: _Checks, misread: bool) -> Quote:
    """A misread subject taken as elided: the nearest agreeing earlier speaker, else the person
    named just before; anything else is the unknown speaker."""
    mine = cue_of(q.cue) if q.cue else None
    fem = mine.feminine if mine is not None and mine.plural is False else None
    prev = _antecedent(q, out, fem) if misread else None
    if prev is not None and plausible_speaker(prev.speaker, "pronoun", names=checks.names):
        return replace(q, speaker=prev.speaker, speaker_kind="pronoun", speaker_role=prev.speaker_role,
                       speaker_aliases=prev.speaker_aliases, confidence=round(q.confidence * 0.7, 2))
    # («أنا» names its speaker only where it is said)
    person = _salient_person(q, checks.entities, fem, checks.names, checks.text) if misread and not (mine and mine.plural) \
        else None
    if person is not None:
        return replace(q, speaker=person, speaker_kind="pronoun", speaker_role="", speaker_aliases=(),
                       confidence=round(q.confidence * 0.5, 2))
    return replace(q, speaker=UNKNOWN_SPEAKER, speaker_kind="unknown", speaker_role="",
                   speaker_aliases=(), confidence=round(q.confidence * 0.5, 2))
