"""User and file text shown in Markdown messages keeps its literal characters."""
from __future__ import annotations

import re

import pytest

from qawl.text_safety import ECHO_LIMIT, WORD_JOINER, escape_markdown, literal, shorten

ASCII_PUNCTUATION = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""


def commonmark_text(markdown: str) -> str:
    """What a CommonMark renderer shows for text made only of characters and backslash
    escapes (an escaped ASCII punctuation character stands for itself)."""
    return re.sub(r"\\([" + re.escape(ASCII_PUNCTUATION) + "])", r"\1", markdown).replace(WORD_JOINER, "")


def unescaped_specials(markdown: str) -> list[str]:
    """Characters that open Markdown, KaTeX, a directive or a link anywhere, and those that
    open a block at the start, not preceded by a backslash."""
    inline = re.findall(r"(?<!\\)(?:\\\\)*([*_`$\[\]<>~:&])", markdown)
    return inline + re.findall(r"^\s*(?:[#>+=-]|\d+[.)])", markdown)


@pytest.mark.parametrize("text", [
    "**bold** and _it_", "$x^2$ and $$\\int$$", ":red[alarm] :smile:", "[click](https://evil.example)",
    "# heading", "- item", "1. item", "> quote", "<b>html</b>", "`code`", "a\\*b", "مقال **مهم** عن $النفط$",
    "~~struck~~ | table |", "+ item", "2) item", "=== rule", "&amp; entity", "a.txt: (note) - ok",
])
def test_escaped_markdown_shows_the_literal_characters(text):
    escaped = escape_markdown(text)
    assert commonmark_text(escaped) == text
    assert unescaped_specials(escaped) == []


@pytest.mark.parametrize("code", [":smile:", ":+1:", ":-1:"])
def test_emoji_shortcodes_are_broken_invisibly(code):
    escaped = escape_markdown(code)
    assert not re.search(r":[\w+-]+:", escaped.replace("\\", ""))
    assert commonmark_text(escaped) == code


def test_ordinary_punctuation_is_left_alone():
    assert escape_markdown("report.txt: empty (nothing), 3.5 - ok!") == r"report.txt\: empty (nothing), 3.5 - ok!"


def test_arabic_text_is_unchanged():
    assert escape_markdown("قال الوزير إن الاجتماع مهم") == "قال الوزير إن الاجتماع مهم"


def test_echoes_are_short_and_on_one_line():
    assert shorten("a\n\n  b\tc") == "a b c"
    long = "x" * 10_000
    assert len(shorten(long)) == ECHO_LIMIT and shorten(long).endswith("…")
    assert shorten("short") == "short"
    shown = literal("**" + "y" * 500)
    assert commonmark_text(shown) == "**" + "y" * (ECHO_LIMIT - 3) + "…"
    assert literal("a\nb", limit=None) == "a b"
