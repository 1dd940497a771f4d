"""The Chromium this project drives (the PDF, the browser tests, the benchmarks): Debian's,
as Playwright's own download is not reachable here."""

from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
# Headless in a root container (no sandbox, no GPU), and nothing that reaches out on its
# own (updates, sync, QUIC probes), so the offline checks stay clean.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
