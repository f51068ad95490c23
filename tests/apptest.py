"""Running the dashboard in Streamlit's AppTest: `from apptest import open_app`."""
from __future__ import annotations

from io import StringIO
from pathlib import Path

import pandas as pd

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent


def open_app(page: str | None = None, **params: str | list[str]) -> AppTest:
    """The app run once with these query parameters (on `page`, a views/ script path), checked
    to have raised nothing."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    for name, value in params.items():
        at.query_params[name] = value
    if page:
        at.switch_page(page)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def tables(at: AppTest) -> list[pd.DataFrame]:
    """The tables the page drew as HTML (`qawl.html.table_html`), headed by their labels."""
    return [pd.read_html(StringIO(h.value))[0] for h in at.html if 'class="qawl-table"' in h.value]


def charts(at: AppTest) -> list[str]:
    """The charts the page drew (SVG drawn on the server, `views.charts`)."""
    return [m.value for m in at.markdown if m.value.startswith('<div class="qawl-chart">')]
