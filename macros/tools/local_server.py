"""A small web server on 127.0.0.1, in a background thread, for built sites on this machine:
the local web editor, the browser tests and the benchmarks serve with it."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import ThreadingHTTPServer


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a stuck keep-alive connection must not hold up shutdown

    def handle_error(self, request, client_address):
        # Browsers drop connections they no longer need: not an error worth a traceback.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serving(handler, port: int = 0) -> Iterator[str]:
    """Serve with `handler` on 127.0.0.1 (a free port unless given); yield the base URL
    ("http://127.0.0.1:PORT/"). The server stops when the block ends."""
    server = _Server(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, name="local-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
