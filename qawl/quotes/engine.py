"""The attribution engine, in named stages over one article's `Context`:

1. reports.find_reports — cue words and the triggers of their content;
2. candidates.propose — the overt speaker phrase each report proposes;
3. attribution.speaker_for — that phrase resolved, or the elided subject found;
4. reported.reported_content — the reported content and its type;
5. emit.Quotes — quotes out (and their continuations, cue-less quoted paragraphs,
   «according to X» sources before or after their clause, headline statements «X: …»), then
   the article-wide passes: cataphoric pronouns, fullest names, and the plausibility check on
   every speaker."""
from __future__ import annotations

from typing import Sequence

from ..doc import Entity, Quote
from ..sentences import Sentence
from .according import according_after, according_to, as_put_by, quote_then_source
from .attribution import contentless_subject, speaker_for
from .candidates import propose
from .context import Context
from .emit import Quotes, continuations, headline_statements, quoted_paragraphs
from .interview import interviewee_answers
from .kinds import settle_kinds
from .nonspeech import no_speech
from .plausible import check_speakers, cited
from .reported import coordinated_clause, quoted_inner_report, reported_content
from .reports import find_reports
from .resolve import Resolver, Speaker, canonicalise, forward_speakers
from .speakers import names_no_one
from .shares import survey_shares

RULE_CONFIDENCE = {"verb": 0.9, "participle": 0.85, "noun": 0.75}


def extract(text: str, sentences: Sequence[Sentence], entities: Sequence[Entity]) -> list[Quote]:
    """The quotes of one article."""
    art = Context(text, sentences, [e for e in entities if not names_no_one(e.text, e.label)])
    res = Resolver(art)
    out = Quotes(art, res)
    for report in find_reports(art):
        if not report.kind:  # a report without content still introduces its subject
            sp = contentless_subject(art, res, report)
            if sp is not None:
                out.remember(sp, art.toks[report.i].start)
            continue
        cand = propose(art, report)
        if cand is None:
            continue
        sp = speaker_for(art, res, report, cand)
        c = reported_content(art, report.kind, report.j, report.limit, cand.object_start, not cited(sp.name))
        if c is None:
            continue
        if report.kind == "comp" and quoted_inner_report(art, c):
            out.remember(sp, art.toks[report.i].start)  # «ذكرت الصحيفة أن X قال: «…»»: X's quote, next
            continue
        c.rule = f"{cand.rule}+{report.kind}:{c.type}"
        nested = art.is_claimed(art.toks[report.i].start)  # reports.nested_description: an aside, no antecedent
        out.emit(sp, cand.cue_tok, c, confidence(cand.rule, report.kind, sp), antecedent=not nested)
        art.claim(art.toks[report.i].start, max(c.end, c.segment.close + 1 if c.segment else c.end))
        if c.segment is not None:
            continuations(art, c.segment, sp, out.emit)
            more = coordinated_clause(art, c.segment, report.limit)
            if more is not None and not art.is_claimed(more.start):
                more.rule = f"{cand.rule}+coordinated:{more.type}"
                out.emit(sp, cand.cue_tok, more, confidence(cand.rule, report.kind, sp))
                art.claim(more.start, more.end)
    according_after(art, res, out.emit)
    quote_then_source(art, res, out.emit)
    as_put_by(art, res, out.emit)
    quoted_paragraphs(art, res, out.emit)
    according_to(art, res, out.emit)
    headline_statements(art, res, out.emit)
    return finish(out.found, art)


def confidence(rule: str, trigger: str, sp: Speaker) -> float:
    """How sure a quote is: by the cue's kind, lower for a pronoun, a bare report or no speaker."""
    conf = RULE_CONFIDENCE[rule] * (0.8 if sp.kind == "pronoun" else 1.0) * (0.8 if trigger == "bare" else 1.0)
    return conf * 0.5 if not sp.name else conf


def finish(quotes: list[Quote], art: Context) -> list[Quote]:
    """The article's quotes in text order, pronouns with no antecedent given the next speaker,
    every speaker its fullest name, implausible speakers made explicit unknowns, unknown
    speakers' quotes that are no speech dropped, an interview's first-person answers given to
    the interviewee, and every speaker's kind checked against who the speaker is."""
    quotes = sorted(quotes, key=lambda q: q.start)
    named = survey_shares(canonicalise(forward_speakers(quotes), art), art.text)
    checked = check_speakers(named, art.entities, art.text, art.entity_words)
    kept = [q for q in checked if not no_speech(q, art)]
    return settle_kinds(interviewee_answers(kept, art.text, art.entities), art.entities)
