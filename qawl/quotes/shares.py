"""Survey shares as speakers: «وقال 43 في المائة من المستطلعين إن …». The subject that
follows the cue is a percentage of the people asked, which the annotation guidelines
annotate as a group speaker («45% من … شملهم الاستطلاع»), as they do a fraction of them
(«وقال نحو نصف الآباء الذين شملتهم الدراسة»، «يشير ثلثا المجيبين إلى أن») and a share of people
named before («ويعتقد 34% منهم»); the subject parse stops at the number or the fraction, so the
share is read here from the text right after the cue."""
from __future__ import annotations

import re
from dataclasses import replace

from ..doc import Quote

_NUMBER = r"\d+(?:[.,٫]\d+)?"
_ABOUT = (r"(?:(?:نحو|حوالي|حوالى|قرابة|أكثر من|اكثر من|أقل من|اقل من|ما يقرب من|ما يزيد على|ما يزيد عن|ما يصل إلى)"
          r"\s+)?")  # «نحو 75 في المائة»، «أكثر من نصف»
_PERCENT = rf"{_ABOUT}(?:[%٪]\s?{_NUMBER}|{_NUMBER}\s?(?:[%٪]|في الما?ئة|في المئة|بالما?ئة|بالمئة))"
# a fraction in construct with a definite plural: «نصف المشاركين»، «أكثر من ثلث المهنيين»
_FRACTION = rf"{_ABOUT}(?:نصف|ثلث|ثلثا|ثلثي|ربع|ثلاثة أرباع)\s+ال[^\s،,:«»\"()]+"
# a word of the phrase, or the share in brackets after a fraction («ثلث المهنيين (35%)»)
_WORD = rf"\s+(?:[^\s،,:«»\"()]+|\(\s*{_PERCENT}\s*\))"
# the share with an optional «من» phrase or «منهم» (of people named before), or a fraction with its
# genitive and at most eight more words, then a complementiser (also «إلى أن» of أشار، لفت), a colon or a comma
SHARE = re.compile(rf"(?:{_PERCENT}(?:\s+منهم|\s+منهن|\s+من(?:{_WORD}){{1,8}}?)?|{_FRACTION}(?:{_WORD}){{0,8}}?)"
                   rf"(?=\s+(?:إن|أن|بأن|إلى\s+أن)|\s*[:،,])")
_OPENS = re.compile(rf"\s*(?:{_PERCENT}|{_FRACTION})")


def is_share(name: str) -> bool:
    """True when `name` opens with a percentage or a fraction of people: a group speaker."""
    return _OPENS.match(name) is not None


def survey_shares(quotes: list[Quote], text: str) -> list[Quote]:
    """Quotes whose cue is followed by a survey share take that share as a group speaker."""
    out = []
    for q in quotes:
        m = SHARE.match(text, q.cue_end + 1) if q.cue_start >= 0 and text[q.cue_end:q.cue_end + 1] == " " else None
        if m is None:
            out.append(q)
            continue
        out.append(replace(q, speaker=m.group(), speaker_mention=m.group(), speaker_kind="group",
                           speaker_start=m.start(), speaker_end=m.end(), speaker_aliases=(), speaker_role=""))
    return out
