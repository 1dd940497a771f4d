"""`edit-locally`: the web editor on this machine, saving into the working copy, no account needed.

Two processes: Decap CMS's own proxy (decap-server, from npm, pinned in editor/package.json),
which reads and writes the repository, and a small server here that serves the site's files
and forwards the editor's requests to that proxy. One origin for both keeps the editor's
requests on 127.0.0.1 and on one port, which the browser tests (and the privacy rule) need,
and means nothing listens beyond this machine.
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler
from pathlib import Path

from macros.plugin.editor_files import DECAP_SERVER, EDITOR_NPM_DIR, ROOT, copy_editor_scripts
from macros.tools.local_server import serving

API_PATH = "/api/v1"  # where admin/index.html points the CMS on 127.0.0.1 and localhost
READY_TIMEOUT_S = 30


class _EditorHandler(SimpleHTTPRequestHandler):
    """Serves the built site; POSTs to /api/v1 go on to decap-server."""

    backend_url = ""
    # Decap reads config.yml only when it is served as YAML.
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".yml": "text/yaml", ".yaml": "text/yaml", ".js": "text/javascript"}

    def do_POST(self):  # noqa: N802 - http.server's naming
        if self.path.split("?")[0] != API_PATH or not self.backend_url:
            self.send_error(404)
            return
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        request = urllib.request.Request(self.backend_url, data=body, headers={"Content-Type": "application/json"}, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                status, payload = response.status, response.read()
        except urllib.error.HTTPError as error:  # the proxy's own errors go to the editor, which shows them
            status, payload = error.code, error.read()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the page went away (reloaded, closed) before the answer came

    def log_message(self, format, *args):  # noqa: A002 - stdlib signature
        pass


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass(frozen=True)
class LocalBackend:
    process: subprocess.Popen
    url: str


@contextmanager
def decap_server(repository: Path, mode: str = "fs", log: Path | None = None) -> Iterator[LocalBackend]:
    """decap-server on 127.0.0.1: mode "fs" writes the files in place; "git" keeps each change
    on a branch of its own (cms/<collection>/<id>), as the editorial workflow does on GitHub."""
    if not DECAP_SERVER.is_file():
        raise FileNotFoundError(f"{DECAP_SERVER.relative_to(ROOT)} is missing: run scripts/install-editor")
    port = free_port()
    environment = {**os.environ, "GIT_REPO_DIRECTORY": str(repository), "PORT": str(port), "BIND_HOST": "127.0.0.1", "MODE": mode, "LOG_LEVEL": "warn"}
    output = open(log, "w") if log else subprocess.DEVNULL  # noqa: SIM115 - closed below
    process = subprocess.Popen(["node", str(DECAP_SERVER)], env=environment, stdout=output, stderr=subprocess.STDOUT, cwd=repository)
    url = f"http://127.0.0.1:{port}{API_PATH}"
    try:
        _wait_until_up(url, process)
        yield LocalBackend(process, url)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        if log:
            output.close()


def _wait_until_up(url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"decap-server stopped at start-up (exit code {process.returncode})")
        try:
            request = urllib.request.Request(url, data=b'{"action":"info"}', headers={"Content-Type": "application/json"}, method="POST")
            with urllib.request.urlopen(request, timeout=2):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    raise RuntimeError(f"decap-server did not answer at {url} within {READY_TIMEOUT_S} s")


@contextmanager
def serve_site(site: Path, backend_url: str = "", port: int = 0) -> Iterator[str]:
    """Serve `site` on 127.0.0.1 (a free port unless given); yield its base URL."""
    handler = functools.partial(type("Handler", (_EditorHandler,), {"backend_url": backend_url}), directory=str(site))
    with serving(handler, port) as base_url:
        yield base_url


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="edit-locally", description="Run the web editor on this machine against the working copy.")
    parser.add_argument("--port", type=int, default=8001, help="the port to open the editor on (default 8001)")
    arguments = parser.parse_args(argv)
    if not EDITOR_NPM_DIR.is_dir():
        print("edit-locally: the editor is not installed: run scripts/install-editor", file=sys.stderr)
        return 1
    # Stopped with SIGTERM as with Ctrl+C: unwind, so decap-server is stopped too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with tempfile.TemporaryDirectory(prefix="editor-") as folder:
        # Only the editor's own files: the site itself is previewed with ./scripts/serve.
        admin = Path(folder) / "admin"
        shutil.copytree(ROOT / "docs" / "admin", admin)
        copy_editor_scripts(admin)
        with decap_server(ROOT, mode="fs") as backend, serve_site(Path(folder), backend.url, arguments.port) as base_url:
            print(f"The editor is at {base_url}admin/ (saves go straight into data/ and docs/ here).")
            print("Run ./scripts/serve in another terminal to see the site change. Press Ctrl+C to stop.")
            try:
                signal.pause()
            except KeyboardInterrupt:
                pass
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
