"""Where an annotated news article's text lives in ../shared/corpora/news, and how to read it.

Both corpora are non-commercial material, so the repository keeps only a pointer to each
article (corpus, file, element) and the SHA-256 of its text; these functions read the text back."""
from __future__ import annotations

import hashlib
import json
import re
import zipfile
from functools import lru_cache
from pathlib import Path

TREC_FIELD = re.compile(r"<(TITLE|URL|TEXT)>(.*?)</\1>", re.S)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=4)
def _snn_day(path: Path) -> list[dict]:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read(archive.namelist()[0]))


TRIMS = {
    "none": lambda text: text,
    "newline": lambda text: text.removeprefix("\n").removesuffix("\n"),  # as the samples cut ANT
    "strip": str.strip,
}


def read_article(news: Path, ref: dict) -> dict:
    """{text, title, url, outlet} of the article `ref` points to (corpus, file, index); the
    text cut as `ref["trim"]` says (one of TRIMS; default none)."""
    article = _read_raw(news, ref)
    return {**article, "text": TRIMS[ref.get("trim", "none")](article["text"])}


def _read_raw(news: Path, ref: dict) -> dict:
    if ref["corpus"] == "saudinewsnet":
        item = _snn_day(news / "saudinewsnet" / ref["file"])[ref["index"]]
        return {"text": item["content"], "title": item.get("title"), "url": item.get("url"),
                "outlet": item["source"]}
    if ref["corpus"] == "ant-politics":
        raw = (news / "ant-politics" / ref["file"]).read_text(encoding="utf-8")
        fields = {name: value for name, value in TREC_FIELD.findall(raw)}
        return {"text": fields["TEXT"], "title": fields.get("TITLE", "").strip(),
                "url": fields.get("URL", "").strip(), "outlet": ref["file"].split("/")[0]}
    raise ValueError(f"unknown corpus {ref['corpus']!r}")
