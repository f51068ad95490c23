"""Parse cost of one very large article: seconds and peak memory.

    python scripts/bench_big.py DATA_DIR [--mb 4.9] [--lines N]
    python scripts/bench_big.py --hostile [--chars 1000000]

DATA_DIR holds SaudiNewsNet zips (JSON arrays of articles with a "content" field), e.g.
../shared/corpora/news/saudinewsnet. Real articles are joined, one per paragraph, until the
text reaches --mb megabytes (UTF-8), and that one text is parsed. With --lines N the input
is instead N lines of one word each, taken from the same articles. The text is built in
memory only. Peak RSS is the process's maximum resident set (model and imports included).
With --hostile, texts of --chars characters made to defeat the parser (runs of full stops,
thousands of open quotation marks on one line, a word without spaces) are timed one by one."""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def articles(data_dir: Path) -> Iterator[str]:
    """The non-empty contents of every article in the folder's zips, in file order."""
    for path in sorted(data_dir.glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                for item in json.loads(archive.read(name)):
                    content = (item.get("content") or "").strip()
                    if content:
                        yield content


def big_text(data_dir: Path, megabytes: float) -> str:
    """Whole articles joined by blank lines until the UTF-8 size reaches `megabytes`."""
    limit, parts, size = int(megabytes * 1024 * 1024), [], 0
    for content in articles(data_dir):
        parts.append(content)
        size += len(content.encode()) + 2
        if size >= limit:
            break
    return "\n\n".join(parts).encode()[:limit].decode(errors="ignore")


def word_lines(data_dir: Path, n: int) -> str:
    """`n` lines of one word each, the words of the articles in order."""
    out: list[str] = []
    for content in articles(data_dir):
        out.extend(content.split()[: n - len(out)])
        if len(out) >= n:
            break
    return "\n".join(out)


HOSTILE = {
    "full stops": ".",
    "open quotation marks": "«",
    "nested quotes": "«قال ",
    "colon quotes": "قال: «",
    "straight quotes": '"قال ',
    "no spaces": "كلمة",
    "one-word lines": "قال\n",
}


def hostile(chars: int) -> None:
    """Parse time of each hostile text of `chars` characters."""
    from qawl.pipeline import parse

    parse("قال")  # load the model
    for name, unit in HOSTILE.items():
        text = unit * (chars // len(unit))
        started = time.process_time()
        parse(text)
        print(f"{name}: {time.process_time() - started:.1f} s of CPU for {len(text):,} characters")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, nargs="?")
    parser.add_argument("--hostile", action="store_true", help="time texts made to defeat the parser")
    parser.add_argument("--chars", type=int, default=1_000_000, help="size of each hostile text")
    parser.add_argument("--mb", type=float, default=4.9, help="size of the article in MB (default 4.9)")
    parser.add_argument("--lines", type=int, help="instead: this many one-word lines")
    args = parser.parse_args()

    if args.hostile:
        return hostile(args.chars)
    if args.data_dir is None:
        parser.error("DATA_DIR is required (or --hostile)")
    from qawl.ner import load_recognizer
    from qawl.pipeline import parse

    text = word_lines(args.data_dir, args.lines) if args.lines else big_text(args.data_dir, args.mb)
    load_recognizer()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started, cpu = time.perf_counter(), time.process_time()
    article = parse(text)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"input: {len(text.encode()) / 2**20:.2f} MB, {len(text):,} characters, "
          f"{len(article.sentences):,} sentences")
    print(f"found: {len(article.entities):,} entity mentions, {len(article.quotes):,} quotes")
    print(f"parse: {seconds:.1f} s ({cpu:.1f} s of CPU)")
    print(f"peak RSS: {peak:.0f} MB (before parsing: {before:.0f} MB)")


if __name__ == "__main__":
    main()
