"""What the rules look at in one article: tokens, quotation segments, entities, the
parts already taken by quotes, and the trigger that introduces a cue's content."""
from __future__ import annotations

from functools import lru_cache

import bisect
import itertools
from functools import cached_property
from typing import Callable, Sequence

from ..doc import Entity
from ..normalise import accusative_form, normalise, split_proclitics, strip_marks
from ..sentences import Sentence, sentence_at
from .content import (COMPLEMENTISERS, COORDINATED_COMPLEMENTISERS, COPULAS, PASSIVE_AUXILIARIES,
                      PREPOSITIONS_BEFORE_QUOTE, RELATIVE_PRONOUNS, SHORT_QUOTE, TO, is_complementiser, is_term,
                      owned_name_head)
from .contextual_cues import (CAME_IN_IT_REACH, RESUMPTIVE, came_in_it_at, mark_agent_nouns, mark_renewed_reports,
                              mark_written_texts)
from .cues import (HOMOGRAPHS, NOUN, OBJECT_FIRST, PARTICIPLE, VERB, Cue, clausal_participle, cue_of,
                   direct_only_cue, homograph_cue, is_ambiguous_participle)
from .marks import QUOTE_CHARS, TERMINATORS, Segment, Tok, attach_tokens, find_segments, tokenize
from .speakers import (COREFERRING_HEADS, FROM, NAME_HEADS_NP, ORG_HEADS, STOP, entity_words, has_preposition,
                       is_definite, is_title, names_a_source, names_the_one_before, quoted_person, read_np, stem_of)

_n = lru_cache(maxsize=None)(normalise)  # also used on literals inside loops
_UNSEEN = object()  # no entity looked up yet for a span
NEGATIONS = {_n(w) for w in ("لم", "لن", "لا", "ما", "ولم", "ولا", "وما", "فلم", "فلا", "عدم", "دون", "بدون")}
NOT_NEGATING_MA = {_n(w) for w in ("سرعان", "بعد", "قبل", "كل", "ربما", "طالما", "مثل", "حسب", "بحسب", "وفق",
                                   "كما", "وكما", "عند", "بين", "أكثر", "اكثر", "قلما")}
PARENTHETICAL = {_n(w) for w in ("حسب", "بحسب", "وفق", "وفقا", "وفقاً", "كما", "وكما")}
LIKEWISE = {_n(w) for w in ("كما", "وكما")}  # «كما قال X» (as X said) or «كما نفى X أن» (and X denied that)
LIKEWISE_SUBJECT = 4  # words of the subject between «كما نفى» and its own complementiser
# Imperfectives read as impersonal passives when a complementiser follows at once
# (يُتوقع أن، ويُذكر أن، يُعتقد أن، يُشار إلى أن): the journalist's own words.
IMPERSONAL = {"توقع", "اعتقد", "ذكر", "رجح", "اعتبر", "أشار", "قدر"}
# إنه / أنها / بأنه …: a complementiser with a pronoun, which may resume a relative ما before the verb
RESUMING_THAT = {_n(c) + s for c in ("إن", "أن", "بأن") for s in ("ه", "ها", "هم", "هما")}
RESUMED_REACH = 4  # words of a subject between such a verb and its complementiser
CLAIMING = {"قال", "زعم", "ادعى"}
FAR_MARK = 8  # tokens: a quotation further from a verb other than قال needs a colon or comma before it
AFFILIATION = {_n(w) for w in ("من", "في", "لدى", "بـ")}  # «X من معهد Y في واشنطن»: a person's place
NAME_BEFORE_COLON = 6  # words of a quoted name (a paper, a channel) in the phrase before «: "…"»
SAYING = {"قال", "أضاف", "تابع", "أردف", "صرح"}
WRITING = {"كتب", "غرد"}  # wrote, tweeted: «كتب X … على تويتر "…"» gives what was written
# Where words are written online (stems, normalised, matched inside the word: «بتويتر»، «حسابه»، «صفحتها»)
ONLINE_PLACES = tuple(_n(w) for w in ("تويتر", "تغريد", "حساب", "صفحت", "صفحة", "فيسبوك", "فيس بوك", "إنستغرام",
                                      "انستقرام", "مدونت", "مدونة"))  # (not speakers.MEDIA, the press after ل)
WRITES_WORKS = "كتب"  # wrote: also a book, a novel or a poem, whose title may follow far after it
# Where else statements are written (stems, matched the same way): the press, a letter, a site
PRESS_PLACES = tuple(_n(w) for w in ("صحيف", "جريد", "مجلة", "مجلت", "مقال", "افتتاحي", "رسال", "برقي", "موقع"))
CONCLUDING = {"ختم", "اختتم"}  # concluded: a speech, or an event whose name may follow in quotation marks
EVENT_NAME_WORDS = 5  # words of such a name
BETWEEN = _n("بين")  # the preposition, or the verb بيّن (to explain) as written without its shadda
AMONG = {_n(w) for w in ("من", "ومن", "ما", "فيما", "وفيما")}  # «من بين»، «ما بين»، «فيما بين»: the preposition
PLURAL_ENDINGS = ("ين", "ون", "ات")  # «بين الطرفين أن»: a dual or plural after it, the preposition's object
DREW_ATTENTION = "لفت"  # whose participle is also the noun لافتة (a sign) and the adjective لافت (striking)
JUSTIFY = "برر"  # justified X: the reasons follow بأن، بـ"…" or «بقوله:», not a later أن or colon
SMALL_CLAUSE = {"اعتبر"}  # verbs that take an object and a predicate (اعتبره خطأ)
# What follows the passive «يُعتبر / تُعتبر» (is considered) or its subject as the predicate: من of a class
# («تعتبر فرنسا من الدول»، «يعتبر من أكبر»), an elative («أول»، «أحد»، «الأبرز»), «بمثابة» or a pronoun of
# the copula («تعتبر هي الأعلى»). A deeming verb with an agent has a complementiser or its object there.
DEEMED_AS = {_n(w) for w in (
    "من", "بمثابة", "هو", "هي", "أحد", "إحدى", "أول", "أولى", "أكبر", "أكثر", "أهم", "أبرز", "أفضل", "أقدم",
    "أشهر", "أعلى", "أقل", "أرفع", "الأول", "الأولى", "الأكبر", "الأكثر", "الأهم", "الأبرز", "الأفضل",
    "الأعلى", "الأقدم", "الأشهر")}
ITS_SIDE = {_n(w) for w in ("جهته", "جهتها", "جهتهم", "جانبه", "جانبها", "جانبهم", "ناحيته", "ناحيتها", "طرفه",
                            "طرفها")}
FOR_ITS_PART = ITS_SIDE | {_n(w) for w in ("بدوره", "بدورها", "بدورهم")}  # «من جهته،»، «بدوره،» before a verb
POSSESSIVES = ("ها", "هم", "هما")  # «من نوعها»: a noun made definite by its pronoun (not ه, which ة is normalised to)
NOT_ELATIVES = {_n(w) for w in ("أجل", "أمس", "إلى", "أين", "أي", "أنه", "أنها", "أن", "إن")}  # spelt like أفعل
# Adverbs in the accusative that may come between a deeming verb and its complementiser or subject
DEEMING_ADVERBS = {_n(w) for w in ("أيضا", "مجددا", "عموما", "شخصيا", "حاليا", "دائما", "أساسا", "تماما", "كثيرا")}
# An object pronoun or demonstrative standing alone, right before the predicate (معتبرا ذلك فضيحة)
STANDALONE_OBJECTS = {_n(w) for w in ("إياه", "إياها", "إياهم", "إياهما", "ذلك", "هذا", "هذه", "تلك")}
VERB_WINDOW, PARTICIPLE_WINDOW, NOUN_WINDOW = 40, 7, 12
# the preposition of وصف/اتهم before what the object is called, also with the article cut off the
# quoted words («بالـ "مؤسف"»)
DESCRIBED_AS = {_n("ب"), _n("بـ"), _n("بالـ")}
# The preposition of a report verb's complement (lemmas as written in cues.VERBS)
_ON, _ABOUT = {_n("على")}, {_n("عن")}
COMPLEMENT_PREPOSITIONS = {"أعرب": _ABOUT, "عبر": _ABOUT, "حذر": {_n("من")}, "دعا": TO, "أشار": TO, "لفت": TO,
                           "نبه": TO, "أكد": _ON, "شدد": _ON, "أصر": _ON}
LONG_OBJECT_WINDOW = 12  # tokens after a participle with an addressee or object before its content
# As written (normalised, على is the name علي and إلى is إليّ, to me); not من («من قال إن»: whoever said)
NOUN_PREPOSITIONS = {c + w for w in ("في", "عن", "على", "إلى", "الى") for c in ("", "و", "ف")}
COPULA_REACH = 4  # words back to a copula whose predicate an accusative participle may be
HOMOGRAPH_SUBJECT = 6  # words of a subject between a homograph verb (وبين) and its complementiser
OPENING_SUBJECT = 16  # tokens of the subject when the homograph opens its sentence or follows «من جهته،»
QUOTED_SUBJECT = 3  # words of a name in quotation marks between such a verb and its complementiser
CLAUSE_EDGES = {"،", ",", ".", "\n"}  # tokens after which a participle opens a clause of its own
FAR = 24  # tokens: a complementiser further away needs قال or a comma before it
TRANSMISSION_REACH = 16  # tokens from نقل to the saying («قوله») of the source it names after عن
# Conjunctions that own the أن after them (كما أن، في حين أن، غير أن، لا سيما أنه): a complementiser
# there opens a clause of its own, never the content of a cue before it (but for the verbs of
# saying, whose content may start with no complementiser and run on to such a clause).
CONJUNCTIVE = {_n(w) for w in ("كما", "وكما", "حين", "غير", "بيد", "سيما", "لاسيما", "حيث", "وحيث", "إذ",
                                "خصوصا", "وخصوصا", "وخاصة", "نظرا", "سواء", "أو")}
# Impersonal predicates that own the أن after them (من المتوقع أن، يبدو أن، هذا يعني أن، لا شك أن،
# لا غرابة أن، اتضح أن): what is expected, seems or follows, which no one before them says.
IMPERSONAL_OWNERS = {_n(w) for w in ("المتوقع", "المقرر", "المفترض", "يفترض", "ويفترض", "الطبيعي", "يبدو", "ويبدو",
                                     "يعني", "شك", "غرابة", "يتضح", "اتضح")}
OWN_THAT = CONJUNCTIVE | IMPERSONAL_OWNERS


def join_abbreviations(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """The sentences with each one that ends in an abbreviated title or an initial («… قال د.»،
    «لوكالة الأنباء (د. ب. أ)») joined to the next in the same paragraph."""
    out: list[Sentence] = []
    for s in sentences:
        prev = out[-1] if out else None
        if prev is not None and prev.paragraph == s.paragraph and _ends_in_abbreviation(text, prev):
            out[-1] = Sentence(prev.index, prev.start, s.end, prev.paragraph)
        else:
            out.append(Sentence(len(out), s.start, s.end, s.paragraph))
    return out


def _ends_in_abbreviation(text: str, s: Sentence) -> bool:
    body = text[s.start:s.end].rstrip()
    if not body.endswith("."):
        return False
    words = body[:-1].split()
    return bool(words) and (initial(words[-1]) or dotted_acronym(words[-1]))


def initial(word: str) -> bool:
    """A single letter, perhaps after an opening bracket: before a dot, an abbreviated title
    (د. أ.) or a letter of an acronym written with spaced dots («(أ. ف. ب)»)."""
    w = word.lstrip("([")
    return len(w) == 1 and w.isalpha()


def dotted_acronym(word: str) -> bool:
    """Letters in groups of one to three joined by dots, before its last dot: «آر.تي.إي»، «بي.بي.سي»."""
    parts = word.lstrip("([").split(".")
    return len(parts) > 1 and all(0 < len(p) <= 3 and p.isalpha() for p in parts)


# Related-story teasers that open a line before a colon («إقرأ أيضا: …»، «قد يهمك: …»): a link to another
# article, whose first words report nothing (إقرأ is no form of أقر)
TEASERS = {(_n(a), _n(b)) for a, b in (("اقرأ", "أيضا"), ("قد", "يهمك"), ("شاهد", "أيضا"), ("اقرأ", "المزيد"))}


def for_its_part_at(toks: Sequence[Tok], k: int) -> bool:
    """Tokens k and k+1 are «من جهته»، «من جانبها» … (for his or her part, ITS_SIDE)."""
    return k + 1 < len(toks) and toks[k].norm == FROM and toks[k + 1].norm in ITS_SIDE


def _names_place(toks: Sequence[Tok], places: tuple[str, ...]) -> bool:
    """A word among `toks` holds one of the stems `places` (ONLINE_PLACES, PRESS_PLACES: «بتويتر»، «صحيفة»)."""
    return any(t.is_word and any(m in t.norm for m in places) for t in toks)


def imperfective(tok: Tok) -> bool:
    """A report verb in the imperfective: ي or ت right after its conjunction (ويعتبر، تعتبر)."""
    return tok.cue is not None and tok.norm[len(tok.cue.conjunction):][:1] in "يت"


class Context:
    """Everything the rules look at for one article: `toks` (with their cues), quotation
    `segments` (by opening offset in `seg_at`), `speech[i]` (token i is inside quoted
    speech, where nested cues are left alone), entity lookups, `sent_tok` (token range of
    each sentence) and the text already claimed by a quote."""

    def __init__(self, text: str, sentences: Sequence[Sentence], entities: Sequence[Entity]):
        self.text = text
        self.article_sentences = list(sentences)  # as the article numbers them (the quotes' index)
        self.sentences = join_abbreviations(text, self.article_sentences)  # the rules' clauses
        self.toks = tokenize(text)
        self.entities = sorted(entities, key=lambda e: e.start)
        self.ent_starts = [e.start for e in self.entities]
        self._entity_of: dict[tuple[int, int], Entity | None] = {}  # (start, end) → `entity`
        for k, t in enumerate(self.toks[:-1]):
            if t.cue is not None and t.cue.kind == PARTICIPLE and k > 0 and self.toks[k - 1].norm in COPULAS:
                t.cue = None  # «وأنه ليس مؤكدا أن»، «بات مرجحا أن»: a copula's predicate, no report
            elif t.cue is not None and k > 0 and self.toks[k - 1].norm in PASSIVE_AUXILIARIES:
                t.cue = None  # «تم نقل المصابين»، «يتم الإعلان عن»: the passive's verbal noun, no report
            elif t.cue is not None and t.cue.kind == VERB and not t.cue.conjunction and k > 0 \
                    and strip_marks(self.toks[k - 1].text) in NOUN_PREPOSITIONS and t.cue.lemma not in OBJECT_FIRST:
                t.cue = None  # «وفي رد الوزير على سؤال "…"»، «على ذكر العدد»: after a preposition, the verbal
                # noun (but «على وصف X للمتهم بـ"…"» still reports what X called him)
            elif t.cue is None and t.is_word and t.norm in HOMOGRAPHS:
                t.cue = homograph_cue(t.text, self._after_subject(k + 1), COMPLEMENTISERS)
            elif t.cue is None and t.is_word and is_ambiguous_participle(t.norm) \
                    and (k == 0 or self.toks[k - 1].text in CLAUSE_EDGES or self._circumstantial(k)):
                t.cue = clausal_participle(t.text, [x.norm for x in self.toks[k + 1:k + 3]], COMPLEMENTISERS)
        self.starts = [t.start for t in self.toks]
        self._mark_person_starts()
        self._unmark_naming_verbs()
        self._unmark_prepositions()
        self.segments = find_segments(text, lambda w: (c := cue_of(w)) is not None and c.kind == VERB)
        attach_tokens(self.segments, self.toks)
        self.seg_at = {s.open: s for s in self.segments}
        self._unmark_passive_deeming()
        self._mark_direct_only_cues()
        mark_agent_nouns(self)
        mark_renewed_reports(self)
        mark_written_texts(self)
        self.ent_spans = [(e.start, e.end) for e in self.entities]
        # openings of quotation marks that hold a person's full name: no speech (speakers.quoted_person)
        self.quoted_persons = {s.open for s in self.segments if quoted_person(self.toks, s, self.entity)}
        depth = [0] * (len(self.toks) + 1)  # speech segments opening minus closing at each token
        for s in self.segments:
            if (s.words > 3 and s.open not in self.quoted_persons or not s.closed) and s.tokens[0] < s.tokens[1]:
                depth[s.tokens[0]] += 1
                depth[s.tokens[1]] -= 1
        self.speech = list(map(bool, itertools.accumulate(depth[:-1])))
        self.sent_tok = []  # token range of each sentence
        for s in self.sentences:
            self.sent_tok.append((bisect.bisect_left(self.starts, s.start), bisect.bisect_left(self.starts, s.end)))
        self._claimed = bytearray(len(text) + 1)

    @cached_property
    def entity_words(self) -> frozenset[str]:
        """The word keys of the article's names (`speakers.entity_words`), worked out once."""
        return frozenset(entity_words(self.entities))

    def _mark_person_starts(self) -> None:
        """Flag the first token of each recognised person (no preposition there: بيارا، لاري)."""
        for e in self.entities:
            k = bisect.bisect_left(self.starts, e.start)
            if e.label == "PER" and k < len(self.toks) and self.toks[k].start == e.start:
                self.toks[k].opens_person = True

    def _drop_cues(self, no_report: Callable[[int], bool]) -> None:
        """Take the cue off every cue token k where `no_report(k)`, in text order, so that it neither
        reports nor stands between another verb and its content."""
        for k, t in enumerate(self.toks):
            if t.cue is not None and no_report(k):
                t.cue = None

    def _unmark_naming_verbs(self) -> None:
        """Take the cue of يدّعي (claims) off the passive «is called» before a name («وقال مواطن
        يدعى X:»: وقال reports, and X is the citizen's name; `speakers.names_the_one_before`)."""
        self._drop_cues(lambda k: names_the_one_before(self.toks, k))

    def _unmark_prepositions(self) -> None:
        """Take the cue of بيّن (explained) off the preposition بين spelt like it (`preposition_between`:
        «وقالت مصادر بين المقاتلين إن»)."""
        self._drop_cues(self.preposition_between)

    def _unmark_passive_deeming(self) -> None:
        """Take the cue off the passive «يُعتبر / تُعتبر» (is considered: `passive_deeming`; «يؤكد X الذي
        يعتبر من أكبر أقطاب القطاع أنه …»)."""
        def deeming(k: int) -> bool:
            cue = self.toks[k].cue
            return cue.kind == VERB and cue.lemma in SMALL_CLAUSE and imperfective(self.toks[k]) \
                and self.passive_deeming(k)
        self._drop_cues(deeming)

    def passive_deeming(self, i: int) -> bool:
        """The imperfect small-clause verb at i is the passive (يُعتبر: is considered, no one's words):
        its predicate comes right after it or after the phrase after it (`DEEMED_AS`, or an indefinite
        accusative right after it: «تعتبر نجاحا»، «يعتبر تقدما كبيرا»), or it follows a relative pronoun
        with no complementiser after it («الذي يعتبر الأب الروحي»); not «تعتبر أن» nor «يعتبر الخبراء
        هذه التعليقات بمثابة …», whose subject and object come first."""
        toks = self.toks
        if i + 2 >= len(toks):
            return False
        after = toks[i + 1]
        if for_its_part_at(toks, i + 1):
            return False  # «وتعتبر من جهتها أن»: for its part, an agent's report
        if after.norm in DEEMED_AS or accusative_form(after.norm) and after.norm not in DEEMING_ADVERBS \
                and self.entity(after) is None and toks[i + 2].norm not in COMPLEMENTISERS:
            return True
        if i > 0 and toks[i - 1].norm in RELATIVE_PRONOUNS and after.norm not in COMPLEMENTISERS:
            return True
        end = next((k for k in range(i + 1, len(toks)) if toks[k].text in ".!?؟\n"), len(toks))
        np = read_np(toks, i + 1, end, self.seg_at, self.entity)
        if not np.words or np.end + 1 >= end or toks[np.end].norm not in DEEMED_AS:
            return False
        return toks[np.end].norm != FROM or self._class_after(np.end + 1)

    def _class_after(self, k: int) -> bool:
        """The word after من at token k names a class its subject is counted in («من الدول»، «من أكبر»),
        not the body a subject comes from («خبراء من جامعة X»، «باحثون من المعهد»): an elative (أفعل:
        «من أجمل المدن»، «من أهم»), or a definite word that is no name and heads no body (with the
        article or a possessive: «الأولى من نوعها»)."""
        t = self.toks[k]
        elative = t.norm[:1] == "ا" and len(t.norm) in (3, 4) and t.norm not in NOT_ELATIVES
        definite = is_definite(t) or t.norm.endswith(POSSESSIVES)
        return elative or t.norm in DEEMED_AS or definite and self.entity(t) is None and stem_of(t) not in ORG_HEADS

    def preposition_between(self, i: int) -> bool:
        """بين with no conjunction is the preposition (between, among), not بيّن (explained), after من or ما
        («من بين الاحتمالات»، «ما بين») or after a content word that ends no clause, before a noun phrase
        («الفارق بين المجموعتين فهو أن»، «الشعور العام بين المستثمرين هو أن»، «حبال الود بين الرجلين»).
        The verb follows a mark, a function word or a relative pronoun («، بين أن»، «كما بين X»، «والتي
        بين أن») or a name, and has a complementiser, a resumptive pronoun or a preposition right after it
        («تعالى بين أنه»، «محاضرات بين فيها أن»، «المتحدث بين في تصريح أن»), or its subject, a name, a
        title or a singular noun right before a complementiser («وفي نهاية الجولة بين المدير أن»)."""
        toks = self.toks
        if toks[i].norm != BETWEEN or i == 0 or i + 2 >= len(toks):
            return False
        prev, nxt, after = toks[i - 1], toks[i + 1], toks[i + 2]
        if prev.norm in AMONG:
            return True
        bare = prev.norm[1:] if prev.norm[:1] in "وف" and prev.norm[1:] in RELATIVE_PRONOUNS else prev.norm
        if not prev.is_word or bare in STOP or bare in RELATIVE_PRONOUNS or prev.cue is not None \
                or self.entity(prev) is not None:
            return False
        if not nxt.is_word or nxt.norm in COMPLEMENTISERS or nxt.norm in RESUMPTIVE or nxt.norm in STOP \
                or self.label(nxt) in ("PER", "ORG") or is_title(nxt):
            return False
        return not (after.norm in COMPLEMENTISERS and not nxt.norm.endswith(PLURAL_ENDINGS))

    def _mark_direct_only_cues(self) -> None:
        """Give the verbs that report only direct speech (واصل، يرد) their cue where it follows."""
        for k, t in enumerate(self.toks[:-1]):
            if t.cue is None and t.is_word and (c := direct_only_cue(t.norm)) is not None \
                    and self._direct_speech_after(k + 1):
                t.cue = c

    def _direct_speech_after(self, k: int) -> bool:
        """A colon at token k or after a short subject there, or a quotation there that ends
        its clause («وواصل "…".»; not a name in quotation marks: «واصل مهرجان "عيد ينبع" فعالياته»)."""
        for t in self.toks[k:k + HOMOGRAPH_SUBJECT + 1]:
            if t.text == ":" or (seg := self.seg_at.get(t.start)) is not None and self._ends_clause(seg):
                return True
            if not t.is_word or t.cue is not None:
                return False
        return False

    def _ends_clause(self, seg: Segment) -> bool:
        """A quotation of more than a few words after which no word follows in its clause."""
        after = seg.tokens[1] + 1  # the token after the closing mark
        return seg.words > SHORT_QUOTE and (not seg.closed or after >= len(self.toks) or not self.toks[after].is_word)

    def _circumstantial(self, k: int) -> bool:
        """Token k is an accusative participle that is no predicate of كان («كان فوزه متوقعا أن») and
        no adjective of an accusative noun («اعتقادا جازما بأن»): a circumstantial report
        («… القوات العراقية ذاكرا أنهم»), with or without a comma before it."""
        before = [t.norm for t in self.toks[max(0, k - COPULA_REACH):k]]
        return self.toks[k].norm.endswith("ا") and bool(before) and not before[-1].endswith("ا") \
            and not COPULAS.intersection(before)

    def _after_subject(self, k: int) -> str:
        """The word at token k, or the complementiser after a short subject that opens there
        («وبين المصدر أن»، «وبين الرئيس العام لرعاية الشباب أنه»: بين is the verb بيّن, not
        "between", which takes two nouns joined by و) or after a long one where the verb opens its
        sentence (`_opens_sentence`), or the word after a resumptive pronoun («برقية عبر فيها عن»: the
        verb in a relative clause on its object)."""
        toks = self.toks
        first = toks[k]
        if first.norm in RESUMPTIVE and k + 1 < len(toks):
            return toks[k + 1].norm
        if k + 2 < len(toks) and for_its_part_at(toks, k):
            return self._after_subject(k + 2)  # «وبين من جهته X أن»: for his part, then the subject
        if first.text == '"':  # «وبين "المالكي" بأنه»: a short name in quotation marks
            close = next((x for x in range(k + 2, min(len(toks), k + QUOTED_SUBJECT + 2)) if toks[x].text == '"'), None)
            if close is not None and close + 1 < len(toks) and all(t.is_word for t in toks[k + 1:close]):
                return toks[close + 1].norm
        if k + 1 < len(toks) and first.is_word and toks[k + 1].norm in COMPLEMENTISERS \
                and not (k >= 2 and toks[k - 2].norm.startswith("بين")):
            return toks[k + 1].norm  # a one-word subject («وبين سالم أن»; not «بيني وبين نفسي أن»)
        if not self._subject_word(first):
            return first.norm
        opening, long = self._opens_sentence(k - 1), False
        for x in range(k + 1, min(len(toks), k + (OPENING_SUBJECT if opening else HOMOGRAPH_SUBJECT) + 1)):
            t = toks[x]
            if t.norm in COMPLEMENTISERS:  # (past a short subject, not «إلى أن»: until)
                return t.norm if not long or is_complementiser(toks, x) and toks[x - 1].norm not in TO else ""
            if t.cue is not None or t.text in TERMINATORS or t.text == ":":
                break
            long = long or x >= k + HOMOGRAPH_SUBJECT or not t.is_word or t.norm[:1] == "و" and self.entity(t) is None
            if long and not opening:
                break
        return first.norm

    def _opens_sentence(self, i: int) -> bool:
        """Token i opens its sentence, or follows «من جهته،» / «بدوره،» (for its part), where a verb
        opens the clause: a homograph there is the verb («وبين مدير عام الهيئة العامة للسياحة والآثار
        بالمنطقة فلان أن …»; the preposition's «بين X وY» opens no sentence before a complementiser), so
        its subject may be long, with و and commas in it."""
        toks = self.toks
        if i == 0 or toks[i - 1].text in TERMINATORS or "\n" in self.text[toks[i - 1].end:toks[i].start]:
            return True
        k = i - 1 if toks[i - 1].text in ("،", ",") else i
        return k > 0 and toks[k - 1].norm in FOR_ITS_PART

    def segment_index(self, seg: Segment) -> int:
        """Position of `seg` in `segments` (which are in opening order)."""
        return bisect.bisect_left(self.segments, seg.open, key=lambda s: s.open)

    def entity(self, tok: Tok) -> Entity | None:
        """The recognised entity the token overlaps, if any (worked out once per span: the rules ask
        about each token several times)."""
        span = (tok.start, tok.end)
        found = self._entity_of.get(span, _UNSEEN)
        if found is _UNSEEN:
            found = self._entity_of[span] = self._overlapping_entity(tok.start, tok.end)
        return found

    def _overlapping_entity(self, start: int, end: int) -> Entity | None:
        entities = self.entities
        k = bisect.bisect_right(self.ent_starts, start) - 1
        if k >= 0 and start < entities[k].end:  # (entities[k] starts at or before the token: bisect_right)
            return entities[k]
        k += 1
        if k < len(entities) and entities[k].start < end:  # (and after the token's start)
            return entities[k]
        return None

    def past_entity(self, k: int, limit: int | None = None) -> int:
        """The token after the entity that token k is in (or after k when it is in none), at most `limit`."""
        limit = len(self.toks) if limit is None else limit
        e = self.entity(self.toks[k])
        k += 1
        while e is not None and k < limit and self.toks[k].start < e.end:
            k += 1
        return k

    def names_source(self, k: int) -> bool:
        """`speakers.names_a_source` at token k with this article's entities."""
        return names_a_source(self.toks, k, self.entity)

    def label(self, tok: Tok) -> str | None:
        e = self.entity(tok)
        return e.label if e else None

    def is_claimed(self, pos: int) -> bool:
        return bool(self._claimed[pos])

    def claim(self, a: int, b: int) -> None:
        """Mark text[a:b] as taken by a quote (its cue, subject and content)."""
        self._claimed[a:b] = b"\x01" * (b - a)

    def sentence_of(self, i: int) -> int:
        """Index of the sentence of token i (0 without sentences)."""
        return sentence_at(self.sentences, self.toks[i].start) if self.sentences else 0

    def sentence_start(self, i: int) -> int:
        """Index of the first token of the sentence (clause) of token i."""
        return self.sent_tok[self.sentence_of(i)][0] if self.sentences else 0

    def sentence_limit(self, i: int) -> int:
        return self.sent_tok[self.sentence_of(i)][1] if self.sentences else len(self.toks)

    # -- triggers -----------------------------------------------------------------------
    def trigger(self, i: int, cue: Cue) -> tuple[str, int] | None:
        """(kind, token index) of what introduces the content of the cue at token i."""
        window = {VERB: VERB_WINDOW, PARTICIPLE: PARTICIPLE_WINDOW, NOUN: NOUN_WINDOW}[cue.kind]
        limit = self.sentence_limit(i)
        found = self._came_in_it(i, cue, limit) if cue.kind == NOUN else None
        found = found or self._trigger_from(i + 1, i, cue, limit, window)
        if found is not None and (self._sign_or_striking(i, cue, found) or self._what_ended(i, cue, found)):
            return None
        if found is None and cue.lemma in SMALL_CLAUSE and cue.kind != NOUN:
            return self._small_clause(i, limit)
        return found

    def _sign_or_striking(self, i: int, cue: Cue, found: tuple[str, int]) -> bool:
        """The participle of لفت (drew attention) reports through إلى or a complementiser («لافتا إلى أن»،
        «لافتة إلى "…"»، «لافتا أن»); read through quotation marks or a colon with no إلى before them
        it is the noun لافتة (a sign, a banner: «رفعوا لافتات كتب عليها "…"»، «تحت لافتة "…"») or the
        adjective لافت (striking: «اختار عنوانا لافتا "…"»), whose words no one says."""
        return cue.lemma == DREW_ATTENTION and cue.kind == PARTICIPLE and found[0] in ("mark", "colon") \
            and not any(t.norm in TO for t in self.toks[i + 1:found[1]])

    def _what_ended(self, i: int, cue: Cue, found: tuple[str, int]) -> bool:
        """ختم / اختتم (concluded) read through a short quotation right after a common noun: the
        quotation names the event, the show or the sale that ended («اختتمت فعاليات «عيدكم عيدنا»»،
        «اختتمت موبايلي مزاد "راقي"»، «واختتم الحفلة بإعادته لغناء «…»»), not words said at the end
        («واختتم «…»»، «وختم الوزير: «…»»، «واختتم X الذي سيرتدي القميص رقم 28 "…"»)."""
        kind, j = found
        if cue.lemma not in CONCLUDING or cue.kind != VERB or kind != "mark" or j <= i + 1:
            return False
        seg, before = self.seg_at.get(self.toks[j].start), self.toks[j - 1]
        return seg is not None and seg.words <= EVENT_NAME_WORDS and before.is_word and before.cue is None \
            and self.entity(before) is None and not is_title(before) and not before.norm.isdigit()

    def _came_in_it(self, i: int, cue: Cue, limit: int) -> tuple[str, int] | None:
        """«صدر بيان مشترك (…) بمناسبة …، جاء فيه: …»، «أعاد نشر تغريدة للناشط X، جاء فيها "…"»:
        a statement noun whose relative clause «جاء فيه / ورد فيها» comes after its adjectives,
        adjuncts and author, past the noun's window: its content opens right after that clause; a
        quotation there is the text's own words, however far the clause is from the noun."""
        toks = self.toks
        for x in range(i + 1, min(limit - 2, i + 1 + CAME_IN_IT_REACH)):
            if came_in_it_at(toks, x):
                if toks[x + 2].text in QUOTE_CHARS and toks[x + 2].start in self.seg_at:
                    return "colon", x + 1  # «جاء فيها "…"»: the text's own words, as after a colon
                return self._trigger_from(x + 2, i, cue, limit, x + 3 - i)
            if self._trigger_blocked(x, i, cue, False) or toks[x].cue is not None and toks[x].cue.kind == NOUN:
                return None
        return None

    def _small_clause(self, i: int, limit: int) -> tuple[str, int] | None:
        """«اعتبر كلمة الوزير تطاولا»، «معتبرا إياها تعديا»: an object noun phrase (or a pronoun or
        demonstrative alone) and an indefinite accusative predicate, with the object right after the
        verb (a subject after it: `reports.overt_small_clause`). An imperfective verb so built is
        mostly the passive («ويُعتبر اليود منظما»: is considered)."""
        toks = self.toks
        if imperfective(toks[i]):
            return None
        if i + 2 >= limit or not toks[i + 1].is_word or self.label(toks[i + 1]) == "PER" \
                or is_title(toks[i + 1]) or stem_of(toks[i + 1]) in COREFERRING_HEADS:
            return None
        for k in range(i + 2, min(limit, i + 7)):
            t = toks[k]
            if not t.is_word or t.cue is not None or t.norm in COMPLEMENTISERS:
                return None
            pronoun = k == i + 2 and toks[i + 1].norm in STANDALONE_OBJECTS  # «معتبرا إياها تعديا»
            object_form = accusative_form(t.norm) or pronoun and t.norm.endswith("ه") and len(t.norm) >= 4
            if not is_definite(t) and object_form and self.entity(t) is None \
                    and (pronoun or is_definite(toks[k - 1]) or self.entity(toks[k - 1]) is not None):
                return "small", i + 1
        return None

    def _trigger_from(self, j: int, i: int, cue: Cue, limit: int, window: int) -> tuple[str, int] | None:
        toks = self.toks
        long_object = cue.kind == PARTICIPLE and self._long_object(i, cue, limit)
        while j < min(limit, i + 1 + (LONG_OBJECT_WINDOW if long_object else window)):
            t = toks[j]
            if cue.lemma == JUSTIFY and j > i + 1 and not self._reasons_at(j):
                return None
            if cue.lemma == "نقل" and t.norm in TO and not (j + 1 < limit and is_complementiser(toks, j + 1)):
                return None  # «نقل خبرته إلى …»، «نقلت إلى المستشفى»: moved somewhere (not «إشارته إلى أن»)
            if t.norm in COMPLEMENTISERS and j > i + 1 and toks[j - 1].norm in OWN_THAT \
                    and cue.lemma not in SAYING:  # after قال the content may run on with no complementiser
                return None  # «تبرز فيه الأشخاص …، كما أن …»: that أن is the conjunction's
            if t.norm in COMPLEMENTISERS and is_complementiser(toks, j):
                if j - i > FAR and cue.lemma != "قال" and not any(x.text in "،," for x in toks[j - 3:j]):
                    return None  # أكدت تعلقه … (twenty words) … أن: that أن belongs to another clause
                return "comp", j
            if t.norm in COORDINATED_COMPLEMENTISERS and toks[j - 1].text in "،,":
                return "comp", j
            if t.text == ":":
                return "colon", j
            seg = self.seg_at.get(t.start) if t.text in QUOTE_CHARS else None
            if seg is not None and cue.lemma in OBJECT_FIRST and toks[j - 1].norm in DESCRIBED_AS:
                return "described", j  # «وصفه بـ"…"»، «وصفته الوزارة حينها بـ"الحادث المأساوي"»
            if seg is not None and cue.lemma == JUSTIFY:
                j = seg.tokens[1] + 1  # «برر مسؤول عبر "الاقتصادية" الحركة بأنها»: a name on the way
                continue
            if seg is not None and long_object and seg.closed and seg.words <= SHORT_QUOTE:
                j = seg.tokens[1] + 1  # «مضيفا لوكالة الأنباء «إيسنا» أنه»: the addressee's name
                continue
            if seg is not None:
                if is_term(seg, toks, self.ent_spans) and not (cue.kind == PARTICIPLE and j == i + 1):
                    j = seg.tokens[1] + 1
                    continue
                if j > i + 1 and self._named_before_colon(seg, limit):
                    return "colon", seg.tokens[1] + 1  # «في مقابلة مع "X": "…"»: the words are the second quotation
                near = j == i + 1 or self._named_kind(j - 1)  # a name right after the verb or a title
                person = seg.open in self.quoted_persons
                held = cue.plural and j == i + 1  # a plural or dual verb holds its subject: «وهتفوا "…"» quotes
                if cue.kind == VERB and seg.closed and (seg.words <= (5 if near else 3) or person) and not held:
                    after = self._trigger_from(seg.tokens[1] + 1, i, cue, limit, window)
                    if person or after is not None and after[0] != "mark":  # ونفى "الصباح" أن …: a quoted name
                        return after
                if cue.kind == VERB and j == i + 1 and seg.closed and seg.words <= 5 and not held:
                    k = seg.tokens[1] + 1
                    if after is None and k + 1 < limit and not has_preposition(toks[seg.tokens[0]], "ب") \
                            and (toks[k].is_word or toks[k].text in "،," and toks[k + 1].is_word
                                 and toks[k + 1].cue is None):
                        return None  # وشددت "الشركة …"، بعد …: the subject, and no content follows
                if j - i > FAR_MARK and cue.lemma not in SAYING and toks[j - 1].text not in ":،," \
                        and toks[j - 1].norm not in DESCRIBED_AS and not self._complement_after_comma(j - 1, cue) \
                        and not self._named_subject_only(i, j) and not self._written_online(i, j, cue, seg) \
                        and not self._far_statement(i, j, cue, seg):
                    return None  # «يكتب الشعر …، وأصدر ديوانه "…"»: a title far from the verb
                return "mark", j
            if self._trigger_blocked(j, i, cue, long_object):
                return None
            j += 1
        return None

    def _written_online(self, i: int, j: int, cue: Cue, seg: Segment) -> bool:
        """The verb at i writes (كتب، غرد), and between it and the quotation `seg` at token j, which is
        more than a name, the phrase says where online: «كتب X، وزير الخارجية، على تويتر أمس "…"»،
        «وغردت X في حسابها "…"». However far, the quotation is what was written."""
        return cue.lemma in WRITING and seg.words > SHORT_QUOTE \
            and _names_place(self.toks[i + 1:j], ONLINE_PLACES)

    def _far_statement(self, i: int, j: int, cue: Cue, seg: Segment) -> bool:
        """The quotation `seg` at token j, however far from the cue at i, is a statement that ends its
        sentence («وأعلن X مساء السبت في ختام لقاء مع Y في تورونتو "…".»، «كتبت X، واحدة من أعضاء
        مجلس محلي "…".»; not «… "…"، وكأنها»), not the object of a preposition other than the cue's own
        («نبأ القبض على "…".»), the name after a naming head («مقالا بعنوان "…"»، «حملتها "…"») nor
        the object of a verb coordinated after a comma («يكتب الشعر …، وأصدر ديوانه "…".»)."""
        before = self.toks[j - 1]
        if cue.lemma == WRITES_WORKS and not self._written_in_medium(i, j):
            return False  # «كتب الروائي فصول روايته … "…".»: a work's title, not words written in the press
        return seg.words > SHORT_QUOTE and self._ends_sentence(seg) and not self._coordinated_verb(i, j) \
            and not owned_name_head(before) and (before.norm not in PREPOSITIONS_BEFORE_QUOTE
                                                 or before.norm in COMPLEMENT_PREPOSITIONS.get(cue.lemma, ()))

    def _written_in_medium(self, i: int, j: int) -> bool:
        """From the start of the sentence of the writing verb at i to the quotation at j, a word says
        where statements are written: online or in the press, a letter or on a site («وبعد نشرها … على
        تويتر، كتبت X …»، «وكتبت صحيفة X …»، «وكتب X في مقال افتتاحي …»، «في برقية تعزية»)."""
        return _names_place(self.toks[self.sentence_start(i):j], ONLINE_PLACES + PRESS_PLACES)

    def _ends_sentence(self, seg: Segment) -> bool:
        """The closed quotation `seg` is the last thing in its sentence: a full stop, a line break or
        the end of the text follows its closing mark."""
        after = seg.tokens[1] + 1
        return seg.closed and (after >= len(self.toks) or self.toks[after].text in TERMINATORS
                               or "\n" in self.text[seg.close:self.toks[after].start])

    def _coordinated_verb(self, i: int, j: int) -> bool:
        """Between tokens i and j a comma is followed by a word that opens a clause of its own: و or ف
        split off a word that is neither definite nor a particle («، وأصدر»; not «، والرئيس»، «، وهم»)."""
        for k in range(i + 2, j):
            conjunction, rest = split_proclitics(self.toks[k].norm)
            if self.toks[k - 1].text in "،," and conjunction in ("و", "ف") and rest not in STOP \
                    and not rest.startswith("ال"):
                return True
        return False

    def _reasons_at(self, j: int) -> bool:
        """Token j, after a verb or participle of justifying (مبررا is also the noun "a reason") and
        its object, may open the reasons given: no complementiser but بأن (not «… إلى حد أن»، «أجد مبررا
        … لم أستطع أن»), no colon but after a saying («وبرر ذلك بقوله: …», not «… يتمثلان في: …»). A
        quotation is the reasons only after بـ (`_trigger_from`)."""
        t, toks = self.toks[j], self.toks
        if t.text == ":":
            return toks[j - 1].cue is not None and toks[j - 1].cue.kind == NOUN
        return t.norm not in COMPLEMENTISERS or t.norm.startswith("ب")

    def _complement_after_comma(self, k: int, cue: Cue) -> bool:
        """Token k is the preposition of the cue's complement right after a comma that closes the
        subject's apposition or an adjunct («وأعرب X، رئيس المنظمة، عن "قلقه"»، «حذرت المنظمة في
        تقرير نشرته أمس، من "أزمة"»): the quotation after it is what the verb reports."""
        return k > 0 and self.toks[k].norm in COMPLEMENT_PREPOSITIONS.get(cue.lemma, ()) \
            and self.toks[k - 1].text in "،,"

    def _trigger_blocked(self, j: int, i: int, cue: Cue, long_object: bool) -> bool:
        """Token j ends the search for the content of the cue at i: a sentence end, another report
        verb or participle, or (after a participle) a word that is no preposition."""
        toks, t = self.toks, self.toks[j]
        if (t.text in ".!?؟" or t.text == "\n") and not self.abbreviation_dot(j):
            return True
        other = t.cue if t.is_word and j > i + 1 and self.label(t) != "PER" else None   # not «أبو طالب»
        if other is not None and other.kind == VERB and not (j == i + 2 and toks[i + 1].norm == _n("قد")) \
                and not self.negated(j, strict=True) and not (self.parenthetical(j) and not self._likewise_reports(j)) \
                and (other.lemma != "نقل" or self._transmits_words(j)):
            return True
        if other is not None and other.kind == PARTICIPLE and j > i + 2:
            return True
        return cue.kind == PARTICIPLE and t.is_word and t.norm not in PREPOSITIONS_BEFORE_QUOTE \
            and j > i + 3 and not long_object

    def _likewise_reports(self, j: int) -> bool:
        """The verb at token j after «كما» has a complementiser of its own right after its short
        subject («ونفى X أي تواطؤ كما نفت موسكو أنها تدخلت»: and Moscow denied), so it reports, and is
        no aside on the report before it («كما قال X»). A verb in the past only: «كما يقول X» is an aside."""
        toks = self.toks
        if toks[j - 1].norm not in LIKEWISE or imperfective(toks[j]):
            return False  # (nor «كما يقول X أن …»: as X says, an aside in the present)
        for k in range(j + 1, min(len(toks), j + LIKEWISE_SUBJECT + 2)):
            t = toks[k]
            if t.norm in COMPLEMENTISERS:
                return True
            if not t.is_word or k == j + 1 and not self._subject_word(t):
                return False  # «كما قال خاصة أن»: no subject, an aside before «خاصة أن» (especially as)
        return False

    def _subject_word(self, t: Tok) -> bool:
        """The word can open a verb's subject: a name, a title or a definite noun."""
        return self.entity(t) is not None or is_title(t) or is_definite(t)

    def _named_subject_only(self, i: int, j: int) -> bool:
        """Between the verb at i and token j there is only a person's name and where they work or
        are, every word a recognised name or a preposition joining them («واعتبر X من معهد Y في
        واشنطن "…"»): however long, that is the subject, and the quotation its words."""
        toks = self.toks
        first = toks[i + 1]
        if self.label(first) != "PER" or (e := self.entity(first)) is None or e.start != first.start:
            return False
        return all(t.is_word and (self.entity(t) is not None or t.norm in AFFILIATION) for t in toks[i + 1:j])

    def _transmits_words(self, j: int) -> bool:
        """The verb نقل at token j reports someone's words of its own: «ونقلت الوكالة عن X قوله»
        (a source after عن, then his saying), not the passing on of the earlier report."""
        toks, limit = self.toks, min(self.sentence_limit(j), j + TRANSMISSION_REACH)
        about = next((k for k in range(j + 1, limit) if toks[k].norm == _n("عن")), None)
        return about is not None and any(t.cue is not None and t.cue.kind == NOUN and t.norm.endswith(("ه", "ها", "هم"))
                                         for t in toks[about + 2:limit])

    def _named_before_colon(self, seg: Segment, limit: int) -> bool:
        """The closed quotation `seg` holds a short name (a paper, a channel) and a colon and a second
        quotation follow it."""
        k = seg.tokens[1] + 1
        return seg.closed and seg.words <= NAME_BEFORE_COLON and k + 1 < limit and self.toks[k].text == ":" \
            and self.seg_at.get(self.toks[k + 1].start) is not None

    def _named_kind(self, k: int) -> bool:
        """Token k is a title or a kind of body, so quotation marks after it hold a name
        («رئيس "لجنة متابعة الأسعار"»، «جمعية "أصدقاء البيئة"»)."""
        t = self.toks[k]
        return t.is_word and (is_title(t) or stem_of(t) in ORG_HEADS | NAME_HEADS_NP)

    def _long_object(self, i: int, cue: Cue, limit: int) -> bool:
        """The participle at token i has a phrase before its complementiser that may run on for
        a longer window: an addressee («مضيفا للصحفيين»، «مؤكدا لوكالة الأنباء») or the object
        of a verb that takes one before بأن («واصفا الاتفاقيات التي وقعت بأنها»), or an adjunct before
        the participle's own preposition further on, its complementiser at most a word after it
        («معربة في الوقت نفسه عن أملها بأن»، «مشددا أثناء لقائه الوزير، أمس، على أنها»)."""
        if cue.lemma in OBJECT_FIRST:
            return True
        own, toks = COMPLEMENT_PREPOSITIONS.get(cue.lemma, ()), self.toks
        if any(toks[k].norm in own and any(t.norm in COMPLEMENTISERS for t in toks[k + 1:min(limit, k + 3)])
               for k in range(i + 2, min(limit, i + LONG_OBJECT_WINDOW))):
            return True  # (not «مؤكدا على تسخير …، ومتمنيا أن»: the preposition's noun is the complement)
        return i + 1 < limit and self.toks[i + 1].is_word and has_preposition(self.toks[i + 1], "ل")

    def line_limit(self, i: int) -> int:
        """Index of the first token after the line (paragraph) of token i."""
        end = self.text.find("\n", self.toks[i].start)
        return len(self.toks) if end < 0 else bisect.bisect_left(self.starts, end)

    def token_at(self, pos: int) -> int | None:
        """Index of the token that starts at offset `pos`, or None when none does."""
        k = bisect.bisect_left(self.starts, pos)
        return k if k < len(self.toks) and self.toks[k].start == pos else None

    def teaser_at(self, k: int) -> bool:
        """Tokens k and k+1 are a related-story teaser (TEASERS) that opens its line before a colon."""
        toks = self.toks
        return k + 2 < len(toks) and (toks[k].norm, toks[k + 1].norm) in TEASERS and toks[k + 2].text == ":" \
            and (k == 0 or "\n" in self.text[toks[k - 1].end:toks[k].start])

    def abbreviation_dot(self, j: int) -> bool:
        """Token j is the dot of an abbreviated title or initial («د.»، «(د. ب. أ)»), a dot
        inside an acronym, with a letter right before and after it («بي.بي.سي»، «د.ب.أ»), or the
        one that ends such an acronym («في اذاعة آر.تي.إي. الحكومية»)."""
        t, text = self.toks[j], self.text
        if t.text != "." or j == 0:
            return False
        inside = 0 < t.start and t.end < len(text) and text[t.start - 1].isalpha() and text[t.end].isalpha()
        word = text[max(text.rfind(" ", 0, t.start), text.rfind("\n", 0, t.start)) + 1:t.start]
        return inside or initial(self.toks[j - 1].text) or dotted_acronym(word)

    def impersonal(self, i: int) -> bool:
        """«يتوقع أن …»، «ويذكر أن»، «وصفت بأنها»: a passive report with no agent."""
        cue, toks = self.toks[i].cue, self.toks
        if cue is None or cue.kind != VERB or i + 1 >= len(toks):
            return False
        nxt = toks[i + 1].norm
        if cue.lemma in OBJECT_FIRST:  # with nothing between, they are passive (وُصفت بأنها)
            return not cue.object and nxt.startswith("ب") and (nxt in COMPLEMENTISERS or nxt[1:].startswith("ال") or len(nxt) == 1)
        if cue.lemma not in IMPERSONAL or cue.feminine or cue.plural:
            return False
        if not toks[i].norm[len(cue.conjunction):].startswith("ي"):
            return False  # a past form has a subject: ذكر أن … (he said that)
        if nxt == _n("إلى") and i + 2 < len(toks):
            nxt = toks[i + 2].norm
        return nxt in COMPLEMENTISERS

    def negated(self, i: int, strict: bool = False) -> bool:
        """Preceded by a negation (ولم يذكر، عدم ذكر). `strict` leaves out the ambiguous ما."""
        prev = self.toks[i - 1].norm if i > 0 else ""
        if prev not in NEGATIONS:
            return False
        if prev == _n("ما"):
            if self.toks[i].cue is not None and self.toks[i].cue.object or self._resumed_by_that(i):
                return False  # «ما وصفه "…"»، «ما قالته»: the pronoun resumes ما, a relative (what)
            before = self.toks[i - 2].norm if i > 1 else ""
            if before[:1] in ("و", "ف") and before[1:] in NOT_NEGATING_MA:
                before = before[1:]
            return not strict and before not in NOT_NEGATING_MA
        return True

    def _resumed_by_that(self, i: int) -> bool:
        """The verb of saying or claiming at token i (CLAIMING) has, right after it or after a short
        subject, a complementiser with a pronoun that resumes a ما before the verb: «يرصد ما قالت طهران
        إنه تجربة»، «إلى ما قال إنها»: what someone said something was (a negation takes a bare إن, and
        لم in news; with a verb of belief or finding the clause is rarely a report: «ما يعتقدون أنه
        السعر العادل»، «ما تبين أنه»، «ما لفت نظري هو أنه»). Not a
        masculine singular other than قال right before it, which reads as the passive («في شأن ما ذُكر
        أنه خلاف»: what was reported to be; قال's passive is قيل)."""
        toks, cue = self.toks, self.toks[i].cue
        if cue is None or cue.lemma not in CLAIMING:
            return False
        for k in range(i + 1, min(self.sentence_limit(i), i + RESUMED_REACH + 2)):
            if toks[k].norm in RESUMING_THAT:
                return k > i + 1 or cue.lemma == "قال" or cue.feminine or bool(cue.plural)
            if not toks[k].is_word or toks[k].cue is not None or toks[k].norm in COMPLEMENTISERS:
                return False
        return False

    def parenthetical(self, i: int) -> bool:
        """«حسب ما نقلت …»، «بحسب قولها»: a source aside, not a report of its own."""
        prev = [self.toks[k].norm for k in range(max(0, i - 2), i)]
        return bool(prev) and (prev[-1] in PARENTHETICAL or prev[-1] == _n("ما") and len(prev) > 1
                               and prev[0] in PARENTHETICAL)

