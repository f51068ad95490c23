"""Rebuild the full gold files (the samples' format, with text) from ../shared/corpora/news.

    python eval/news-quotes/build_gold.py ../shared/corpora/news dev OUT_DIR
    python eval/news-quotes/build_gold.py ../shared/corpora/news train OUT_DIR
    python eval/news-quotes/build_gold.py ../shared/corpora/news heldout OUT_DIR

Each article's text is read from the corpus and checked against the stored SHA-256; the quote
strings are cut from it by their offsets. Then score with scripts/eval_quotes.py OUT_DIR."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from news_text import read_article, text_hash

HERE = Path(__file__).resolve().parent


def rebuild(stripped: dict, news: Path) -> dict:
    """The full gold article from its repository form; ValueError if the text changed."""
    article = read_article(news, stripped)
    text = article["text"]
    if text_hash(text) != stripped["sha256"]:
        raise ValueError(f"{stripped['id']}: the corpus text differs from the annotated one")
    quotes = [{**q, "quote": text[q["char_start"]:q["char_end"]]} for q in stripped["quotes"]]
    source = f"{stripped['corpus']}: {stripped['file']}" + (
        f" [{stripped['index']}]" if stripped.get("index") is not None else "")
    return {"id": stripped["id"], "source": source, "licence": stripped.get("licence"),
            "outlet": stripped.get("outlet"), "url": stripped.get("url"), "title": article["title"],
            "text": text, "quotes": quotes, "entities": stripped["entities"]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("news", type=Path, help="the corpora's news folder (../shared/corpora/news)")
    ap.add_argument("split", choices=["dev", "train", "train2", "train3", "train4", "train5", "train6", "train7", "train8", "train9", "train10", "train11", "train12", "train13", "train14", "train15", "train16", "train17", "train18", "train19", "train20", "train21", "train22", "train23", "train24", "train25", "train26", "train27", "heldout"])
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    failed = 0
    for path in sorted((HERE / args.split).glob("*.json")):
        try:
            gold = rebuild(json.loads(path.read_text(encoding="utf-8")), args.news)
        except (OSError, KeyError, IndexError, ValueError) as error:
            print(f"{path.name}: {error}", file=sys.stderr)
            failed += 1
            continue
        (args.out / path.name).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                          encoding="utf-8")
    print(f"{len(list((HERE / args.split).glob('*.json'))) - failed} articles written to {args.out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
