"""The rows an article becomes: pure functions of the parse and its metadata, no database.

`article_rows` gives the `articles` row and the derived rows (mentions, quotes, sentences,
article words); `norm_words` is the form that full-text search indexes and queries use."""
from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..doc import Article, ArticleMeta
from ..normalise import key
from ..stopwords import MAX_WORD_LENGTH, is_content_word
from ..tokens import WORD, Token

DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
LIST_COLUMNS = ["id", "title", "outlet", "date", "url", "author", "origin", "source", "added_at"]


@dataclass(frozen=True)
class ArticleRows:
    """One article as rows of each table; `quotes` rows get their `speaker_id` when linked,
    from their speaker and `aliases` (the speaker's other names, one tuple per quote)."""
    article: dict
    mentions: list[dict]
    quotes: list[dict]
    sentences: list[dict]
    words: list[dict]
    aliases: list[tuple[str, ...]]

    @property
    def id(self) -> str:
        return self.article["id"]


Word = tuple[int, int, str, bool]   # start, end, stem (normalised, no proclitics), content word


@lru_cache(maxsize=100_000)   # about 30 MB when full
def _analyse(surface: str) -> tuple[str, bool]:
    """(stem, counted in article_words: not a stop word nor a lone letter) of a spelling;
    a run of letters too long to be a word (text without spaces) is neither indexed nor counted."""
    if len(surface) > 2 * MAX_WORD_LENGTH:
        return "", False
    token = Token(surface, 0, len(surface))
    return token.stem, is_content_word(token)


def text_words(text: str) -> list[Word]:
    """The words of `text` in order, each spelling analysed once per process."""
    analyse = _analyse
    return [m.span() + analyse(m.group()) for m in WORD.finditer(text)]


def norm_words(text: str) -> str:
    """The words of `text` normalised and without proclitics, joined by spaces: what the
    full-text index holds, and what a search query becomes (وبايدن and لبايدن → بايدن)."""
    return _norm(text_words(text))


def _norm(found: list[Word]) -> str:
    return " ".join(w[2] for w in found if w[2])


def day_of(date: str | None) -> str | None:
    """YYYY-MM-DD of an ISO 8601 date or date-time; None when there is none."""
    return date[:10] if date and DAY.match(date) else None


def parse_json(article: Article) -> str:
    """The stored parse: `Article.to_json` without the text, nor the entity and quote
    strings that are slices of it (`article_from_json` puts them back)."""
    text = article.text

    def span(fields: dict, name: str) -> dict:
        out = dict(fields)
        if out[name] == text[out["start"]:out["end"]]:
            del out[name]
        return out

    data = {"id": article.id, "title": article.title,
            "sentences": [dict(s.__dict__) for s in article.sentences],
            "entities": [span(e.__dict__, "text") for e in article.entities],
            "quotes": [span({**q.__dict__, "speaker_aliases": list(q.speaker_aliases)}, "quote")
                       for q in article.quotes]}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def article_from_json(text: str, stored: str, title: str | None) -> Article:
    """The Article back from its row (a schema-1 parse still carries every string)."""
    data = json.loads(stored)
    for spans, field in ((data["entities"], "text"), (data["quotes"], "quote")):
        for span in spans:
            span.setdefault(field, text[span["start"]:span["end"]])
    return Article.from_json({**data, "text": text, "title": title})


def article_rows(article: Article, meta: ArticleMeta, version: str, added_at: str = "") -> ArticleRows:
    """Every row `article` becomes, with `meta` as its metadata (`Store.add_rows` stamps
    `added_at` when it writes them)."""
    found = text_words(article.text)
    row = {
        "id": article.id, "title": meta.title if meta.title is not None else article.title,
        "outlet": meta.outlet, "date": meta.date, "day": day_of(meta.date), "url": meta.url,
        "author": meta.author, "origin": meta.origin, "source": meta.source,
        "text": article.text, "parse_json": parse_json(article), "pipeline_version": version,
        "added_at": added_at, **counts(article, len(found)),
    }
    return ArticleRows(row, *derived_rows(article, found))


def counts(article: Article, n_words: int) -> dict:
    return {"n_words": n_words, "n_entities": len(article.entities), "n_quotes": len(article.quotes)}


def derived_rows(article: Article, found: list[Word] | None = None) -> tuple[list, ...]:
    """(mentions, quotes, sentences, words, speaker aliases) rows of a parsed article."""
    found = text_words(article.text) if found is None else found
    return (mention_rows(article), quote_rows(article), sentence_rows(article, found),
            word_rows(article.id, found), [q.speaker_aliases for q in article.quotes])


entity_key = lru_cache(maxsize=100_000)(key)   # the same names recur across an archive


def mention_rows(article: Article) -> list[dict]:
    return [{"article_id": article.id, "start": e.start, "end": e.end, "sentence_index": e.sentence_index,
             "text": e.text, "canonical": e.canonical, "entity_key": entity_key(e.canonical), "label": e.label,
             "corrected": e.corrected}
            for e in article.entities]


QUOTE_FIELDS = ("start", "end", "sentence_index", "type", "quote", "cue", "speaker", "speaker_mention",
                "speaker_kind", "speaker_role", "rule", "confidence", "corrected")


def quote_rows(article: Article) -> list[dict]:
    """Quote rows, `speaker_id` still None."""
    return [{"article_id": article.id, "idx": i, **{f: getattr(q, f) for f in QUOTE_FIELDS}, "speaker_id": None}
            for i, q in enumerate(article.quotes)]


def sentence_rows(article: Article, found: list[Word]) -> list[dict]:
    """One row per sentence with its normalised words (`found` is in text order)."""
    starts, stems = [w[0] for w in found], [w[2] for w in found]
    rows = []
    for s in article.sentences:
        i, j = bisect_left(starts, s.start), bisect_left(starts, s.end)
        rows.append({"article_id": article.id, "idx": s.index, "start": s.start, "end": s.end,
                     "norm": " ".join(filter(None, stems[i:j]))})
    return rows


def word_rows(article_id: str, found: list[Word]) -> list[dict]:
    """Content words (stop words removed) by their clitic-free key, with their count."""
    counted = Counter(w[2] for w in found if w[3])
    return [{"article_id": article_id, "key": k, "count": n} for k, n in counted.items()]
