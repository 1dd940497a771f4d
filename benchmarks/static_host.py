"""Serve a built site on 127.0.0.1 the way a static host such as GitHub Pages does, so the
benchmarks measure what residents download: text compressed with gzip when the browser
accepts it, the site's 404 page for a missing address, a short cache lifetime.

A file with a precompressed `<name>.gz` beside it is sent as that file, as hosts that support
precompressed files do (nginx's gzip_static). The build does not write such files: GitHub
Pages, where this site is published, compresses by itself and would publish them as
separate files; PERFORMANCE.md gives what they would save.
"""

from __future__ import annotations

import gzip
import mimetypes
import posixpath
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import unquote, urlsplit

from macros.tools.local_server import serving

# What GitHub Pages compresses: text. Images and fonts are compressed already.
COMPRESSIBLE = ("text/", "application/javascript", "application/json", "application/xml", "image/svg+xml", "application/atom+xml")
GZIP_LEVEL = 6  # the usual default of hosts (nginx, Apache mod_deflate, GitHub Pages' CDN)
CACHE_CONTROL = "max-age=600"  # what GitHub Pages sends
MIME = {".js": "application/javascript", ".json": "application/json", ".xml": "application/xml", ".svg": "image/svg+xml", ".webmanifest": "application/manifest+json"}


def content_type(path: Path) -> str:
    kind = MIME.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return kind + "; charset=utf-8" if kind.startswith("text/") or kind in ("application/javascript", "application/json") else kind


def gzipped(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0)


class HostLikeHandler(BaseHTTPRequestHandler):
    root: Path  # set by serve_like_a_host
    protocol_version = "HTTP/1.1"  # keep-alive, as every host

    def log_message(self, format, *args):  # noqa: A002 - stdlib signature
        pass  # one line per request would drown the benchmark's output

    def resolve(self) -> Path | None:
        relative = posixpath.normpath(unquote(urlsplit(self.path).path)).lstrip("/")
        if relative.startswith(".."):
            return None
        path = self.root / relative
        if path.is_dir():
            path = path / "index.html"
        return path if path.is_file() else None

    def do_GET(self):  # noqa: N802 - stdlib name
        self.respond(send_body=True)

    def do_HEAD(self):  # noqa: N802 - stdlib name
        self.respond(send_body=False)

    def respond(self, send_body: bool) -> None:
        path, status = self.resolve(), 200
        if path is None:
            path, status = self.root / "404.html", 404
        body, encoding = path.read_bytes(), None
        kind = content_type(path)
        if "gzip" in self.headers.get("Accept-Encoding", "") and kind.startswith(COMPRESSIBLE):
            precompressed = path.with_name(path.name + ".gz")
            body, encoding = (precompressed.read_bytes() if precompressed.is_file() else gzipped(body)), "gzip"
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", CACHE_CONTROL)
        self.send_header("Vary", "Accept-Encoding")
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.end_headers()
        if send_body:
            self.wfile.write(body)


@contextmanager
def serve_like_a_host(root: Path) -> Iterator[str]:
    """Serve `root` on 127.0.0.1 on a free port; yield the base URL ("http://127.0.0.1:PORT/")."""
    with serving(type("Handler", (HostLikeHandler,), {"root": Path(root)})) as base_url:
        yield base_url
