"""Descriptive organisation names by rule: ministries, councils, armies, agencies, the name
of a paper after صحيفة, a few one-word names younger than the training news; and the head
before a name of a university, club or exchange (an organisation) or of an airport, base,
street, district or mountain (a named facility or place); a place's name alone in quotation
marks is a paper's or a brand's («الشرق الأوسط»).

ANERcorp leaves phrases such as وزارة الدفاع البريطانية or الجيش الإسرائيلي untagged, while
the product's guideline (ACE style, like the evaluation articles) counts them as ORG, and
takes the head of a named facility or university into the name. This
layer runs after the model in the Recognizer (not in CoNLL evaluation unless asked)."""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, Sequence

from ..normalise import normalise, split_proclitics, word_frequencies
from ..quotes.cues import cue_of
from ..quotes.plausible import is_role_word
from ..quotes.speakers import ORDINAL_WORDS, QUANTIFIERS
from ..tokens import KNOWN_WORD
from .features import core, is_punct
from .scoring import chunks

# Heads in construct state: the name is the head plus the definite words after it.
CONSTRUCT_HEADS = {normalise(w) for w in (
    "وزارة مجلس شركة وكالة لجنة مؤسسة منظمة هيئة جمعية اتحاد حركة تنظيم حزب جبهة سلاح جيش "
    "مصرف بنك إذاعة محكمة جامعة مركز معهد مفوضية مكتب برلمان مرصد").split()}
# Media heads: the definite name after them is the paper's or channel's, head left out
# (صحيفة الحياة، قناة العربية), a relational adjective after it too (صحيفة الحياة اللندنية).
MEDIA_HEADS = {normalise(w) for w in "صحيفة جريدة مجلة قناة".split()}
# Definite heads: a name only when a relational adjective (…ي / …ية) follows.
DEFINITE_HEADS = {normalise(w) for w in (
    "جيش خارجية داخلية مفوضية حرس تحالف شرطة برلمان مجلس وكالة شركة لجنة منظمة هيئة "
    "حزب مركز بحرية مرصد").split()}
# Definite heads that are a body's name with the adjective of a people, a country or a compass
# point, and only with those («المقاومة الشعبية الجنوبية»، «الحشد الشعبي»، «التلفزيون السوري»;
# not «المقاومة الكهربائية»، «الحشد العسكري»، «التلفزيون المنزلي»): `_named_by_adjective`.
NAMED_BY_ADJECTIVE = {normalise(w) for w in "مقاومة حشد تلفزيون".split()}
POPULAR = {normalise(w) for w in "شعبي شعبية وطني وطنية".split()}
MAX_NAMING_ADJECTIVES = 2
# حركة before a noun of traffic or trade is that traffic (حركة الملاحة، حركة السير), not a movement;
# and the definite الحركة with an adjective is described, not named (الحركة السياحية، الحركة الإسلامية).
MOVEMENT = normalise("حركة")
TRAFFIC_NOUNS = {split_proclitics(normalise(w))[1] for w in (
    "السير المرور الملاحة الطيران النقل التجارة البضائع الركاب المسافرين الأشخاص السلع الأسعار "
    "الأسهم التداول البيع الشراء السياحة الإنشاءات البناء الأموال الاستثمار السفن الشحن العبور "
    "الصادرات الواردات الرحلات السوق الأسواق القطارات الحافلات السيارات الشاحنات").split()}
# Construct heads that name a body only with a relational adjective or a لل phrase, as the
# definite heads do (لجنة الخارجية، مركز الأبحاث الزراعية; not لجنة التحقيق، مركز الشرطة).
# (قوات and a definite جبهة are left out: forces and fronts are described more often than named.)
DESCRIPTIVE_HEADS = {normalise(w) for w in "لجنة مركز".split()}
# Institutions named by a common noun: after و, a second organisation, not a conjunct.
INSTITUTIONS = CONSTRUCT_HEADS | DEFINITE_HEADS | {normalise(w) for w in "حكومة شرطة إدارة سلطة سلطات قوات".split()}
# Fixed names for seats of government used for the government itself.
FIXED = [tuple(split_proclitics(normalise(w))[1] for w in p.split())
         for p in ("البيت الأبيض", "الإليزيه", "البنتاغون", "الكرملين")]
FIXED_FIRST = {fixed[0] for fixed in FIXED}
# One-word organisations younger than the training news (2006-7), so unknown to the model: the
# social networks and the groups called داعش and الحوثيون (a surname inside a person's name
# is tagged, so only an untagged الحوثي is the group: «ميليشيا الحوثي»).
NEWER_NAMES = {normalise(w) for w in "داعش تويتر فيسبوك فايسبوك يوتيوب إنستغرام انستغرام إنستجرام واتساب "
               "حوثي حوثيين حوثيون".split()}
GROUP = normalise("جماعة")
# Nouns that name a body's organ with an adjective and the body after them (الجمعية العامة للأمم المتحدة).
ORGAN_NOUNS = {normalise(w) for w in "جمعية محكمة صندوق برنامج أمانة".split()}
MAX_ORGAN_ADJECTIVES = 2
AFFAIRS = {normalise(w) for w in "شؤون شئون حقوق".split()}   # لشؤون X, لحقوق X continue an institution's name
# Heads that are verbal nouns before a bare noun in construct: organising, the movement or flow
# of something («تنظيم ممارسة المهنة»، «حركة رؤوس الأموال»، «حركة كبار السن»).
VERBAL_HEADS = {MOVEMENT, normalise("تنظيم")}
# Nouns that open no body's name after its head: quantifiers and the nouns used as prepositions
# («مؤسسة أحد المحسنين»: one benefactor's foundation; «شركة خارج السوق»).
NOT_INNER = QUANTIFIERS | {normalise(w) for w in "خارج داخل رغم غير".split()}
# Definite words that end a name rather than continue it.
STOP = {split_proclitics(normalise(w))[1] for w in (
    "اليوم الماضي المقبل الحالي الجاري الأول الثاني الأخير الذي التي الذين اللذين اللتين الآن "
    "السابق الأسبوع الشهر العام الجمعة السبت الأحد الاثنين الثلاثاء الأربعاء الخميس المرة "
    # participles of allegiance that describe a body rather than name it (الجيش الوطني الموالي للرئيس)
    "التابع التابعة الموالي الموالية المدعوم المدعومة المسنود المسنودة المناهض المناهضة").split()}
# Relational adjectives too generic to make a name (القوات الحكومية, المجلس المحلي).
GENERIC = {split_proclitics(normalise(w))[1] for w in (
    "حكومي حكومية أجنبي أجنبية محلي محلية رسمي رسمية نظامي نظامية عسكري عسكرية أمني أمنية "
    "سياسي سياسية رئيسي رئيسية حالي حالية").split()}
# Words before a head that make it part of a title, not a name (وزير الخارجية, قائد الجيش).
TITLES = {normalise(w) for w in (
    "وزير وزيرة رئيس رئيسة نائب مساعد مستشار متحدث ناطق قائد قادة مدير مديرة أمين عضو أعضاء "
    "سفير مبعوث ممثل وكيل").split()}
MAX_LEN = 6
# Adjectives of rank that name a body as a relational adjective does: «المديرية العامة للسجون»،
# «لجنة الحج العليا»، «المجلس الأعلى للقضاء» (the feminine ones listed in FEMININE_RANKS).
FEMININE_RANKS = {normalise(w) for w in "العامة العليا".split()}
RANK_ADJECTIVES = FEMININE_RANKS | {normalise(w) for w in "العام الأعلى".split()}
# Definite heads that name a body only with «العامة» and a لل phrase after it («المديرية العامة
# للسجون»، «القيادة العامة للقوات المسلحة»; not «الإدارة الأمريكية»، «الإدارة العليا للشركة»).
RANKED_HEADS = {normalise(w) for w in "مديرية إدارة رئاسة مؤسسة نيابة قيادة أمانة منسقية".split()}
GENERAL = split_proclitics(normalise("العامة"))
Flags = Callable[[str], Sequence[str]]    # a word key's gazetteer flags (gz=country, gz=city …)
IRREGULAR_NATIONALITIES = {normalise(w) for w in "إنجليزي إنكليزي اسكتلندي".split()}
# Heads before a name (the guideline's conventions): with جامعة / نادي / بورصة … the name is
# an organisation's, head included (جامعة الملك سعود، بورصة أثينا); with مطار / قاعدة / شارع …
# it names a facility or an administrative or natural place, a place (مطار صنعاء الدولي،
# قاعدة حميميم الجوية، حي الأمل، قضاء الرمادي، جبل المقطر; not مدينة / منطقة / إقليم / ملعب /
# محافظة / قرية / بلدة, which the studied golds leave out often enough (a village's name twice as
# often without قرية), nor مقاطعة, also a boycott).
# The police, court, chamber of commerce, national team or parliament of a place (not of a
# person: «قائد شرطة كابل عبد الرحمن رحيمي») is an organisation too (شرطة دبي، محكمة ملبورن،
# غرفة جدة، منتخب الأرجنتين); a hospital, mosque or park named after a place or a person, a
# strip, river, lake or republic, a place (قطاع غزة، نهر النيل، جمهورية التشيك، مستشفى الأمير
# سلطان), with the royal or religious title between the head and the person (TITLES_IN_NAMES).
# (Not معسكر: «معسكر هولندا» is a team's training camp in the Netherlands.)
NAMED_ORG_HEADS = {normalise(w) for w in "جامعة كلية نادي معهد أكاديمية بورصة".split()}
# A news or government agency's name takes an indefinite وكالة in too (وكالة فرانس برس، لوكالة
# رويترز، وكالة الأناضول), as the studied golds write it (ANERcorp leaves it out: hygiene.py).
AGENCY = normalise("وكالة")
PLACE_BODY_HEADS = {normalise(w) for w in "شرطة محكمة غرفة منتخب برلمان".split()}
INSTITUTION_HEADS = CONSTRUCT_HEADS | NAMED_ORG_HEADS | PLACE_BODY_HEADS
# Built facilities: one named after a place is another place than it (entities._other_entity).
BUILT_FACILITIES = {normalise(w) for w in "مطار ميناء قاعدة جسر معبر محطة مستشفى جامع مسجد".split()}
FACILITY_HEADS = BUILT_FACILITIES | {normalise(w) for w in ("ساحة ميدان شارع حي مخيم قضاء جبل وادي جزيرة "
                                                            "متنزه قطاع نهر بحيرة جمهورية").split()}
TITLES_IN_NAMES = {normalise(w) for w in "الملك الأمير الأميرة الشيخ الشيخة الإمام السلطان".split()}
# A place's name in quotation marks is a paper's, a channel's or a brand's («الشرق الأوسط»),
# unless a place head comes before it (مدينة «برلين»).
OPENING_QUOTES = {'"', "«", "'", "''", "“"}
CLOSING_QUOTES = {'"', "»", "'", "''", "”"}
# Town nouns whose next word names the place, never a person: «مدينة سانت أندريه»، «بمنطقة
# بوعطني»; definite only the capital in apposition after a preposition («بالعاصمة بيونغ يانغ»،
# «في العاصمة …»), since «أمين العاصمة» or «محافظ المحافظة» is followed by a person's name.
TOWN_HEADS = {normalise(w) for w in "مدينة منطقة بلدة قرية عاصمة".split()}
CAPITAL = normalise("عاصمة")
# Free-standing prepositions that no name has inside it («… الأسبوع إلى كامب ديفيد»).
INNER_PREPOSITIONS = {normalise(w) for w in "إلى الى في عن مع منذ حول خلال".split()}
PLACE_HEADS = FACILITY_HEADS | {normalise(w) for w in "مدينة منطقة محافظة ولاية إقليم اقليم بلدة قرية ناحية دولة عاصمة ملعب".split()}
MAX_OUTLET_WORDS = 3
FACILITY_ADJECTIVES = {normalise(w) for w in "الدولي الدولية الجوي الجوية البحري البحرية العسكري العسكرية".split()}
# Direction words: before a place they name a region of it («جنوب أوروبا»، «شمالي سوريا»).
DIRECTIONS = {normalise(w) for w in "شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي".split()}
FEMININE_COMPASS = {normalise(w) for w in "الشرقية الغربية الشمالية الجنوبية".split()}
COMPASS_ADJECTIVES = FEMININE_COMPASS | {normalise(w) for w in "الشرقي الغربي الشمالي الجنوبي".split()}
# Nouns of a part, edge, gate, coast or province of a place, or of its parts, and facilities
# named after it: the compass adjective after «ريف حلب», «حدود تركيا», «سواحل اليونان», «أحياء
# حلب», «محافظة لحج» or «ميناء عدن» is theirs.
PART_NOUNS = BUILT_FACILITIES | DIRECTIONS | {normalise(w) for w in (
    "ريف ريفي أرياف حدود أطراف ضاحية ضواحي مشارف محيط صحراء بوابة مدخل مداخل كورنيش ساحل سواحل شاطئ "
    "شواطئ تلال أحياء محافظات محافظة إقليم اقليم ولاية مقاطعة").split()}
# Town nouns a feminine compass adjective describes: «مدينة عدن الجنوبية» is the southern city
# Aden; the masculine one is the place's own («بلدة الكرك الشرقي»).
CITY_HEADS = TOWN_HEADS - {normalise("منطقة")}
# A holy city's fixed epithet is part of its name (the model tags مكة alone in «مكة المكرمة»).
EPITHETS = {(split_proclitics(normalise(p))[1], normalise(e))
            for p, e in (("مكة", "المكرمة"), ("المدينة", "المنورة"), ("القدس", "الشريف"))}


@lru_cache(maxsize=20_000)
def word_parts(token: str) -> tuple[bool, str, str]:
    """(is a word, proclitics, stem) of a token (cached: tokens repeat across sentences)."""
    if is_punct(token):
        return False, "", token
    pro, st = split_proclitics(normalise(core(token)))
    return core(token) == token, pro, st


def _definite(pro: str, st: str) -> bool:
    return pro.endswith("ال") or pro.endswith("لل")


def nisba(st: str) -> bool:
    """A relational adjective's ending (…ي، …ية, normalised)."""
    return st.endswith("ي") or st.endswith("يه")


def is_country(key: str, flags: Flags) -> bool:
    """The word key is listed as a country's name."""
    return "gz=country" in flags(key)


def country_adjective(st: str, flags: Flags) -> bool:
    """A normalised stem (no article) is a country's relational adjective, masculine or
    feminine (برتغالي، تركيه: البرتغال، تركيا)."""
    stem = st[:-2] if st.endswith("يه") else st[:-1] if st.endswith("ي") else ""
    if len(stem) < 3:
        return False
    return stem + "ي" in IRREGULAR_NATIONALITIES or any(is_country(split_proclitics(stem + end)[1], flags)
                                                       for end in ("", "ا", "يا", "يه"))


def _chain(parts: Sequence[tuple[bool, str, str]], i: int, definite_head: bool, needs_adjective: bool) -> int:
    """End of the name whose head is at i, or i when there is none. The name runs over the
    definite words after the head (not ب + the article), a conjunct included (_conjunct), and ends at its last
    relational adjective, لل word or conjunct; `needs_adjective`: no name without a
    relational adjective or a لل word."""
    j = i + 1
    while j < len(parts) and j - i < MAX_LEN:
        word, pro, st = parts[j]
        if not word or not _definite(pro, st) or st in STOP or st in GENERIC or pro.startswith("ب"):
            break   # (بال: «الخارجية بالمجلس …», a body's part, then the body)
        if pro.startswith("و") and not _conjunct(parts, j, i):
            break   # a conjunction ends the name, unless it joins two of its words
        j += 1
    floor = i + 1 if definite_head else i + 2
    while j > floor and not (_qualifier(parts, i, j - 1) or parts[j - 1][1].startswith(("لل", "و"))):
        j -= 1
    if definite_head and not any(_qualifier(parts, i, k) for k in range(i + 1, j)):
        return i
    if definite_head and j > i + 1 and nisba(parts[i + 1][2]) and not _agrees(parts[i][2], parts[i + 1][2]):
        return i    # «وزير الخارجية الأمريكي»، «وجه المجلس البلدية»: the adjective is another noun's
    if needs_adjective and not any(_qualifier(parts, i, k) or parts[k][1].startswith("لل") for k in range(i + 1, j)):
        return i
    return j if j > i + 1 else i


def _qualifier(parts: Sequence[tuple[bool, str, str]], head: int, k: int) -> bool:
    """The word at k makes the head at `head` a name: a relational adjective, or an adjective
    of rank of the head's gender («لجنة الحج العليا»; not «حزب العمال الانتخابات العامة») that
    no ل + indefinite noun follows, whose name runs on past it («الهيئة العامة لقصور الثقافة»)."""
    _, pro, st = parts[k]
    if nisba(st):
        return True
    if pro != "ال" or "ال" + st not in RANK_ADJECTIVES or not _agrees(parts[head][2], st):
        return False
    return not (k + 1 < len(parts) and parts[k + 1][0] and parts[k + 1][1] == "ل")


def _agrees(head: str, adjective: str) -> bool:
    """A relational adjective or one of rank has its head noun's gender: feminine (…يه،
    العامة، العليا) after a feminine head (…ه: الخارجية الأمريكية), masculine after a
    masculine one (المجلس البلدي)."""
    return head.endswith("ه") == (adjective.endswith("يه") or "ال" + adjective in FEMININE_RANKS)


def _conjunct(parts: Sequence[tuple[bool, str, str]], j: int, head: int) -> bool:
    """و + a definite word at j joins the name's last word to another of its kind: two nouns
    («وزارة الثقافة والإعلام»، «حزب العدالة والتنمية») or two relational adjectives («معهد
    الدراسات العربية والإسلامية»); not a noun's adjective after a head alone, another
    institution, a word after a preposition, nor a noun with a definite word of its own after it."""
    st = parts[j][2]
    _, pro_before, before = parts[j - 1]
    if j - head < 2 or st in INSTITUTIONS or pro_before not in ("ال", "لل", "وال"):
        return False    # «مجلس النواب والحكومة»: a second institution; «… بالتقصير والتراخي»
    if j + 1 < len(parts) and parts[j + 1][0] and parts[j + 1][1] == "ال" and not nisba(parts[j + 1][2]):
        return False    # «تنظيم X والرأس المدبر»: a noun phrase of its own
    return not nisba(before) or nisba(st)


def phrase_spans(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) token spans of descriptive organisation names in a sentence."""
    parts = [word_parts(t) for t in tokens]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(parts):
        word, pro, st = parts[i]
        end = i
        if st in FIXED_FIRST and _definite(pro, st):
            for fixed in FIXED:
                if tuple(p[2] for p in parts[i:i + len(fixed)]) == fixed:
                    end = i + len(fixed)
        after_title = i > 0 and parts[i - 1][2] in TITLES
        start = i
        if end == i and word and not after_title:
            definite = _definite(pro, st)
            if (st in DEFINITE_HEADS or st in RANKED_HEADS and _ranked(parts, i)) \
                    if definite else (st in CONSTRUCT_HEADS) and not _traffic(parts, i):
                end = _chain(parts, i, definite, st in DESCRIPTIVE_HEADS)
                if not definite and end == i:
                    end = _inner_name_end(parts, i, st in DESCRIPTIVE_HEADS)
            elif not definite and st in MEDIA_HEADS:
                start, end = i + 1, _media_name_end(parts, i + 1)
        if end > start:
            spans.append((start, end))
            i = end
        else:
            i += 1
    return spans


def _inner_name_end(parts: Sequence[tuple[bool, str, str]], i: int, needs_adjective: bool) -> int:
    """End of a name whose indefinite head at i governs a bare noun in construct, which governs
    the definite words after it («مجلس حقوق الإنسان»، «منظمة حظر الأسلحة الكيميائية»، «مكتب
    تحقيقات الطيران»), or i when there is none. The bare noun is a common noun (known with the
    article: not «تنظيم داعش الإرهابي»، «شركة بوينغ الأمريكية»), not a title («مكتب رئيس
    الوزراء»: a person's office), an institution or a named head («مجلس إدارة الشركة»، «هيئة قناة
    السويس»: the canal is named on its own), a quantifier (NOT_INNER), an adjective or a cue;
    the word after it is a noun with the article and no title («جامعة جدة الدكتور …»); the name
    stops before a لل phrase («مجلس حقوق الإنسان للتحقيق»: its purpose). Not after a verbal
    noun (VERBAL_HEADS)."""
    k = i + 1
    if parts[i][2] in VERBAL_HEADS or k + 1 >= len(parts) or not parts[k][0] or parts[k][1] or len(parts[k][2]) < 3:
        return i
    st = parts[k][2]
    if st in TITLES or st in INSTITUTIONS or st in MEDIA_HEADS or st in NOT_INNER or nisba(st) \
            or cue_of(st) is not None or word_frequencies().get("ال" + st, 0) < KNOWN_WORD:
        return i
    after = parts[k + 1]
    if not after[0] or after[1] != "ال" or nisba(after[2]) or is_role_word("ال" + after[2]):
        return i
    end = _chain(parts, k, False, needs_adjective)
    end = next((j for j in range(k + 2, end) if parts[j][1].startswith("لل")), end)
    return end if end > k + 1 else i


def _ranked(parts: Sequence[tuple[bool, str, str]], i: int) -> bool:
    """The head at i is followed by «العامة» and a لل word («الإدارة العامة للمشاريع»)."""
    return i + 2 < len(parts) and parts[i + 1][1:] == GENERAL and parts[i + 2][0] and parts[i + 2][1].startswith("لل")


def _traffic(parts: Sequence[tuple[bool, str, str]], i: int) -> bool:
    """حركة before a noun of traffic or trade (حركة الملاحة)."""
    return parts[i][2] == MOVEMENT and i + 1 < len(parts) and parts[i + 1][2] in TRAFFIC_NOUNS


def _media_name_end(parts: Sequence[tuple[bool, str, str]], i: int) -> int:
    """End of a paper's or channel's name starting at i: its first definite word and the
    definite words after it that are not relational adjectives."""
    j = i
    while j < len(parts) and j - i < MAX_LEN and parts[j][0] and parts[j][1] == "ال" and parts[j][2] not in STOP \
            and (j == i or not nisba(parts[j][2])):
        j += 1
    return j


def add_org_phrases(tokens: Sequence[str], tags: list[str], flags: Flags | None = None) -> list[str]:
    """Tags with rule-found organisation names added where the model left the words untagged
    or tagged them (partly) ORG or MISC (ANERcorp tags البيت الأبيض MISC); names overlapping
    a PER or LOC chunk, or a chunk reaching outside the name, are left alone, and so is a
    model's name that the rule would only extend by a nationality (with `flags`, the
    gazetteer flags). A NEWER_NAMES word untagged or alone as a place or MISC is an organisation."""
    tags = list(tags)
    model_chunks = chunks(tags)
    for s, e in phrase_spans(tokens):
        clash = any(cs < e and ce > s and (lab in ("PER", "LOC") or cs < s or ce > e)
                    and not _adjective_homograph(tokens, cs, ce, s, e) for cs, ce, lab in model_chunks)
        if not clash and not (flags and _nationality_after_name(tokens, model_chunks, s, e, flags)):
            tags[s:e] = ["B-ORG"] + ["I-ORG"] * (e - s - 1)
    for i, token in enumerate(tokens):
        if word_parts(token)[2] in NEWER_NAMES and (tags[i] == "O" or _lone_place_or_misc(tags, i)):
            tags[i] = "B-ORG"
            if i and tags[i - 1] == "O" and word_parts(tokens[i - 1])[2] == GROUP:
                tags[i - 1:i + 1] = ["B-ORG", "I-ORG"]      # «جماعة الحوثي»: the group's name
    _headed_names(tokens, tags)
    if flags is not None:
        _canals(tokens, tags, flags)
        _named_by_adjective(tokens, tags, flags)
    _quoted_places(tokens, tags, flags)
    _organs_of_bodies(tokens, tags)
    _purpose_phrases(tokens, tags)
    _told_outlets(tokens, tags)
    _member_states(tokens, tags)
    _adjective_places(tokens, tags)
    _compass_places(tokens, tags)
    _epithets(tokens, tags)
    return tags


# A run of this many words or more that the gazetteer lists as one organisation's or place's
# name is that name («صندوق النقد الدولي»، «المحكمة الجنائية الدولية»، «هيئة كبار العلماء»); two
# words are too often a description (الحكومة البريطانية، مجلس الوزراء، قوات التحالف).
MIN_LISTED_WORDS = 3
LISTED_LABELS = ("ORG", "LOC")
# A listed name that opens with an ordinal is read as a date as often as a town («العاشر من
# رمضان» is a day and a city; «السادس من أكتوبر» too): left to the model.
ORDINALS = {split_proclitics(normalise(w))[1] for w in ("الأول", *ORDINAL_WORDS, "العاشر")}


def listed_long_names(tokens: Sequence[str], tags: list[str], listed: Sequence[str]) -> None:
    """Untagged runs that `listed` (the gazetteer's B-/I- phrase tags of the tokens, '' outside
    a phrase) marks as an organisation's or place's name of MIN_LISTED_WORDS words or more take
    that label: names the model missed in spite of the gazetteer feature. Not one that opens
    with an ordinal (ORDINALS)."""
    for start, end, label in chunks([tag or "O" for tag in listed]):
        if label in LISTED_LABELS and end - start >= MIN_LISTED_WORDS and all(tag == "O" for tag in tags[start:end]) \
                and word_parts(tokens[start])[2] not in ORDINALS:
            tags[start:end] = ["B-" + label] + ["I-" + label] * (end - start - 1)


def _compass_places(tokens: Sequence[str], tags: list[str]) -> None:
    """A place's name takes a compass adjective right after it: «الغوطة الشرقية»، «القدس
    الشرقية»، «أوروبا الغربية»، «الكرك الشرقي» name a region or town of their own; not when the
    adjective is that of a part noun before the name, or first in a longer span («ريف حلب الشمالي»،
    «محافظة لحج الجنوبية»), or a feminine one of a town noun («مدينة نيس الجنوبية»); not with
    a conjunction on it («في حلب والشرقية»)."""
    for start, end, label in chunks(tags):
        if label != "LOC" or end >= len(tokens) or tags[end] != "O" \
                or normalise(tokens[end]) not in COMPASS_ADJECTIVES:
            continue
        heads = {word_parts(tokens[i])[2] for i in (start - 1, start) if 0 <= i < end - 1}
        if heads & PART_NOUNS or normalise(tokens[end]) in FEMININE_COMPASS and heads & CITY_HEADS:
            continue
        tags[end] = "I-LOC"


def _named_by_adjective(tokens: Sequence[str], tags: list[str], flags: Flags) -> None:
    """An untagged definite head of NAMED_BY_ADJECTIVE and the one or two adjectives right after
    it, each popular or national (POPULAR), a country's or a compass point's and of the head's
    gender, are an organisation («المقاومة الشعبية اليمنية»، «الحشد الشعبي»، «التلفزيون
    الإسرائيلي»; not «هيئة الإذاعة والتلفزيون الكينية», whose adjective is the body's)."""
    parts = [word_parts(t) for t in tokens]
    for i, (word, pro, st) in enumerate(parts[:-1]):
        if not word or st not in NAMED_BY_ADJECTIVE or not _definite(pro, st) or tags[i] != "O":
            continue
        end = i + 1
        while end < len(parts) and end - i <= MAX_NAMING_ADJECTIVES and tags[end] == "O" \
                and _naming_adjective(parts[end], flags) and _agrees(st, parts[end][2]):
            end += 1
        if end > i + 1:
            tags[i:end] = ["B-ORG"] + ["I-ORG"] * (end - i - 1)


def _naming_adjective(part: tuple[bool, str, str], flags: Flags) -> bool:
    """A definite adjective that names a body after NAMED_BY_ADJECTIVE."""
    word, pro, st = part
    return word and pro == "ال" and (st in POPULAR or "ال" + st in COMPASS_ADJECTIVES or country_adjective(st, flags))


def _epithets(tokens: Sequence[str], tags: list[str]) -> None:
    """A holy city's name takes its fixed epithet (EPITHETS): «مكة المكرمة»، «بمكة المكرمة»."""
    for start, end, label in chunks(tags):
        if label == "LOC" and end < len(tokens) and tags[end] == "O" \
                and (word_parts(tokens[end - 1])[2], normalise(tokens[end])) in EPITHETS:
            tags[end] = "I-LOC"


def _adjective_places(tokens: Sequence[str], tags: list[str]) -> None:
    """A one-word place with the article and a relational ending, right after an untagged
    definite word, is that word's adjective, no place (the guideline's adjective homographs:
    «الدفاعات الجوية السورية»، «الحكومة السعودية»; «في السعودية», «زار السعودية» and «المملكة
    العربية السعودية» stay)."""
    for s, e, label in chunks(tags):
        if label != "LOC" or e - s != 1 or s == 0 or tags[s - 1] != "O":
            continue
        word, pro, st = word_parts(tokens[s])
        before, pro_before, st_before = word_parts(tokens[s - 1])
        if word and pro == "ال" and nisba(st) and before and pro_before.endswith("ال") and st_before not in STOP:
            tags[s] = "O"


MEMBER_STATES = normalise("لدول")


def _member_states(tokens: Sequence[str], tags: list[str]) -> None:
    """An organisation of countries, named by an institution's head in construct, names its
    members after لدول, with the place and the adjective after it: «مجلس التعاون لدول الخليج
    العربية» is one name, not a council and a gulf (after a definite name, «الاتحاد الأوروبي
    لدول أفريقيا», لدول is whom something is for)."""
    for s, e, label in chunks(tags):
        if label != "ORG" or e + 1 >= len(tokens) or normalise(core(tokens[e])) != MEMBER_STATES \
                or tags[e + 1] != "B-LOC" or word_parts(tokens[s])[1:] not in {("", h) for h in INSTITUTIONS}:
            continue
        last = next((j for j in range(e + 2, len(tags)) if tags[j] != "I-LOC"), len(tags))
        if last < len(tokens) and tags[last] == "O" and _definite_nisba(tokens[last]):
            last += 1
        tags[s:last] = ["B-ORG"] + ["I-ORG"] * (last - s - 1)


def _definite_nisba(token: str) -> bool:
    """A definite relational adjective (العربية، الإسلامي), not a relative pronoun (الذي)."""
    is_word, pro, st = word_parts(token)
    return is_word and _definite(pro, st) and nisba(st) and st not in STOP


# A news outlet spoken to is named in quotation marks after ل («قال لـ"الوطن" إن»، «أكد لـ«عكاظ»»).
TALK_NOUNS = {normalise(w) for w in "حديث حديثه حديثها تصريح تصريحه تصريحها تصريحات تصريحاته تصريحاتها "
              "اتصال مقابلة حوار".split()}
TALK_REACH = 10


def _told_outlets(tokens: Sequence[str], tags: list[str]) -> None:
    """A name of one to three words in quotation marks right after ل, a speech verb or a
    noun of talking at most TALK_REACH words before it, is the outlet spoken to. Not a
    person's name, nor a phrase with a name of its own inside («لـ"تليين مواقف حماس"»). After
    إلى («في حديثه إلى "الوطن"») the quote rules read the name as the report's content."""
    for i, token in enumerate(tokens[:-3]):
        if tokens[i + 1] not in OPENING_QUOTES | CLOSING_QUOTES:
            continue
        told = normalise(token) == "ل" and any(cue_of(t) is not None or normalise(t) in TALK_NOUNS
                                                for t in tokens[max(0, i - TALK_REACH):i])
        end = _quoted_name_end(tokens, i + 2) if told else 0
        if end and "PER" not in "".join(tags[i + 2:end]) and not any(t.startswith("B-") for t in tags[i + 3:end]):
            tags[i + 2:end] = ["B-ORG"] + ["I-ORG"] * (end - i - 3)


def _quoted_name_end(tokens: Sequence[str], start: int) -> int:
    """Where a name of one to three words (a dot may join two: العربية.نت) ends before a
    closing quotation mark; 0 if there is none."""
    words = 0
    for j in range(start, min(len(tokens), start + 2 * MAX_OUTLET_WORDS)):
        if tokens[j] in CLOSING_QUOTES | OPENING_QUOTES:
            return j if words else 0
        if tokens[j] == "." and words:
            continue
        if not word_parts(tokens[j])[0] or words == MAX_OUTLET_WORDS:
            return 0
        words += 1
    return 0


CANAL = normalise("قناة")


def _canals(tokens: Sequence[str], tags: list[str], flags: Flags) -> None:
    """قناة before a listed place that no gazetteer lists as an organisation is a canal, a place,
    head included («قناة السويس الجديدة»; «قناة الجزيرة» stays a channel)."""
    parts = [word_parts(t) for t in tokens]
    for i in range(len(parts) - 1):
        if parts[i][2] == CANAL and not _definite(*parts[i][1:]) and parts[i + 1][1] in ("", "ال") \
                and parts[i + 1][0] and _place_not_organisation(flags(parts[i + 1][2]), bool(parts[i + 1][1])):
            end = _media_name_end(parts, i + 1) if parts[i + 1][1] else i + 2
            tags[i:end] = ["B-LOC"] + ["I-LOC"] * (end - i - 1)


def _place_not_organisation(word_flags: Sequence[str], definite: bool) -> bool:
    """A listed country, or with the article a listed city (السويس; a bare «إيه» is a letter)."""
    places = ("gz=city", "gz=country") if definite else ("gz=country",)
    return any(f in places for f in word_flags) and "gz=entORG" not in word_flags


def _lone_place_or_misc(tags: Sequence[str], i: int) -> bool:
    """A one-word LOC or MISC chunk (the model's «داعش» as a place)."""
    return tags[i] in ("B-LOC", "B-MISC") and (i + 1 == len(tags) or not tags[i + 1].startswith("I-"))


def _purpose_phrases(tokens: Sequence[str], tags: list[str]) -> None:
    """An institution's name (an organisation head first: بورصة، مركز، هيئة …) runs over a لل
    phrase after it that has a relational adjective or a conjunct of its own («بورصة طوكيو
    للأوراق المالية»، «مركز X للإغاثة والأعمال الإنسانية»), and over لشؤون with its definite words
    («المفوضية السامية لشؤون اللاجئين»). A bare لل word after a name is more
    often whom it addressed («للصحفيين»), and after a name without a head the phrase belongs
    to the role before it («مراسل بي بي سي للشؤون الدبلوماسية»)."""
    parts = [word_parts(t) for t in tokens]
    for start, end, label in chunks(tags):
        if label == "ORG" and parts[start][2] in INSTITUTION_HEADS and end + 1 < len(tokens) and tags[end] == "O" \
                and (parts[end][1] == "لل" or parts[end][1] == "ل" and parts[end][2] in AFFAIRS) \
                and not (start > 0 and parts[start - 1][2] in TITLES):
            j = _chain(parts, end - 1, False, True) if parts[end][1] == "لل" else _chain(parts, end, False, False)
            if j > end + 1 and all(tag == "O" for tag in tags[end:j]):
                tags[end:j] = ["I-ORG"] * (j - end)


def _organs_of_bodies(tokens: Sequence[str], tags: list[str]) -> None:
    """An institution noun with the article and one or two adjectives, right before an
    organisation's name with ل, names an organ of that body («الجمعية العامة للأمم المتحدة»،
    «المفوضية العليا للأمم المتحدة»، «اللجنة التنفيذية لمنظمة التحرير»): one name, not
    after a title («نائب الرئيس التنفيذي لـ …»), nor when the name is a news agency's, which
    is the one spoken to («وقال ضابط في القوات الجوية لوكالة فرانس برس»)."""
    parts = [word_parts(t) for t in tokens]
    for start, end, label in chunks(tags):
        if label != "ORG" or parts[start][1] not in ("ل", "لل") or parts[start][2] == AGENCY:
            continue
        for head in range(start - 2, max(-1, start - 2 - MAX_ORGAN_ADJECTIVES), -1):
            if _organ_before(parts, tags, head, start):
                tags[head:end] = ["B-ORG"] + ["I-ORG"] * (end - head - 1)
                break


def _organ_before(parts: Sequence[tuple], tags: Sequence[str], head: int, start: int) -> bool:
    """Untagged words head … start-1 are an institution noun and its adjectives, all with the
    article and none a word that ends a name, not after a title."""
    if any(tag != "O" for tag in tags[head:start]) or parts[head][2] not in INSTITUTIONS | ORGAN_NOUNS \
            or head > 0 and parts[head - 1][2] in TITLES:
        return False
    return all(parts[i][0] and parts[i][1] == "ال" and parts[i][2] not in STOP | GENERIC for i in range(head, start))


def _agency_of_body(tokens: Sequence[str], start: int, end: int) -> bool:
    """A definite name with a ل phrase after it other than a purpose phrase (`_purpose_phrases`)
    makes وكالة an agency of that body for some task («وكالة الأمم المتحدة لتنسيق المساعدات»),
    no name of the body's: the body keeps its own name («وكالة يونهاب للأنباء لأحد …» is one)."""
    if end >= len(tokens) or not _definite(*word_parts(tokens[start])[1:]):
        return False
    _, pro, st = word_parts(tokens[end])
    return pro.endswith("ل") and not (pro == "لل" or st in AFFAIRS)


def _town_head(tokens: Sequence[str], i: int) -> bool:
    """The token is a town noun naming the place after it (TOWN_HEADS), not governed by a title
    or person noun: after «أمير منطقة عسير» the model's span often runs on into the emir's name."""
    _, pro, head = word_parts(tokens[i])
    if head not in TOWN_HEADS or i > 0 and is_role_word(tokens[i - 1]):
        return False
    if not _definite(pro, head):
        return True
    after_preposition = pro.startswith(("ب", "وب")) or i > 0 and word_parts(tokens[i - 1])[2] in INNER_PREPOSITIONS
    return head == CAPITAL and after_preposition


def _adjective_homograph(tokens: Sequence[str], cs: int, ce: int, s: int, e: int) -> bool:
    """The model's one-word place inside a name with an indefinite head is a definite relational
    adjective («وكالة الأنباء السعودية»، «وزارة الخارجية الأردنية»: السعودية the adjective; after
    a definite head, «الداخلية السعودية», the phrase is no name of its own)."""
    word, pro, st = word_parts(tokens[cs])
    return ce - cs == 1 and s < cs and ce <= e and word and pro.endswith("ال") and nisba(st) \
        and not _definite(*word_parts(tokens[s])[1:])


def _quoted_places(tokens: Sequence[str], tags: list[str], flags: Flags | None) -> None:
    """A place's name alone in quotation marks, no place head before them, is an organisation's
    («الشرق الأوسط» the paper); not a country's name (with `flags`), which the marks only stress."""
    for start, end, label in chunks(tags):
        if label == "LOC" and 0 < start and end < len(tokens) and tokens[start - 1] in OPENING_QUOTES \
                and tokens[end] in CLOSING_QUOTES and not (start > 1 and word_parts(tokens[start - 2])[2] in PLACE_HEADS) \
                and not (flags and end - start == 1 and is_country(word_parts(tokens[start])[2], flags)):
            tags[start:end] = ["B-ORG"] + ["I-ORG"] * (end - start - 1)


def _nationality_after_name(tokens: Sequence[str], model_chunks: list[tuple[int, int, str]], s: int, e: int,
                            flags: Flags) -> bool:
    """The model named an organisation from s and the rule's name only adds a nationality
    after it («حزب الله» and its اللبناني): the model's boundary stands."""
    return any(cs == s and lab == "ORG" and ce < e and all(country_adjective(word_parts(t)[2], flags) for t in tokens[ce:e])
               for cs, ce, lab in model_chunks)


def _headed_names(tokens: Sequence[str], tags: list[str]) -> None:
    """Each name right after an organisation or facility head (no preposition or conjunction on
    the name, no article on the head before a person's name; a person's name with its title)
    takes the head in, as NAMED_ORG_HEADS, PLACE_BODY_HEADS and FACILITY_HEADS say, and an
    organisation's name an indefinite وكالة (AGENCY) unless it is a body's agency; not another
    institution."""
    for start, end, label in chunks(tags):
        if start == 0 or tags[start - 1] != "O":
            continue
        if label == "PER" and _town_head(tokens, start - 1):
            tags[start:end] = ["B-LOC"] + ["I-LOC"] * (end - start - 1)
            continue        # «مدينة سانت أندريه»; «مدينة الملك عبدالله» (a title first) is a person's
        if label == "PER" and start > 1 and tags[start - 2] == "O" \
                and normalise(core(tokens[start - 1])) in TITLES_IN_NAMES:
            start -= 1      # «مستشفى الأمير سلطان»: the title is the name's
        _, pro, head = word_parts(tokens[start - 1])
        if label == "PER" and _definite(pro, head) or word_parts(tokens[start])[1] not in ("", "ال") \
                or label == "ORG" and word_parts(tokens[start])[2] in INSTITUTION_HEADS:
            continue    # «المنتخب خالد مطر»، «مستشفى بمكة»، «القطاع وإسرائيل»، «غرفة محكمة …»; «النادي الأهلي» is one
        if head in NAMED_ORG_HEADS or head in PLACE_BODY_HEADS and label != "PER" \
                or head == AGENCY and label == "ORG" and not _definite(pro, head) \
                and not _agency_of_body(tokens, start, end):
            tags[start - 1:end] = ["B-ORG"] + ["I-ORG"] * (end - start)
        elif head in FACILITY_HEADS and label in ("LOC", "PER"):
            while end < len(tags) and tags[end] == "O" and normalise(core(tokens[end])) in FACILITY_ADJECTIVES:
                end += 1
            tags[start - 1:end] = ["B-LOC"] + ["I-LOC"] * (end - start)
