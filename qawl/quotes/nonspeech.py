"""Quotes that no one said: the last pass over an article's quotes drops those whose speaker
came out unknown and whose words, read in context, are no report at all.

Issue 8's residue of unknown speakers is largely no speech. The test keeps to what the text
shows between the cue and its complementiser; a quote with a speaker is never dropped."""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ..doc import Entity, Quote
from ..normalise import normalise, strip_marks
from .content import BECAUSE, COMPLEMENTISERS, COORDINATED_COMPLEMENTISERS
from .context import Context
from .cues import PARTICIPLE, VERB, cue_of
from .plausible import UNKNOWN_SPEAKER, clause_start
from .reports import BECAME_CLEAR, clear_without_subject
from .subjects import FI, FRONTED_PREPOSITIONS, RESUMPTIVE, TIME_WORDS

_n = lru_cache(maxsize=None)(normalise)
THAT = COMPLEMENTISERS | COORDINATED_COMPLEMENTISERS
CLAUSE_BREAKS = "،,؛;"
# Prepositions a report verb takes before its complementiser («أشار إلى أن»، «شدد على أن»، «تحدث عن أن»).
BEFORE_THAT = {_n(w) for w in ("إلى", "الى", "على", "من", "عن")}
NOT_CLAUSE = BEFORE_THAT | THAT  # the words after the comma that open no clause of their own
FAR_GAP = 3  # words between a cue and its complementiser from which another clause may own it
# Words that make the أن or إن after them open an adverbial clause: «مع أن» (although), «إذ إن» (since),
# «خاصة أن» (all the more as), «بما أن»، «طالما أن» (as long as), «يندر أن»، «لا بأس أن»
ADVERBIAL_OPENERS = {_n(w) for w in ("مع", "إذ", "خاصة", "خصوصا", "سيما", "لاسيما", "بما", "طالما", "يندر", "بأس")}


def no_speech(q: Quote, art: Context) -> bool:
    """An unknown speaker's quote that is no report: its complementiser belongs to another clause
    (`owned_elsewhere`) or opens an adverbial one (`adverbial_clause`), its verb is agentless, the
    impersonal «تبين أن» (`turned_out`) or a verb of evidence (`evidence`)."""
    text = art.text
    return (q.speaker == UNKNOWN_SPEAKER or not q.speaker.strip()) and (
        owned_elsewhere(q, text, art.entities) or adverbial_clause(q, text) or agentless(q.cue)
        or turned_out(q, art) or evidence(q, text))


# Verbs of noticing, deeming, expecting and claiming, whose imperfect with no agent found is the passive
# (يُلاحَظ أن: it is noticed; يُعتبَر الوضع أكثر تعقيدا: is deemed; يُتوقَّع أن; يُزعَم أنهم: allegedly)
AGENTLESS = {"لاحظ", "اعتبر", "توقع", "زعم"}


def agentless(word: str) -> bool:
    """A masculine singular imperfect of an AGENTLESS verb (ويلاحظ، يعتبر): left with no speaker, it
    is the passive or a generic «one» (يلاحظ المرء أن), which no one says."""
    cue = cue_of(word) if word else None
    return cue is not None and cue.kind == VERB and cue.lemma in AGENTLESS and not cue.feminine \
        and not cue.plural and strip_marks(word)[len(cue.conjunction):].startswith("ي")


def turned_out(q: Quote, art: Context) -> bool:
    """«وبعد التحريات تبين أنه»، «بعد مضي أسبوع تبين لي أن»: تبيّن (it turned out) with no subject
    after it (`reports.clear_without_subject`) and no speaker found before it. reports.not_speech
    drops it only at a clause's start, where no subject can precede it («الدراسة تبين أن»)."""
    cue = cue_of(q.cue) if q.cue else None
    if cue is None or cue.kind != VERB or _n(q.cue)[len(cue.conjunction):] != BECAME_CLEAR:
        return False
    i = art.token_at(q.cue_start)
    return i is not None and clear_without_subject(art, i)


# Verbs of evidence (يؤكد، تشير إلى، يوضح، تبين), whose present tense has a fact, a figure or an event for
# subject in the writer's own reasoning: «الأرقام تشير إلى أن»، «الأمر الذي يؤكد أن»، «ما يحدث يؤكد أن».
EVIDENCE = {"أكد", "أشار", "أوضح", "بين"}
# A preposition with a pronoun back to the noun before the verb («تقريرا يشير فيه إلى أن»، «تصوير يوضح
# من خلاله أن»): a relative clause on a statement or an act, whose subject is its author.
BACK_TO_NOUN = RESUMPTIVE | {_n(w) for w in ("فيهما", "خلاله", "خلالها", "عبره", "عبرها")}
# A preposition opening the verb's clause («وفي المؤتمر الصحفي يؤكد أن»): a fronted phrase of place,
# time or topic, after which the subject is elided (a person's) or follows the verb.
FRONTED = {c + w for c in ("", "و", "ف") for w in FRONTED_PREPOSITIONS | FI}


def evidence(q: Quote, text: str) -> bool:
    """A singular present tense of a verb of evidence (EVIDENCE) with no conjunction and no speaker
    found, read through a complementiser: its subject is a thing, which no one says (the guidelines'
    non-agentive source, optional at most). Not with و/ف («…، وتؤكد أن»: it goes on with the
    sentence before, maybe a person's report whose subject was missed), before a BACK_TO_NOUN pronoun,
    after a FRONTED phrase, or read through a colon or quotation marks instead (words someone said:
    «بعبارات تبين غرابته مثل: "…"»)."""
    cue = cue_of(q.cue) if q.cue else None
    if cue is None or cue.kind != VERB or cue.lemma not in EVIDENCE or cue.plural or cue.conjunction \
            or "+comp:" not in q.rule or not strip_marks(q.cue).startswith(("ي", "ت")):
        return False
    after = text[q.cue_end:q.cue_end + 20].split()[:2]
    clause = text[clause_start(text, q.cue_start):q.cue_start].split()
    return not any(_n(w) in BACK_TO_NOUN for w in after) and not (clause and _n(clause[0]) in FRONTED)


def adverbial_clause(q: Quote, text: str) -> bool:
    """The complementiser read as the cue's opens an adverbial clause instead: it is «لأن» with its
    pronoun («ويقول رأيه …، لأنه»: because) or comes right after a subordinating word (ADVERBIAL_OPENERS:
    «تعلن ميزانيتها … مع أنه»، «يقول العوضي، إذ إن»)."""
    gap = _to_complementiser(q, text)
    if gap is None:
        return False
    words = [w.strip(CLAUSE_BREAKS + ".«»\"“”") for w in gap.split()]
    words = [_n(w) for w in words if w]
    if not words:
        return False
    return words[-1] in BECAUSE or len(words) > 1 and words[-2] in ADVERBIAL_OPENERS


def owned_elsewhere(q: Quote, text: str, entities: Sequence[Entity]) -> bool:
    """A complementiser at least three words from its cue with a clause of its own in between:
    after the last comma of the gap other words come before it, so it is theirs, not the cue's
    («تدعو للنزاهة …، ولكن …، علينا أن»، «ووصف دقيق لما يسود العالم، والأجمل في المقال أن»،
    «يغردون، ولو فعل فسيجد أن»). Not a comma right before the complementiser or a preposition and
    the complementiser («وأوضح X، في تقريره، أن»، «وتحدث الإعلام، عن أن»), a coordinated one
    («وعدت ببناء …، وأنه»), a time word alone («، أمس، إن»), a name («رأي نائب الرئيس، ديك تشيني
    بأنه») or a participle that goes on with the report («…، مؤكدا أن»)."""
    gap = _to_complementiser(q, text)
    if gap is None or len(gap.split()) - 1 < FAR_GAP:
        return False
    cut = max(gap.rfind(c) for c in CLAUSE_BREAKS)
    if cut < 0:
        return False
    after = [w for w in gap[cut + 1:].split() if any(ch.isalpha() for ch in w)
             and _n(w) not in NOT_CLAUSE]
    if not any(_n(w) not in TIME_WORDS for w in after):
        return False
    clause_start = q.cue_end + cut + 1
    if any(clause_start <= e.start < q.start for e in entities):
        return False
    return not any((c := cue_of(w)) is not None and c.kind == PARTICIPLE for w in after)


def _to_complementiser(q: Quote, text: str) -> str | None:
    """The text between a complementiser quote's cue and its content («أكد …، أن»), or None when
    the quote was not read through a complementiser (its rule has no «+comp:»)."""
    if q.cue_end < 0 or q.cue_end > q.start or "+comp:" not in q.rule:
        return None
    return text[q.cue_end:q.start]
