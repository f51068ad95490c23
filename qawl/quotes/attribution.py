"""Stage 3 of the engine: the speaker of a report. An overt candidate phrase is resolved to
whom it names (titles, sources, earlier mentions); an elided subject is found in the sentence
or among earlier speakers; a verb gives either one its gender and number."""
from __future__ import annotations

from dataclasses import replace

from .according import own_words
from .candidates import Candidate
from .context import Context
from .elided import can_speak, elided, embedded_subject, issued_document, message_sender
from .marks import Tok
from .reports import Report
from .resolve import Resolver, Speaker
from .speakers import NP, is_definite
from .subjects import SUBJECT_WINDOW, issuer_before, self_issued, subject_before, verb_subject


def speaker_for(art: Context, res: Resolver, report: Report, cand: Candidate) -> Speaker:
    """Who made the report, given its candidate phrase."""
    cue, i = report.cue, report.i
    if cand.rule == "verb" and (sp := issued_document(art, res, i)) is not None:
        return sp  # «أصدر X تقريرا يفيد بأن»: the document's issuer
    if cand.source and cand.np is None:  # «نقل التلفزيون عنه قوله»: the earlier speaker the pronoun agrees with
        return source_pronoun(res, cand.cue_tok)
    if cand.rule == "verb" and (cand.np is None or cand.np.end == i) \
            and (sp := message_sender(art, res, i)) is not None:
        return sp  # «تلقى X اتصالا من Y، أكد فيه أن»: the caller; «بعث X برقية إلى Y أكد فيها»: X, not Y
    if cand.np is not None:
        sp = res.resolve_np(cand.np, art.toks[i].start, report.j)
        if cand.source:
            sp.feminine, sp.plural = source_agreement(cand.cue_tok)
        elif cand.rule == "verb":
            sp.feminine, sp.plural = (None if cue.plural else cue.feminine), overt_plural(art, sp, cand.np, cue.plural)
        return sp
    if cand.rule == "noun" and (sp := _statement(art, res, i)) is not None:
        return sp  # «وجاء في البيان»: the body that issued the statement
    sp = elided(art, res, i)
    if cand.rule == "verb":  # an elided subject agrees with its verb too (وقالت → she, وأضافوا → they)
        return replace(sp, feminine=None if cue.plural else cue.feminine, plural=cue.plural)
    if cand.rule == "participle":
        return embedded_subject(art, res, i, sp) or sp
    return sp


def source_agreement(cue_tok: Tok) -> tuple[bool | None, bool | None]:
    """(feminine, plural) of the source Y of «نقلت الوكالة عن Y قوله»: the pronoun on its speech noun
    says them (قوله، قولها، قولهم); the verb agrees with the one who transmits, so without such a
    pronoun they are unknown."""
    suffix = own_words(cue_tok)
    if suffix is None:
        return None, None
    return (None, True) if suffix in ("هم", "هما") else (suffix == "ها", False)


def source_pronoun(res: Resolver, said: Tok) -> Speaker:
    """The source of «نقل X عنه قوله», a pronoun: the last speaker that the pronoun on the speech
    noun `said` agrees with, when it has one (no one when none does)."""
    feminine, plural = source_agreement(said)
    prev = res.last(said.start, feminine, plural)
    if prev is None:
        return Speaker("", "", "pronoun")
    return Speaker(prev.name, "", "pronoun", prev.role, aliases=prev.aliases, feminine=prev.feminine,
                   plural=prev.plural)


def _statement(art: Context, res: Resolver, i: int) -> Speaker | None:
    """A statement noun with no author after it, as its issuer: an indefinite one's is the subject
    of the verb that issues it («الوزارة أصدرت بيانا جاء فيه»); a definite one's, the issuer the
    article names at its earlier mention (otherwise None: the statement is its last speaker's)."""
    t = art.toks[i]
    if not is_definite(t):
        np = issuer_before(art, i) or self_issued(art, i)
        sp = res.resolve_np(np, art.toks[np.start].start, i) if np is not None else None
        return sp if sp is not None and can_speak(art, sp) else None
    sp = res.resolve_np(NP(i, i + 1, [t]), t.start, i + 1)
    return sp if sp.name and sp.name != sp.mention else None


def contentless_subject(art: Context, res: Resolver, report: Report) -> Speaker | None:
    """The overt subject of a report verb without content («وأشار المراسل إلى …»، «وكان المراسل قد
    انتقد …»), read as a report's is (before the verb, then after it), which later pronouns may
    refer to."""
    i, cue = report.i, report.cue
    if (sp := message_sender(art, res, i)) is not None:
        return sp  # «تلقى X اتصالا من Y، أعرب فيه عن …»: the caller, whom «وعبر عن …» goes on with
    np = (subject_before(art, i) if not cue.conjunction else None) \
        or verb_subject(art, i, min(report.limit, i + SUBJECT_WINDOW))  # «وكان X قد انتقد الاتفاق»: X
    if np is None:
        return None
    sp = res.resolve_np(np, art.toks[i].start, np.end)
    sp.feminine, sp.plural = (None if cue.plural else cue.feminine), overt_plural(art, sp, np, cue.plural)
    return sp


def overt_plural(art: Context, sp: Speaker, np: NP, verb_plural: bool) -> bool | None:
    """Number of an overt subject: a verb before its subject stays singular (قال مسؤولون), so
    a sound plural head (مسؤولون، المحتجين) says plural and a person's name singular, even one
    that ends like a plural (ماكرون، بوتين، هيلين)."""
    if verb_plural:
        return True
    head = np.words[0] if np.words else None
    if head is not None and art.label(head) != "PER" and head.norm.endswith(("ون", "ين")) and len(head.norm) > 4:
        return True
    return False if sp.kind in ("named", "title") else None
