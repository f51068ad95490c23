"""A web page to a Document: fetched with the standard library (urllib: no extra
dependency for one GET), checked, then extracted like an uploaded HTML file.

Limits: `timeout` seconds for the connection and for each read, `deadline` seconds in
all, `max_bytes` read (streamed, so a server that sends more is cut off), and an HTML
content type. Only public addresses are connected to, redirects included, unless the
operator allows more (`guard.py`). Every failure is an IngestError naming the URL."""
from __future__ import annotations

import http.client
import socket
import time
import urllib.error
import urllib.request
from dataclasses import replace
from email.message import Message
from urllib.parse import urlsplit

from ..errors import IngestError
from .guard import BlockedAddress, guarded_connection
from .html import read_html
from .reader import MAX_BYTES, MAX_LABEL, Document, document

HTML_TYPES = ("text/html", "application/xhtml+xml")
USER_AGENT = "Qawl/0.1 (Arabic news reader; +https://github.com/)"
CHUNK = 1 << 16


class _GuardedHTTP(http.client.HTTPConnection):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = guarded_connection


class _GuardedHTTPS(http.client.HTTPSConnection):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = guarded_connection


class _HTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req):
        return self.do_open(_GuardedHTTP, req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req):
        return self.do_open(_GuardedHTTPS, req, context=self._context)


def _opener() -> urllib.request.OpenerDirector:
    """http(s) only, redirects followed, every connection through the guard (no proxy, no
    ftp: a redirect elsewhere fails as an unknown URL type)."""
    opener = urllib.request.OpenerDirector()
    for handler in (_HTTPHandler(), _HTTPSHandler(), urllib.request.HTTPDefaultErrorHandler(),
                    urllib.request.HTTPRedirectHandler(), urllib.request.HTTPErrorProcessor(),
                    urllib.request.UnknownHandler()):
        opener.add_handler(handler)
    return opener


def is_url(value: str) -> bool:
    return urlsplit(value.strip()).scheme.lower() in ("http", "https")


def _content_type(headers: Message) -> tuple[str, str | None]:
    return headers.get_content_type(), headers.get_content_charset()


def _read_limited(response, url: str, max_bytes: int, deadline: float) -> bytes:
    length = response.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise IngestError(url, f"the page is larger than the {MAX_LABEL} limit "
                               f"({int(length):,} bytes); not downloaded")
    parts, size = [], 0
    while chunk := response.read(CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise IngestError(url, f"the page is larger than the {MAX_LABEL} limit; "
                                   "download stopped")
        if time.monotonic() > deadline:
            raise IngestError(url, "the download took too long; stopped")
        parts.append(chunk)
    return b"".join(parts)


def fetch_html(url: str, timeout: float = 15, deadline: float = 60,
               max_bytes: int = MAX_BYTES) -> tuple[bytes, str | None]:
    """(body, declared charset) of an HTML page; IngestError for anything else."""
    if not is_url(url):
        raise IngestError(url, "not a web address (it must start with http:// or https://)")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT,
                                                   "Accept": ", ".join(HTML_TYPES)})
    try:
        with _opener().open(request, timeout=timeout) as response:
            kind, charset = _content_type(response.headers)
            if kind not in HTML_TYPES:
                raise IngestError(url, f"not an HTML page (the server sent {kind})")
            return _read_limited(response, url, max_bytes, time.monotonic() + deadline), charset
    except IngestError:
        raise
    except urllib.error.HTTPError as error:
        raise IngestError(url, f"the server answered {error.code} {error.reason}") from None
    except (socket.timeout, TimeoutError):
        raise IngestError(url, f"no answer within {timeout:g} s") from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, BlockedAddress):
            raise IngestError(url, str(reason)) from None
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise IngestError(url, f"no answer within {timeout:g} s") from None
        raise IngestError(url, f"cannot be reached ({getattr(reason, 'strerror', None) or reason})") from None
    except (OSError, ValueError) as error:  # connection reset, bad header, invalid URL
        raise IngestError(url, f"the download failed ({type(error).__name__}: {error})") from None


def read_url(url: str, **limits) -> Document:
    """Fetch a page and extract its article; the URL is its source."""
    url = url.strip()
    data, charset = fetch_html(url, **limits)
    text, meta = read_html(url, data, declared=charset, url=url)
    return document(url, text, replace(meta, origin="url"))
