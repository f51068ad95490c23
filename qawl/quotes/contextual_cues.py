"""Cues that only their neighbours make: a speech noun with its agent and a complementiser after
it («قول مسؤولين إن»), a renewal verb with the verbal noun of a report («جدد X التأكيد على أن»),
and a written text after «جاء في» («وجاء في التقرير أن»). `Context` runs these passes once its
tokens and entities are known; each sets `Tok.cue`."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..normalise import normalise, split_proclitics
from .content import BECAUSE, CAME_IN, COMPLEMENTISERS, PREPOSITIONS_BEFORE_QUOTE, TO, is_complementiser
from .cues import NOUN, Cue, agent_noun, is_renewal_verb, renewed_cue
from .marks import QUOTE_CHARS, Tok
from .speakers import COREFERRING_HEADS, PERSON_NOUNS, behind_preposition, is_title, stem_of

if TYPE_CHECKING:
    from .context import Context

_n = lru_cache(maxsize=None)(normalise)
AGENT_REACH = 7  # words of the agent between a speech noun (قول، ادعاءات) and its complementiser
AGENT_COMPLEMENTISERS = COMPLEMENTISERS - BECAUSE
AGENT_HEADS = COREFERRING_HEADS | PERSON_NOUNS
RENEWAL_REACH = 10  # words from a renewal verb (جدد) to the verbal noun it renews (التأكيد), its subject between
# Written texts whose words «جاء في» / «ورد في» introduce (stems, as speakers.stem_of gives them); not a
# text that others wrote for someone to say (نص القسم), a book quoting others, or a court's verdict
WRITTEN_TEXTS = {split_proclitics(_n(w))[1] for w in (
    "تقرير مقال مقالة رسالة دراسة خطاب كلمة وثيقة مذكرة قرار برقية إعلان تغريدة شكوى بلاغ تعميم تدوينة").split()}
WRITTEN_ENDINGS = tuple(WRITTEN_TEXTS)  # a stem ends its word: a cheap test before stem_of
IN = _n("في")
TEXT_OF = _n("نص")  # «جاء في نص البيان»
CAME_IN_IT_REACH = 24  # tokens from a text to the «جاء فيه» that describes it
# «بيان … جاء فيه»، «برقية عبر فيها»: the pronoun of the text a relative clause describes (a report verb
# in a relative clause on its object)
RESUMPTIVE = {_n(w) for w in ("فيه", "فيها")}
WHAT_CAME = {_n(w) for w in ("ما", "لما", "بما", "مما", "وما", "كما", "وكما", "حسبما", "بحسبما", "وحسبما", "فيما")}


def mark_agent_nouns(art: Context) -> None:
    """Give the speech nouns that report only with their agent (قول، إعلان، ادعاءات) their cue
    where the agent and then a complementiser follow."""
    for k, t in enumerate(art.toks[:-1]):
        if t.cue is None and t.is_word and (cue := agent_noun(t.norm)) is not None \
                and _agent_then_complementiser(art, k):
            t.cue = cue


def _agent_then_complementiser(art: Context, k: int) -> bool:
    """After the noun at k: an agent of a few words headed by a name, a role or a body, then a
    complementiser («قول مسؤولين في واشنطن إن»، «ادعاءات اللاعب بأنه»; not «إعلان الاتفاق بدا
    أن»، «مزاعم غربية بأن»، «إقرار للاتفاق»)."""
    toks = art.toks
    if not _agent_head(art, toks[k + 1]):
        return False
    for x in range(k + 2, min(len(toks), k + 2 + AGENT_REACH)):
        if toks[x].norm in AGENT_COMPLEMENTISERS:
            return is_complementiser(toks, x) and toks[x - 1].norm not in TO  # not «إلى أن»: until
        if not toks[x].is_word or toks[x].cue is not None:
            return False
    return False


def _agent_head(art: Context, t: Tok) -> bool:
    """A word that can head a speech noun's agent: a recognised name, a title or role, a source,
    a body or a group, with no preposition on it."""
    return t.is_word and t.cue is None and not behind_preposition(t) \
        and (art.entity(t) is not None or is_title(t) or stem_of(t) in AGENT_HEADS)


def mark_renewed_reports(art: Context) -> None:
    """Give a renewal verb (جدد، أعاد) the cue of the report whose verbal noun it takes after
    its subject, before a complementiser («وجدد رئيس الوزراء التأكيد على أن»)."""
    toks = art.toks
    for k, t in enumerate(toks[:-1]):
        if t.cue is not None or not t.is_word or not is_renewal_verb(t.norm):
            continue
        for x in range(k + 1, min(len(toks) - 1, k + 1 + RENEWAL_REACH)):
            if not toks[x].is_word and toks[x].text not in QUOTE_CHARS or toks[x].cue is not None:
                break  # (a subject may be in quotation marks: «وأعادت "الشركة" التأكيد»)
            if (cue := renewed_cue(t.norm, toks[x].norm)) is not None:
                y = x + 2 if toks[x + 1].norm in PREPOSITIONS_BEFORE_QUOTE and x + 2 < len(toks) else x + 1
                t.cue = cue if is_complementiser(toks, y) else None
                break


def mark_written_texts(art: Context) -> None:
    """A written text after «جاء في / ورد في», or after «جاء في نص», is a statement noun like
    «البيان» («وجاء في التقرير: …»، «وجاء في نص الرسالة أن …»), but not after ما, where it is a
    source aside or an object («بحسب ما جاء في التقرير»، «تنفيذا لما ورد في القرار»)."""
    toks = art.toks
    for k in range(2, len(toks)):
        t = toks[k]
        if t.cue is not None or not t.is_word or not t.norm.endswith(WRITTEN_ENDINGS) \
                or (stem := stem_of(t)) not in WRITTEN_TEXTS:
            continue
        c = k - 1 if toks[k - 1].norm != TEXT_OF or k < 3 else k - 2  # «في نص الرسالة»: the letter's text
        if toks[c].norm == IN and toks[c - 1].norm in CAME_IN and (c < 2 or toks[c - 2].norm not in WHAT_CAME):
            t.cue = Cue(stem, NOUN)
        elif not t.norm.startswith("ال") and toks[k - 1].text != "(" and not behind_preposition(t) \
                and _described_by_came_in_it(art, k):  # not «بيان (إعلان X)»، «بدأها بكلمة»، «الإدارة لدراسة»
            t.cue = Cue(stem, NOUN)  # «أعاد نشر تغريدة للناشط X، جاء فيها "…"»


def came_in_it_at(toks: list[Tok], x: int) -> bool:
    """Tokens x and x+1 are «جاء فيه / ورد فيها», the relative clause that introduces what a text says."""
    return x + 1 < len(toks) and toks[x].norm in CAME_IN and toks[x + 1].norm in RESUMPTIVE


def _described_by_came_in_it(art: Context, k: int) -> bool:
    """«جاء فيه / جاء فيها» follows the indefinite text at token k in its sentence, before any
    other cue: the relative clause that introduces what the text says."""
    toks = art.toks
    for x in range(k + 1, min(len(toks) - 1, k + 1 + CAME_IN_IT_REACH)):
        if came_in_it_at(toks, x):
            return True
        if toks[x].cue is not None or toks[x].text in ".!?؟\n":
            return False
    return False
