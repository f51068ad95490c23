"""The article in an HTML page: its title and its body text, one paragraph per line.

Page furniture (scripts, styles, navigation, header, footer, asides, forms) is dropped.
The body is the <article> element when there is a substantial one, otherwise the element
whose direct <p> children hold the most text (the usual readability heuristic)."""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from ..errors import IngestError
from .text import decode

FURNITURE = ("script", "style", "noscript", "template", "iframe", "svg", "canvas",
             "nav", "header", "footer", "aside", "form", "button", "select")
BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption")
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
ARTICLE_SHARE = 0.5  # an <article> wins when it holds at least this share of the best block


def _squash(text: str) -> str:
    return " ".join(text.split())


def _title(soup: BeautifulSoup) -> str | None:
    """The headline: an <h1> in an <article>, else the first <h1>, else <title>
    (without a trailing "| Site name")."""
    for h1 in soup.select("article h1") + soup.find_all("h1"):
        if title := _squash(h1.get_text()):
            return title
    if soup.title and (title := _squash(soup.title.get_text())):
        return title.split(" | ")[0]
    return None


def _p_text(tag: Tag, recursive: bool) -> int:
    return sum(len(p.get_text(strip=True)) for p in tag.find_all("p", recursive=recursive))


def _body(soup: BeautifulSoup) -> Tag:
    parents = {id(p.parent): p.parent for p in soup.find_all("p") if p.parent is not None}
    best = max(parents.values(), key=lambda t: _p_text(t, False), default=None)
    articles = soup.find_all("article")
    best_article = max(articles, key=lambda t: _p_text(t, True), default=None)
    best_score = _p_text(best, False) if best is not None else 0
    if best_article is not None and _p_text(best_article, True) >= ARTICLE_SHARE * best_score:
        return best_article
    return best or soup.body or soup


def _lines(body: Tag) -> list[str]:
    """Text of the innermost block elements in document order, one line per paragraph."""
    blocks = [b for b in body.find_all(BLOCKS) if b.find(BLOCKS) is None]
    texts = [b.get_text() for b in blocks] if blocks else [body.get_text("\n")]
    return [line for t in texts for line in map(_squash, t.split("\n")) if line]


def read_html(filename: str, data: bytes) -> tuple[str | None, str]:
    """(title, body text) of an HTML page; paragraphs are separated by newlines."""
    declared = META_CHARSET.search(data[:4096])
    text = decode(filename, data, declared.group(1).decode("ascii") if declared else None)
    soup = BeautifulSoup(text, "lxml")
    title = _title(soup)
    for tag in soup.find_all(FURNITURE):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    lines = [line for line in _lines(_body(soup)) if line != title]
    if not lines:
        raise IngestError(filename, "no article text found in this HTML page "
                                    "(it holds only scripts, styles or page furniture)")
    return title, "\n".join(lines)
