"""Stage 2 of the engine: the overt speaker phrase a report proposes, read from the words
around its cue — the verb's subject on either side, the author of a statement noun, or the
original source behind «نقل X عن Y». No phrase means an elided subject (stage 3)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..normalise import normalise
from .apposition import extend_to_name
from .content import COMPLEMENTISERS
from .context import Context
from .contextual_cues import came_in_it_at
from .cues import NOUN, OBJECT_FIRST, OBJECT_PRONOUNS, PARTICIPLE, RENEWED_MASDARS, VERB
from .marks import Tok
from .reports import Report
from .speakers import COREFERRING_HEADS, NP, formula_at, is_title, read_np, stem_of
from .subjects import (RELATIVES, generic_subject_before, issuer_after, nisba_adjective, on_statement, own_subject,
                       relative_who_before, statement_author, indefinite_antecedent, subject_before, transmitted,
                       transmitted_after, transmitted_from_pronoun, verb_subject)

_n = lru_cache(maxsize=None)(normalise)
TIME_ANTECEDENTS = {_n(w) for w in ("الوقت", "اليوم", "الحين", "الأسبوع", "الشهر", "العام")}
CAME = {_n(w) for w in ("جاء", "ورد")}  # «بيان جاء فيه»، «رسالة ورد فيها»


@dataclass(frozen=True)
class Candidate:
    """What a report proposes: `np`, the overt subject or author (None when elided); `cue_tok`,
    the word recorded as the cue (قوله in «نقلت الإذاعة عن X قوله»); `object_start`, where the
    verb's object may start; `rule`: verb, participle or noun; `source`: `np` is the original source
    behind «نقل X عن Y», which the verb does not agree with (None: a pronoun, «نقل X عنه قوله»)."""
    np: NP | None
    cue_tok: Tok
    object_start: int
    rule: str
    source: bool = False


def propose(art: Context, report: Report) -> Candidate | None:
    """The report's candidate speaker phrase; None when the cue reports nothing of its own
    («أصدرت بيانا قالت فيه إن»: the verb after the statement noun reports it; «مما يؤكد أن»:
    a fact, not a speaker, confirms)."""
    if report.cue.kind == VERB:
        return None if _what_confirms(art, report.i) else _verb_candidate(art, report)
    if report.cue.kind == PARTICIPLE:
        return Candidate(None, art.toks[report.i], report.i + 1, "participle")
    return _noun_candidate(art, report)


WHAT = {_n(w) for w in ("ما", "مما", "بما")}  # «(م)ما يؤكد أن»: what (a fact) confirms


def _what_confirms(art: Context, i: int) -> bool:
    """The verb at i has «ما» for subject, so it is imperfective and masculine singular, with its
    complementiser right after it (or after its preposition): «مما يشير إلى أن»، «وهو ما يؤكد
    أن» (but «ما أكده الوزير»، «مما قالوا إن»، «سرعان ما نفى أن»: someone's words)."""
    toks = art.toks
    cue = toks[i].cue
    if i == 0 or toks[i - 1].norm not in WHAT or i + 1 >= len(toks) or cue.plural or cue.feminine \
            or not toks[i].norm[len(cue.conjunction):].startswith("ي"):
        return False
    k = i + 2 if toks[i + 1].norm in PREPOSITIONS_BEFORE_COMPLEMENTISER and i + 2 < len(toks) else i + 1
    return toks[k].norm in COMPLEMENTISERS


PREPOSITIONS_BEFORE_COMPLEMENTISER = {_n(w) for w in ("إلى", "الى", "على")}


def _verb_candidate(art: Context, report: Report) -> Candidate:
    toks, i, j, cue = art.toks, report.i, report.j, report.cue
    object_start, cue_tok = i + 1, toks[i]
    if (source := _transmitted_before(art, i, j)) is not None:
        return Candidate(source, cue_tok, i + 1, "verb", source=True)  # «ونقلت تقارير عن X وصفه …»: X's description
    # SV: «دمشق تعتبر …»; not a statement noun whose relative clause the verb opens («كلمة قال فيها»)
    np = (indefinite_antecedent(art, i) or generic_subject_before(art, i) or relative_who_before(art, i)
          or subject_before(art, i)) \
        if not cue.conjunction and not on_statement(art, i) else None
    # «الرئيس الذي وصف إسرائيل بـ»: the antecedent; «في الوقت الذي قال الوزير»، «القرار الذي وصفه
    # خبراء»: its own subject
    after_relative = i > 1 and toks[i - 1].norm in RELATIVES and toks[i - 2].norm not in TIME_ANTECEDENTS \
        and not own_subject(art, i)
    if np is None and not after_relative:
        np = verb_subject(art, i, _renewed_noun(art, i, j))
        if np is not None and transmitted_after(art, np.end, j, cue.lemma == "نقل") is None:
            np = extend_to_name(toks, np, j, art.entity)  # (not over the source: «نقلت الوكالة عن مدير …، X،»)
        object_start = np.end if np is not None else i + 1
    via = transmitted_after(art, np.end if np else i + 1, j, cue.lemma == "نقل")
    if via is None and cue.lemma == "نقل" \
            and (said := transmitted_from_pronoun(art, i + 1, j)) is not None:  # (also inside a misread name)
        return Candidate(None, toks[said], object_start, "verb", source=True)  # «نقل التلفزيون عنه قوله»
    if via is not None:
        said = next((k for k in range(via.end, j) if toks[k].cue is not None and toks[k].cue.kind == NOUN), None)
        if said is not None:  # نقلت الإذاعة عن X قوله: the cue is قوله
            cue_tok = toks[said]
        return Candidate(_source_holder(art, via, j, said), cue_tok, object_start, "verb", source=True)
    # شكك في تصريح الوزارة بأنه …: the statement's author (but «وصف تصريحات X بأنها»: the
    # statement is the object the speaker describes)
    author = statement_author(art, np.end if np else i + 1, j) if cue.lemma not in OBJECT_FIRST else None
    if author is not None:
        cue_tok, np = author
    return Candidate(np, cue_tok, object_start, "verb")


def _source_holder(art: Context, via: NP, j: int, said: int | None) -> NP:
    """The source of «نقل X عن Y» extended to the name of the role it opens with, before its speech
    noun at `said` («عن مدير الإدارة، X، قوله») or else the trigger at j; before a bare trigger only a
    recognised person set off by a comma is taken («عن المتحدثة باسم البيت الأبيض، X، إن»; not «عن
    مسؤولين، …، توقعهم بأن»، «نقلا عن أحد الأسرى من القوات الموالية للرئيس X، إن»: X is the president)."""
    ext = extend_to_name(art.toks, via, j if said is None else said, art.entity)
    if ext.name_at < 0 or said is not None:
        return ext
    name = ext.words[ext.name_at:]
    apposed = art.toks[name[0].index - 1].text in "،,"
    return ext if apposed and any(art.label(w) == "PER" for w in name) else via


def _renewed_noun(art: Context, i: int, j: int) -> int:
    """Where the subject of the verb at i ends before its trigger at j: at the verbal noun it
    renews, if any («وجدد الوزير التأكيد على أن»: the subject is الوزير)."""
    return next((k for k in range(i + 1, j) if art.toks[k].norm in RENEWED_MASDARS), j)


def _transmitted_before(art: Context, i: int, j: int) -> NP | None:
    """The source Y of «نقل X عن Y» right before the cue at i, a bare verb form with a pronoun: the
    cue is then Y's verbal noun («ونقلت تقارير عن X وصفه للاتهامات بأنها»: his describing, not the
    verb «وصفه»)."""
    cue = art.toks[i].cue
    if cue.conjunction or not cue.object or cue.feminine or cue.plural:
        return None  # only the bare form with a pronoun reads as a verbal noun (not «عن مسؤولين قالت»، «ويدعى»)
    np = transmitted(art, i, i)
    return np if np is not None and np.end == i and i < j else None


def divine_after(art: Context, i: int, j: int) -> NP | None:
    """«بقوله تعالى»، «قوله عز وجل»: the pronoun of the statement noun is God's, named right after it."""
    n, divine = formula_at(art.toks, i + 1, j) if i + 1 < j else (0, False)
    return NP(i + 1, i + 1 + n, art.toks[i + 1:i + 1 + n]) if n and divine else None


def _noun_candidate(art: Context, report: Report) -> Candidate | None:
    toks, i, j = art.toks, report.i, report.j
    t = toks[i]
    if i + 1 < j and (c2 := toks[i + 1].cue) is not None and c2.kind == VERB:
        return None
    came = came_in_it_between(art, i, j)
    j = j if came is None else came  # «بيان مشترك … جاء فيه: …»: the author, if any, before that clause
    np = transmitted(art, i, j) or issuer_after(art, i, j) or divine_after(art, i, j)  # «البيان الرسمي للمنظمة»
    if np is None and not t.norm.endswith(OBJECT_PRONOUNS) and i + 1 < j \
            and toks[i + 1].norm not in CAME \
            and not (nisba_adjective(toks[i + 1], t) and art.entity(toks[i + 1]) is None):
        # «بيانا جاء فيه»: no author after the noun; «البيان الرسمي»: an adjective, no author
        np = read_np(toks, i + 1, j, art.seg_at, art.entity) or None
        np = np if np and np.words and (came is None or named_author(art, np.words[0])) else None
    return Candidate(np, t, i + 1 if came is None else came + 2, "noun")  # the content follows «جاء فيه»


def came_in_it_between(art: Context, i: int, j: int) -> int | None:
    """The token of «جاء فيه / ورد فيها» between the statement noun at i and its trigger at j."""
    return next((x for x in range(i + 1, j - 1) if came_in_it_at(art.toks, x)), None)


def named_author(art: Context, w: Tok) -> bool:
    """The first word after a statement noun opens its author («بيان وزارة الخارجية»), not an
    adjective or an adjunct («بيان مشترك»، «بيانا يوم الأحد»): a name, a title or a body."""
    return art.entity(w) is not None or is_title(w) or stem_of(w) in COREFERRING_HEADS
