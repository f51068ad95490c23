"""Turn full gold files (the samples' format, with the article text) into the text-free files
kept in this repository: offsets, labels, speaker and entity names, and the text's SHA-256.

    python eval/news-quotes/strip_text.py FULL_GOLD_DIR SELECTION.json NEWS_DIR OUT_DIR

SELECTION.json lists {id, corpus, file, index} for each article (where its text is)."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from news_text import TRIMS, read_article, text_hash

QUOTE_KEYS = ("speaker", "speaker_mention", "cue", "type", "sentence_index", "char_start", "char_end",
              "speaker_kind", "speaker_aliases", "optional")
ENTITY_KEYS = ("text", "label", "count", "variants", "surface_forms")


def trim_of(text: str, ref: dict, news: Path) -> str:
    """How the annotated text was cut from the corpus text (a key of TRIMS)."""
    raw = read_article(news, {**ref, "trim": "none"})["text"]
    for name, cut in TRIMS.items():
        if cut(raw) == text:
            return name
    raise ValueError(f"{ref['id']}: the annotated text is not the corpus text")


def strip(gold: dict, ref: dict, news: Path) -> dict:
    """The repository form of one gold article: everything but the text, title and quote strings."""
    text = gold["text"]
    for q in gold["quotes"]:
        assert text[q["char_start"]:q["char_end"]] == q["quote"], (gold["id"], q["quote"][:30])
    return {
        "id": gold["id"],
        "corpus": ref["corpus"], "file": ref["file"], "index": ref.get("index"),
        "trim": trim_of(text, ref, news),
        "outlet": gold.get("outlet"), "url": gold.get("url"), "licence": gold.get("licence"),
        "sha256": text_hash(text),
        "quotes": [{k: q[k] for k in QUOTE_KEYS if k in q} for q in gold["quotes"]],
        "entities": [{k: e[k] for k in ENTITY_KEYS if k in e} for e in gold["entities"]],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("full", type=Path)
    ap.add_argument("selection", type=Path)
    ap.add_argument("news", type=Path, help="the corpora's news folder (../shared/corpora/news)")
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    refs = {r["id"]: r for r in json.loads(args.selection.read_text(encoding="utf-8"))}
    args.out.mkdir(parents=True, exist_ok=True)
    for path in sorted(args.full.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        stripped = strip(gold, refs[gold["id"]], args.news)
        (args.out / path.name).write_text(json.dumps(stripped, ensure_ascii=False, indent=1) + "\n",
                                          encoding="utf-8")
        print(f"{path.name}: {len(stripped['quotes'])} quotes, {len(stripped['entities'])} entities")


if __name__ == "__main__":
    main()
