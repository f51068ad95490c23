"""User and file text made safe to show inside Markdown messages.

Streamlit's st.success / st.error / st.warning / st.info / st.subheader render their text as
Markdown (with KaTeX `$…$`, colour directives `:red[…]`, links and emoji shortcodes). A title,
file name or URL value shown there must appear as its literal characters, and an echo of
something a visitor typed is kept short."""
from __future__ import annotations

import re

ECHO_LIMIT = 80
# Any ASCII punctuation character may be backslash-escaped in CommonMark. Escaped anywhere:
# the ones that open emphasis, code, links, HTML, entities, KaTeX, directives or emoji
# shortcodes; at the start only: those that open a heading, quote, list or rule there.
INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>~$:&])")
BLOCK_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")
WHITESPACE = re.compile(r"\s+")
WORD_JOINER = "\u2060"  # invisible; keeps ":name:" from being read as an emoji shortcode
SHORTCODE_START = re.compile(r"\\:(?=[\w+-])")  # an escaped colon before a word or a sign


def shorten(text: str, limit: int = ECHO_LIMIT) -> str:
    """`text` on one line (runs of whitespace become one space), cut to `limit` characters
    with a final "…" when it is longer."""
    text = WHITESPACE.sub(" ", text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def escape_markdown(text: str) -> str:
    """`text` with every Markdown-significant character backslash-escaped, so that a
    Markdown renderer shows exactly these characters."""
    escaped = INLINE_SPECIAL.sub(r"\\\1", text)
    escaped = BLOCK_START.sub(lambda m: m[1] + m[2][:-1] + "\\" + m[2][-1], escaped)
    return SHORTCODE_START.sub(r"\g<0>" + WORD_JOINER, escaped)


def literal(text: object, limit: int | None = ECHO_LIMIT) -> str:
    """User or file text for a Markdown message: shortened (unless `limit` is None) and
    escaped."""
    text = str(text)
    return escape_markdown(shorten(text, limit) if limit is not None else WHITESPACE.sub(" ", text))
