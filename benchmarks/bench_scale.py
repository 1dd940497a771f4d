"""How the build costs at 1x, 10x and 100x today's data, against plain Material (not a test).

For each scale, benchmarks/generate_data.py makes a git-committed copy of the project, and
benchmarks/bare_build.py makes the same final pages as a plain Material site (same theme,
overrides, Markdown extensions, search and blog; not the macros or the site's own plugin). Every scale's two
are built in turn, REPEATS rounds of them, and the medians are compared:

- project / bare: what the data layer adds to Material, at each scale (goal: <= 1.15 at 1x,
  <= 1.0 at 100x);
- N x / 1x: how the project's build grows with the data (goal: <= 10 at 100x);
- peak memory (largest resident set of the build process), the biggest page and the search
  index, uncompressed and gzipped.

CPU seconds (user + sys of the build process and what it waited for, such as git) are the
figure to compare: the machine is shared, so wall-clock seconds also count other people's
work, and they are shown beside the load average.

`--against DIR` builds a second checkout (another worktree, say main's) on the same data in
the same run, alternately with this one, to measure a change before and after.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_scale.py [--scales 1 10 100] [--repeats 3]
        [--against /path/to/other/checkout] [--write-doc]
"""

from __future__ import annotations

import argparse
import gzip
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bare_build import make_bare  # noqa: E402
from benchmarks.generate_data import make_project  # noqa: E402

TODAY = "2021-02-01"
DOC = ROOT / "PERFORMANCE.md"
START, END = "<!-- scale:start -->", "<!-- scale:end -->"


@dataclass
class Run:
    cpu: float
    wall: float
    peak_mb: float


@dataclass
class Measured:
    runs: list[Run] = field(default_factory=list)

    @property
    def cpu(self) -> float:
        return statistics.median(run.cpu for run in self.runs)

    @property
    def wall(self) -> float:
        return statistics.median(run.wall for run in self.runs)

    @property
    def peak_mb(self) -> float:
        return max(run.peak_mb for run in self.runs)


def timed_build(project: Path, site: Path, strict: bool = True) -> Run:
    """One `mkdocs build` in a process of its own, with its CPU time and peak memory."""
    command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(site)]
    # The whole-strategy PDF (Chromium printing every page) is left out, as `mkdocs serve` and
    # the tests leave it out: it is an extra output, measured on its own (PERFORMANCE.md).
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "true", "STRATEGY_TODAY": TODAY, "STRATEGY_PDF": "skip"}
    started = time.perf_counter()
    process = subprocess.Popen([*command, *(["--strict"] if strict else [])], cwd=project, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"the build of {project} failed:\n{output.decode()}")
    return Run(usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss / 1024)


PRINT_PAGE = "print_page"  # every page joined, for the PDF: in no menu and not in search, so counted apart
EDITOR = "admin"  # the web editor: an application, not a page


def site_figures(site: Path) -> dict:
    pages = sorted(
        (
            (path.stat().st_size, path.relative_to(site).parent.as_posix())
            for path in site.rglob("index.html")
            if path.relative_to(site).parts[0] not in (PRINT_PAGE, EDITOR)
        ),
        reverse=True,
    )
    index = (site / "search" / "search_index.json").read_bytes()
    print_page = site / PRINT_PAGE / "index.html"
    return {
        "print_kb": print_page.stat().st_size / 1024 if print_page.exists() else 0,
        "pages": len(pages),
        "biggest_kb": pages[0][0] / 1024,
        "biggest": pages[0][1] or "home",
        "over_400kb": sum(1 for size, _ in pages if size > 400 * 1024),
        "search_kb": len(index) / 1024,
        "search_gz_kb": len(gzip.compress(index, 6)) / 1024,
    }


def load() -> str:
    return "load average " + ", ".join(f"{value:.1f}" for value in os.getloadavg())


def measure(scales: list[int], repeats: int, against: Path | None, workspace: Path, bare: bool = True, source: Path = ROOT) -> tuple[dict, list[str]]:
    prepared = {}
    for scale in scales:
        folder = workspace / f"{scale}x"
        variants = {"project": make_project(scale, folder / "project", source=source)}
        if bare:
            variants["bare"] = make_bare(variants["project"], folder / "bare", TODAY)
        if against:
            variants["against"] = make_project(scale, folder / "against", source=against)
        for project in variants.values():
            # Byte-compiled once, as Python does on an officer's machine (where
            # PYTHONDONTWRITEBYTECODE is not set): otherwise every build would compile the macros.
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(project)], check=True)
        prepared[scale] = (folder, variants)
    measured = {scale: {name: Measured() for name in variants} for scale, (_, variants) in prepared.items()}
    loads = [load()]
    # Each round builds every scale and variant in turn, so that a busy minute falls on all of
    # them: N x / 1x then compares builds made minutes apart, not a 1x measured before a 100x.
    for round_number in range(1, repeats + 1):
        for scale, (folder, variants) in prepared.items():
            for name, project in variants.items():
                measured[scale][name].runs.append(timed_build(project, folder / f"site-{name}", strict=name != "bare"))
        loads.append(load())
        print(f"round {round_number} of {repeats} done ({loads[-1]})", file=sys.stderr)
    results = {}
    for scale, (folder, _) in prepared.items():
        results[scale] = {"measured": measured[scale], "site": site_figures(folder / "site-project")}
        if against:
            results[scale]["site_before"] = site_figures(folder / "site-against")
    return results, loads


def tables(results: dict, repeats: int, against: Path | None) -> str:
    base = results[min(results)]["measured"]["project"]
    head = "| Data | Pages | Project CPU s | Bare CPU s | **Project / bare (CPU)** | Project / bare (wall) | **Project vs 1x (CPU)** | Peak memory MB |"
    rule = "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    if against:
        head += " Before CPU s | **After / before (CPU)** |"
        rule += " ---: | ---: |"
    lines = [head, rule]
    for scale, result in results.items():
        project, bare = result["measured"]["project"], result["measured"].get("bare")
        versus_bare = f"{bare.cpu:.2f} | **{project.cpu / bare.cpu:.2f}** | {project.wall / bare.wall:.2f}" if bare else "- | - | -"
        row = f"| {scale}x | {result['site']['pages']} | {project.cpu:.2f} | {versus_bare} | **{project.cpu / base.cpu:.1f}** | {project.peak_mb:.0f} |"
        if against:
            before = result["measured"]["against"]
            row += f" {before.cpu:.2f} | **{project.cpu / before.cpu:.2f}** |"
        lines.append(row)
    lines += [
        "",
        "| Data | Biggest page | its HTML KB | Pages over 400 KB | Search index KB | gzipped KB | Print page KB |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for scale, result in results.items():
        for label, site in (("", result["site"]), (" before", result.get("site_before"))):
            if site:
                lines.append(
                    f"| {scale}x{label} | {site['biggest']} | {site['biggest_kb']:.0f} | {site['over_400kb']} | {site['search_kb']:.0f} | {site['search_gz_kb']:.0f} | {site['print_kb']:.0f} |"
                )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--against", type=Path, help="another checkout to build on the same data, for before/after")
    parser.add_argument("--source", type=Path, default=ROOT, help="the checkout to measure (default: this one)")
    parser.add_argument("--no-bare", action="store_true", help="leave out the plain Material build (for a quick before/after)")
    parser.add_argument("--write-doc", action="store_true", help="put the tables in PERFORMANCE.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as folder:
        results, loads = measure(args.scales, args.repeats, args.against, Path(folder), bare=not args.no_bare, source=args.source)
    uname = os.uname()
    report = (
        f"Measured {time.strftime('%Y-%m-%d')} on {uname.nodename} ({uname.machine}, {os.cpu_count()} cores, shared), "
        f"Python {sys.version.split()[0]}, with `benchmarks/bench_scale.py --repeats {args.repeats}`"
        f"{' --against ' + str(args.against) if args.against else ''}: medians of {args.repeats} builds each, "
        f"every scale's project and bare built in turn, {args.repeats} rounds; {'; '.join(loads)} (at the start, then after each round).\n\n"
        + tables(results, args.repeats, args.against)
    )
    print(report)
    if args.write_doc:
        text = DOC.read_text(encoding="utf-8")
        before, rest = text.split(START, 1)
        _, after = rest.split(END, 1)
        DOC.write_text(f"{before}{START}\n{report}\n{END}{after}", encoding="utf-8")


if __name__ == "__main__":
    main()
