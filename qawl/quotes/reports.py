"""Stage 1 of the engine: the reports of an article. A report is a cue word (a speech verb,
participle or statement noun) that is not negated, impersonal or parenthetical, with the
trigger that introduces its content (أن, a colon, a quotation mark …)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from ..normalise import normalise
from .context import Context
from .cues import NOUN, VERB, Cue
from .speakers import STOP, has_preposition, is_definite
from .subjects import SUBJECT_WINDOW, TIME_WORDS, verb_subject

_n = lru_cache(maxsize=None)(normalise)
BARE_REPORT = {"قال"}  # reports whose content may follow with no complementiser
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
    claimed (the caller claims it before taking the next report) is skipped."""
    for i, t in enumerate(art.toks):
        if not t.is_word or art.speech[i] or art.is_claimed(t.start):
            continue
        cue = t.cue
        if cue is not None and art.label(t) == "PER":
            continue  # دان غيلرمان: a name that is spelt like a verb
        if cue is None or art.negated(i) or (cue.kind == NOUN and art.parenthetical(i)) or art.impersonal(i):
            continue
        trig = art.trigger(i, cue)
        if trig is None and cue.kind == VERB and cue.lemma in BARE_REPORT:
            trig = bare_report(art, i)
        if trig is not None:
            yield Report(i, cue, trig[0], trig[1], art.sentence_limit(i))
        elif cue.kind == VERB:
            yield Report(i, cue, "", i, art.sentence_limit(i))


def bare_report(art: Context, i: int) -> tuple[str, int] | None:
    """«وقال الوزير للصحفيين الوضع صعب»: قال with no complementiser; the content is the
    rest of the sentence, recognised only after an addressee or a time word that closes
    the subject and before a definite noun or a pronoun that opens a clause."""
    toks = art.toks
    limit = art.sentence_limit(i)
    np = verb_subject(art, i, min(limit, i + SUBJECT_WINDOW))
    if np is None or np.end >= limit:
        return None
    k = np.end
    while k < min(limit, np.end + 4) and (toks[k].norm in TIME_WORDS or toks[k].text in "،,"
                                           or toks[k].is_word and has_preposition(toks[k], "ل")):
        k += 1  # أمس، للصحفيين، لرويترز
    if k == np.end or k >= limit:
        return None
    w = toks[k]
    opens = w.norm in CLAUSE_PRONOUNS or is_definite(w) and w.norm not in STOP and art.entity(w) is None
    words = sum(1 for t in toks[k:limit] if t.is_word)
    return ("bare", k) if opens and w.cue is None and words >= 3 else None
