"""Speaker phrases: the subject noun phrase at a cue read from the syntax (up to a
preposition, a time word, a complementiser, a colon or an object), its split into role
and name («وزير الخارجية الأمريكي أنتوني بلينكن»), its kind (named, title,
organisation, unnamed source, group), and the keys that merge one speaker across
articles. What a phrase refers to is decided in resolve.py."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Sequence

from ..doc import Entity
from ..normalise import (accusative_form, key as _uncached_key, normalise, split_proclitics, strip_marks, ta_marbuta,
                         word_frequencies)
from .content import PREPOSITIONS_BEFORE_QUOTE
from .cues import NOUN, OBJECT_PRONOUNS, VERB, cue_of
from .lexicon import cluster_heads, first_names, gazetteer_names
from .marks import Segment, Tok

_n = lru_cache(maxsize=None)(normalise)  # also used on literals inside loops


@lru_cache(maxsize=50_000)
def key(text: str) -> str:
    """`qawl.normalise.key`, cached (speaker names are compared many times)."""
    return _uncached_key(text)


def entity_words(entities: Sequence[Entity]) -> set[str]:
    """The word keys of the article's names (persons, bodies, places)."""
    return {w for e in entities if e.label in ("PER", "ORG", "LOC") for w in key(e.canonical).split()}


# The preposition لدى with its pronouns, normalised. No preposition precedes it, so بلدية and بلدي are
# whole words, not ب + لديه «he has», which the frequency table prefers. (The recogniser keeps
# `split_proclitics` as it is: its model was trained on those features.)
LADA_FORMS = frozenset("لدي لديه لديها لديهم لديهما لدينا لديك لديكم".split())


@lru_cache(maxsize=100_000)
def split_word(norm: str) -> tuple[str, str]:
    """`split_proclitics` of a normalised word, except that ب/ك/ل stays on a word it would leave as لدى."""
    pro, rest = split_proclitics(norm)
    if pro[-1:] in ("ب", "ك", "ل") and rest in LADA_FORMS:
        return pro[:-1], pro[-1] + rest
    return pro, rest


def _stems(words: str) -> set[str]:
    return {split_word(_n(w))[1] for w in words.split()}


NISBA_SEEN = 20  # a definite form this common is a word of its own (المالكي), not an article on a construct


def _with_construct(stems: set[str]) -> set[str]:
    """The other forms of the sound masculine plurals (stems ending in ون): oblique ين and the
    construct, which drops the ن: nominative و, oblique ي («مسؤولو الوزارة»، «لكن موظفي البيت
    الأبيض قالوا»). A construct never takes the article, so an oblique form whose definite form
    is common is left out: a nisba adjective or family name (المالكي، المؤسسي), not مالكي، مؤسسي."""
    forms = {w[:-2] + end for w in stems if w.endswith("ون") for end in ("ين", "و", "ي")}
    return {f for f in forms if not f.endswith("ي") or word_frequencies().get("ال" + f, 0) < NISBA_SEEN}


def _with_oblique(words: str) -> set[str]:
    """Stems of the words and, for sound masculine plurals, their -ين and construct forms
    (محتجون → محتجين، محتجو، محتجي)."""
    stems = _stems(words)
    return stems | _with_construct(stems)


def _person_plurals(singulars: set[str]) -> set[str]:
    """The sound masculine plurals, in every case and construct, of the participle-shaped person
    nouns among `singulars` (م + three letters or more: موظف → موظفون، موظفين، موظفو، موظفي;
    مستشار → مستشارون …). Nouns ending in ي or ه (محامي، مدعي، feminines) and plurals already
    (مسؤولون، مصادرنا) are left out."""
    plurals = {w + "ون" for w in singulars
               if w.startswith("م") and len(w) >= 4 and not w.endswith(("ي", "ه", "ا", "و", "ون", "ين"))}
    return plurals | _with_construct(plurals)


def _with_feminine(words: str) -> set[str]:
    """Stems of the words and of their feminine forms (وزير → وزيره)."""
    stems = _stems(words)
    return stems | {w + "ه" for w in stems if not w.endswith("ه")}


TITLE_HEADS = _with_feminine(
    "رئيس وزير متحدث ناطق مستشار سفير نائب أمين مدير قائد زعيم ملك أمير شيخ مندوب ممثل مبعوث عميد لواء "
    "جنرال عقيد عقيد رائد نقيب دكتور سيد مساعد محافظ حاكم قاضي بابا مسؤول وكيل عاهل مفوض منسق عضو مرشد "
    "مهندس طبيب باحث أستاذ محامي صحفي كاتب خبير محلل فنان لاعب مدرب مؤسس مالك مواطن ناشط رجل سيدة "
    "الحاج مطران إمام موفد مشرف آنسة ملحق بروفيسور بروفسور مفتش مدعي قنصل "
    "ميجور ميجر كولونيل أدميرال")  # (ranks as borrowed: «الميجور X»)
# Also common first or family names (أمين، رائد، مالك): titles only when definite (الأمين العام).
AMBIGUOUS_TITLES = _stems("أمين رائد مالك سيد عميد نقيب لواء نائل")


ADDRESS_WORDS = _stems("مفتي")  # titles that the recogniser tags as a person on their own (سماحة المفتي)


def names_no_one(text: str, label: str) -> bool:
    """A person's span that is a form of address with titles («سماحة مفتي»، «معالي الشيخ») or one
    definite title («البروفسور»): the recogniser sometimes tags them; the quote rules read the
    name after them instead. (Not a bare name that is also a title word: مساعد، أمين.)"""
    words = text.split()
    if label != "PER" or not words:
        return False
    stems = [split_proclitics(_n(w))[1] for w in words]
    if stems[0] in STYLES:
        return all(st in ADDRESS_RUN for st in stems)
    return len(words) == 1 and _n(words[0]).startswith("ال") and stems[0] in TITLE_HEADS - HONORIFICS


def is_title(tok: Tok) -> bool:
    """A title or role word (وزير، المتحدثة، الطبيب)."""
    st = stem_of(tok)
    return st in TITLE_HEADS and (st not in AMBIGUOUS_TITLES or is_definite(tok))


def has_preposition(tok: Tok, letter: str) -> bool:
    """True when the word is a known word behind an attached preposition (لرويترز، بإعطاء),
    not a name that merely starts with the letter (لافروف، بايدن، or a recognised person's first word)."""
    prefix, rest = split_word(tok.norm)
    if prefix.endswith("ال"):
        prefix = prefix[:-2]
    elif prefix.endswith("لل"):  # ل + the article: always a preposition
        return letter == "ل"
    return not tok.opens_person and letter in prefix and len(rest) >= 3 and word_frequencies().get(rest, 0) >= 5


def behind_preposition(tok: Tok) -> bool:
    """A known word behind an attached ب، ل or ك (`has_preposition`): «بكلمة»، «لدراسة»، «كمصدر»."""
    return any(has_preposition(tok, p) for p in "بلك")


QUANTIFIERS = _stems("كل أحد بعض عدد عديد جميع مجموعة كثير معظم غالبية أغلب عشرات مئات آلاف نفر")
QUANTITY_HEADS = QUANTIFIERS - _stems("كل")  # «كثير من …»; «كل من X وY» lists names, quantifies none
TOTALITY = _stems("كافة قاطبة")  # «… المقيمين في السعودية كافة»: all of the phrase before, no new one
NOT_OBJECTS = QUANTIFIERS | TOTALITY  # words after a title that open no object of its verb
# Quantifiers used alone as pronouns for unnamed people: «يرى البعض»، «وقال آخرون» (a group),
# «قال أحدهم» (an unnamed individual). Forms as written, with an optional و/ف.
def with_conjunctions(words: str) -> frozenset[str]:
    """The normalised words of a space-separated list, alone and after و or ف."""
    return frozenset(c + _n(w) for w in words.split() for c in ("", "و", "ف"))


GROUP_PRONOUNS = with_conjunctions("البعض بعضهم آخرون آخرين الآخرون الآخرين الجميع كثيرون الكثيرون")
UNNAMED_PRONOUNS = with_conjunctions("أحدهم إحداهن آخر أخرى الأول الثاني الثالث الرابع")  # «وقال آخر»، «أما الثالث فقال»
QUANTIFIER_PRONOUNS = GROUP_PRONOUNS | UNNAMED_PRONOUNS
SAME = {_n(w) for w in ("نفس", "ذات")}  # «نفس المصدر»، «ذات المصادر»: the same (earlier) source
STYLES = _stems("سعادة سماحة فخامة جلالة فضيلة معالي سمو حضرة نيافة غبطة قداسة")  # forms of address
# Formulas of blessing after a name («النبي صلى الله عليه وسلم»، «الشيخ … رحمه الله»، «الملك …
# حفظه الله») are no part of it; a divine epithet after a speech verb («فقال تعالى»، «قال عز
# وجل») names God (plausible.DIVINE_NAME).
EULOGIES = ("صلى الله عليه وسلم", "صلى الله عليه وآله وسلم", "عليه السلام", "عليها السلام", "عليهم السلام",
            "رضي الله عنه", "رضي الله عنها", "رضي الله عنهما", "رضي الله عنهم", "رحمه الله", "رحمها الله",
            "رحمهم الله", "حفظه الله", "حفظها الله", "يحفظه الله", "أيده الله", "يرعاه الله", "رعاه الله",
            "طيب الله ثراه", "قدس سره")
DIVINE_EPITHETS = ("سبحانه وتعالى", "تبارك وتعالى", "عز وجل", "جل جلاله", "جل وعلا", "عز من قائل", "سبحانه", "تعالى")
# The blessings said only of the Prophet Muhammad (عليه السلام is said of other prophets too).
PROPHET_BLESSINGS = ("عليه الصلاة والسلام", "عليه أفضل الصلاة والسلام", "عليه أفضل الصلاة وأتم التسليم",
                     "صلى الله عليه وسلم")
ABBREVIATED_TITLES = ("د", "أ", "م")  # written with a dot: «د. محمد»، «أ. محمد» (أستاذ)، «أ.د»، «م. محمد» (مهندس)
HONORIFICS = _stems("د م الشيخ العميد الجنرال اللواء الدكتور السيد المهندس العقيد الأمير الملك البابا الأستاذ "
                    "الشيخة الدكتورة السيدة الآنسة المهندسة الأميرة الملكة")
ADDRESS_RUN = STYLES | HONORIFICS | TITLE_HEADS | ADDRESS_WORDS  # a span of these alone names no one
SOURCE_HEADS = _with_oblique(
    "مصدر مصادر مسؤول مسؤولة مسؤولون مسؤولين مسؤولو شاهد شهود أحد مراسل مراسلة عضو خبير خبراء محلل "
    "محللون دبلوماسي دبلوماسيون مقرب مقربون موظف مسعف طبيب ناشط ناشطون متحدث متحدثة ناطق ناطقة "
    "قيادي مواطن ساكن مصادرنا")
GROUP_HEADS = _with_oblique(
    "حلفاء مؤيدون مؤيدين معارضون متظاهرون محتجون جمهوريون ديمقراطيون أصحاب مالكو مالكون نواب أعضاء "
    "غالبية أغلبية سكان ناخبون وسائل مستثمرون تجار خبراء مراقبون محللون مسؤولون صحف دبلوماسيون زعماء قادة "
    "شعوب حاضرات أولياء خصوم قراصنة")  # «قالت شعوب المنطقة»: peoples; «أولياء الأمور»: parents
ORG_HEADS = _stems(
    "وزارة الخارجية الداخلية الدفاع حكومة جيش وكالة صحيفة منظمة شركة بيان كرملين رئاسة مجلس هيئة حركة "
    "حزب تنظيم جماعة قيادة سفارة بعثة إدارة برلمان تحالف اتحاد أمم قوات شرطة سلطات سلطة ديوان مكتب بنك "
    "صندوق لجنة مفوضية محكمة نيابة قضاء مرصد مستشفى جامعة قناة تلفزيون إذاعة موقع مجلة جريدة البيت البنتاغون "
    "الإليزيه الكونغرس الكونجرس الأمم منتدى مركز معهد جمعية رابطة نقابة مؤسسة ائتلاف جبهة مجموعة حساب خفر "
    "منسقية قنصلية ممثلية مستشارية")  # offices of a government abroad or at home
# Local bodies named by the place they serve (بلدية مدركة، أمانة جدة، مديرية شرطة X): the word
# after them is a place, even one no gazetteer knows, not the name of a person holding a role.
PLACE_BODIES = _stems("بلدية أمانة إمارة مديرية شرطة ملحقية")
BODY_HEADS = ORG_HEADS | PLACE_BODIES
# Reports, studies and figures: sources without an author of their own (a body may issue them).
REPORT_NOUNS = _stems("التقرير تقرير التقارير تقارير الدراسة دراسة الدراسات التقديرات تقديرات الأرقام أرقام "
                      "المعلومات معلومات الأنباء أنباء المؤشرات الإحصاءات الإحصائيات الإحصائية التوقعات "
                      "الاستطلاعات الاستطلاع استطلاع الاستبيان النتائج نتائج التحقيقات المرسوم مسودة التقييم تقييم مذكرة وثيقة "
                      "التحليل تحليل التعميم تعميم الإصدار الإحصاء إحصائية إحصائيات إحصاءات المسح مسح")
# One document a body issues and the article takes up again by its noun alone («وأضاف التقرير»)
DOCUMENT_NOUNS = _stems("تقرير دراسة إحصائية نشرة تحليل مسح استطلاع تعميم مذكرة وثيقة")
# Plurals of things, which a verb agrees with in the feminine singular (وقالت المصادر، وأكدت الصحف).
THING_PLURALS = _stems("مصادر صحف وسائل دول أوساط أجهزة")
SOURCE_HEADS |= _person_plurals(TITLE_HEADS - AMBIGUOUS_TITLES | SOURCE_HEADS - THING_PLURALS)  # «موظفو الوزارة»
SOURCES_AND_GROUPS = SOURCE_HEADS | GROUP_HEADS  # persons and groups of persons a report may come from
# Sound masculine plurals of persons in the oblique construct (مسؤولي، مؤيدي): a genitive or an object
OBLIQUE_CONSTRUCTS = {w for w in SOURCES_AND_GROUPS if w.endswith("ي") and w[:-1] + "و" in SOURCES_AND_GROUPS}
# Sound masculine plurals of persons among them, in every case and construct (مسؤولون، مسؤولين،
# مسؤولو، مسؤولي): a verb after such a subject is plural too
PERSON_PLURALS = {w for w in SOURCES_AND_GROUPS if w.endswith(("ون", "ين")) or w[:-1] + "ون" in SOURCES_AND_GROUPS}
OFFICIALS = _with_oblique("مسؤولون")  # unnamed officials, not a group, whatever their case
COREFERRING_HEADS = SOURCE_HEADS | ORG_HEADS | GROUP_HEADS  # «المصدر»، «الوزارة» point back to a fuller phrase
# Who or what a report may come from, the word after «according to» (بحسب الشرطة، وفقا لمصادر، حسب التقارير)
# (with the plurals of outlets and data: «بحسب وكالات أنباء»، «وفقا لبيانات X»; a poll, a telegram; not the
# feminine of the title الحاج: «حسب الحاجة» is as needed)
SOURCE_WORDS = SOURCES_AND_GROUPS | BODY_HEADS | REPORT_NOUNS | THING_PLURALS \
    | _stems("وكالات قنوات مواقع بيانات استفتاء برقية") | TITLE_HEADS - _stems("حاجة")
DEMONSTRATIVES = {_n(w) for w in ("هذا", "هذه", "ذلك", "تلك", "هؤلاء")}
STOP = {_n(w) for w in (
    "في من على عن إلى الى مع خلال أمام عبر لدى حول بعد قبل منذ عند عندما حيث أثناء يوم اليوم أمس الأحد "
    "الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت صباح مساء ليلة ظهر فجر أيضا أيضاً رسميا رسمياً "
    "مرارا مرارًا كذلك بدوره بدورها قد لقد إذ ثم نقلا نقلاً حسب بحسب وفق وفقا وفقاً تعليقا ردا بشكل مجددا "
    "الذي التي الذين اللذين اللتين وهو وهي وهما وهم طلب طالبا فضل عند لـ بـ و أو أن إن يشترون الأسبوع "
    "الماضي الماضية الشهر مؤخرا سابقا لاحقا ظهر اليوم هذا هذه بعدما لما كما ما كلما فقد خصوصا "
    "خصوصاً خاصة تحديدا أمس الأول الاول بالتالي لذلك وكذلك أول حتى لنا له لها لهم لي فيه فيها منه منها "
    "عليه عليها إليه لم ولم لن ولن لا ولا الساعة كان كانت وكان وكانت").split()}
# After في, these nouns start an adjunct (في بيان، في تصريح …), not part of the source's name.
ADJUNCT_NOUNS = _stems(
    "بيان خبر تصريح تصريحات مقابلة كلمة كلمته حديث مؤتمر رسالة رسالته سلسلة تغريدة تغريدات لقاء اتصال صفحته "
    "وقت أعقاب ختام معرض سياق ردها رده حين تقرير مداخلة ندوة جلسة اجتماع")
PRONOUN_SUBJECTS = {_n(w) for w in ("هو", "هي", "هم", "هما", "أنا", "نحن", "أنت", "فأنت", "وأنت", "أنتم", "لكنه", "لكنها", "ولكنه", "ولكنها", "إنه", "إنها",
                                    "أنه", "أنها", "انه")}


def _label(entity_of, tok: Tok) -> str | None:
    e = entity_of(tok)
    return e.label if e is not None else None


def stem_of(tok: Tok) -> str:
    return split_word(tok.norm)[1]


# Verbal nouns of derived verbs: استفعال، افتعال، انفعال (normalised: no hamza on the alef).
DERIVED_MASDAR = re.compile("است..ا.|ا.ت.ا.|ان..ا.")
VERBAL_NOUN = re.compile(DERIVED_MASDAR.pattern + "|ت..ي.")  # … and تفعيل (تقديم، تطوير)


def verbal_noun(tok: Tok) -> bool:
    """A verbal noun of a derived verb, bare or definite (استمرار، الانسحاب، تقديم), that names no
    speaker: no title, source, group, body, person, report or document noun (التنظيم، استطلاع،
    التقرير), no member of the role-noun clusters, and no verbal noun of speech, whose genitive is
    the speaker (`SPEECH_MASDARS`: «وأبرزت تأكيد الوزير أن»)."""
    st = stem_of(tok)
    return bool(VERBAL_NOUN.fullmatch(st)) and st not in cluster_heads() and not any(
        st in heads for heads in (TITLE_HEADS, SOURCE_HEADS, GROUP_HEADS, ORG_HEADS, PERSON_NOUNS, REPORT_NOUNS,
                                  DOCUMENT_NOUNS, SPEECH_MASDARS))


def names_a_source(toks: list[Tok], k: int, entity_of: Callable[[Tok], Entity | None]) -> bool:
    """The phrase at token k names who or what a report comes from: its head (past a quantifier or
    a superlative: «عدة مصادر»، «آخر إحصائيات»، «عدد من طلابها») is a source word (`_source_word`)."""
    while k + 1 < len(toks) and (stem_of(toks[k]) in SOURCE_MODIFIERS or toks[k].norm == FROM) \
            and not _source_word(toks[k], entity_of):  # (but «أحد الصحافيين»: one of them, a source)
        k += 1
    return _source_word(toks[k], entity_of)


def _source_word(tok: Tok, entity_of: Callable[[Tok], Entity | None]) -> bool:
    """A recognised entity, the first word of a person's name, the head of a person's, a body's or a
    report's phrase (SOURCE_WORDS: مصدر، الوزارة، وكالة، التقارير، تقديراتها), a noun the recogniser's
    clusters group with roles and persons (العاملين، الجنود) or a speech noun (بيان، تصريحات)."""
    stem = stem_of(tok)
    bare = next((stem[:-len(p)] for p in OBJECT_PRONOUNS if stem.endswith(p) and len(stem) - len(p) >= 3), stem)
    cue = cue_of(stem) or cue_of(bare)
    return tok.opens_person or entity_of(tok) is not None or stem in SOURCE_WORDS or bare in SOURCE_WORDS \
        or stem in cluster_heads() or bare in cluster_heads() or cue is not None and cue.kind == NOUN


SOURCE_MODIFIERS = QUANTIFIERS | _stems("عدة آخر أحدث")  # before a source's head
FROM = _n("من")


DEFINITE_PREFIXES = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل")


def is_definite(tok: Tok) -> bool:
    """Starts with the article as written: أل with a hamza is a root letter (ألقاها، ألمانيا),
    and so is و in «والد، والدة» (`split_proclitics` keeps them whole)."""
    return tok.norm.startswith(DEFINITE_PREFIXES) and _written(tok.text).startswith(DEFINITE_PREFIXES) \
        and (tok.norm[0] not in "وف" or split_proclitics(tok.norm)[0] not in ("", "و", "ف"))


@lru_cache(maxsize=50_000)
def _written(text: str) -> str:
    return strip_marks(text)


NAMING_VERBS = {_n(c + v) for c in ("", "و", "ف") for v in ("يدعى", "تدعى")}  # normalised: also يدّعي (claims)


def names_the_one_before(toks: list[Tok], k: int) -> bool:
    """Token k is the passive «is called» (يُدعى، تدعى: written with ى or a damma, unlike يدّعي,
    "claims") between a noun, or a noun and a comma, and a recognised person's name: «مواطن
    سوداني يدعى X»، «أحد السكان، ويدعى X»; that name is the noun's."""
    t = toks[k]
    if t.norm not in NAMING_VERBS or k + 1 >= len(toks) or not toks[k + 1].opens_person \
            or not (_written(t.text).endswith("ى") or "\u064f" in t.text):
        return False
    before = toks[k - 2] if k > 1 and toks[k - 1].text in "،," else toks[k - 1] if k else None
    return before is not None and before.is_word and before.cue is None and before.norm not in STOP


@dataclass
class NP:
    start: int                  # token range [start, end)
    end: int
    words: list[Tok]
    aliases: list[str] = field(default_factory=list)
    name_at: int = -1           # index in `words` where the holder's name starts, when known

    def text(self, text: str) -> str:
        return text[self.words[0].start:self.words[-1].end] if self.words else ""


def formula_words(forms: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Fixed phrases as tuples of normalised words, longest first (for matching token by token)."""
    return tuple(sorted((tuple(_n(w) for w in f.split()) for f in forms), key=len, reverse=True))


@lru_cache(maxsize=1)
def _formulas() -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    """(eulogies, divine epithets) as formula_words."""
    return formula_words(EULOGIES), formula_words(DIVINE_EPITHETS)


@lru_cache(maxsize=1)
def _formula_openers() -> frozenset[str]:
    return frozenset(f[0] for forms in _formulas() for f in forms)


def formula_at(toks: list[Tok], j: int, limit: int) -> tuple[int, bool]:
    """(length, divine) of the blessing formula or divine epithet starting at token j, or (0, False)."""
    if toks[j].norm not in _formula_openers():
        return 0, False
    eulogies, divine = _formulas()
    for forms, is_divine in ((eulogies, False), (divine, True)):
        for f in forms:
            if j + len(f) <= limit and all(toks[j + k].norm == w for k, w in enumerate(f)):
                return len(f), is_divine
    return 0, False


def _fixed_words(toks: list[Tok], j: int, limit: int, words: list[Tok]) -> tuple[int, bool]:
    """(tokens to step over, whether the phrase ends there) for fixed words at token j: a
    blessing after a name is stepped over («النبي صلى الله عليه وسلم»); a divine epithet is the
    whole phrase («فقال تعالى»); «آية الله» and the name after it are taken in («آية الله علي
    خامنئي»: علي is the name, not على). `words` gets what is taken; (0, False) when none."""
    n, divine = formula_at(toks, j, limit)
    if n and words:
        return n, False
    if n and divine:
        words.extend(toks[j:j + n])
        return n, True
    if toks[j].norm == _n("آية") and j + 2 < limit and toks[j + 1].norm == _n("الله") and toks[j + 2].is_word:
        words.extend(toks[j:j + 3])
        return 3, False
    return 0, False


MAX_NP_WORDS = 14
QUOTED_PERSON_WORDS = 8  # words of a person's full name in quotation marks («علي بن عبدالله بن علي آل …»)
END_AFTER_WORDS = -1  # a step that ends the phrase right after its (trimmed) last word


def read_np(toks: list[Tok], i: int, limit: int, segs: dict[int, Segment], in_entity) -> NP:
    """The noun phrase that starts at token i (stopping before `limit`)."""
    words: list[Tok] = []
    aliases: list[str] = []
    j = i
    while j < limit and (len(words) < MAX_NP_WORDS or _in_same_person(words[-1], toks[j], in_entity)):
        if toks[j].is_word:
            step = _word_step(toks, j, limit, words, in_entity)
        else:
            step = _mark_step(toks, j, limit, segs, words, aliases, in_entity)
        if step == END_AFTER_WORDS:
            j = words[-1].index + 1
        if step <= 0:
            break
        j += step
    return NP(i, j, words, aliases)


def _in_same_person(last: Tok, t: Tok, in_entity) -> bool:
    """Token t continues the recognised person the phrase's last word is in: the length limit
    cuts no name («… صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز آل سعود»)."""
    e = in_entity(last)
    return e is not None and e.label == "PER" and t.is_word and in_entity(t) is e


def _mark_step(toks: list[Tok], j: int, limit: int, segs: dict[int, Segment], words: list[Tok],
               aliases: list[str], in_entity) -> int:
    """How far a punctuation mark at j carries the phrase (0: it ends there); a bracketed or
    quoted name is taken into `words` or `aliases`."""
    t = toks[j]
    if t.text == "(":
        return _bracketed(toks, j, limit, words, aliases)
    seg = segs.get(t.start) if t.text in "\"«“" else None
    if seg is not None:
        if quoted_person(toks, seg, in_entity) and (not words or _title_only(words)):
            words.extend(x for x in toks[seg.tokens[0]:seg.tokens[1]] if x.is_word)  # «المتحدث "X بن Y"»
            return seg.tokens[1] + 1 - j
        if _quoted_name_after_honorific(toks, seg, words) and _title_only(words):
            words.extend(toks[seg.tokens[0]:seg.tokens[1]])  # «الدكتور "X"»: the name ends the phrase
            return END_AFTER_WORDS
        if seg.closed and seg.words <= 4 and (not words or stem_of(words[-1]) in ORG_HEADS | NAME_HEADS_NP) \
                and not (words and is_definite(words[-1]) and not _opens_definite(toks, seg)):
            # «الحركة "الشعبية"» names; «الوزارة "تلقت إحالات"» is what the body said
            words.extend(x for x in toks[seg.tokens[0]:seg.tokens[1]] if x.is_word)
            return seg.tokens[1] + 1 - j
        return 0
    if t.text in "،,":  # «المتحدث باسم الوزارة، X»: a role, a comma, then the name
        return int(bool(words) and _title_only(words) and j + 1 < limit and toks[j + 1].is_word
                   and toks[j + 1].norm not in STOP)
    return int(t.text == "." and bool(words) and words[-1].text in ABBREVIATED_TITLES)  # «د. محمد»


def quoted_person(toks: list[Tok], seg: Segment, entity_of) -> bool:
    """The quotation marks hold one recognised person's name and nothing else («كشف المبعوث
    "X بن Y" أن …»): a subject or its apposition, never what was said."""
    if not seg.closed or not 0 < seg.words <= QUOTED_PERSON_WORDS:
        return False
    words = [t for t in toks[seg.tokens[0]:seg.tokens[1]] if t.is_word]
    person = entity_of(words[0]) if words else None
    return person is not None and person.label == "PER" and all(entity_of(t) is person for t in words)


QUOTED_NAME_WORDS = 3  # words of a name in quotation marks that the recogniser missed


def _quoted_name_after_honorific(toks: list[Tok], seg: Segment, words: list[Tok]) -> bool:
    """«الدكتور "سامر الخلف"»: after an honorific, one to three plain words in quotation marks that
    open with a listed first name or a rare word are the person's name, found or not."""
    if not words or stem_of(words[-1]) not in HONORIFICS or not seg.closed or not 0 < seg.words <= QUOTED_NAME_WORDS:
        return False
    name = toks[seg.tokens[0]:seg.tokens[1]]
    if not all(t.is_word and t.cue is None and t.norm not in STOP for t in name) or is_definite(name[0]):
        return False
    return stem_of(name[0]) in first_names() or word_frequencies().get(name[0].norm, 0) < RARE_WORD


RARE_WORD = 20  # an unlisted word rarer than this in ordinary text reads as a name


def _opens_definite(toks: list[Tok], seg: Segment) -> bool:
    """The quoted segment opens with a definite word (a name's adjective: «الحركة "الشعبية"»)."""
    first = next((t for t in toks[seg.tokens[0]:seg.tokens[1]] if t.is_word), None)
    return first is not None and is_definite(first)


def _bracketed(toks: list[Tok], j: int, limit: int, words: list[Tok], aliases: list[str]) -> int:
    """A short bracketed name at j: the subject itself or another name for it."""
    k = j + 1
    while k < limit and toks[k].text != ")":
        k += 1
    if not (k < limit and k - j <= 5 and (words or k > j + 1)):
        return 0
    if not words or stem_of(words[-1]) in NAME_HEADS_NP:
        # «قالت (X) أكبر شركة …»: a name in brackets as the subject; «دورية (X) الطبية»: the name itself
        words.extend(x for x in toks[j + 1:k] if x.is_word)
    else:  # «الفرع المصري (ولاية سيناء)»: another name for it
        aliases.append(" ".join(x.text for x in toks[j + 1:k]))
    return k + 1 - j


# A compound ordinal is one adjective: «التقرير الحادي والخمسون»، «الدورة الثانية والعشرين».
ORDINAL_WORDS = ("الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع")
ORDINAL_UNITS = {_n(w + e) for w in ORDINAL_WORDS for e in ("", "ة")}
TENS = {_n(w + e) for w in ("عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع") for e in ("ون", "ين")}
ORDINAL_TENS = {_n("وال" + w) for w in TENS}  # TENS: the numbers of tens (عشرون، ثلاثين)


def _word_step(toks: list[Tok], j: int, limit: int, words: list[Tok], in_entity) -> int:
    """How far the word at j carries the phrase, appending it to `words` if it belongs there
    (0: the phrase ends before it; END_AFTER_WORDS: it ended at its last word)."""
    step, last = _fixed_words(toks, j, limit, words)
    if last or step:
        return 0 if last else step
    if words and names_the_one_before(toks, j):
        return 0  # «مواطن سوداني يدعى X»: the name follows (apposition.extend_to_name)
    t, nxt = toks[j], toks[j + 1] if j + 1 < limit else None
    if words and words[-1].norm in ORDINAL_UNITS and t.norm in ORDINAL_TENS:
        words.append(t)  # «الحادي والخمسون»: the tens end the ordinal, no second phrase
        return 1
    if not words and t.norm in DEMONSTRATIVES | SAME and nxt is not None and is_definite(nxt):
        words.append(t)  # هذا المصدر العسكري، نفس المصدر
        return 1
    if words and strip_marks(t.text) in ANY and not in_entity(t):
        return 0  # «ونفى الوزير أي تواطؤ»: «any …» opens the verb's object
    if words and t.norm in AGED and nxt is not None and (nxt.norm == FROM or nxt.text[0].isdigit()):
        return 0  # «X البالغة من العمر 34 عاما»، «X البالغ 40 عاما»: the age, no part of the name
    if _function_word(t, nxt, in_entity):
        if not _joins_phrase(words, t, nxt):
            return 0
    elif _adjunct_or_object(words, t, in_entity):
        return 0
    elif words and not in_entity(t) and (t.cue is not None or _opens_phrase(t)):
        if possessive(t):  # «تضامن بلاده»: the object began one word earlier
            while len(words) > 1 and not is_definite(words[-1]) and is_definite(words[-2]) \
                    and not in_entity(words[-1]) and not is_title(words[-1]):
                words.pop()
            return END_AFTER_WORDS
        return 0  # بإعطاء، بوقوع (a prepositional phrase); قوله، عزمها (an object)
    elif _next_phrase(words, t, nxt, in_entity) or _object_construct(words, t, nxt, in_entity):
        return 0
    words.append(t)
    return 1


ANY = {"أي", "أية", "وأي", "وأية"}  # as written: «آي» and «إي» are letters of names (آي بي إم)
AGED = {_n(w) for w in ("البالغ", "البالغة", "البالغين", "البالغان")}  # «aged», before من العمر or a number


def _function_word(t: Tok, nxt: Tok | None, in_entity) -> bool:
    """A particle, preposition or number that is not part of a name (علي is also على)."""
    return (stop_word(t) or t.text[0].isdigit()) and not _inside_name(t, in_entity) \
        and not (nxt is not None and named_ali(t.text, nxt.text, _label(in_entity, nxt) == "PER"))


def _joins_phrase(words: list[Tok], t: Tok, nxt: Tok | None) -> bool:
    """A function word inside the phrase: «عدد من الشهود»، «مصدر في الوزارة»."""
    if t.norm == _n("من") and words and stem_of(words[-1]) in QUANTIFIERS:
        return True
    return t.norm in (_n("في"), _n("من")) and bool(words) and _source_head(words) and nxt is not None \
        and stem_of(nxt) not in ADJUNCT_NOUNS and nxt.is_word


# A derived participle in the indefinite accusative: م + a consonant … + ا (مبتسما، متنهدا، مستطردا);
# foreign names that open with م have a vowel letter next (ماريا، مونيكا، ميلانيا).
HAL_PARTICIPLE = re.compile(r"^م[^اويى]\w{3,}(?<![هنوي])ا$")   # not «منظموها»، «مراسلنا»، «منطقيا»


def manner_participle(t: Tok, in_entity) -> bool:
    """A ḥāl participle («وأضاف مبتسما»: how someone spoke), no cue and outside any entity."""
    return t.is_word and t.cue is None and not in_entity(t) and bool(HAL_PARTICIPLE.match(strip_marks(t.text)))


def _adjunct_or_object(words: list[Tok], t: Tok, in_entity) -> bool:
    """The word starts an adjunct, an addressee, the content or the verb's object."""
    if has_preposition(t, "ل") \
            and (not words or _named(words, in_entity)) and _label(in_entity, t) != "PER":
        return True  # لرويترز، للصحفيين: an adjunct after a name (but لافروف is a name)
    if words and (_source_head(words) and not is_definite(words[0]) or _named(words, in_entity)) \
            and addressed_entity(t, in_entity) or words and told_outlet(t, in_entity):
        return True  # «مصدر قضائي لبي بي سي»، «X لبي بي سي»، «الوزير لرويترز»: the outlet spoken to
    if words and stem_of(t) in ADDRESSEES and _label(in_entity, t) is None and not _quantity_open(words) \
            or words and stem_of(t) in MEDIA and "ل" in split_proclitics(t.norm)[0]:
        return True  # «ناطق باسم الشرطة لرويترز»، «أبلغ الوزير الصحفيين»، «… لوكالة فرانس برس»: the addressee
        # (but «عدد من الحاضرين»، «أحد المشاركين»: the people a quantity is of, `_quantity_open`)
    if t.norm in COMPLEMENTISER_FORMS and _label(in_entity, t) != "PER":
        return True  # «وزير الخارجية بأن …»: the content starts
    if words and t.norm in ATTENTION:
        return True  # «ولفت التقرير النظر إلى أن …»: the object of لفت
    if words and is_definite(words[-1]) and not is_definite(t) and accusative_form(t.norm) and not in_entity(t) \
            and word_frequencies().get(stem_of(t)[:-1], 0) >= 5:
        return True  # أصدرت الوزارة تحذيرا: an indefinite accusative of a known noun (not كوندوليزا) is the object
    if len(words) >= 3 and is_title(words[0]) and is_definite(t) and not in_entity(t) \
            and not t.norm.endswith(("ي", "يه")) and _name_ended(words, t):
        return True  # «وزيرة الخارجية ماريسكا لوتن الحكومة»: after the role and the name, a definite noun is the object
    return bool(words) and is_definite(words[-1]) \
        and (is_title(words[-1]) and not feminine_noun(words[-1])
             or words[-1].norm.endswith(("ون", "ين")) and not in_entity(words[-1])) \
        and is_definite(t) and feminine_noun(t) and not in_entity(t)
    # «وصف الوزير الخطة بأنها»، «طالب المحتجون الحكومة»: a feminine noun cannot qualify a masculine
    # title or a masculine plural, so it is the object


def _object_construct(words: list[Tok], t: Tok, nxt: Tok | None, in_entity) -> bool:
    """After an indefinite plural of people, an indefinite noun whose genitive is a name starts
    the verb's object («استنكر دبلوماسيون عرب ومصريون مزاعم X»)."""
    return bool(words) and sound_plural_phrase(words[:1]) and nxt is not None and in_entity(nxt) is not None \
        and in_entity(t) is None and not is_definite(t) and not split_proclitics(t.norm)[0] \
        and not stem_of(t).endswith(("ون", "ين")) and words[-1].norm not in STOP and t.norm not in STOP \
        and not t.norm.startswith(_n("باسم"))  # (but «متحدثون باسم الجيش»، «ناشطون من مدينة X»)


def _next_phrase(words: list[Tok], t: Tok, nxt: Tok | None, in_entity) -> bool:
    """The word starts another phrase: after a name, the object or a second person."""
    if words and (in_entity(words[0]) is not None or _label(in_entity, words[-1]) == "PER") \
            and _entity_ends_subject(words[-1], t, in_entity):
        return True
    if words and not is_title(words[0]) and is_definite(words[-1]) and not is_definite(t) \
            and not split_proclitics(t.norm)[0] and not in_entity(t) and not in_entity(words[-1]) \
            and not is_title(t) and not t.norm.startswith(_n("باسم")):
        return True  # أكد الاتحاد الدولي إيقاف …: a bare indefinite noun after a definite phrase is the object
        # (but «المتحدث باسم …» continues the role)
    if words and is_title(words[0]) and is_definite(words[-1]) and common_noun(t, in_entity) \
            and not _participle_role_end(words[-1]) \
            and stem_of(t) not in NOT_OBJECTS and not any(stem_of(w) in HONORIFICS for w in words):
        return True  # «وحدد الوزير موعد الافتتاح»، «ونفى الوزير وجود أي تغيير»: the verb's object (but «الوزير
        # عادل الجبير»; «كافة» is no object, nor is a word after an honorific, which may be a name the
        # recogniser missed: «الدكتورة ملحة X»، «اللواء الحربي هدايا» is left to the checks)
    if len(words) == 1 and is_title(words[0]) and is_definite(words[0]) and stem_of(words[0]) not in HONORIFICS \
            and _definite_noun(t, in_entity):
        return True  # «وأعلن العميد القبض على …»: a definite title takes no genitive, so this is the object
    if _quantity_of(words) and _entity_ends_subject(words[-1], t, in_entity) and not in_entity(t):
        return True  # «وبرر كثير من مستخدمي تويتر الانتشار الكبير بأنه»: a name ends the quantity's genitive,
        # and an ordinary word after it starts the object, as after a subject that opens with a name
    return bool(words) and is_title(t) and _named(words, in_entity) \
        and ("و" in split_proclitics(t.norm)[0] or is_title(words[0]))
    # «الرئيس … جو بايدن والرئيس …»، «وزير … أنتوني بلينكن وزير …»: a second person


def _quantity_open(words: list[Tok]) -> bool:
    """The phrase so far is a quantifier waiting for its noun, in construct or before من
    («أحد …»، «بعض …»، «عدد من …»): the next word is what it counts, not an addressee."""
    last = words[-1]
    if last.norm == FROM:
        return len(words) >= 2 and stem_of(words[-2]) in QUANTITY_HEADS
    return len(words) == 1 and stem_of(last) in QUANTITY_HEADS and not is_definite(last)


def _quantity_of(words: list[Tok]) -> bool:
    """The phrase so far is a quantifier, من and its noun: «كثير من المستخدمين»، «عدد من سكان القرية»."""
    return len(words) >= 3 and counted_start(words) == 2


def counted_start(words: list[Tok]) -> int:
    """Where the noun a quantifier opening `words` counts starts: after «عدد من» (2), after «بعض» in
    construct (1); 0 when no quantifier opens them."""
    if len(words) < 2 or stem_of(words[0]) not in QUANTITY_HEADS:
        return 0
    return 2 if words[1].norm == FROM else 1


# Adjectives that follow a definite title (الأمين العام، الرئيس السابق، اللواء الركن), as stems
TITLE_ADJECTIVES = _with_feminine("عام سابق أسبق أعلى أكبر أول أخير ركن جديد أصغر أعظم أقدم خاص دائم قائم كبير "
                                  "قدير شهير راحل شاب بارز") | _stems("الأولى العليا")


def past_rank_adjectives(toks: list[Tok], k: int, b: int, in_entity) -> int:
    """Token k moved past the adjectives of a rank before a name («العميد ركن X»، «اللواء الركن X»),
    leaving at least one token before b; a recognised person's word stays."""
    while k + 1 < b and stem_of(toks[k]) in TITLE_ADJECTIVES and _label(in_entity, toks[k]) != "PER":
        k += 1
    return k


def _definite_noun(t: Tok, in_entity) -> bool:
    """A definite word that cannot qualify a title before it: no -ي adjective, participle (الم…),
    listed adjective, title or recognised name (القبض، الاتفاق، المفاوضات)."""
    norm = t.norm
    return is_definite(t) and split_proclitics(norm)[0] == "ال" and in_entity(t) is None and not is_title(t) \
        and stem_of(t) not in TITLE_ADJECTIVES and not norm.endswith(("ي", "يه", "يين", "يون")) \
        and not (norm.startswith(_n("الم")) and not norm.endswith("ات")) and t.cue is None


def _participle_role_end(w: Tok) -> bool:
    """A role ending in a participle that takes an object: «المفوض المكلف حقوق الإنسان» (not a
    nisba adjective or a plural of persons: «رئيس الحكومة المغربية»، «متحدث باسم المتمردين»)."""
    return w.norm.startswith(_n("الم")) and not w.norm.endswith(("ي", "يه", "ين", "ون", "ات")) and not is_title(w)


def common_construct(t: Tok, nxt: Tok | None, in_entity: Callable[[Tok], Entity | None]) -> bool:
    """A common indefinite word that no gazetteer lists as a name, before a definite word outside
    any entity: a construct of common nouns (موعد الافتتاح، دخول الشركة), not a person's name."""
    return nxt is not None and is_definite(nxt) and in_entity(nxt) is None and common_noun(t, in_entity)


def common_noun(t: Tok, in_entity: Callable[[Tok], Entity | None]) -> bool:
    """A common indefinite word without proclitics, outside any entity, that no gazetteer lists
    as a name and the frequency table knows well (وجود، أهمية), not a rare or foreign name."""
    if not t.is_word or t.cue is not None or is_definite(t) or in_entity(t) is not None or is_title(t) \
            or t.norm in STOP:
        return False
    st = stem_of(t)
    return not split_proclitics(t.norm)[0] and t.norm[0] not in "لب" and st not in gazetteer_names() \
        and st not in SPEECH_MASDARS and word_frequencies().get(t.norm, 0) >= COMMON_NOUN


COMMON_NOUN = 30  # Wikipedia count above which an unlisted word is a noun, not a rare name (عائض)
# Verbal nouns of speech, whose genitive is the speaker («نقلت الوكالة تأكيد المسؤول X أن …»).
SPEECH_MASDARS = _stems("تأكيد تأكيدات تصريح تصريحات قول أقوال إعلان تحذير تحذيرات نفي توضيح إشارة كلام حديث "
                        "رواية شهادة رأي دعوة مطالبة")


MEDIA = _stems("وكالة صحيفة قناة تلفزيون التلفزيون إذاعة موقع مجلة شبكة")  # after ل: told to the press
ADDRESSEES = _stems("صحفيين صحفيون صحافيين صحافيون صحافة رويترز مراسلين حاضرين مشاركين")
# «لفت X النظر / الانتباه إلى أن»: the attention drawn is the verb's object, never the subject's word.
ATTENTION = {_n(w) for w in ("النظر", "الانتباه", "الأنظار")}
COMPLEMENTISER_FORMS = {_n(w) for w in ("أن", "إن", "بأن", "أنه", "إنه", "بأنه", "أنها", "إنها", "بأنها")}


# First halves of compound names, whose second half is definite (عز الدين، عبد الله، أبو العلاء).
NAME_LINKS = {_n(w) for w in "عبد عز نور صلاح سيف علاء شمس بدر جمال حسام عماد نصر ضياء محي محيي تاج زين فخر بهاء "
              "شرف كمال ناصر خير أبو ابو بن ابن ولد آل".split()}


@lru_cache(maxsize=100_000)
def family_name(word: str) -> bool:
    """A definite word that ordinary text hardly uses with or without its article, and not a
    feminine or plural noun (الحرقان، المعيوف، التاروتي; not الليرات، المطلعة): a family name."""
    norm = _n(word)
    st = split_word(norm)[1]
    if not norm.startswith(("ال", "وال", "فال")) or len(st) < 4 or st.endswith(("ه", "ات")):
        return False
    freq = word_frequencies()
    return freq.get(norm, 0) < RARE_WORD and freq.get(st, 0) < RARE_WORD


def _name_ended(words: list[Tok], t: Tok) -> bool:
    """The role's phrase ends in a name that the definite word t does not go on with: two name words
    (or a definite word and a name) that t is no family name or form of address of, or a listed first
    name already followed by its family name («رئيس الحكومة الأردنية عمر الرزاز»)."""
    last, before = words[-1], words[-2]
    if _name_word(last) and (is_definite(before) or _name_word(before)) and last.norm not in NAME_LINKS \
            and not _first_and_family(last, t) and not form_of_address(last, t):
        return True
    return _first_and_family(before, last) and t.norm.startswith("ال")


def _first_and_family(first: Tok, last: Tok) -> bool:
    """A listed first name and a definite `family_name` after it (عمر الرزاز، تيسير المفرج)."""
    return stem_of(first) in first_names() and family_name(last.text)


HOLDER = _n("صاحب")


def form_of_address(t: Tok, nxt: Tok | None) -> bool:
    """«صاحب السمو»، «صاحب المعالي»، «صاحب الفضيلة»: «صاحب» before a style opens a form of address
    (the name follows), no name and no verb's object."""
    return nxt is not None and t.norm == HOLDER and stem_of(nxt) in STYLES


def _name_word(t: Tok) -> bool:
    """An indefinite word that can be part of a person's name (not a title, a body, باسم or a ل/ب phrase)."""
    return t.is_word and not is_definite(t) and not is_title(t) and stem_of(t) not in ORG_HEADS \
        and not t.norm.startswith(_n("باسم")) and not split_proclitics(t.norm)[0] and t.norm not in STOP


UNKNOWN_WORD = 5  # a word ordinary text hardly ever uses (العيدروس، مفرح): a name, not a noun after على


def spelt_ali(word: str) -> bool:
    """علي written with ya: the name, or the preposition على misspelt."""
    return strip_marks(word) in ("علي", "وعلي")


AFTER_ALI = ("في", "إن", "إنه", "إنها", "،", ",")  # «وقال علي في تغريدة»: no noun, so no preposition على


def named_ali(word: str, nxt: str, person: bool) -> bool:
    """«علي التميمي»، «علي مفرح»، «وقال علي في …»: the name Ali, written with ya (على, the
    preposition, has alif maqsura), before a recognised person (`person`), a family name (a
    definite -ي word, which no noun after على is alone), a preposition, إن or a comma (which
    never follow على), or a word ordinary text does not use."""
    nxt = strip_marks(nxt)
    return spelt_ali(word) and (person or nxt.startswith("ال") and nxt.endswith("ي")
                                                   or nxt in AFTER_ALI
                                                   or word_frequencies().get(_n(nxt), 0) < UNKNOWN_WORD)


HAMZA_NOUNS = ("إمام",)  # «إمام المسجد»: with its hamza below, not the preposition أمام


def spelt_as_noun(text: str) -> bool:
    """A noun that normalisation merges with a particle, told apart by its hamza (إمام)."""
    text = strip_marks(text)
    text = text[1:] if text[:1] in "وف" and len(text) > 4 else text
    return text.startswith(HAMZA_NOUNS)


def stop_word(t: Tok) -> bool:
    """A function or time word (STOP), not a noun spelt like one (إمام, not أمام)."""
    return t.norm in STOP and not spelt_as_noun(t.text)


def _inside_name(t: Tok, entity_of) -> bool:
    """A word that a recognised person's name continues after (علي in «علي حسن»; not
    a preposition the recogniser ran into the end of a name: «أبي أمام»), or a definite word
    of the name that is a family name, not a time word (الخميس in «أحمد الخميس»)."""
    e = entity_of(t)
    return e is not None and e.label == "PER" and (t.end < e.end or is_definite(t))


def _opens_phrase(t: Tok) -> bool:
    """A word that cannot continue a subject: ب + noun, or a noun with a possessive suffix."""
    if t.norm.startswith(_n("باسم")):  # المتحدث باسم، باسمه، باسمها
        return False
    if has_preposition(t, "ب"):
        return True
    return possessive(t)


OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "نا", "كم", "ي", "ني")
# A preposition with an attached pronoun (لي، عنه، عليها، إليهم): the object of the verb
# or an adjunct, never part of a name («علي» is the name Ali; «في» takes no ي).
PRONOUN_OBJECTS = {base + suffix for base in PREPOSITIONS_BEFORE_QUOTE | {_n("مع"), _n("لدى"), _n("خلال"), _n("أمام")}
                   for suffix in OBJECT_SUFFIXES if not (suffix == "ي" and base.endswith("ي"))}
# Free prepositions that end no name (not علي, the name Ali; not ب or ل, letters of «أ ف ب»).
TRAILING_PREPOSITIONS = {p for p in PREPOSITIONS_BEFORE_QUOTE if len(p) > 1} - {_n("علي")}
# Also names and letters (لي Lee، منى، لنا، بي بي سي): stripped only before a recognised name.
NAMELIKE_OBJECTS = {_n(w) for w in ("لي", "بي", "مني", "لنا")}


def pronoun_object(word: str) -> bool:
    """A preposition with an attached pronoun (عنه، لي)."""
    return _n(word) in PRONOUN_OBJECTS


POSSESSIVE_SUFFIXES = ("هما", "ها", "هم", "هن", "ه")
VOWEL_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"  # tanwin, short vowels, shadda, sukun


def possessive(t: Tok, min_len: int = 5) -> bool:
    """A noun with an attached possessive pronoun (بلاده، عزمها، تصميمهم): the suffix leaves
    a known word, so a foreign name that ends like one (تريشيه) is not taken for it."""
    base = _before_possessive(t, min_len)
    if base is None:
        return False
    freq = word_frequencies()
    bound = ta_marbuta(base)  # حكومته → حكومة (but مباحثاته → مباحثات)
    return max(freq.get(base, 0), freq.get(bound, 0)) >= 5 or freq.get(t.norm, 0) >= 20


def _before_possessive(t: Tok, min_len: int = 5) -> str | None:
    """The word before the pronoun it may end with (بلاده → بلاد, normalised, proclitics off); None
    for a word shorter than `min_len` letters, ending in له, or with no such ending."""
    split = _possessive_split(t.text, min_len)
    return None if split is None else split_proclitics(_n(split[0]))[1]


def _possessive_split(word: str, min_len: int) -> tuple[str, str] | None:
    """(the word as written without the possessive pronoun it ends with, the pronoun): وبلاده → (وبلاد،
    ه), والدتها → (والدت، ها); None as for `_before_possessive`."""
    w = word.rstrip(VOWEL_MARKS)
    if len(w) < min_len or w.endswith("له"):
        return None
    suffix = next((x for x in POSSESSIVE_SUFFIXES if w.endswith(x)), None)
    return None if suffix is None else (w[:-len(suffix)], suffix)


def owned_close_person(word: str) -> bool:
    """«محاميه»، «زوجته»، «نجله»، «نظيرها»: a noun of kin, counsel, aid or company (CLOSE_PERSONS) with a
    possessive pronoun, which names a person, never a thing (`close_person_parts`). Narrower than
    plausible.possessed_person, which takes any role word of the clusters, and below it: the subject
    reader uses it."""
    return close_person_parts(word) is not None


def close_person_parts(word: str) -> tuple[str, str] | None:
    """(the noun as it stands before a name, the pronoun) of a person close to someone written with that
    one's pronoun: «زوجته» → («زوجة», «ه»), «ومحاميها» → («محامي», «ها»), «أخوه» → («أخو», «ه»); a noun
    that opens like a proclitic is read whole first («والدته» is no «و» + «الدته»); None for any
    other word."""
    split = _possessive_split(word, min_len=4)
    if split is None:
        return None
    noun, suffix = strip_marks(split[0]), split[1]
    if ta_marbuta(_n(noun)) not in CLOSE_PERSONS:
        proclitics, rest = split_proclitics(_n(noun))
        if ta_marbuta(rest) not in CLOSE_PERSONS:
            return None
        noun = noun[len(proclitics):]
    return (noun[:-1] + "ة" if noun.endswith("ت") else noun), suffix


def owned_stem(t: Tok) -> str | None:
    """The stem of a noun with a possessive pronoun, as it stands alone (تقريرها → تقرير،
    دراستها → دراسة, normalised); None for a word with no such pronoun."""
    return ta_marbuta(_before_possessive(t)) if possessive(t) else None


# Words in ة that take a masculine verb: plurals of persons (قال القادة) and honorifics
# (وقال سعادة السفير، جلالة الملك، دولة رئيس الوزراء).
MASCULINE_IN_TA = {_n(w) for w in ("قادة", "ساسة", "طلبة", "رعاة", "دعاة", "قضاة", "ولاة", "رماة", "بحارة", "سعادة",
                                   "سماحة", "فخامة", "جلالة", "فضيلة", "حضرة", "نيافة", "غبطة", "قداسة", "دولة")}


def feminine_noun(t: Tok) -> bool:
    """A noun written with ta marbuta (حكومة، الوزارة، صحيفة): feminine, unless it is a plural
    of persons (القادة) or a title (a feminine title names a woman, whose verb agrees too)."""
    w = t.text.rstrip(VOWEL_MARKS)
    return w.endswith("ة") and stem_of(t) not in MASCULINE_IN_TA


def nominative(words: list[Tok]) -> str | None:
    """«أن مصدرا مقربا من التحقيق»، «لكن مسؤولا أمريكيا»: an indefinite source in the accusative
    (after إن/أن/لكن) in its citation form, without the alif of the accusative (مصدر مقرب من
    التحقيق); None when the phrase is no such source."""
    if not words or is_definite(words[0]) or not stem_of(words[0]).endswith("ا") \
            or stem_of(words[0])[:-1] not in SOURCE_HEADS:
        return None
    out = []
    for w in words:
        text = w.text.rstrip("\u064b")
        if not is_definite(w) and not split_proclitics(w.norm)[0] and len(text) > 3 and text.endswith("ا") \
                and not text.endswith(("اا", "ئا")) and w.norm not in STOP:
            text = text[:-1]
        out.append(text)
    return " ".join(out)


def body_plural(stem: str) -> bool:
    """The sound plural of a body noun (المجموعات، الجمعيات، النقابات)."""
    return stem.endswith("ات") and stem[:-2] + "ه" in ORG_HEADS


def feminine_plural(t: Tok) -> bool:
    """A sound feminine plural (السلطات، قوات، المنظمات), which a verb before it agrees with in
    the feminine (وقالت السلطات)."""
    st = stem_of(t)
    return st.endswith("ات") and len(st) >= 5


def _entity_ends_subject(prev: Tok, t: Tok, entity_of) -> bool:
    """After a subject that opens with a recognised name, another name or an ordinary word starts the object
    (اتهم السنيورة الولايات المتحدة …); a title or a nisba adjective continues it."""
    e = entity_of(prev)
    if e is None or prev.end < e.end:
        return False
    if entity_of(t) is not None:
        return entity_of(t) is not e
    return not (is_title(t) or is_definite(t) and t.norm.endswith(("ي", "يه")))


# Persons by what they do, their age or where they come from, beyond the title list (plausible.py
# adds their feminine, dual and plural forms in `_singular_forms`).
PERSON_NOUNS = _stems("زائر متطوع إعلامي معتكف راوي قيادي قيادات نشطاء وزراء أتباع مسئول مختص أخصائي متهم "
                      "سكرتير شاهدة معلم طالب زوج زوجة والد والدة شقيق شقيقة ابن ابنة أب أم زميل صديق نظير "
                      # people by their place in a service, a journey or an audience
                      "نزيل نزلاء مريض مرضى راكب ركاب مسافر ضيف ضيوف زبون زبائن عميل عملاء قارئ قراء متلقي مشاهد مستمع "
                      "معلق عامل عمال عقلاء حكماء جيران "
                      # people by their trade (a professional player, a consultant physician) or a pair of them
                      "محترف استشاري ثنائي "
                      "وجيه وجهاء دعاة "
                      # people by age
                      "صبي طفل طفلة فتاة فتى شاب شابة امرأة مراهق مراهقة طالبة")
# Before a person's name (in construct, «مكتب نتنياهو»، «محامي الرئيس X»), someone else's kind:
REGIMES = _stems("إدارة حكومة نظام مكتب ديوان حملة")  # the body that person leads or runs
RELATIVES = _stems("محامي محامية نجل ابنة زوجة زوج شقيق شقيقة والد والدة أرملة حفيد حفيدة عم عمة خالة "
                   "جد جدة أخت خطيب خطيبة")  # one person close to
# the named one (not ابن: «ابن مساعد» names a man)
AIDES = _stems("مستشار مستشارة مساعد مساعدة")  # before a name, or a ruler's title and a name:
RULERS = _stems("الرئيس الملك الأمير السلطان العاهل")  # «مستشار الرئيس X» (but «مساعد المدرب X» is X)
FAMILIES = _stems("عائلة أسرة أقارب أنصار مؤيدي مؤيدو محامو أعمام أخوال أشقاء")  # the people around that person
CLOSE_TO = _stems("مقرب مقربة مقربون مقربين مقربو قريب قريبة قريبون قريبين")  # before من: «مقربون من X»
RELATED_HEADS = REGIMES | RELATIVES | AIDES | FAMILIES  # heads whose genitive person is someone else
# Persons close to someone, who speak for themselves when written with that one's pronoun («وأكد محاميه»،
# «وقالت والدتها»، «وأشار نظيره»، «وأعلنت عائلته»).
# Peers: a person's colleague, counterpart or friend, whose «his» is the person last in view, not the article's.
PEERS = _stems("زميل زميلة نظير نظيرة صديق صديقة رفيق رفيقة")
# Before a person's name, someone else close to that person («محامي X»، «والدة X»، «عائلة X»، «نظير X»)
OTHERS_OF = RELATIVES | AIDES | FAMILIES | PEERS
CLOSE_PERSONS = OTHERS_OF | _stems("ابن أخو")  # (those two with a pronoun only: «ابن مساعد» names a man)
# Words that describe the person named after them in such a genitive («والد الشهيد X»، «محامي المتهم X»).
DESCRIBED = _stems("الشهيد الفقيد الراحل المتوفى الضحية الطفل الطفلة الشاب الفتاة المتهم المتهمة الرهينة المريض "
                   "المريضة المواطن المواطنة العريف الرقيب الجندي الوكيل")
# Nouns of a kind of body before its own name, in brackets or quotation marks (منظمة "X"، مجموعة "X")
NAME_HEADS_NP = _stems("منظمة صحيفة وكالة قناة حركة شركة موقع مجلة دورية مجموعة جمعية رابطة مؤسسة مركز معهد "
                       "منتدى نادي شبكة جبهة ائتلاف تجمع")


def _title_only(words: list[Tok]) -> bool:
    return is_title(words[0]) and all(is_definite(w) or is_title(w) for w in words)


def addressed_entity(t: Tok, in_entity) -> bool:
    """«لبي بي سي»، «لرويترز»: a name behind a ل that the recogniser left outside it; «لـCNN»،
    «لـ"الحياة"»: a ل set off by a tatweel, or before Latin letters, is always the preposition."""
    if t.text.startswith("لـ") or t.text[:1] == "ل" and t.text[1:2].isascii() and t.text[1:2].isalpha():
        return True
    e = in_entity(t)
    return e is not None and t.text.startswith("ل") and e.start == t.start + 1


# News agencies and outlets that speakers talk to («قال الوزير لرويترز»); names that are also
# common words or places (الحياة، الاتحاد، الرياض، اليوم) are left out.
NEWS_OUTLETS = frozenset(key(name) for name in (
    "رويترز", "فرانس برس", "أسوشيتد برس", "أسوشييتد برس", "اسوشيتدبرس", "بلومبرغ", "بلومبيرغ",
    "سي إن إن", "سي ان ان", "بي بي سي", "فوكس نيوز", "سكاي نيوز", "إن بي سي", "سي بي إس", "إيه بي سي",
    "نيويورك تايمز", "واشنطن بوست", "وول ستريت جورنال", "فايننشال تايمز", "غارديان", "الغارديان",
    "دير شبيغل", "شبيغل", "لوموند", "لوفيغارو", "نوفوستي", "إنترفاكس", "إيرنا", "الأناضول", "شينخوا",
    "يونهاب", "كيودو", "سبوتنيك", "روسيا اليوم", "فرانس 24", "دويتشه فيله", "الشرق الأوسط",
    "الجزيرة نت", "العربية نت", "أكسيوس", "بوليتيكو", "نيوزويك", "إيكونوميست", "هآرتس",
    "يديعوت أحرونوت", "معاريف", "جيروزاليم بوست", "القدس العربي", "المصري اليوم", "عكاظ", "سبق"))


def told_outlet(t: Tok, in_entity) -> bool:
    """«لرويترز»، «لفرانس برس»: a news outlet behind ل, the one spoken to."""
    if not t.norm.startswith("ل"):
        return False
    e = in_entity(t)
    if e is not None and e.start > t.start:
        return key(e.canonical) in NEWS_OUTLETS
    return e is None and key(t.text[1:].lstrip("ـ")) in NEWS_OUTLETS


def _source_head(words: list[Tok]) -> bool:
    first = _quantified_head(words)
    return first in SOURCE_HEADS or first in GROUP_HEADS


def _head_index(words: list[Tok]) -> int:
    """Where the head noun is, past a quantifier (أحد المسؤولين، عدد من الشهود)."""
    k = 0
    while k + 1 < len(words) and (stem_of(words[k]) in QUANTIFIERS or words[k].norm == _n("من") and k):
        k += 1
    return k


def _quantified_head(words: list[Tok]) -> str:
    """The head noun, looking through a quantifier (أحد المسؤولين، عدد من الشهود)."""
    head = stem_of(words[_head_index(words)])
    if head.endswith("ا") and head[:-1] in SOURCES_AND_GROUPS:
        return head[:-1]  # «لكن مصدرا رفيعا قال»: the accusative after لكن
    return head


def _named(words: list[Tok], in_entity) -> bool:
    """True when the phrase already holds a name (so a following ل-phrase is an adjunct)."""
    if any(_label(in_entity, w) == "PER" for w in words):
        return True
    name = split_role(words, in_entity)[1]
    if name and is_title(words[0]):
        return True
    head = stem_of(words[0])
    if head in SOURCE_HEADS or head in GROUP_HEADS or head in ORG_HEADS:
        return False
    return bool(name)


def split_role(words: list[Tok], in_entity) -> tuple[list[Tok], list[Tok]]:
    """(role words, name words) of a subject phrase: «وزير الخارجية الأمريكي أنتوني بلينكن»,
    «جون كيري وزير الخارجية الأمريكي». A PER entity inside the phrase is the name."""
    run = _first_person_run(words, in_entity)
    if run is not None:
        a, b = run
        return words[:a] + words[b:], words[a:b]
    if not words:
        return [], []
    if stem_of(words[0]) in SOURCE_HEADS and not is_definite(words[0]):
        return words, []  # «مسؤول كبير»، «مصدر مطلع»: an unnamed source has no name
    if stem_of(words[0]) in STYLES and len(words) > 1:  # سعادة رئيس مجلس الإدارة
        role, name = split_role(words[1:], in_entity)
        return [words[0], *role], name
    if is_title(words[0]):
        k = 1 if is_definite(words[0]) or len(words) < 3 else 2  # وزير حقوق الإنسان: a construct
        while k < len(words):
            w, prev = words[k], words[k - 1]
            if k + 1 < len(words) and named_after_royal(words, k + 1):
                k = _past_name(words, k + 1, in_entity)  # «رئيسة جمعية الملك عبدالعزيز الخيرية …»: the body's name
                continue
            if stem_of(w) in HONORIFICS:
                k += 1
                break
            construct = prev.norm in (_n("باسم"), _n("في")) or prev.norm.startswith("ل") and not is_definite(prev) \
                or prev.norm in GENERAL and stem_of(w) not in first_names()  # «مدير عام فرع الهيئة»
            if is_definite(w) or w.norm == _n("في") or w.norm.startswith(_n("باسم")) or construct \
                    or (w.norm.startswith("ل") and len(w.norm) > 3) or is_title(w) \
                    or _label(in_entity, w) in ("LOC", "ORG") and (is_definite(w) or not is_definite(prev)) \
                    or stem_of(w) in ORG_HEADS or stem_of(prev) in BODY_HEADS and not is_definite(prev) \
                    or has_preposition(w, "ب") and _label(in_entity, w) == "LOC" \
                    or k == 1 and _nisba_of_indefinite(words[0], w, in_entity) \
                    or form_of_address(w, words[k + 1] if k + 1 < len(words) else None):
                # سفير غانا، رئيس مجلس، باسم هيئة سلامة … (the body's name, not a person's); after a
                # definite word an indefinite one is a name, even one the recogniser ran into an organisation
                k += 1
                continue
            break
        honorific = next((m for m in range(k, len(words) - 1) if stem_of(words[m]) in HONORIFICS), None)
        if honorific is not None:  # «مدير عام مصنع كسوة الكعبة الدكتور X»: the name after the honorific
            k = honorific + 1
        return words[:k], words[k:]
    if stem_of(words[0]) in RELATED_HEADS:
        return words, []  # «والد الوكيل الرقيب …»: the father, unnamed, not a role's holder
    for k in range(1, len(words)):
        if is_title(words[k]):
            return words[k:], words[:k]
    return [], words


def _nisba_of_indefinite(title: Tok, w: Tok, in_entity) -> bool:
    """«وزير سوري»، «قائد ميداني»: an -ي adjective after an indefinite title describes it (a name
    after a title needs the title definite: «الوزير فهمي»), unless it is a person's or a listed
    first name."""
    st = stem_of(w)
    return not is_definite(title) and not is_definite(w) and st.endswith("ي") and len(st) >= 4 \
        and _label(in_entity, w) != "PER" and st not in first_names()


def without_determiners(words: list[Tok]) -> list[Tok]:
    """The phrase without demonstratives, nor «نفس»/«ذات» (the same) before its definite head."""
    words = [w for w in words if w.norm not in DEMONSTRATIVES]
    if len(words) > 1 and words[0].norm in SAME and is_definite(words[1]):
        return words[1:]
    return words


WHO = _n("من")  # the relative (whoever)


def whoever(words: list[str]) -> bool:
    """«من يرى»، «من قال»: the relative من with its report verb, a generic unnamed speaker."""
    return len(words) == 2 and _n(words[0]) == WHO and (c := cue_of(words[1])) is not None and c.kind == VERB


ONE_OF = _stems("أحد إحدى")  # «أحد المحللين»، «أحد سكان المدينة»: one of a group, a single person


def kind_of(words: list[Tok], name: list[Tok], in_entity) -> str:
    """The kind of speaker the words at the cue name (named, title, organisation, group, unnamed,
    pronoun); one of a group («أحد المحللين»، «أحد أنصار X») is one unnamed person, not the group."""
    kind = _kind_at_cue(words, name, in_entity)
    return "unnamed" if kind == "group" and len(words) > 1 and stem_of(words[0]) in ONE_OF else kind


def _kind_at_cue(words: list[Tok], name: list[Tok], in_entity) -> str:
    if not words:
        return "pronoun"
    if whoever([w.text for w in words]):
        return "unnamed"
    if len(words) == 1 and words[0].norm in QUANTIFIER_PRONOUNS:
        return "group" if words[0].norm in GROUP_PRONOUNS else "unnamed"
    if stem_of(words[0]) in STYLES and len(words) > 1:
        return kind_of(words[1:], name, in_entity)
    if stem_of(words[0]) in HONORIFICS and len(words) > 1 and kind_of(words[1:], name, in_entity) == "named":
        return "named"  # «الدكتور X»، «اللواء X»: a person named after the honorific, not a title
    head = _quantified_head(words)
    if (related := related_kind(words, in_entity)) is not None:
        return related  # «إدارة ترامب»، «محامي X»، «عائلة X»: not the person named
    if _first_person_run(words, in_entity) is not None:
        return "named"
    if len(words) > 1 and head in RELATIVES | FAMILIES and not is_definite(words[0]):
        return "unnamed" if head in RELATIVES else "group"  # «والد الشهيد»: a relative, unnamed
    if head in SOURCE_HEADS and not (name and is_title(words[0])):
        return "group" if head in GROUP_HEADS and head not in OFFICIALS else "unnamed"
    if head in GROUP_HEADS:
        return "group"
    if any(_label(in_entity, w) in ("ORG", "LOC") for w in words[:1]) or head in ORG_HEADS:
        return "organisation"
    if is_title(words[0]):
        return "named" if name else "title"
    if len(words) <= 3 and sound_plural_phrase(words) or len(words) > 1 and stem_of(words[0]) in QUANTIFIERS:
        return "unnamed"  # «مهندسون سوريون»، «مختصون»، «عدد من العمال»: unnamed people, described
    return "organisation" if is_definite(words[0]) else "named"


def through_first_name(words: list[Tok], in_entity) -> list[Tok]:
    """The phrase up to the end of the first person named in it («مصدر مقرب من X رئيس الاتحاد …»
    → «مصدر مقرب من X»: what follows describes X)."""
    run = _first_person_run(words, in_entity)
    return words if run is None else words[:run[1]]


def person_words(words: list[Tok], in_entity) -> list[Tok]:
    """The words of the first recognised person the phrase names (see `_first_person_run`)."""
    run = _first_person_run(words, in_entity)
    return [] if run is None else words[run[0]:run[1]]


def _first_person_run(words: list[Tok], in_entity) -> tuple[int, int] | None:
    """(start, end) of the first run of words of a recognised person in the phrase that names
    a person, not a body named after one («مدير مستشفى الملك فهد الدكتور X» → X), if any."""
    a = 0
    while (a := next((k for k in range(a, len(words)) if _label(in_entity, words[k]) == "PER"), None)) is not None:
        b = a + 1
        while b < len(words) and _label(in_entity, words[b]) == "PER":
            b += 1
        if not named_after_royal(words, a) and not (a > 0 and stem_of(words[a - 1]) in BODIES_OF_A_PERSON):
            return a, b
        a = b
    return None


# Bodies named by the person they serve or follow: «قوات الأسد»، «حكومة نتنياهو»، «أنصار صالح».
BODIES_OF_A_PERSON = REGIMES | FAMILIES | _stems("قوات جيش حزب ميليشيات مليشيات")


def named_after_royal(words: list[Tok], a: int) -> bool:
    """The person at word a, after a royal title, names the body whose indefinite head comes
    before it: «مؤسسة جسر الملك فهد»، «المتحدث باسم مركز الملك سلمان» (bodies named after royals)."""
    if a < 2 or words[a - 1].norm not in ROYAL_TITLES:
        return False
    k = a - 2
    while k >= 0 and not is_definite(words[k]):  # the indefinite chain before the title
        if stem_of(words[k]) in ORG_HEADS | FACILITIES:
            return True
        k -= 1
    return False


ROYAL_TITLES = {_n(w) for w in ("الملك", "الأمير", "الأميرة", "السلطان")}
FACILITIES = _stems("مطار ميناء جسر مدينة ملعب استاد شارع طريق مجمع قاعة قاعدة")  # named after royals too
GENERAL = {_n(w) for w in ("عام", "عامة")}  # «مدير عام»: the title's adjective, a construct follows
LINEAGE = {_n(w) for w in ("بن", "ابن", "بنت", "آل")}  # «X بن Y»، «X آل Z»: links of a person's lineage


def _past_name(words: list[Tok], k: int, in_entity) -> int:
    """The index after the person's name at word k: its recognised run, or one word and its
    «بن X» / «آل X» links."""
    if _label(in_entity, words[k]) == "PER":
        while k < len(words) and _label(in_entity, words[k]) == "PER":
            k += 1
        return k
    k += 1
    while k + 1 < len(words) and words[k].norm in LINEAGE:
        k += 2
    return k


def sound_plural_phrase(words: list[Tok]) -> bool:
    """«مهندسون سوريون»، «مستخدمين صينيين»: indefinite sound masculine plurals, all in one case."""
    endings = {stem_of(w)[-2:] for w in words}
    return (endings == {"ون"} or endings == {"ين"}) \
        and all(len(stem_of(w)) > 4 and not is_definite(w) for w in words)


def related_kind(words: list[Tok], in_entity) -> str | None:
    """The kind of a phrase that names a person only as the genitive of its head (a body, a
    relative, a group around them: «حملة X»، «نجل الرئيس X»، «أنصار X»); None otherwise."""
    if len(words) < 2 or is_definite(words[0]) or _label(in_entity, words[0]) == "PER":
        return None
    close = next((m for m in range(1, len(words) - 1) if words[m].norm == _n("من")
                  and stem_of(words[m - 1]) in CLOSE_TO), None)
    if close is not None and any(_label(in_entity, w) == "PER" for w in words[close + 1:]):
        return "unnamed"  # «مقربون من X»، «مصدر مقرب من X»: someone close to the person named
    words = words[_head_index(words):]  # «أحد أنصار X»
    if len(words) < 2 or is_definite(words[0]):
        return None
    head = stem_of(words[0])
    k = 1
    while k < len(words) - 1 and (is_title(words[k]) or stem_of(words[k]) in DESCRIBED) and is_definite(words[k]) \
            and (head not in AIDES or stem_of(words[k]) in RULERS):
        k += 1  # «نجل الرئيس X»، «والد الشهيد X»
    if head in REGIMES and is_title(words[1]):  # «مكتب رئيس الوزراء التركي X»: over the whole title
        while k < len(words) - 1 and _label(in_entity, words[k]) != "PER" \
                and (is_title(words[k]) or is_definite(words[k])):
            k += 1
    if _label(in_entity, words[k]) != "PER" or any(stem_of(w) in HONORIFICS for w in words[k + 1:-1]):
        return None  # (but «مستشار خامنئي الدكتور X»: the adviser is named after the honorific)
    return "organisation" if head in REGIMES else "unnamed" if head in RELATIVES | AIDES else \
        "group" if head in FAMILIES else None


def speaker_key(name: str) -> str:
    """A key that merges the same speaker across articles: normalised, clitics stripped,
    titles and honorifics dropped («الرئيس الأمريكي جو بايدن» and «وبايدن» differ, but
    «جو بايدن» and «جو  بايدنَ» or «الشيخ جو بايدن» agree; «عبد العزيز» is written as one
    word, «عبدالعزيز», and «ابن» as «بن»)."""
    words = [_word_key(w) for w in COMPOUND_NAME.sub(r"\1", name).split()]
    while len(words) > 1 and (words[0] in HONORIFICS):
        words = words[1:]
    return " ".join(_n("بن") if w == _n("ابن") and k else w for k, w in enumerate(words))


@lru_cache(maxsize=200_000)
def _word_key(word: str) -> str:
    """`qawl.normalise.key` of one word, cached (names share most of their words)."""
    return _uncached_key(word)


COMPOUND_NAME = re.compile(r"(?<!\S)((?:عبد|أبو|ابو)) +(?=\S)")
