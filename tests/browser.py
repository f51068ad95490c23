"""What the browser tests share: `from browser import require_chromium` puts scripts/ (the
appserver harness) on the path; `require_chromium()` skips the module without Chromium,
or fails it when QAWL_REQUIRE_BROWSER is set (as in CI)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from appserver import chromium_path  # noqa: E402


def require_chromium() -> None:
    if chromium_path() is None:
        if os.environ.get("QAWL_REQUIRE_BROWSER"):
            pytest.fail("QAWL_REQUIRE_BROWSER is set but Chromium is not installed", pytrace=False)
        pytest.skip("Chromium not installed (apt-get install chromium); CI installs it", allow_module_level=True)
