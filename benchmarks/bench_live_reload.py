"""How soon `scripts/serve` shows a data edit (not a test: it prints figures).

For each scale, a git-committed copy of the project (benchmarks/generate_data.py) is served
with `mkdocs serve --strict`, as scripts/serve does, on a free port. Once the first build is
served, a record is edited (a milestone's title, then a partner's name, in turn) and the
page that shows it is fetched every 50 ms until the new words appear. The time from the save
to the first response with the edit is what an officer waits for (the browser's live reload
adds its own poll, at most a second, on top). CPU seconds of the serve process over the same
span are shown beside it, because on a shared machine the wall clock also counts other work.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_live_reload.py [--scales 1 100] [--edits 3]
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.generate_data import make_project  # noqa: E402

TODAY = "2021-02-01"
POLL = 0.05
FIRST_BUILD_TIMEOUT = 900
EDIT_TIMEOUT = 600
# (the record edited, the key whose value changes, the page that shows it)
EDITS = (
    # A milestone of 2021, the year the benchmark takes as today: the roadmap page lists it
    # whether the roadmap is one page or (at 100x) a page a year with this year's shown.
    ("data/milestones/hate-crime-sub-strategy.yml", "title", "roadmap/"),
    ("data/partners/merseyside-police.yml", "name", "partners/merseyside-police/"),
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process and the children it has waited for (git)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = sum(int(value) for value in fields[11:15])  # utime, stime, cutime, cstime
    return ticks / os.sysconf("SC_CLK_TCK")


def wait_for(url: str, words: str, timeout: float, server: subprocess.Popen) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if server.poll() is not None:
            raise SystemExit(f"mkdocs serve stopped (its output: {server.args}, see the log in the workspace)")
        page = fetch(url)
        if page is not None and words in page:
            return time.perf_counter() - started
        time.sleep(POLL)
    raise SystemExit(f"{url} did not show {words!r} within {timeout} s")


def edit(project: Path, record: str, key: str, value: str) -> None:
    path = project / record
    text = re.sub(rf"^{key}: .*$", f"{key}: {value}", path.read_text(encoding="utf-8"), count=1, flags=re.MULTILINE)
    path.write_text(text, encoding="utf-8")


def measure(scale: int, edits: int, workspace: Path, source: Path = ROOT) -> tuple[float, list[tuple[str, float, float]]]:
    project = make_project(scale, workspace / f"{scale}x", source=source)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(project / "macros")], check=True)
    port = free_port()
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "true", "STRATEGY_TODAY": TODAY, "STRATEGY_PRINT_PAGE": "false"}  # as scripts/serve
    # Its output goes to a file: at 100x each build logs hundreds of overdue milestones, which
    # would fill a pipe nobody reads and stop the server mid-build.
    log = (workspace / f"serve-{scale}x.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--strict", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project, env=environment, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}/"
    results = []
    try:
        first = wait_for(base, "<html", FIRST_BUILD_TIMEOUT, server)
        for n in range(edits):
            record, key, page = EDITS[n % len(EDITS)]
            words = f"Edited for the live reload benchmark {n} {time.time_ns()}"
            time.sleep(1)  # a quiet moment, as between an officer's saves
            cpu_before = cpu_seconds(server.pid)
            edit(project, record, key, words)
            seconds = wait_for(base + page, words, EDIT_TIMEOUT, server)
            results.append((f"{record.split('/')[1]} -> /{page}", seconds, cpu_seconds(server.pid) - cpu_before))
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        log.close()
    return first, results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 100])
    parser.add_argument("--edits", type=int, default=4)
    parser.add_argument("--source", type=Path, default=ROOT, help="the checkout to serve (default: this one)")
    args = parser.parse_args()
    print(f"Measured {time.strftime('%Y-%m-%d')} with `benchmarks/bench_live_reload.py` on {args.source}; load average at start "
          + ", ".join(f"{value:.1f}" for value in os.getloadavg()) + "\n")
    print("| Data | Edit | Seconds until the page shows it | Serve CPU s |")
    print("| --- | --- | ---: | ---: |")
    with tempfile.TemporaryDirectory(prefix="bench-reload-") as folder:
        for scale in args.scales:
            first, results = measure(scale, args.edits, Path(folder), args.source)
            print(f"| {scale}x | first build, served | {first:.1f} | |")
            for what, seconds, cpu in results:
                print(f"| {scale}x | {what} | {seconds:.2f} | {cpu:.2f} |", flush=True)


if __name__ == "__main__":
    main()
