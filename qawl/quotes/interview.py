"""An interview's answers: the interviewee speaks in them in the first person (issue 8). A report
verb in the first person (أعتقد، أعترف) in an answer paragraph right after a question line is
the interviewee's, and the interviewee is the person the article's lead names first."""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..doc import Entity, Quote
from .cues import cue_of
from .plausible import UNKNOWN_SPEAKER
from .reports import first_person, interview_answer

QUESTION_MARKS = ("؟", "?")


def interviewee_answers(quotes: list[Quote], text: str, entities: Sequence[Entity]) -> list[Quote]:
    """The quotes with the interviewee as the speaker of every unknown speaker's first-person
    report in an answer (`answers_question`); the others as they are."""
    who = None
    out = []
    for q in quotes:
        cue = cue_of(q.cue) if q.cue and q.speaker == UNKNOWN_SPEAKER else None
        if cue is not None and first_person(q.cue, cue) and answers_question(text, q.cue_start):
            who = who or lead_person(text, entities)
            if who is not None:
                q = replace(q, speaker=who.canonical, speaker_kind="named", speaker_role="", speaker_aliases=())
        out.append(q)
    return out


def answers_question(text: str, pos: int) -> bool:
    """`pos` is in an answer paragraph (`reports.interview_answer`: «- …»، «ج: …») right after a
    line that ends with a question mark."""
    start = text.rfind("\n", 0, pos) + 1
    return start > 0 and interview_answer(text, pos) and text[:start].rstrip().endswith(QUESTION_MARKS)


def lead_person(text: str, entities: Sequence[Entity]) -> Entity | None:
    """The first person named in the article's first paragraph, if any."""
    body = len(text) - len(text.lstrip())
    end = text.find("\n", body)
    end = len(text) if end < 0 else end
    return next((e for e in sorted(entities, key=lambda e: e.start) if e.label == "PER" and e.start < end), None)
