"""`qawl ingest` end to end on short texts written here: skipping before parsing, batches,
worker processes, progress output, Ctrl-C, Dask."""
import gc
import io
import json
import os
import signal
import subprocess
import sys

import pytest

from qawl.doc import ArticleMeta
from qawl.errors import IngestError
from qawl.ingest import Ingest, ingest_files
from qawl.ingest.bulk import Outcome
from qawl.ingest.progress import Progress
from qawl.ingest.reader import Document
from qawl.ingest.sources import Meter
from qawl.store import Store

from store_backends import store_url  # noqa: F401  (pytest fixture)

UNITS = ["واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"]


def texts(n):
    """n distinct short articles."""
    return [f"قال الوزير إن المشروع {UNITS[i % 10]} {UNITS[i // 10 % 10]} {UNITS[i // 100 % 10]} "
            f"سيبدأ قريبا.\nوأضاف أن العمل سيستمر حتى نهاية العام." for i in range(n)]


def jsonl(path, n, bad_lines=()):
    lines = [json.dumps({"title": f"خبر {i}", "content": t, "source": "okaz",
                         "date": "2015-07-21"}, ensure_ascii=False) for i, t in enumerate(texts(n))]
    for index in bad_lines:
        lines.insert(index, "{broken")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def documents(n, prefix="feed"):
    return [Document(t, ArticleMeta(title=f"خبر {i}", outlet="okaz", origin="import",
                                    source=f"{prefix}:{i + 1}")) for i, t in enumerate(texts(n))]


def test_stored_texts_are_skipped_before_parsing(store_url, monkeypatch):
    store = Store(store_url)
    first = Ingest(store, report=lambda o: None).run(documents(5))
    assert (first.stored, first.skipped, first.failed) == (5, 0, 0)
    parsed = []
    import qawl.pipeline
    real = qawl.pipeline.parse
    monkeypatch.setattr(qawl.pipeline, "parse", lambda text, title=None: parsed.append(text) or real(text, title))
    outcomes = []
    items = documents(7) + [documents(7)[6], IngestError("feed:9", "empty")]
    tally = Ingest(store, report=outcomes.append, batch=3).run(items)
    assert (tally.stored, tally.skipped, tally.failed) == (2, 6, 1)
    assert parsed == texts(7)[5:]                     # only the new texts were parsed
    assert {o.source for o in outcomes if o.status == "stored"} == {"feed:6", "feed:7"}
    assert len(store) == 7
    meta = store.meta(next(o.article_id for o in outcomes if o.source == "feed:6"))
    assert (meta.title, meta.outlet, meta.origin, meta.source) == ("خبر 5", "okaz", "import", "feed:6")


def test_a_parse_failure_or_a_write_failure_loses_nothing_else(tmp_path, monkeypatch):
    import qawl.pipeline
    real = qawl.pipeline.parse

    def parse(text, title=None):
        if "ثلاثة واحد" in text:
            raise RuntimeError("simulated pipeline bug")
        return real(text, title)
    monkeypatch.setattr(qawl.pipeline, "parse", parse)
    store = Store(tmp_path / "db.sqlite")
    outcomes = []
    Ingest(store, report=outcomes.append, batch=4, write_batch=3).run(documents(6))
    failed = [o for o in outcomes if not o.ok]
    assert [(o.source, o.problem) for o in failed] == [
        ("feed:3", "could not be analysed (RuntimeError: simulated pipeline bug)")]
    assert len(store) == 5


def test_progress_prints_one_line_per_article_when_not_on_a_terminal():
    out, err = io.StringIO(), io.StringIO()
    progress = Progress(Meter(100), out=out, err=err, tty=False)
    progress(Outcome("a.json#1", "stored", "abc", "عنوان"))
    progress(Outcome("a.json#2", "failed", problem="empty"))
    progress(Outcome("a.json#3", "skipped", "def"))
    assert out.getvalue() == "a.json#1: stored «عنوان» (abc)\na.json#3: already stored (def)\n"
    assert err.getvalue() == "a.json#2: empty\n"
    assert progress.summary().startswith("1 stored, 1 skipped, 1 failed in ")


def test_progress_on_a_terminal_is_a_bar_with_rate_and_eta():
    err = io.StringIO()
    meter = Meter(1000)
    progress = Progress(meter, out=io.StringIO(), err=err, tty=True)
    meter.done = 400
    progress(Outcome("a.json#1", "stored", "abc"))
    progress(Outcome("a.json#2", "failed", problem="malformed JSON line"))
    meter.done = 1000
    progress.close()
    shown = err.getvalue()
    assert "a.json#2: malformed JSON line" in shown
    assert "100%|" in shown and "articles/s" in shown and "<" in shown   # elapsed<remaining
    assert "1 stored, 0 skipped, 1 failed" in shown


def run_qawl(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "qawl.cli", *args], capture_output=True,
                          text=True, timeout=600, **kwargs)


def test_cli_with_worker_processes_reports_each_article_and_the_bad_line(tmp_path):
    feed = jsonl(tmp_path / "feed.jsonl", 30, bad_lines=[4])
    db = tmp_path / "db.sqlite"
    done = run_qawl("ingest", str(feed), "--db", str(db), "--workers", "2")
    assert done.returncode == 1, done.stderr
    stored = [line for line in done.stdout.splitlines() if ": stored «خبر" in line]
    assert len(stored) == 30
    assert "feed.jsonl:5: malformed JSON line" in done.stderr
    assert "30 stored, 0 skipped, 1 failed" in done.stderr and "Traceback" not in done.stderr
    assert len(Store(db)) == 30
    again = run_qawl("ingest", str(feed), "--db", str(db), "--workers", "0")
    assert "0 stored, 30 skipped, 1 failed" in again.stderr
    assert len(Store(db)) == 30


def test_ctrl_c_keeps_every_finished_article_and_exits_130(tmp_path):
    feed = jsonl(tmp_path / "feed.jsonl", 1000)
    db = tmp_path / "db.sqlite"
    process = subprocess.Popen([sys.executable, "-m", "qawl.cli", "ingest", str(feed), "--db", str(db),
                                "--workers", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    first = process.stdout.readline()               # the first stored article
    assert ": stored «" in first
    process.send_signal(signal.SIGINT)
    out, err = process.stdout.read(), process.stderr.read()
    assert process.wait(timeout=120) == 130, err
    assert "Traceback" not in err
    summary = err.strip().splitlines()[-1]
    assert summary.startswith("qawl: interrupted: ") and summary.endswith("so far")
    reported = 1 + sum(": stored «" in line for line in out.splitlines())
    assert f"{reported:,} stored" in summary
    assert 0 < reported < 1000
    assert len(Store(db)) == reported


def test_files_uploaded_together_each_get_an_outcome(tmp_path):
    store = Store(tmp_path / "db.sqlite")
    zipped = io.BytesIO()
    import zipfile
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("day.jsonl", "\n".join(json.dumps({"content": t}) for t in texts(3)))
    outcomes = ingest_files([("a.txt", texts(5)[4].encode()), ("day.zip", zipped.getvalue()),
                             ("x.png", b"\x89PNG\r\n\x1a\n")], store)
    assert sorted((o.source, o.status) for o in outcomes) == [
        ("a.txt", "stored"), ("day.zip:day.jsonl:1", "stored"), ("day.zip:day.jsonl:2", "stored"),
        ("day.zip:day.jsonl:3", "stored"), ("x.png", "failed")]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_dask_cluster_parses_and_the_client_stores(tmp_path, backend):
    distributed = pytest.importorskip("distributed")
    from store_backends import empty_postgres

    from qawl.ingest.parsers import GC_THRESHOLDS, DaskParser
    url = str(tmp_path / "db.sqlite") if backend == "sqlite" else empty_postgres()
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        store = Store(url)
        outcomes = []
        parser = DaskParser(client)
        tally = Ingest(store, report=outcomes.append, parser=parser, batch=4).run(documents(20))
        workers = {w for w in client.run(os.getpid).values()}
        prepared = set(client.run(gc.get_threshold).values())   # as a local pool's workers
        if backend == "sqlite":   # the command line, connecting to the scheduler by address
            from qawl.cli import main
            feed, other = jsonl(tmp_path / "feed.jsonl", 12), tmp_path / "cli.sqlite"
            assert main(["ingest", str(feed), "--db", str(other), "--dask", cluster.scheduler_address]) == 0
            assert len(Store(other)) == 12
    assert (tally.stored, tally.failed) == (20, 0) and len(workers) == 2
    assert prepared == {GC_THRESHOLDS}
    assert len(Store(url)) == 20
    assert store.meta(outcomes[0].article_id).outlet == "okaz"
