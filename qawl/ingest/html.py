"""The article in an HTML page, extracted by trafilatura: body text (one paragraph per
line), title, date, site name and author.

Our own part: decoding the bytes (see `text.decode`), and the date. trafilatura reads
dates from page metadata well, but on an Arabic byline («21 يوليو 2015») it guesses the
first of January; a written-out Arabic date in the byline, a <time> element or the first
lines of the text is preferred when trafilatura has no date or only such a guess."""
from __future__ import annotations

import re
from functools import lru_cache

from ..doc import ArticleMeta
from ..errors import IngestError
from .dates import find_arabic_date, iso_date
from .text import decode

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
DATED = ("//time | //*[contains(@class,'date') or contains(@class,'time') "
         "or contains(@class,'byline') or contains(@class,'meta')]")
BYLINE_PREFIX = re.compile(r"^(?:كتب|كتبت|بقلم|تقرير|By)\s*[:：-]?\s*", re.IGNORECASE)
HEAD_CHARS = 600   # how far into the extracted text a byline date is looked for
MIN_ARTICLE_CHARS = 20
DATELINE_CHARS = 80  # a first line this short holding a date is a byline, not text


@lru_cache(maxsize=1)
def _config():
    """trafilatura's settings, with its minimum article size lowered from 250 characters:
    a short news brief is still an article, and below the minimum trafilatura falls back
    to keeping menus and footers."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(MIN_ARTICLE_CHARS))
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", str(MIN_ARTICLE_CHARS))
    return config


def _element_date(tree) -> str | None:
    """A written-out Arabic date in the elements that usually hold the date."""
    for element in tree.xpath(DATED)[:50]:
        if found := find_arabic_date(" ".join(element.itertext())):
            return found
    return None


def _date(extracted: str | None, ours: str | None) -> str | None:
    """trafilatura's date unless it is missing or a bare year (YYYY-01-01) that our
    reading of the byline contradicts."""
    theirs = iso_date(extracted)
    if theirs is None or (theirs.endswith("-01-01") and ours and ours[:4] == theirs[:4]):
        return ours or theirs
    return theirs


def _title(title: str | None, sitename: str | None) -> str | None:
    """The headline without a trailing "| Site name" or "- Site name"."""
    if not title:
        return None
    for separator in (" | ", " - ", " – "):
        head, _, tail = title.rpartition(separator)
        if head and (not sitename or tail.strip() == sitename.strip() or separator == " | "):
            return head.strip()
    return title.strip()


def read_html(filename: str, data: bytes, declared: str | None = None,
              url: str | None = None) -> tuple[str, ArticleMeta]:
    """(body text, metadata) of an HTML page; `declared` is a charset named by an HTTP
    header, `url` the address it came from."""
    import trafilatura

    meta_charset = META_CHARSET.search(data[:4096])
    declared = declared or (meta_charset.group(1).decode("ascii") if meta_charset else None)
    tree = trafilatura.load_html(decode(filename, data, declared))
    byline_date = _element_date(tree) if tree is not None else None
    found = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False,
                                        config=_config()) if tree is not None else None
    if found is None or not (found.text or "").strip():
        raise IngestError(filename, "no article text found in this HTML page "
                                    "(it holds only scripts, styles or page furniture)")
    title = _title(found.title, found.sitename)
    lines = found.text.strip().split("\n")
    if title and lines[0].strip() == title and len(lines) > 1:
        lines = lines[1:]
    dateline = find_arabic_date(lines[0]) if len(lines[0]) <= DATELINE_CHARS else None
    if dateline and len(lines) > 1:   # a byline or dateline alone on the first line
        lines = lines[1:]
    text = "\n".join(lines)
    author = BYLINE_PREFIX.sub("", found.author or "").strip() or None
    date = _date(found.date, byline_date or dateline or find_arabic_date(text[:HEAD_CHARS]))
    meta = ArticleMeta(title=title, outlet=found.sitename or found.hostname,
                       url=url or found.url, date=date, author=author)
    return text, meta
