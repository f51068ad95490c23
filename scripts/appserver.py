"""Run the dashboard in a real Streamlit server and drive it with headless Chromium.

Used by the browser test, scripts/screenshots.py and scripts/bench_pages.py:

    with running_app(tmp_path / "qawl.sqlite") as url, chromium() as browser:
        page = browser.new_page(); page.goto(f"{url}/quotes?...")
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("QAWL_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"]
EXCEPTION = '[data-testid="stException"]'  # what Streamlit shows for an uncaught exception


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def chromium_path() -> str | None:
    """The Chromium executable, or None when it is not installed."""
    return CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")


@contextmanager
def running_app(db: str | os.PathLike, port: int | None = None, timeout: float = 90.0,
                script: Path = ROOT / "app.py") -> Iterator[str]:
    """Start `streamlit run app.py` (or another `script`) on a free port with QAWL_DB=db;
    yield its base URL once the health endpoint answers; stop it afterwards. The server log
    is printed on failure."""
    port = port or free_port()
    env = {**os.environ, "QAWL_DB": str(db)}
    cmd = [sys.executable, "-m", "streamlit", "run", str(script), "--server.headless", "true",
           "--server.port", str(port), "--server.address", "127.0.0.1",
           "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_healthy(url, proc, timeout)
            yield url
        except BaseException:
            log.seek(0)
            sys.stderr.write(log.read().decode("utf-8", "replace")[-4000:])
            raise
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _wait_healthy(url: str, proc: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.read().strip() == b"ok":
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise TimeoutError(f"streamlit did not answer on {url} within {timeout:.0f} s")


@contextmanager
def chromium() -> Iterator["playwright.sync_api.Browser"]:  # noqa: F821
    """Headless Debian Chromium driven by Playwright (no browser download)."""
    from playwright.sync_api import sync_playwright

    path = chromium_path()
    if path is None:
        raise FileNotFoundError(f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


IDLE = """() => {
    const app = document.querySelector('[data-testid="stApp"]');
    return app && app.dataset.testConnectionState === 'CONNECTED'
        && app.dataset.testScriptState === 'notRunning'
        && document.querySelector('[data-testid="stMain"] [data-testid="stElementContainer"]')
        && !document.querySelector('[data-testid="stSkeleton"]');
}"""


def wait_for_idle(page, timeout: float = 60.0) -> None:
    """Wait until the script run has finished and its elements are drawn."""
    page.wait_for_function(IDLE, timeout=timeout * 1000)


def wait_for_app(page, timeout: float = 60.0) -> None:
    """Wait until the page is idle, then let charts and images lay out."""
    wait_for_idle(page, timeout)
    page.wait_for_timeout(700)


def server_pid(port: int) -> int | None:
    """Process id of the Streamlit server listening on `port` (Linux), or None."""
    for proc in Path("/proc").iterdir():
        try:
            args = (proc / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"streamlit" in b" ".join(args) and str(port).encode() in args:
            return int(proc.name)
    return None


def server_rss(port: int) -> int | None:
    """Resident memory in bytes of the Streamlit server listening on `port` (Linux), or None."""
    try:
        status = Path(f"/proc/{server_pid(port)}/status").read_text()
        return int(status.split("VmRSS:")[1].split()[0]) * 1024
    except (OSError, IndexError, ValueError):
        return None


def _stat(pid: str) -> tuple[int, float] | None:
    """(parent pid, CPU seconds used) of a process, or None when it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def descendants_cpu(root: int) -> dict[int, float]:
    """CPU seconds used so far by each live process descending from `root` (Linux): the
    server and the browser this process started, not other jobs on the machine."""
    stats = {int(pid): found for pid in os.listdir("/proc") if pid.isdigit() and (found := _stat(pid))}
    children: dict[int, list[int]] = {}
    for pid, (parent, _) in stats.items():
        children.setdefault(parent, []).append(pid)
    found, todo = {}, list(children.get(root, []))
    while todo:
        pid = todo.pop()
        found[pid] = stats[pid][1]
        todo += children.get(pid, [])
    return found
