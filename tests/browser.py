"""What the browser tests share: `from browser import require_chromium` puts scripts/ (the
appserver harness) on the path; `require_chromium()` skips the module without Chromium,
or fails it when QAWL_REQUIRE_BROWSER is set (as in CI); `app_tab(db)` is a tab on a server
started for a store, `open_link` opens one of its views by URL."""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator
from urllib.parse import urlencode

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from appserver import EXCEPTION, chromium, chromium_path, running_app, wait_for_app  # noqa: E402


def require_chromium() -> None:
    if chromium_path() is None:
        if os.environ.get("QAWL_REQUIRE_BROWSER"):
            pytest.fail("QAWL_REQUIRE_BROWSER is set but Chromium is not installed", pytrace=False)
        pytest.skip("Chromium not installed (apt-get install chromium); CI installs it", allow_module_level=True)


@contextmanager
def app_tab(db: Path) -> Iterator:
    """A Chromium tab on a freshly started server for `db`; `tab.base_url` is its address."""
    with running_app(db) as url, chromium() as browser:
        tab = browser.new_page(viewport={"width": 1400, "height": 1000})
        tab.base_url = url
        yield tab


def open_link(page, path: str, **params) -> None:
    """Open the view at `path` with these query parameters (a list repeats one) and wait until
    it is idle; it must show no exception."""
    page.goto(f"{page.base_url}/{path}?{urlencode(params, doseq=True)}")
    wait_for_app(page)
    assert page.locator(EXCEPTION).count() == 0, page.locator(EXCEPTION).first.inner_text()
