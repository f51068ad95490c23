"""The article in an HTML page: its title and its body text, one paragraph per line.

Page furniture (scripts, styles, navigation, header, footer, asides, forms) is dropped.
The body is the <article> element when there is a substantial one, otherwise the element
whose <p> children (and grandchildren, at half weight) hold the most text, the usual
readability heuristic."""
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


def _p_text(tag: Tag) -> int:
    return sum(len(p.get_text(strip=True)) for p in tag.find_all("p"))


def _body(soup: BeautifulSoup) -> Tag:
    """Each <p> scores its text length for its parent and half of it for its grandparent
    (so paragraphs wrapped one per <div> still elect their common container)."""
    scores: dict[int, float] = {}
    tags: dict[int, Tag] = {}
    for p in soup.find_all("p"):
        length = len(p.get_text(strip=True))
        for weight, tag in zip((1.0, 0.5), (p.parent, p.parent and p.parent.parent)):
            if isinstance(tag, Tag):
                scores[id(tag)] = scores.get(id(tag), 0.0) + weight * length
                tags[id(tag)] = tag
    best = tags[max(scores, key=scores.get)] if scores else None
    best_article = max(soup.find_all("article"), key=_p_text, default=None)
    if best_article is not None and _p_text(best_article) >= ARTICLE_SHARE * scores.get(id(best), 0):
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
