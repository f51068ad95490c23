"""Stage 1 of the engine: the reports of an article. A report is a cue word (a speech verb,
participle or statement noun) that is not negated, impersonal or parenthetical, with the
trigger that introduces its content (أن, a colon, a quotation mark …)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from ..normalise import accusative_form, normalise, split_proclitics, strip_marks, word_frequencies
from .content import BECAUSE, COMPLEMENTISERS
from .context import DREW_ATTENTION, SMALL_CLAUSE, Context, imperfective
from .cues import NOUN, OBJECT_PRONOUNS, PARTICIPLE, VERB, Cue
from .marks import Tok
from .speakers import (DEMONSTRATIVES, GROUP_HEADS, ORG_HEADS, PERSON_NOUNS, QUANTIFIERS, SOURCE_HEADS, STOP,
                       behind_preposition, has_preposition, is_definite, is_title, pronoun_object, stem_of,
                       with_conjunctions)
from .subjects import DESCRIBE, SUBJECT_WINDOW, TIME_WORDS, verb_subject

_n = lru_cache(maxsize=None)(normalise)
CLAUSE_PRONOUNS = {_n(w) for w in ("نحن", "أنا", "هو", "هي", "هم", "إننا", "إنني")}


@dataclass(frozen=True)
class Report:
    """The cue at token `i` and its trigger: `kind` (comp, colon, mark, small or bare) at token
    `j`. A verb with no content has kind "" (its subject is still an antecedent); `limit` is
    the first token after the cue's sentence."""
    i: int
    cue: Cue
    kind: str
    j: int
    limit: int


def find_reports(art: Context) -> Iterator[Report]:
    """The reports in text order. Lazy: a cue inside text that an earlier report's quote
    claimed (the caller claims it before taking the next report) is skipped, but for a description
    in quotation marks (`nested_description`)."""
    for i, t in enumerate(art.toks):
        cue = t.cue
        if cue is None or not t.is_word or art.speech[i] \
                or art.is_claimed(t.start) and not nested_description(art, i):
            continue
        if art.label(t) == "PER":
            continue  # دان غيلرمان: a name that is spelt like a verb
        if art.negated(i) or (cue.kind == NOUN and art.parenthetical(i)) or art.impersonal(i) \
                or writer_voice(art, i) or not_speech(art, i):
            continue
        trig = art.trigger(i, cue)
        trig = overt_small_clause(art, i, trig) or trig or unmarked_clause(art, i)
        if trig is not None:
            yield Report(i, cue, trig[0], trig[1], art.sentence_limit(i))
        elif cue.kind == VERB:
            yield Report(i, cue, "", i, art.sentence_limit(i))


def nested_description(art: Context, i: int) -> bool:
    """The cue at token i, inside content an earlier report claimed, is وصف with the words it calls
    something in quotation marks after بـ: «قال إن X أسس علاقة مع كيم، الذي كان الرئيس قد وصفه بـ"…"»،
    «بسبب ما وصفها بـ"…"»، «لجماعة غولن التي تصفها أنقرة بـ"…"». The description is a quote of its own
    inside the outer one (the golds count it, marked as it is); other cues in claimed text are not."""
    cue = art.toks[i].cue
    if cue.lemma != DESCRIBE or cue.kind != VERB:
        return False
    trig = art.trigger(i, cue)
    return trig is not None and trig[0] == "described"


# Modals before a statement noun with no agent: «يمكن القول»، «نستطيع القول»، «يحق لنا القول»، «يسع المرء
# القول»، «لا بد من القول»; and the writer's summing-up idioms «خلاصة القول»، «ويكفي القول»، «من نافلة القول».
MODALS = with_conjunctions("يمكن يمكننا يمكنني نستطيع أستطيع يجب ينبغي يجدر لابد الممكن خلاصة يكفي نافلة يحق يسع يصح")
MUST = {_n(w) for w in ("بد", "لابد", "ولابد")}  # «لا بد من القول»
GENERIC_AGENTS = {_n(w) for w in ("لنا", "لي", "المرء", "للمرء")}  # between the modal and the noun
# Words of obligation that, like a modal, govern a verbal noun with no agent but the writer and the
# reader: «وعلينا تذكر أن»، «مع وجوب تذكر أن»، «بضرورة وصف»
OBLIGED = with_conjunctions("علينا عليك عليكم وجوب ضرورة بضرورة")
WANTING = with_conjunctions("أريد نريد أود نود")  # the speaker's own wish: «ما أريد قوله إن»
WHAT = with_conjunctions("ما مما")
OF = with_conjunctions("من")
ABOUT = _n("عن")  # «نقلت الوكالة عن مصدر من الشرطة القول»: the saying's agent after عن


def writer_voice(art: Context, i: int) -> bool:
    """The writer's own statement, which the guidelines do not count as a quote: a verb in the
    first person (أعتقد، أعترف: the imperfect of a verb whose past opens with hamzat al-wasl,
    written with its hamza) outside an interview's answer, or a statement noun with no agent
    (`impersonal_saying`)."""
    t, cue = art.toks[i], art.toks[i].cue
    if cue.kind == VERB:
        return first_person(t.text, cue) and not interview_answer(art.text, t.start) or i > 0 and modal_noun(art, i)
    return cue.kind == NOUN and i > 0 and impersonal_saying(art, i)


def modal_noun(art: Context, i: int) -> bool:
    """«لا يمكن وصفها بأنها»، «ينبغي تذكّر أن»، «وعلينا تذكر، أن»، «مع وجوب تذكر أن»: a cue read as a verb
    right after a modal or a word of obligation (no أن between) is the verbal noun spelt like it
    (وصْف، تذكُّر), with no agent but the writer and the reader, as «يمكن القول» is; so no one's report."""
    toks = art.toks
    k = i - 1 - (i > 1 and toks[i - 1].norm in GENERIC_AGENTS)
    return not toks[i].cue.conjunction and (toks[k].norm in MODALS or toks[k].norm in OBLIGED)


def impersonal_saying(art: Context, i: int) -> bool:
    """The statement noun at i (القول، قوله) has no agent but the one who writes it: governed by a
    modal («يمكن القول إن»، «يحق لنا القول»، «لا بد من القول»), by an evaluative word after من
    («من الصعب القول إن»، «فإنه من الصواب القول»، «من الجدير قوله بأن»; not with عن before it in its
    sentence: «نقلت عن مصدر من الشرطة القول»), or, with the pronoun that resumes ما, by a modal or a
    verb of wanting in the first person («ما أريد قوله إن»، «مما يجدر قوله»، «ما يمكن قوله هو أن»)."""
    toks, t = art.toks, art.toks[i]
    k = i - 1 - (i > 1 and toks[i - 1].norm in GENERIC_AGENTS)
    prev = toks[k].norm
    before = toks[k - 1].norm if k > 0 else ""
    evaluative = before in OF and is_definite(toks[k]) \
        and all(x.norm != ABOUT for x in toks[art.sentence_start(i):k])
    if t.norm[len(t.cue.conjunction):].endswith(OBJECT_PRONOUNS):  # قوله، قولها
        return evaluative or (prev in MODALS or prev in WANTING) and before in WHAT
    return evaluative or prev in MODALS or prev == _n("من") and before in MUST


def first_person(word: str, cue: Cue) -> bool:
    """A report verb in the first person singular that its spelling tells from the past: the
    imperfect of a verb whose past opens with hamzat al-wasl, written with its hamza (أعتقد، أعترف)."""
    word = strip_marks(word)[len(cue.conjunction):]
    return cue.kind == VERB and cue.lemma.startswith("ا") and word.startswith("أ") and normalise(word) == _n(cue.lemma)


# Form IV verbs from adjectival roots whose elative is spelt the same: «من أبرز الأسباب» (the most
# prominent), «إحدى أبرز المدافعات» (one of the most prominent).
ELATIVES = {_n(w) for w in ("أبرز", "أوضح")}
FROM = with_conjunctions("من أحد إحدى")
BECAME_CLEAR = _n("تبين")  # تبيّن أن: it turned out that (not بيّن, to explain, whose object follows)
# «تبين أن / أنه / أنهم»; not بأن, which on the audit followed تبين inside someone's report («وقد أوضح X بأنه
# جرى حصر …، وتبين بأنها تبلغ …») or before a tweet's words («وغرد … بعد أن تبين بأن …: "…"»)
THAT = {c for c in COMPLEMENTISERS - BECAUSE if not c.startswith("ب")}
WROTE = "كتب"
# أبرز (to highlight) and برز (to stand out) share their imperfect, يبرز / تبرز; in news it is برز with a
# thing after it for subject («وهنا يبرز السؤال:»، «تبرز أهمية …»، «تبرز بين الحين والآخر خلافات»), never a
# report of anyone's words (no studied gold quote has it; on the audit slices every such quote was junk)
HIGHLIGHTED = "أبرز"
NOTICED = "لاحظ"
WITH_ME = {_n(w) for w in ("معي", "معنا")}
# «وكأنهم يقولون: …»، «كأنما يقول»: a simile, what someone would say, never a report. Matched as
# written, with its hamza (normalised, كأن is كان, "was", which a report may follow).
AS_IF = {c + w for c in ("", "و", "ف") for w in ("كأنما", "كأن", "كأنه", "كأنها", "كأنهم", "كأنهما", "كأننا", "كأنك",
                                                 "كأنكم", "كأني", "كأنني")}


def not_speech(art: Context, i: int) -> bool:
    """A cue word that is no speech verb here: a word of a related-story teaser («إقرأ أيضا:»), a
    verb after كأن (a simile: «وكأنهم يقولون»), after هل (a question: «هل ترى أن») or after a sign
    (`on_a_sign`), the imperfect يبرز / تبرز (HIGHLIGHTED: it stands out), the reader asked to
    notice or what the reader may think (`reader_addressed`), an elative after من or أحد («من أبرز
    ما …»), the impersonal «تبين أن» (it became clear that), with no subject before or after it, or
    the passive «كتب عليها» of an inscription."""
    t, cue = art.toks[i], art.toks[i].cue
    prev = art.toks[i - 1].norm if i > 0 else ""
    if art.teaser_at(i) or i > 0 and art.teaser_at(i - 1):
        return True  # «إقرأ أيضا: …»، «قد يهمك: …»: a link to another article
    if cue.kind == VERB and i > 0 and strip_marks(art.toks[i - 1].text) in AS_IF:
        return True
    if cue.kind == VERB and prev in QUESTION_WORDS:
        return True  # «هل ترى أن …؟»، «كيف تقرأ …؟»: a question put to someone, not what anyone said
    if cue.kind == VERB and i > 0 and on_a_sign(art.toks[i - 1]):
        return True  # «لافتات تقول: "…"»، «لافتات كتب على بعضها "…"»: what a sign says
    if cue.kind != VERB:
        return False
    if cue.lemma == HIGHLIGHTED and imperfective(t) or reader_addressed(art, i):
        return True
    if t.norm[len(cue.conjunction):] == BECAME_CLEAR:
        return became_clear(art, i)
    word = t.norm[len(cue.conjunction):]
    if word == OPINION_KEY and strip_marks(t.text)[len(cue.conjunction):] == OPINION:
        return not opinion_of(art, i)
    if cue.conjunction:
        return False
    return t.norm in ELATIVES and prev in FROM or inscription(art, i)


# Words after which an imperfect in ت- is the second person, the reader («إذا كنت تعتقد أن»، «لأنك تتوقع أن»):
# كنتَ (كنتُ, I was, takes أ-), and the particles with the pronoun of «you»
YOU = with_conjunctions("كنت أنت إنك أنك لأنك فإنك لعلك")


def reader_addressed(art: Context, i: int) -> bool:
    """«لاحظ معي أن»، «ولاحظ معنا»: the imperative of noticing with «with me / with us» after it, the
    writer asking the reader to notice (a doctor's answers, a column); «إذا كنت تعتقد أن»، «لأنك تتوقع
    أن»: an imperfect in ت- after «you» (YOU), what the reader may think. No one says either."""
    toks, cue = art.toks, art.toks[i].cue
    if cue.lemma == NOTICED and i + 1 < len(toks) and toks[i + 1].norm in WITH_ME:
        return True
    return i > 0 and not cue.conjunction and toks[i].norm.startswith("ت") and toks[i - 1].norm in YOU


def on_a_sign(before: Tok) -> bool:
    """The word before a verb is a form of لفت's participle, which no verb follows as a participle:
    it is the noun لافتة (a sign, a banner) whose words the verb gives («لافتة تقول»، «لافتات كتب عليها»)."""
    return before.cue is not None and before.cue.kind == PARTICIPLE and before.cue.lemma == DREW_ATTENTION


OPINION = "رأي"  # the noun (an opinion); the verb رأى (he deemed) is written with its alif maqsura
OPINION_KEY = _n(OPINION)  # (رأي and رأى alike: the cheap test before the one as written)


def opinion_of(art: Context, i: int) -> bool:
    """The noun رأي (written so, it is no verb: «مقال رأي»، «فلنا رأي آخر») reports only as a statement
    noun whose phrase goes on to a complementiser before any mark but a comma («لا يتفق مع رأي الوزير،
    X بأنه "…"»); with a colon, marks or nothing after it, it is a topic or a label, and its «subject»
    no one («فعرض رأي ابن خلدون ثم آراء الدارسين:»، «رأي "سبق" - خاص:»، «لـ"قولبة" رأي المتلقي»)."""
    toks = art.toks
    for k in range(i + 1, art.sentence_limit(i)):
        if toks[k].norm in COMPLEMENTISERS:
            return True
        if not toks[k].is_word and toks[k].text not in "،,":
            return False
    return False


def became_clear(art: Context, i: int) -> bool:
    """«تبين أن»، «وتبين بعد الفحص أنها»، «تبين لنا أن»: تبيّن (it turned out) with no subject before
    it (a و/ف opens a clause of its own, a condition has none, nor a fronted phrase: `after_fronted`;
    not «الدراسة تبين أن») or after it (`clear_without_subject`)."""
    toks = art.toks
    prev = toks[i - 1].norm if i > 0 else ""
    if not (toks[i].cue.conjunction or i == art.sentence_start(i) or not toks[i - 1].is_word or prev in STOP
            or prev in CONDITIONS  # «إذا تبين أن»، «في حال تبين أن»: if it turns out
            or after_fronted(art, i)):
        return False
    return clear_without_subject(art, i)


# Words that open a fronted adverbial phrase or clause: «وبعد التحريات»، «وعند الوصول»، «ومن خلال
# التجارب»، «بعدما»، «عندما». A word behind an attached ب opens one too («وباستطلاع الأمر»، «بقياس …»).
OPENERS = "بعد عقب إثر خلال عند لدى من في مع منذ بعدما عندما حينما لما فور"
FRONTED_OPENERS = with_conjunctions(OPENERS)
# After و/ف an opener starts a clause of its own in mid-sentence («وانطلقت الفرق … وعند وصولها تبين أن»).
CONJOINED_OPENERS = FRONTED_OPENERS - {_n(w) for w in OPENERS.split()}
OPENER_REACH = 10  # words between a fronted phrase's opener and the verb


def after_fronted(art: Context, i: int) -> bool:
    """Nothing before the verb at i can be its subject: a complementiser opens its clause («يذكر أنه
    تبين في خريف … أن»، «بعد أن تبين أنهم»), or the words back to the clause's start (the sentence's
    start, a mark, a complementiser or an opener after و/ف) open with a fronted phrase (FRONTED_OPENERS
    or a ب-word: «وبعد التحريات تبين أنه»، «ومن خلال التجارب التي أجريت تبين أن»، «تضمن أنه بقياس
    العلامات الحيوية تبين أن»; not «الدراسة تبين أن»)."""
    toks, start = art.toks, art.sentence_start(i)
    j = i
    while (j > start and toks[j - 1].is_word and toks[j - 1].norm not in COMPLEMENTISERS and i - j < OPENER_REACH
           and toks[j].norm not in CONJOINED_OPENERS):
        j -= 1
    if j == i:
        return i > start and toks[i - 1].norm in COMPLEMENTISERS
    return i - j < OPENER_REACH and (toks[j].norm in FRONTED_OPENERS or has_preposition(toks[j], "ب"))


def clear_without_subject(art: Context, i: int) -> bool:
    """The تبين at i has no subject after it: only its object pronoun, a time word or prepositional
    phrases come before its أن («تبين لي بعد أسبوع أن»; not «وتبين الدراسة أن»)."""
    toks = art.toks
    k, end = i + 1, min(len(toks), i + 1 + CLEAR_REACH)
    while k < end and toks[k].is_word and toks[k].norm not in THAT:
        t = toks[k]
        if t.norm in ADVERBIAL_PREPOSITIONS or has_preposition(t, "ل") or has_preposition(t, "ب"):
            k += 1  # «بعد الفحص»، «للبحث الجنائي»: the phrase's noun and adjectives follow
            while k < end and toks[k].is_word and toks[k].norm not in THAT and is_definite(toks[k]):
                k += 1
        elif pronoun_object(t.text) or t.norm in TIME_WORDS:
            k += 1
        else:
            return False
    return k < end and toks[k].norm in THAT


CLEAR_REACH = 8  # tokens between تبين and its أن
ADVERBIAL_PREPOSITIONS = {_n(w) for w in ("بعد", "عقب", "خلال", "من", "لدى", "عند", "إثر")}
INSCRIBED = {_n(w) for w in ("عليه", "عليها", "عليهم", "عليهما")}


def inscription(art: Context, i: int) -> bool:
    """«لافتة كتب عليها "…"»، «وحملوا نعشا كتب عليه "…"»: كتب with no conjunction right after an
    indefinite noun and before على with its pronoun is the passive of a relative clause on that
    noun (on which is written), whose words no one says."""
    toks = art.toks
    if i < 1 or i + 1 >= len(toks) or toks[i].cue.lemma != WROTE or toks[i + 1].norm not in INSCRIBED:
        return False
    before = toks[i - 1]
    return before.is_word and before.norm not in STOP and not is_definite(before) and before.cue is None \
        and art.entity(before) is None


QUESTION_WORDS = with_conjunctions("هل كيف لماذا ماذا متى")
CONDITIONS = with_conjunctions("إذا اذا لو حال حالة متى")
ANSWER_MARKS = ("-", "–", "ج:", "ج :", "ج/")  # how an interview's answer paragraph opens


def interview_answer(text: str, pos: int) -> bool:
    """`pos` is in an interview's answer paragraph («- …», «ج: …»): the interviewee speaks in the first person."""
    line = text[text.rfind("\n", 0, pos) + 1:pos].lstrip()
    return line.startswith(ANSWER_MARKS)


# Verbs whose elided subject may be followed at once by the words reported, when these open with
# a word that only a clause opens with («وقال لقد …»، «وأضاف أنا …»، «وأكد لا يوجد …»).
OPENING_REPORT = {"قال", "أضاف", "تابع", "أكد", "تساءل"}
CLAUSE_OPENERS = {_n(w) for w in ("لقد", "ولقد", "أنا", "نحن", "إننا", "إنني")}  # not هو (قال هو نفسه)
# Words that open a verbal or conditional clause and never continue a noun phrase: after a report
# verb and its subject they start the words reported («وأضاف التقرير، كانت الطريقة …»، «ويقول X قد
# يكون السبب …»، «وقال الوزير، إذا لجأ …»)
CLAUSE_VERBS = frozenset(_n(w) for w in ("كان", "كانت", "كانوا", "قد", "إذا"))
ASKING = "تساءل"  # its words open with a question word («وتساءل X لماذا لا يكون …»)
MAY = {_n(w) for w in ("قد", "ربما")}  # «قد تقول لا يوجد …»: what one might say
THERE_IS_NOT = {_n(w) for w in ("يوجد", "توجد")}  # after لا: «لا يوجد»


def opened_clause(art: Context, i: int) -> tuple[str, int] | None:
    """«وقال لقد فوجئت بالقرار»: a report verb with no subject right before a clause that opens
    with لقد, a first-person pronoun, «لا يوجد» or a clause word (CLAUSE_VERBS; a question word
    after تساءل); the clause, of a few words at least, is the content."""
    toks, k = art.toks, i + 1
    limit = art.sentence_limit(i)
    if k + 1 >= limit:
        return None
    opens = toks[k].norm in clause_words(toks[i].cue.lemma) or toks[k].norm in CLAUSE_OPENERS \
        or toks[k].norm == _n("لا") and toks[k + 1].norm in THERE_IS_NOT
    words = sum(1 for t in toks[k:limit] if t.is_word)
    return ("bare", k) if opens and words >= 3 else None


def unmarked_clause(art: Context, i: int) -> tuple[str, int] | None:
    """The reported clause that the report verb at token i (OPENING_REPORT) introduces with no
    complementiser, colon or quotation mark, after its subject or at once."""
    cue = art.toks[i].cue
    if cue is None or cue.kind != VERB or cue.lemma not in OPENING_REPORT or i > 0 and art.toks[i - 1].norm in MAY:
        return None  # (not «قد يتساءل بعضكم، لماذا …»: what one might say)
    return bare_report(art, i) or opened_clause(art, i)


def clause_words(lemma: str) -> frozenset[str]:
    """The words that open the reported clause of an OPENING_REPORT verb with no complementiser."""
    return QUESTION_WORDS if lemma == ASKING else CLAUSE_VERBS


def bare_report(art: Context, i: int) -> tuple[str, int] | None:
    """«وقال الوزير للصحفيين الوضع صعب»: a report verb (OPENING_REPORT) with no complementiser;
    the content is the rest of the sentence, recognised after the subject and before a word that
    only a clause opens with («وأضاف التقرير، كانت …»، «ويقول X قد يكون …»), or, after قال only (the
    others take a noun object: «وأكد الوزير أمس التزام …»), after an addressee or a time word that
    closes the subject and before a definite noun or a pronoun that opens a clause."""
    toks = art.toks
    limit = art.sentence_limit(i)
    np = verb_subject(art, i, min(limit, i + SUBJECT_WINDOW))
    if np is None or np.end >= limit:
        return None
    # the subject ends at a clause verb it took for an apposition («وقال الوزير، إذا تأجل …»)
    clause = clause_words(toks[i].cue.lemma)
    end = next((k for k in range(np.start + 1, np.end) if toks[k].norm in clause), np.end)
    k = end
    while k < min(limit, end + 4) and (toks[k].norm in TIME_WORDS or toks[k].text in "،,"
                                       or toks[k].is_word and has_preposition(toks[k], "ل")):
        k += 1  # أمس، للصحفيين، لرويترز
    if k + 1 >= limit or k == end and toks[k].norm not in clause:
        return None
    w = toks[k]
    # a clause verb goes on at once («قد يكون»), not after a comma («ويقول روبرت كان، وهو …»: a name);
    # a title is the subject's apposition («كما يقول X، المحلل في …، …»), not the first word reported
    opens = w.norm in clause and toks[k + 1].is_word or toks[i].cue.lemma == "قال" and (
        w.norm in CLAUSE_PRONOUNS or is_definite(w) and w.norm not in STOP and art.entity(w) is None
        and not is_title(w))
    words = sum(1 for t in toks[k:limit] if t.is_word)
    return ("bare", k) if opens and w.cue is None and words >= 3 else None


# The subject of a small-clause verb after it (context.SMALL_CLAUSE) and where its object may start.
APPOSITION_COMMAS = 2  # commas after the subject that close an apposition or an adjunct before the object
SMALL_CLAUSE_WORDS = 3  # words of the object and its predicate at least
INCLUDING = {_n(w) for w in ("بما", "بمن")}  # «، بما في ذلك …»: the apposition goes on
CONSTRUCT_WORDS = 4  # nouns of an object in construct up to its definite one


def overt_small_clause(art: Context, i: int, trig: tuple[str, int] | None) -> tuple[str, int] | None:
    """«واعتبر المبعوث الأممي سياسة الاستيطان غير قانونية»، «واعتبر الوزير، سامي عادل، الأربعاء
    تصريحات النائب "غير مقبولة"»: a small-clause verb in the perfective (the imperfective is mostly
    the passive: «وتعتبر المدينة مقصدا للسياح») with its subject after it, a speaker (a name, a
    title, a body, a source or a group), then its object and predicate, which are the content (the
    guidelines' «اعتبر + small clause»). The object follows a subject that ends in a definite word
    or a name at once, or comes after the comma that closes an apposition; a complementiser or a
    colon introduces the content instead (then None), and a quotation mark only the predicate."""
    toks, cue = art.toks, art.toks[i].cue
    if cue.kind != VERB or cue.lemma not in SMALL_CLAUSE or cue.plural or imperfective(toks[i]) \
            or trig is not None and trig[0] != "mark":
        return None  # (a plural verb has its subject in it: «واعتبروا مقربين من …»)
    limit = trig[1] if trig is not None else art.sentence_limit(i)
    np = verb_subject(art, i, limit)
    if np is None or not _speaker_subject(art, np.words):
        return None
    commas = [k for k in range(np.start + 1, limit) if toks[k].text in "،,"][:APPOSITION_COMMAS]
    closed = np.end < limit and (is_definite(toks[np.end - 1]) or art.entity(toks[np.end - 1]) is not None
                                 or toks[np.end].norm in DEMONSTRATIVES)  # «وسائل إعلام صينية هذا الأمر»
    for k in sorted(({np.end} if closed else set()) | {c + 1 for c in commas}):
        while k < limit and (toks[k].norm in TIME_WORDS and art.label(toks[k]) != "PER" or toks[k].text in "،,"):
            k += 1  # «، الأربعاء»: a time word before the object
        if _opens_object(art, k, limit):
            words = [t for t in toks[k:art.sentence_limit(i)] if t.is_word]
            return ("small", k) if len(words) >= SMALL_CLAUSE_WORDS \
                and not any(t.norm in COMPLEMENTISERS for t in words[:SMALL_CLAUSE_WORDS]) else None
    return None


SPEAKER_HEADS = ORG_HEADS | GROUP_HEADS | SOURCE_HEADS | PERSON_NOUNS


def _speaker_subject(art: Context, words: list[Tok]) -> bool:
    """The subject phrase of a small-clause verb is headed (past a quantifier: «بعض المعارضين») by
    a speaker: a recognised name, a title, a body, a source, a group or a person noun."""
    head = next((w for w in words if stem_of(w) not in QUANTIFIERS), None)
    if head is None or has_preposition(head, "ب") or has_preposition(head, "ل"):
        return False
    return art.label(head) is not None or is_title(head) \
        or stem_of(head) in SPEAKER_HEADS


def _opens_object(art: Context, k: int, limit: int) -> bool:
    """Token k opens the object of a small clause: a demonstrative, or a definite noun phrase — a
    definite noun, a name, or nouns in construct up to one («سياسة الاستيطان»، «إطلاق ميليشيات
    الحوثي») — whose first word is no person, title, particle or other report; not an indefinite
    phrase, which is the predicate («مؤشر واضح»، «نوعا من …»)."""
    toks = art.toks
    if k >= limit or toks[k].norm in DEMONSTRATIVES:
        return k < limit
    t = toks[k]
    if t.norm in INCLUDING or art.label(t) == "PER" or is_title(t):
        return False
    for n in range(k, min(limit, k + CONSTRUCT_WORDS)):
        w = toks[n]
        if not w.is_word or w.norm in STOP or w.norm in COMPLEMENTISERS or accusative_form(w.norm) \
                or w.cue is not None and w.cue.kind != NOUN or behind_preposition(w) \
                or _joined_by_and(w.norm):
            return False
        if is_definite(w) or art.entity(w) is not None:
            return True
    return False


AND_REST = 50  # occurrences of the word after و under which و is its first letter, whatever the whole's


def _joined_by_and(norm: str) -> bool:
    """The normalised word reads as و joined to a common word (وخارجها، والخطة), not as a word
    spelt with و (وجود، وضع، ولاية): split off, or its rest at least a tenth as common as it."""
    if "و" in split_proclitics(norm)[0]:
        return True
    if not norm.startswith("و") or len(norm) < 4:
        return False
    freq = word_frequencies()
    rest = freq.get(norm[1:], 0)
    return rest >= AND_REST and rest * 10 >= freq.get(norm, 0)
