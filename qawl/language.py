"""Telling Arabic from Persian and Urdu, which share its script.

Persian and Urdu use letters Arabic lacks: پ چ ژ گ (both), ٹ ڈ ڑ ں ے ھ ہ (Urdu), ۀ, and
their own forms of kaf and ya (ک ی), which replace Arabic ك ي in almost every word. Arabic
news spells a few foreign names with them (پوتین, گوگل), so the test is their frequency:
a text is Persian or Urdu when many of its words hold such letters, and at least some hold
letters other than ک ی (an Arabic text typed on a Persian keyboard uses only those two)."""
from __future__ import annotations

import re

STRONG = set("پچژگٹڈڑںےھہۀۃ")
WEAK = set("کی")
ARABIC_SCRIPT_WORD = re.compile(r"[\u0621-\u065f\u066e-\u06d3\u06d5\u06fa-\u06ff]+")
MIN_SHARE = 0.15   # of the Arabic-script words
MIN_WORDS = 3
SAMPLE = 200_000   # characters judged (the start of a long text is enough)


def looks_persian_or_urdu(text: str) -> bool:
    """True when `text` reads as Persian or Urdu rather than Arabic."""
    words = ARABIC_SCRIPT_WORD.findall(text[:SAMPLE])
    marked = [w for w in words if not STRONG.isdisjoint(w) or not WEAK.isdisjoint(w)]
    strong = sum(1 for w in marked if not STRONG.isdisjoint(w))
    return len(marked) >= MIN_WORDS and len(marked) >= MIN_SHARE * len(words) and strong > 0
