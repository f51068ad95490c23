"""Dates as archives and pages write them, to ISO 8601.

Accepted: ISO forms (2015-07-21, 2015-07-21 02:51:32, 2015-07-21T02:51:32+03:00), e-mail
style dates (Sun, 18 Feb 2018 20:50:44 GMT), day/month/year with slashes, and Arabic
dates written out («21 يوليو 2015», «٢١ تموز ٢٠١٥», «3 كانون الثاني 2016»): both the
Egyptian/Gulf month names and the Levantine ones, Arabic-Indic digits included."""
from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from ..months import MONTHS

DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))  # longest first
ARABIC_DATE = re.compile(rf"(?<!\d)(\d{{1,2}})\s*(?:من\s+)?({_MONTH_NAMES})(?![\w])\s*[،,]?\s*(?:عام\s+|سنة\s+)?(\d{{4}})(?!\d)")
ISO = re.compile(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?")
SLASHED = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")


def _iso(value: str) -> str | None:
    if not ISO.fullmatch(value):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.date().isoformat() if len(value) == 10 else parsed.isoformat()


def _email_style(value: str) -> str | None:
    if not re.search(r"[A-Za-z]{3}", value):
        return None
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def find_arabic_date(text: str) -> str | None:
    """The first written-out Arabic date in `text` (YYYY-MM-DD), or None."""
    for match in ARABIC_DATE.finditer(text.translate(DIGITS)):
        day, month, year = match.groups()
        if found := _day(int(year), MONTHS[month], int(day)):
            return found
    return None


def iso_date(value: object) -> str | None:
    """`value` as an ISO 8601 date or date-time, or None when it is empty or unreadable."""
    if value is None:
        return None
    text = " ".join(str(value).translate(DIGITS).split())
    if not text:
        return None
    if found := _iso(text) or _email_style(text):
        return found
    if slashed := SLASHED.fullmatch(text):
        day, month, year = map(int, slashed.groups())
        return _day(year, month, day)
    return find_arabic_date(text)
