"""Arabic stop words for word counts and the word cloud, written for this project.

Function words (particles, prepositions, conjunctions, pronouns, demonstratives, relative
pronouns), auxiliary and reporting verbs that news prose uses around every statement, and
time/quantity words that carry no topic. Every form is stored normalised with
`qawl.normalise.normalise`, together with its و / ف prefixed forms, so a token's normalised
form can be looked up directly (`normalise(token) in STOPWORDS`)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .normalise import is_arabic_letter, normalise, split_proclitics

if TYPE_CHECKING:
    from .tokens import Token

MAX_WORD_LENGTH = 40

_PARTICLES = """
في من إلى الى على عن مع منذ حتى عند عبر حول خلال بين ضد لدى لدي نحو دون بدون تجاه إزاء
وسط قبل بعد أمام خلف فوق تحت حيث حين بينما عندما كلما لما لم لن لا ما ليس ليست
أن إن أنّ إنّ كأن لكن لكنّ بل أو أم ثم إذ إذا إذن لو لولا قد لقد سوف كي لكي لأن لان
هل هلا ألا أما إما غير سوى إلا الا كل كلا بعض أي أية أيضا أيضًا فقط جدا جداً
يا ها أجل نعم كذلك هكذا كما مثل مثلما أكثر أقل نحو بشأن بسبب رغم برغم
""".split()

_PRONOUNS = """
أنا نحن أنت أنتم أنتما أنتن هو هي هما هم هن
هذا هذه هذان هذين هاتان هاتين هؤلاء ذلك تلك ذاك أولئك هناك هنا هنالك
الذي التي اللذان اللذين اللتان اللتين الذين اللاتي اللواتي من ما
نفس ذات ذاته ذاتها نفسه نفسها أنفسهم
""".split()

# Prepositions with attached pronouns and other short attached forms news text uses often.
_ATTACHED = """
به بها بهم بهما بهن بي بنا بك بكم له لها لهم لهما لهن لي لنا لك لكم
منه منها منهم منهما منا مني عنه عنها عنهم عنهما عنا فيه فيها فيهم فيهما فينا
عليه عليها عليهم عليهما علينا إليه إليها إليهم إليهما إلينا معه معها معهم معنا
لديه لديها لديهم لدينا عنده عندها عندهم عندنا بينه بينها بينهم بيننا
أنه أنها أنهم أنهما أننا أني إنه إنها إنهم إننا إني لأنه لأنها كونه كونها
بأن بان لأن كأنه بذلك لذلك كذلك بهذا لهذا بهذه لهذه
لكنه لكنها لكنهم لكننا جهته جهتها جهتهم جانبه جانبها جانبهم
""".split()

_VERBS = """
كان كانت كانوا كنت كنا يكون تكون يكونوا يكن تكن أكون نكون كون
أصبح أصبحت يصبح تصبح صار صارت يصير بات باتت ظل ظلت يظل تظل
ليسوا لست مازال يزال تزال زال زالت
قال قالت قالوا يقول تقول يقولون قائلا قائلة وقال وقالت
أضاف أضافت يضيف تضيف مضيفا مضيفة وأضاف وأضافت
أكد أكدت يؤكد تؤكد مؤكدا مؤكدة أشار أشارت يشير تشير مشيرا مشيرة
تابع تابعت أوضح أوضحت يوضح توضح موضحا ذكر ذكرت يذكر تذكر
أعلن أعلنت يعلن تعلن اعتبر اعتبرت يعتبر رأى رأت يرى ترى
تم يتم تمت جرى يجري يمكن يجب ينبغي
""".split()

_TIME_AND_QUANTITY = """
اليوم أمس غدا الآن حاليا الان يوم أيام عام أعوام سنة سنوات شهر أشهر أسبوع ساعة ساعات
الماضي الماضية المقبل المقبلة الحالي الحالية الجاري الجارية الأول الأولى الثاني الثانية
واحد واحدة اثنان اثنين ثلاثة أربعة خمسة ألف مليون مليار نحو حوالي قرابة
الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت
عدد عدة كثير كثيرة قليل أخرى آخر آخرون جميع عامة خاصة
""".split()

_PREFIXES = ("", "و", "ف")


def _forms(words: list[str]) -> frozenset[str]:
    out: set[str] = set()
    for word in words:
        base = normalise(word)
        out.update(p + base for p in _PREFIXES)
    return frozenset(out)


STOPWORDS: frozenset[str] = _forms(_PARTICLES + _PRONOUNS + _ATTACHED + _VERBS + _TIME_AND_QUANTITY)


def is_stopword(word: str, stopwords: frozenset[str] = STOPWORDS) -> bool:
    """True when the word as normalised, its clitic-free stem, or the word without a
    leading و / ف is in `stopwords` (وأضاف and للذين are caught as well as قال)."""
    norm = normalise(word)
    forms = {norm, split_proclitics(norm)[1]}
    if norm[:1] in ("و", "ف"):
        forms.add(norm[1:])
    return not forms.isdisjoint(stopwords)


def is_content_word(token: Token, stopwords: frozenset[str] = STOPWORDS) -> bool:
    """An Arabic word of 2 to MAX_WORD_LENGTH letters without its clitics that is not a stop word."""
    return any(map(is_arabic_letter, token.text)) and 2 <= len(token.stem) <= MAX_WORD_LENGTH \
        and not is_stopword(token.text, stopwords)
