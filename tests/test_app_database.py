"""The dashboard's database: $QAWL_DB, else the app's secret [connections.qawl] url."""
from pathlib import Path

from streamlit.testing.v1 import AppTest

from qawl.store import Store
from qawl.store.database import forget

ROOT = Path(__file__).resolve().parent.parent


def test_the_app_uses_the_database_named_in_its_secrets(tmp_path, monkeypatch):
    monkeypatch.delenv("QAWL_DB", raising=False)
    path = tmp_path / "from-secrets.sqlite"
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.secrets["connections"] = {"qawl": {"url": str(path)}}
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert Store(path).list()["origin"].tolist() == ["default"]   # the app stored its default article there
    forget(path)
