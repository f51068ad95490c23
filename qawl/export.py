"""Exports of the store, corrections applied: quotes and entities as CSV or JSON (with each
article's title, outlet, date and URL), and one gold-format file per article (the format of
the annotated samples, so a corrected article can be scored and used as development data).

Quote and entity rows come from the derived tables (built from the corrected parse),
streamed a chunk of articles at a time; gold files from `Store.get`, one article at a time."""
from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator, Sequence, TextIO

from sqlalchemy import select

from .doc import Article, ArticleMeta
from .normalise import strip_marks
from .store import Store
from .store.schema import articles, mentions, quotes, speakers
from .store.sql import chunks

ARTICLE_COLUMNS = ["article_id", "title", "outlet", "date", "url"]
QUOTE_COLUMNS = ARTICLE_COLUMNS + ["idx", "speaker", "speaker_identity", "speaker_id", "speaker_mention",
                                   "speaker_kind", "speaker_role", "cue", "type", "quote", "start", "end",
                                   "sentence_index", "rule", "confidence", "corrected"]
ENTITY_COLUMNS = ARTICLE_COLUMNS + ["text", "canonical", "label", "start", "end", "sentence_index", "corrected"]
TABLES = {"quotes": QUOTE_COLUMNS, "entities": ENTITY_COLUMNS}
FILE_NAME = re.compile(r"[^\w.-]+")


def _article_ids(store: Store, ids: Sequence[str] | None) -> list[str]:
    if ids is not None:
        return list(dict.fromkeys(ids))
    return [row["id"] for row in store.iter_articles()]


def quote_rows(store: Store, ids: Sequence[str] | None = None) -> Iterator[dict]:
    """Every quote of these articles (default: all), in article then text order."""
    a, q = articles.c, quotes.c
    columns = [a.id.label("article_id"), a.title, a.outlet, a.date, a.url, q.idx, q.speaker,
               speakers.c.name.label("speaker_identity"), q.speaker_id, q.speaker_mention, q.speaker_kind,
               q.speaker_role, q.cue, q.type, q.quote, q.start, q.end, q.sentence_index, q.rule, q.confidence,
               q.corrected]
    joined = quotes.join(articles, q.article_id == a.id).outerjoin(speakers, q.speaker_id == speakers.c.id)
    yield from _rows(store, ids, select(*columns).select_from(joined), q.article_id, q.idx)


def entity_rows(store: Store, ids: Sequence[str] | None = None) -> Iterator[dict]:
    """Every entity mention of these articles (default: all), in article then text order."""
    a, m = articles.c, mentions.c
    columns = [a.id.label("article_id"), a.title, a.outlet, a.date, a.url, m.text, m.canonical, m.label,
               m.start, m.end, m.sentence_index, m.corrected]
    query = select(*columns).select_from(mentions.join(articles, m.article_id == a.id))
    yield from _rows(store, ids, query, m.article_id, m.start)


def _rows(store: Store, ids: Sequence[str] | None, query, article_column, order) -> Iterator[dict]:
    wanted = _article_ids(store, ids)
    position = {id: i for i, id in enumerate(wanted)}
    for part in chunks(wanted):
        with store.connect() as conn:
            found = [dict(r._mapping) for r in conn.execute(query.where(article_column.in_(part)))]
        yield from sorted(found, key=lambda r: (position[r["article_id"]], r[order.name]))


def write_csv(rows: Iterable[dict], columns: Sequence[str], out: TextIO) -> int:
    """Rows as CSV with a header; returns how many."""
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    n = 0
    for n, row in enumerate(rows, 1):
        writer.writerow(row)
    return n


# ---------- gold format ----------

def gold_document(article: Article, meta: ArticleMeta) -> dict:
    """The article in the annotated samples' format (quotes with char offsets, entities
    with counts, variants and surface forms); items a human corrected say so."""
    return {
        "id": article.id, "source": meta.source, "outlet": meta.outlet, "url": meta.url, "date": meta.date,
        "title": meta.title if meta.title is not None else article.title, "text": article.text,
        "quotes": [_gold_quote(q) for q in article.quotes],
        "entities": gold_entities(article),
    }


def _gold_quote(q) -> dict:
    item = {"speaker": q.speaker, "speaker_mention": q.speaker_mention, "cue": q.cue, "type": q.type,
            "quote": q.quote, "sentence_index": q.sentence_index, "char_start": q.start, "char_end": q.end,
            "speaker_kind": q.speaker_kind, "speaker_aliases": list(q.speaker_aliases)}
    return {**item, "corrected": True} if q.corrected else item


def gold_entities(article: Article) -> list[dict]:
    """One item per (canonical name, label), in order of first mention."""
    groups: dict[tuple[str, str], list] = {}
    for e in article.entities:
        groups.setdefault((e.canonical, e.label), []).append(e)
    out = []
    for (canonical, label), found in groups.items():
        surface = Counter(article.text[e.start:e.end] for e in found)
        variants = [v for v in dict.fromkeys(strip_marks(e.text) for e in found) if v != canonical]
        item = {"text": canonical, "label": label, "count": len(found), "variants": variants,
                "surface_forms": dict(surface)}
        out.append({**item, "corrected": True} if any(e.corrected for e in found) else item)
    return out


def gold_file_name(meta: ArticleMeta, id: str, by_source: bool) -> str:
    """`<id>.json`, or with `by_source` the stem of the file the article came from."""
    stem = FILE_NAME.sub("_", Path(meta.source or "").stem).strip("_") if by_source else ""
    return f"{stem or id}.json"


def write_gold(store: Store, out_dir: str | Path, ids: Sequence[str] | None = None,
               by_source: bool = False) -> list[Path]:
    """One gold-format file per article (default: all) in `out_dir`; the paths written.
    Two articles that would get the same name from their source keep their ids instead."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written, used = [], set()
    for id in _article_ids(store, ids):
        meta = store.meta(id)
        name = gold_file_name(meta, id, by_source)
        if name in used:
            name = gold_file_name(meta, id, False)
        used.add(name)
        path = out / name
        path.write_text(json.dumps(gold_document(store.get(id), meta), ensure_ascii=False, indent=1) + "\n",
                        encoding="utf-8")
        written.append(path)
    return written
