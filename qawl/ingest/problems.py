"""The kind of an ingest problem, for messages in the interface's language.

Readers word their problems in English (the CLI prints them as they are); `kind` names the
problem by the message's stable opening so that the dashboard can show it from
`qawl.i18n` (`problem_<kind>` keys), with the numbers it carries. Unknown problems keep
their English text. tests/test_ingest_problems.py checks each pattern against a message
the readers actually produce."""
from __future__ import annotations

import re

PATTERNS = [(kind, re.compile(pattern)) for kind, pattern in (
    ("empty", r"^empty \(nothing but whitespace\)"),
    ("binary", r"^this is .*, not a text document"),
    ("encoding", r"^(the bytes are not valid in any supported encoding|starts with a .* byte-order mark|not UTF-8 text)"),
    ("no_arabic", r"^no Arabic text found"),
    ("persian", r"^looks like Persian or Urdu"),
    ("too_big", r"larger than the 5 MB limit"),
    ("too_long", r"^the text is too long to analyse"),
    ("no_html_text", r"^no article text found in this HTML page"),
    ("bad_docx", r"^(not a readable \.docx file|an old Word \.doc file|the \.docx unpacks to more than)"),
    ("unsupported", r"^unsupported (file type|file without an extension)"),
    ("bad_json", r"^(malformed JSON|not a JSON array|expected an object)"),
    ("no_text", r"^(no article text \(a field|no text column|no <TEXT>)"),
    ("bad_csv", r"^malformed CSV row"),
    ("bad_zip", r"^(not a readable ZIP archive|damaged entry|encrypted)"),
    ("nested_zip", r"^archives inside archives"),
    ("http_status", r"^the server answered (?P<code>\d+)"),
    ("not_html", r"^not an HTML page"),
    ("timeout", r"^(no answer within|the download took too long)"),
    ("unreachable", r"^(cannot be reached|the download failed)"),
    ("not_url", r"^not a web address"),
    ("no_file", r"^no such file"),
    ("not_saved", r"^could not be saved"),
    ("not_analysed", r"^could not be analysed"),
)]


def kind(problem: str) -> tuple[str, dict[str, str]] | None:
    """(kind, the values it names) of a problem message, or None when it is not known."""
    for name, pattern in PATTERNS:
        if match := pattern.search(problem):
            return name, {k: v for k, v in match.groupdict().items() if v is not None}
    return None
