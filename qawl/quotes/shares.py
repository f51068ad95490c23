"""Survey shares as speakers: «وقال 43 في المائة من المستطلعين إن …». The subject that
follows the cue is a percentage of the people asked, which the annotation guidelines
annotate as a group speaker («45% من … شملهم الاستطلاع»); the subject parse stops at the
number, so the share is read here from the text right after the cue."""
from __future__ import annotations

import re
from dataclasses import replace

from ..doc import Quote

_NUMBER = r"\d+(?:[.,٫]\d+)?"
_ABOUT = r"(?:(?:نحو|حوالي|حوالى|قرابة|أكثر من|أقل من)\s+)?"  # «نحو 75 في المائة»
_PERCENT = rf"{_ABOUT}(?:[%٪]\s?{_NUMBER}|{_NUMBER}\s?(?:[%٪]|في الما?ئة|في المئة|بالما?ئة|بالمئة))"
# the share, an optional «من» phrase of at most eight words, then a complementiser or a colon
SHARE = re.compile(rf"{_PERCENT}(?:\s+من(?:\s+[^\s،,:«»\"()]+){{1,8}}?)?(?=\s+(?:إن|أن|بأن)|\s*[:،,])")
_OPENS = re.compile(rf"\s*{_PERCENT}")


def is_share(name: str) -> bool:
    """True when `name` opens with a percentage: a share of people, a group speaker."""
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
