"""Database faults (SQLite): a damaged file is reported and never modified, a read-only
folder still reads, a file deleted while running is recreated, and writers never fail
on locking (threads and a second process against one store, on both backends)."""
import ctypes
import json
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from sqlalchemy import text as sql
from store_backends import article, store_url  # noqa: F401  (pytest fixture)

from qawl.errors import StoreError
from qawl.store import Store, database
from qawl.store.database import forget

REPO = Path(__file__).resolve().parent.parent
TEXT = "قال الرئيس جو بايدن إن الاقتصاد قوي.\nوأضاف أن المحادثات ستستمر."


def numbered(i: int, who: str = "كاتب"):
    return article(f"{TEXT}\nقال {who} إن الرقم {i}.", speakers=(("جو بايدن", "named", ()),))


def filled_store(path: Path, n: int = 30) -> None:
    """A closed store of n articles (its WAL checkpointed into the file)."""
    Store(path).add_many((numbered(i), None) for i in range(n))
    forget(path)


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_garbage_over_the_first_4_kb_is_reported_and_left_alone(tmp_path):
    path = tmp_path / "qawl.sqlite"
    filled_store(path)
    with open(path, "r+b") as f:
        f.write(os.urandom(4096))
    before = files(tmp_path)
    with pytest.raises(StoreError) as error:
        Store(path)
    assert str(path) in str(error.value) and str(tmp_path) not in error.value.reason
    assert error.value.reason == "damaged: the file is not an SQLite database"
    assert files(tmp_path) == before


def test_a_truncated_file_is_reported_and_left_alone(tmp_path):
    path = tmp_path / "qawl.sqlite"
    filled_store(path)
    os.truncate(path, path.stat().st_size // 2)
    before = files(tmp_path)
    with pytest.raises(StoreError, match="truncated") as error:
        Store(path)
    assert error.value.reason == "damaged: the database file is truncated"
    assert files(tmp_path) == before


def test_a_file_deleted_while_running_is_recreated_at_the_next_write(tmp_path):
    path = tmp_path / "qawl.sqlite"
    store = Store(path)
    store.add(numbered(1))
    os.remove(path)
    assert len(store) == 0 and store.list().empty
    assert store.add(numbered(2)) is True
    assert store.get(numbered(2).id) == numbered(2) and numbered(1).id not in store
    forget(path)
    assert len(Store(path)) == 1   # on disk, not only in a connection to the deleted file


def _without_root_override() -> None:
    """In the child: drop CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH, so file modes apply to root."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):
        if libc.prctl(24, capability, 0, 0, 0) != 0:   # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def run_unprivileged(code: str) -> dict:
    """Run Python code as a process that file permissions apply to; its printed JSON."""
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                            cwd=REPO, timeout=120,
                            preexec_fn=_without_root_override if os.geteuid() == 0 else None)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_a_read_only_folder_opens_read_only(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "qawl.sqlite"
    filled_store(path, n=3)
    before = files(folder)
    os.chmod(folder, 0o555)
    try:
        out = run_unprivileged(f"""
            import json
            from qawl.errors import StoreError
            from qawl.store import Store
            from tests.store_backends import article
            store = Store({str(path)!r})
            listed = store.list()
            try:
                store.add(article("قال الوزير إن الخطة جاهزة."))
                reason = None
            except StoreError as error:
                reason = error.reason
            print(json.dumps({{"read_only": store.read_only, "n": len(store), "listed": len(listed),
                              "text": store.get(listed["id"][0]).text[:3], "reason": reason}}))
        """)
    finally:
        os.chmod(folder, 0o755)
    assert out == {"read_only": True, "n": 3, "listed": 3, "text": TEXT[:3], "reason": "read-only"}
    assert files(folder) == before


def test_a_write_waits_for_a_lock_held_longer_than_the_busy_timeout(tmp_path, monkeypatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_S", 0.05)
    monkeypatch.setattr(database, "FIRST_PAUSE_S", 0.01)
    path = tmp_path / "qawl.sqlite"
    store = Store(path)
    blocker = Store(path).db.engine.raw_connection()
    blocker.execute("BEGIN IMMEDIATE")
    threading.Timer(0.5, blocker.commit).start()
    assert store.add(numbered(1)) is True   # retried past the 50 ms busy timeout
    blocker.execute("BEGIN IMMEDIATE")      # and now a lock that is never released
    with pytest.raises(StoreError) as error:
        store.add(numbered(2))
    assert error.value.reason == "locked by another writer for too long"
    blocker.rollback()
    blocker.close()


WRITER = """
import sys
from qawl.store import Store
sys.path.insert(0, "tests")
from test_store_faults import numbered
store = Store(sys.argv[1])
print("ready", flush=True)
sys.stdin.readline()
for i in range(40):
    store.add(numbered(i, "العملية"))
    store.add(numbered(i % 5, "الجميع"))
print("done", flush=True)
"""


def test_eight_threads_and_another_process_write_without_a_lock_error(store_url):
    store = Store(store_url)
    process = subprocess.Popen([sys.executable, "-c", WRITER, store_url], cwd=REPO, text=True,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout.readline().strip() == "ready", process.stderr.read()
    errors, start = [], threading.Event()

    def write(worker):
        start.wait()
        try:
            for i in range(15):
                store.add(numbered(i, f"العامل {worker}"))
                store.add(numbered(i % 5, "الجميع"))   # the same texts from every writer
                len(store)
        except Exception as error:  # collected: an exception in a thread would be lost
            errors.append(error)

    threads = [threading.Thread(target=write, args=(w,)) for w in range(8)]
    for t in threads:
        t.start()
    process.stdin.write("go\n")
    process.stdin.flush()
    start.set()
    for t in threads:
        t.join()
    out, err = process.communicate(timeout=300)
    assert errors == [] and process.returncode == 0 and out.strip() == "done", err
    assert len(store) == 8 * 15 + 40 + 5
    with store.connect() as conn:
        assert conn.execute(sql("SELECT n_quotes, n_articles FROM speakers")).all() == [(165, 165)]


def test_an_unreachable_server_or_a_foreign_url_is_a_clear_error_without_the_password():
    with pytest.raises(StoreError) as error:
        Store("postgresql://qawl:secret@127.0.0.1:9/qawl")
    assert error.value.reason.startswith("cannot connect to the database server (")
    assert "secret" not in str(error.value) and "127.0.0.1:9/qawl" in str(error.value)
    with pytest.raises(StoreError) as error:
        Store("mysql://qawl:secret@db.example/qawl")
    assert error.value.reason == "not a file path or a postgresql:// URL" and "secret" not in str(error.value)
