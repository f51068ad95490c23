"""Speech cues: report verbs in every inflection news uses, their participles, and
statement nouns. Forms are generated from one row per verb (past 3ms, imperfective
stem, active participle) instead of being listed; every key is `normalise()`d."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from ..normalise import normalise, strip_marks

VERB, PARTICIPLE, NOUN = "verb", "participle", "noun"


@dataclass(frozen=True)
class Cue:
    lemma: str       # past 3ms (or the noun) as written in the table
    kind: str        # verb | participle | noun
    feminine: bool = False
    plural: bool | None = False   # None: no agreement to read (an adverbial verbal noun)
    conjunction: str = ""   # attached و / ف
    object: bool = False    # an object pronoun attached (وصفها، اتهمه): the verb is active


# past 3ms | imperfective without the prefix (- when it is mostly another verb: يبلغ "amounts")
# | active participle (masc. sg., no ending)
VERBS = """
قال قول قائل
أضاف ضيف مضيف
أكد ؤكد مؤكد
أوضح وضح موضح
أشار شير مشير
صرح صرح مصرح
أعلن علن معلن
حذر حذر محذر
نفى نفي نافي
اعتبر عتبر معتبر
ذكر ذكر ذاكر
ذكر - مذكر
تابع تابع متابع
كشف كشف كاشف
شدد شدد مشدد
لفت لفت لافت
رأى رى رائي
أفاد فيد مفيد
نوه نوه منوه
أبرز برز مبرز
أردف ردف مردف
ختم ختم خاتم
اختتم ختتم مختتم
وصف صف واصف
دعا دعو داعي
ادعى دعي مدعي
زعم زعم زاعم
بين بين مبين
أفصح فصح مفصح
اعترف عترف معترف
أقر قر مقر
أعرب عرب معرب
عبر عبر معبر
أبدى بدي مبدي
أجاب جيب مجيب
أبلغ - مبلغ
أخبر خبر مخبر
أورد ورد مورد
أصر صر مصر
توعد توعد متوعد
هدد هدد مهدد
تعهد تعهد متعهد
اتهم تهم متهم
طالب طالب مطالب
ناشد ناشد مناشد
اعتقد عتقد معتقد
رجح رجح مرجح
توقع توقع متوقع
استبعد ستبعد مستبعد
استطرد ستطرد مستطرد
استدرك ستدرك مستدرك
علق علق معلق
كرر كرر مكرر
نبه نبه منبه
أنكر نكر منكر
تساءل تساءل متسائل
أعرب عرب معرب
أفتى فتي مفتي
أوصى وصي موصي
جزم جزم جازم
أقسم قسم مقسم
شرح شرح شارح
روى روي راوي
نقل نقل ناقل
أدان دين مدين
دان دين دائن
ندد ندد مندد
رحب رحب مرحب
انتقد نتقد منتقد
استنكر ستنكر مستنكر
كتب كتب كاتب
لاحظ لاحظ ملاحظ
غرد غرد مغرد
تحدث تحدث متحدث
ألمح لمح ملمح
وعد - واعد
خلص - خالص
رد - راد
ارتأى - مرتئي
همس همس هامس
برر برر مبرر
هتف هتف هاتف
"""

# Verbs whose object comes before بأن / بـ (وصفه بأنه، اتهمها بـ، أبلغهم أن، برره بأنه); their forms with
# an object pronoun are cues too.
OBJECT_FIRST = {"وصف", "اتهم", "أبلغ", "أخبر", "برر"}
OBJECT_PRONOUNS = ("هما", "هم", "ها", "ه")  # third-person object pronouns, longest first

# Participles that are mostly nouns or adjectives (متهم "accused", مبلغ "amount",
# متوقع "expected", المدعي "prosecutor"); their verbs stay cues.
AMBIGUOUS_PARTICIPLES = {normalise(w) for w in (
    "متابع", "مقر", "متهم", "معلق", "مبلغ", "ناقل", "راوي", "شارح", "مصر", "مطالب", "مخبر", "مورد", "مرجح",
    "متوقع", "معتقد", "ملاحظ", "منكر", "مقسم", "مختتم", "مستبعد", "مدعي", "مفتي", "موصي", "مفيد", "مكرر",
    "مبدي", "ذاكر", "مذكر", "هاتف", "مدين", "دائن", "واعد", "خالص", "راد", "مرتئي", "مرحب", "كاتب", "متحدث", "مغرد", "مجيب", "خاتم", "داعي", "زاعم", "جازم", "رائي", "معبر")}

# Inflected forms that are far more often another word (بين "between", عبر "via"), and the past of
# أبان (made clear), which normalised is إبان (during: «إبان الحرب»).
HOMOGRAPHS = {normalise(w) for w in ("بين", "وبين", "عبر", "وعبر", "فبين", "ذكرا", "وذكرا", "روي", "قول", "طالبا", "وطالبا", "كشفا", "شرحا",
                                        "نقلا", "ونقلا", "علقا", "ردا", "وردا", "بينا", "عبرا", "كتبا", "وكتبا")} \
    | {conj + normalise(w) for w in ("أبان", "أبانت", "أبانوا") for conj in ("", "و", "ف")}

SHADDA = "\u0651"


def homograph_cue(word: str, next_norm: str, complementisers: set[str]) -> Cue | None:
    """A homograph left out of the lexicon (بين "between", عبر "via") read as its verb when the
    text says so: written with its shadda (بيّن، عبّر), or followed by its verb's own preposition
    («عبر عن»: expressed; "via" takes no عن) or, with none, a complementiser (وبين أن).
    `next_norm`: the next word, or the complementiser after a short subject."""
    norm = normalise(word)
    if norm not in HOMOGRAPHS:
        return None
    conj = norm[0] if norm[0] in "وف" and norm[1:] in HOMOGRAPHS else ""
    form = norm[len(conj):]
    cue = _verb_homographs().get(form)
    if cue is None or cue.lemma == MADE_CLEAR and (SHADDA in word or word[len(conj):].startswith("إ")):
        return None  # «إبّان الحرب»، «إبان الحرب»: during, as its hamza or shadda shows
    preposition = VERB_PREPOSITIONS.get(form)
    if not (SHADDA in word or (next_norm == preposition if preposition else next_norm in complementisers)):
        return None
    return Cue(cue.lemma, VERB, cue.feminine, cue.plural, conjunction=conj)


@lru_cache(maxsize=1)
def _verb_homographs() -> dict[str, Cue]:
    """Bare forms of the homographs whose verb reading is a report → that verb's Cue: بين and عبر
    as written, and the past of أبان (أبان، أبانت، أبانوا; its imperfective يبين is بين's)."""
    table = {normalise("بين"): Cue("بين", VERB), normalise("عبر"): Cue("عبر", VERB)}
    for form, (fem, pl) in _past_forms(MADE_CLEAR).items():
        if form in HOMOGRAPHS:  # (not the dual أبانا, which is also "our father")
            table[form] = Cue(MADE_CLEAR, VERB, fem, pl)
    return table


MADE_CLEAR = "أبان"


VERB_PREPOSITIONS = {normalise("عبر"): normalise("عن")}  # the preposition only the verb reading takes


def clausal_participle(word: str, after: list[str], complementisers: set[str]) -> Cue | None:
    """A participle left out of the lexicon as mostly a noun or adjective (متوقعا، مفيدا،
    مستبعدا) read as a report when a complementiser follows it at once or after one
    preposition (`after`: the next two normalised words): «، مفيدا أن …»، «. متوقعا أن …»."""
    cue = _ambiguous_forms().get(normalise(word))
    if cue is None or not after or cue.lemma == HOPE and MADDA not in word[:2]:
        return None  # «بل أملا بأن»: without its madda آملا (hoping) is the noun أملا (hope)
    nxt = after[1] if after[0] in PREPOSITIONS and len(after) > 1 else after[0]
    return cue if nxt in complementisers else None


def is_ambiguous_participle(norm: str) -> bool:
    """A normalised form of a participle left out of the lexicon (`clausal_participle` reads it)."""
    return norm in _ambiguous_forms()


PREPOSITIONS = {normalise(w) for w in ("إلى", "الى", "على", "من")}


# Participles whose verbs are no report (أمل "hope", تمنى "wish", حدد "set") but which, after a
# report and before a complementiser, add a clause of the speaker's own, annotated as a quote
# («، آملا أن …»، «، متمنيا أن …»، «، محددا أن …»): participle → the verb's lemma, read only there.
CLAUSAL_ONLY_PARTICIPLES = {"آمل": "أمل", "متمني": "تمنى", "محدد": "حدد"}
HOPE, MADDA = "أمل", "آ"


@lru_cache(maxsize=1)
def _ambiguous_forms() -> dict[str, Cue]:
    """Normalised forms of the participles in AMBIGUOUS_PARTICIPLES and CLAUSAL_ONLY_PARTICIPLES
    → their cue: the verb's lemma and the form's gender and number (متوقعة feminine, مطالبين plural)."""
    rows = [row.split()[::2] for row in VERBS.strip().splitlines()]
    forms: dict[str, Cue] = {}
    for past, participle in rows + [(v, p) for p, v in CLAUSAL_ONLY_PARTICIPLES.items()]:
        if normalise(participle) in AMBIGUOUS_PARTICIPLES or participle in CLAUSAL_ONLY_PARTICIPLES:
            for form, (fem, pl) in _participle_forms(participle).items():
                forms.setdefault(form, Cue(past, PARTICIPLE, fem, pl))
    return forms

# Statement nouns that govern reported content («في تصريح … بأنه»، «قوله إن»، «مفاده أن»).
NOUNS = """
قوله قولها قولهم قولهما القول بالقول بقوله بقولها بقولهم
تصريح تصريحه تصريحها تصريحات تصريحاته تصريحاتها تصريحا بتصريح التصريح
بيان البيان بيانا بيانها بيانه
مفاده مفادها
تأكيده تأكيدها تأكيداته تأكيداتها
جوابه جوابها جوابهم رده ردها ردهم
"""

# Verbal nouns of speech that report content only with their agent in construct after them
# («بعد قول مسؤولين إن»، «ادعاءات اللاعب بأنه»; not «نفى مزاعم بأنه», nobody's). Left out: the
# nouns whose genitive is mostly their object (اتهام الحكومة بـ: accusing it) and the forms with a
# pronoun, which would have to be resolved (إثر إعلانها أنها).
AGENT_NOUNS = "قول إعلان إقرار ادعاء ادعاءات تأكيد تأكيدات تحذير تحذيرات مزاعم"
AGENT_PREFIXES = ("", "و", "ف", "ب", "وب")


@lru_cache(maxsize=1)
def _agent_nouns() -> dict[str, Cue]:
    """Normalised forms of AGENT_NOUNS (with an optional و/ف/ب) → Cue (no agreement: the agent is overt)."""
    return {normalise(prefix + noun): Cue(noun, NOUN, plural=None, conjunction=prefix[:1].strip("ب"))
            for noun in AGENT_NOUNS.split() for prefix in AGENT_PREFIXES}


def agent_noun(norm: str) -> Cue | None:
    """The speech noun of AGENT_NOUNS a normalised word is, if any (`Context` checks its agent)."""
    return _agent_nouns().get(norm)


# Verbs of renewal that report when the verbal noun of a report verb is their object
# («وجدد الوزير التأكيد على أن»، «وأعادت الشركة التأكيد أنها»): past 3ms | imperfective stem.
RENEWAL = """
جدد جدد
أعاد عيد
عاود عاود
"""
RENEWED_MASDARS = {normalise("التأكيد"): "أكد", normalise("التشديد"): "شدد"}  # → the report verb


@lru_cache(maxsize=1)
def _renewal_forms() -> dict[str, Cue]:
    """Normalised forms (with an optional و/ف) of the RENEWAL verbs → their Cue, lemma left blank."""
    table: dict[str, Cue] = {}
    for row in RENEWAL.strip().splitlines():
        past, present = row.split()
        forms = {**_past_forms(past), **(_present_forms(present) if present != "-" else {})}
        for form, (fem, pl) in forms.items():
            for conj, surface in _with_conjunctions(form):
                table.setdefault(surface, Cue("", VERB, fem, pl, conj))
    return table


def is_renewal_verb(norm: str) -> bool:
    """A form of a renewal verb (جدد، أعاد، عاود), normalised."""
    return norm in _renewal_forms()


def renewed_cue(norm: str, masdar: str) -> Cue | None:
    """The cue a renewal verb (normalised `norm`) is when its object is the verbal noun `masdar`
    (normalised) of a report verb: that verb's, in the renewal verb's inflection."""
    cue, lemma = _renewal_forms().get(norm), RENEWED_MASDARS.get(masdar)
    return Cue(lemma, VERB, cue.feminine, cue.plural, cue.conjunction) if cue and lemma else None


# Accusative verbal nouns that continue a report like a participle («، تأكيدا منهم أن …»).
ADVERBIAL_MASDARS = {"أكد": "تأكيدا", "أوضح": "توضيحا", "شدد": "تشديدا"}


def _past_forms(past: str) -> dict[str, tuple[bool, bool]]:
    """past 3ms → {form: (feminine, plural)} for 3rd person sg / dual / pl."""
    p = normalise(past)
    if p[-1] in "يا" and len(p) >= 3:  # defective: نفى → نفت نفوا نفيا
        stem = p[:-1]
        return {p: (False, False), stem + "ت": (True, False), stem + "وا": (False, True),
                stem + "يا": (False, True), stem + "تا": (True, True)}
    return {p: (False, False), p + "ت": (True, False), p + "وا": (False, True),
            p + "ا": (False, True), p + "تا": (True, True), p + "ن": (True, True)}


def _present_forms(stem: str) -> dict[str, tuple[bool, bool]]:
    s = normalise(stem)
    plural_stem = s[:-1] if s[-1] in "يو" and len(s) >= 3 else s
    return {"ي" + s: (False, False), "ت" + s: (True, False),
            "ي" + plural_stem + "ون": (False, True), "ي" + s + "ان": (False, True),
            "ت" + s + "ان": (True, True), "ي" + s + "ن": (True, True)}


def _participle_forms(part: str) -> dict[str, tuple[bool, bool]]:
    m = normalise(part)
    if m.endswith("ي"):  # داعي → داعيا داعيه داعين
        m = m[:-1]
        return {m + "يا": (False, False), m + "يه": (True, False), m + "ين": (False, True),
                m + "يتين": (True, True)}
    return {m + "ا": (False, False), m + "ه": (True, False), m + "ين": (False, True),
            m + "تين": (True, True), m + "ات": (True, True)}


def _with_object(form: str) -> list[str]:
    """A verb form with each object pronoun attached (وصفوا → وصفوه، وصفت → وصفتها)."""
    stem = form[:-1] if form.endswith("وا") else form
    return [stem + p for p in OBJECT_PRONOUNS]


def _with_conjunctions(form: str) -> Iterator[tuple[str, str]]:
    """(conjunction, surface form) of a form alone and after an attached و / ف, leaving out the
    homographs (بين "between", ردا "in reply")."""
    for conj in ("", "و", "ف"):
        if conj + form not in HOMOGRAPHS:
            yield conj, conj + form


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Cue]:
    """Normalised surface form (with an optional attached و/ف) → Cue."""
    table: dict[str, Cue] = {}

    def add(form: str, cue: Cue) -> None:
        for conj, surface in _with_conjunctions(form):
            table.setdefault(surface, Cue(cue.lemma, cue.kind, cue.feminine, cue.plural, conj, cue.object))

    for row in VERBS.strip().splitlines():
        past, present, participle = row.split()
        forms = _past_forms(past) if present == "-" else {**_past_forms(past), **_present_forms(present)}
        for form, (fem, pl) in forms.items():
            add(form, Cue(past, VERB, fem, pl))
            if past in OBJECT_FIRST:
                for suffixed in _with_object(form):
                    add(suffixed, Cue(past, VERB, fem, pl, object=True))
        if normalise(participle) not in AMBIGUOUS_PARTICIPLES:
            for form, (fem, pl) in _participle_forms(participle).items():
                add(form, Cue(past, PARTICIPLE, fem, pl))
    for verb, masdar in ADVERBIAL_MASDARS.items():
        add(normalise(masdar), Cue(verb, PARTICIPLE, plural=None))
    for noun in NOUNS.split():
        add(normalise(noun), Cue(noun, NOUN))
    return table


# Verbs that report only direct speech: cues when a colon or a quotation that ends its clause
# follows them or their short subject («وواصل: …»، «يرد الشيف: …»), and other verbs elsewhere
# (واصل سيره "went on", كما يرد في التقرير "appears in", وزاد عددهم "increased"). Past 3ms |
# imperfective stem, as in VERBS (- for none: «تزيد من التفاوت: …» increases).
DIRECT_ONLY = """
واصل واصل
رد رد
زاد -
"""


@lru_cache(maxsize=1)
def _direct_only() -> dict[str, Cue]:
    """Normalised forms (with an optional و/ف) of the DIRECT_ONLY verbs not already cues → Cue."""
    table: dict[str, Cue] = {}
    for row in DIRECT_ONLY.strip().splitlines():
        past, present = row.split()
        forms = {**_past_forms(past), **(_present_forms(present) if present != "-" else {})}
        for form, (fem, pl) in forms.items():
            for conj, surface in _with_conjunctions(form):
                if surface not in lexicon():  # (رد's past forms are cues already)
                    table[surface] = Cue(past, VERB, fem, pl, conj)
    return table


def direct_only_cue(norm: str) -> Cue | None:
    """The DIRECT_ONLY verb a normalised word is, if any (`Context` checks the speech after it)."""
    return _direct_only().get(norm)


def cue_of(word: str) -> Cue | None:
    """The cue a word is, if any (`word` as written or normalised). Not a word written with a final
    hamza on its alef («أقرأ»، «اقرأ»: I read, read!), whose normalised form is a cue's dual («أقرا»):
    the dual's alef has no hamza, and no cue's root ends in one."""
    return None if strip_marks(word).endswith("أ") else lexicon().get(normalise(word))



def verb_with_object(word: str) -> Cue | None:
    """The report verb a word is, bare or with a third-person object pronoun on it
    (ذكرت، أعلنه، نقلته، ذكرتها): «بحسب ما أعلنه X» (according to what X announced)."""
    cue = cue_of(word)
    if cue is not None:
        return cue if cue.kind == VERB else None
    norm = normalise(word)
    for suffix in OBJECT_PRONOUNS:
        if norm.endswith(suffix) and len(norm) - len(suffix) >= 3:
            cue = cue_of(norm[:-len(suffix)])
            return cue if cue is not None and cue.kind == VERB else None
    return None
