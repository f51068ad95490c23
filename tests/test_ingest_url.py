"""`qawl ingest URL` and the Upload page's URL box, against an HTTP server started here
on 127.0.0.1 (never the internet)."""
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from qawl.errors import IngestError
from qawl.ingest import ingest_url
from qawl.ingest.guard import ALLOW_ENV
from qawl.ingest.url import read_url
from qawl.store import Store

BODY = "قالت الوزيرة إن الاتفاق سيوقع غدا في القاهرة بعد أسابيع من المحادثات."
PAGE = (f"<html><head><meta charset='windows-1256'><title>اتفاق وشيك | الأنباء</title>"
        "<meta property='og:site_name' content='الأنباء'></head><body><article><h1>اتفاق وشيك</h1>"
        f"<p class='date'>نشر في 3 آذار 2020</p><p>{BODY}</p><p>وأضافت أن الوفود ستصل الليلة.</p>"
        "</article></body></html>").encode("cp1256")
MB = 1 << 20


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, status, kind, body=b"", length=None):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        if length is not None:
            self.send_header("Content-Length", str(length))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def do_GET(self):
        if self.path == "/article":
            self.send(200, "text/html; charset=windows-1256", PAGE, len(PAGE))
        elif self.path == "/pdf":
            self.send(200, "application/pdf", b"%PDF-1.4", 8)
        elif self.path == "/declared-huge":
            self.send(200, "text/html", b"<html>", 50 * MB)
        elif self.path == "/endless":            # 50 MB, no length announced
            self.send(200, "text/html")
            try:
                for _ in range(50):
                    self.wfile.write(b"<p>" + b"x" * (MB - 3))
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif self.path == "/slow":
            time.sleep(3)
            self.send(200, "text/html", PAGE, len(PAGE))
        else:
            self.send(404, "text/html", b"<h1>not here</h1>")


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def test_a_page_is_fetched_and_extracted_with_its_metadata(server):
    document = read_url(f"{server}/article")
    assert document.text.startswith(BODY)
    meta = document.meta
    assert (meta.title, meta.outlet, meta.date, meta.url, meta.origin, meta.source) == (
        "اتفاق وشيك", "الأنباء", "2020-03-03", f"{server}/article", "url", f"{server}/article")


@pytest.mark.parametrize("path,problem", [
    ("/missing", "the server answered 404 Not Found"),
    ("/pdf", "not an HTML page (the server sent application/pdf)"),
    ("/declared-huge", "the page is larger than the 5 MB limit (52,428,800 bytes); not downloaded"),
    ("/endless", "the page is larger than the 5 MB limit; download stopped"),
    ("/slow", "no answer within 1 s"),
])
def test_bad_pages_get_a_clear_message_naming_the_url(server, path, problem):
    with pytest.raises(IngestError) as caught:
        read_url(f"{server}{path}", timeout=1)
    assert str(caught.value) == f"{server}{path}: {problem}"


def test_unreachable_and_non_web_addresses(server):
    port = int(server.rsplit(":", 1)[1])
    with pytest.raises(IngestError, match="cannot be reached"):
        read_url(f"http://127.0.0.1:{port + 1 if port < 65535 else 1}/")
    with pytest.raises(IngestError, match="not a web address"):
        read_url("file:///etc/passwd")


def test_ingest_url_stores_the_page_once(server, tmp_path):
    store = Store(tmp_path / "db.sqlite")
    first = ingest_url(f"{server}/article", store)
    assert first.status == "stored" and store.meta(first.article_id).outlet == "الأنباء"
    assert ingest_url(f"{server}/article", store).status == "skipped"
    failed = ingest_url(f"{server}/missing", store)
    assert not failed.ok and "404" in failed.message and len(store) == 1


class Redirect(BaseHTTPRequestHandler):
    """Answers every request with a redirect to the URL in its path (after the slash)."""
    def log_message(self, *args):
        pass

    def do_GET(self):
        self.send_response(302)
        self.send_header("Location", self.path[1:])
        self.end_headers()


@pytest.fixture
def redirector():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Redirect)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "169.254.169.254", "192.168.0.10",
                                     "100.64.0.1", "0.0.0.0", "[::1]", "[::ffff:127.0.0.1]", "[fe80::1]"])
def test_private_local_and_reserved_addresses_are_refused_unless_allowed(monkeypatch, address):
    monkeypatch.delenv(ALLOW_ENV, raising=False)
    url = f"http://{address}:9/latest"
    with pytest.raises(IngestError) as caught:
        read_url(url, timeout=1)
    assert str(caught.value).startswith(f"{url}: refused: ") and "private, local or reserved" in str(caught.value)


def test_a_name_is_judged_by_the_address_it_resolves_to(server, monkeypatch):
    monkeypatch.delenv(ALLOW_ENV, raising=False)
    real = socket.getaddrinfo
    monkeypatch.setattr(socket, "getaddrinfo", lambda host, *a, **k: real(
        "127.0.0.1" if host == "news.example" else host, *a, **k))
    port = server.rsplit(":", 1)[1]
    with pytest.raises(IngestError, match=r"refused: news\.example \(127\.0\.0\.1\) is a private"):
        read_url(f"http://news.example:{port}/article")
    monkeypatch.setenv(ALLOW_ENV, "127.0.0.0/8")
    assert read_url(f"http://news.example:{port}/article").text.startswith(BODY)


def test_a_redirect_to_a_private_address_is_refused(redirector, monkeypatch):
    monkeypatch.setenv(ALLOW_ENV, "127.0.0.1")    # the test server, and nothing else
    url = f"{redirector}/http://127.0.0.2:9/admin"
    with pytest.raises(IngestError) as caught:
        read_url(url, timeout=1)
    assert str(caught.value).startswith(f"{url}: refused: 127.0.0.2 is a private")
    with pytest.raises(IngestError, match="unknown url type"):
        read_url(f"{redirector}/ftp://127.0.0.1/x", timeout=1)


def test_the_upload_url_box_path_is_guarded_too(tmp_path, monkeypatch):
    monkeypatch.delenv(ALLOW_ENV, raising=False)
    store = Store(tmp_path / "db.sqlite")
    outcome = ingest_url("http://localhost:9/x", store)
    assert not outcome.ok and "refused: localhost (" in outcome.message and len(store) == 0
