"""Screenshots of every page in headless Chromium, for the default article and for an
article uploaded through the Upload page.

    python scripts/screenshots.py                 # starts its own server on a fresh database
    python scripts/screenshots.py --url URL       # uses a running server instead

PNG files go to screenshots/ (ignored by git). Exits non-zero when a page shows an exception.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from appserver import EXCEPTION, ROOT, chromium, running_app, wait_for_app  # noqa: E402

# URL path of each page; the Article page is the default page, served at the root.
PAGES = {"article": "", "entities": "entities", "wordcloud": "wordcloud", "quotes": "quotes", "upload": "upload"}
SAMPLE = ROOT / "tests" / "fixtures" / "hospitals.txt"


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


def shoot(page, url: str, out: Path, prefix: str, query: str) -> list[str]:
    """Screenshot each page; return the names of pages that showed an exception."""
    broken = []
    for name, path in PAGES.items():
        page.goto(f"{url}/{path}?{query}")
        wait_for_app(page)
        png = out / f"{prefix}-{name}.png"
        page.screenshot(path=str(png), full_page=True)
        if page.locator(EXCEPTION).count():
            broken.append(f"{prefix}-{name}")
        print(png)
    return broken


def take(url: str, out: Path, upload_path: Path, extra: str) -> list[str]:
    out.mkdir(parents=True, exist_ok=True)
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        broken = shoot(page, url, out, "default", extra)
        article = upload(page, url, upload_path)
        broken += shoot(page, url, out, "uploaded", f"article={article}&{extra}")
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
