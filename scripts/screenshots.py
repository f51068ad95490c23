"""Screenshots of every page in headless Chromium, for the default article and for an
article uploaded through the Upload page.

    python scripts/screenshots.py                 # starts its own server on a fresh database
    python scripts/screenshots.py --url URL       # uses a running server instead

PNG files go to screenshots/ (ignored by git). Exits non-zero when a page shows an exception
or a dialog (such as Streamlit's "Page not found").
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
from appserver import EXCEPTION, ROOT, chromium, running_app, wait_for_app  # noqa: E402

sys.path.insert(0, str(ROOT))  # qawl, when the package is not installed

# URL path of each page; the Article page is the default page, served at the root.
PAGES = {"article": "", "entities": "entities", "wordcloud": "wordcloud", "quotes": "quotes", "upload": "upload",
         "library": "library", "search": "search?q=بايدن", "entity": "entity?name=جو بايدن",
         "speakers": "speakers?kinds=person&kinds=organisation", "corpus": "corpus"}
SAMPLE = ROOT / "tests" / "fixtures" / "hospitals.txt"
DEFAULT_ARTICLE = ROOT / "data" / "default_article.txt"
WIDTH, HEIGHT, MAX_HEIGHT = 1400, 1000, 8000


def upload(page, url: str, path: Path) -> str:
    """Upload `path` on the Upload page; return the new article's id from the URL."""
    page.goto(f"{url}/upload")
    wait_for_app(page)
    page.set_input_files('[data-testid="stFileUploaderDropzoneInput"]', str(path))
    page.wait_for_selector('[data-testid="stFileChip"]')
    page.get_by_role("button", name="Add to the library").click()
    page.wait_for_selector('[data-testid="stAlertContentSuccess"]', timeout=120_000)
    wait_for_app(page)
    return page.evaluate("new URLSearchParams(location.search).get('article')")


def shoot(page, url: str, out: Path, prefix: str, query: str, only: dict[str, str] | None = None) -> list[str]:
    """Screenshot each page (or the pages in `only`, with extra query strings); return the
    names of pages that showed an exception."""
    broken = []
    for name, path in PAGES.items():
        if only is not None and name not in only:
            continue
        extra = f"&{only[name]}" if only else ""
        page.goto(f"{url}/{path}{'&' if '?' in path else '?'}{query}{extra}")
        wait_for_app(page)
        png = out / f"{prefix}-{name}.png"
        # Streamlit scrolls inside its main element, so grow the window to the content instead
        height = page.evaluate('document.querySelector(\'[data-testid="stMain"]\').scrollHeight')
        page.set_viewport_size({"width": WIDTH, "height": min(max(height, HEIGHT), MAX_HEIGHT)})
        page.wait_for_timeout(500)
        page.screenshot(path=str(png))
        page.set_viewport_size({"width": WIDTH, "height": HEIGHT})
        if page.locator(EXCEPTION).count() or page.locator('[role="dialog"]').count():
            broken.append(f"{prefix}-{name}")
        print(png)
    return broken


def selections(path: Path) -> dict[str, str]:
    """Query strings that choose the top entity and the two most quoted speakers of the
    article in `path` (parsed here with the same pipeline as the server)."""
    from qawl import frames, parse
    from qawl.ingest import read_path

    article = parse(read_path(path).text)
    entities = frames.entity_counts(article)["canonical"].head(1)
    speakers = frames.quotes(article)["speaker"].value_counts().index[:2]
    return {"entities": urlencode({"entity": list(entities)}, doseq=True),
            "quotes": urlencode({"speakers": list(speakers)}, doseq=True)}


def take(url: str, out: Path, upload_path: Path, extra: str) -> list[str]:
    out.mkdir(parents=True, exist_ok=True)
    with chromium() as browser:
        page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
        broken = shoot(page, url, out, "default", extra)
        broken += shoot(page, url, out, "default-selected", extra, selections(DEFAULT_ARTICLE))
        article = upload(page, url, upload_path)
        query = f"article={article}&{extra}"
        broken += shoot(page, url, out, "uploaded", query)
        broken += shoot(page, url, out, "uploaded-selected", query, selections(upload_path))
    return broken


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running dashboard (default: start one on a fresh database)")
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--upload", type=Path, default=SAMPLE, help="file to upload (default: %(default)s)")
    parser.add_argument("--lang", choices=["en", "ar"], default="en", help="interface language")
    args = parser.parse_args()
    extra = f"lang={args.lang}"
    if args.url:
        broken = take(args.url.rstrip("/"), args.out, args.upload, extra)
    else:
        with tempfile.TemporaryDirectory() as tmp, running_app(Path(tmp) / "qawl.sqlite") as url:
            broken = take(url, args.out, args.upload, extra)
    if broken:
        print("exception shown on:", ", ".join(broken), file=sys.stderr)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
