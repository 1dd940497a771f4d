"""How the strict build grows with the number of partners (not a test: it prints figures).

Builds temporary copies of the project with N synthetic partners added to data/partners/ (the
real ones stay: milestones name them) and data/commitments/ replaced: each synthetic partner
owns COMMITMENTS_EACH commitments spread over the themes and supports as many again. Each size is built REPEATS times and the fastest run is
kept; times are compared with the smallest size, measured in the same run on the same machine.
CPU seconds of the build process are reported beside wall-clock seconds, because on a
shared 2-core machine the wall clock also measures whatever else is running.

    PYTHONPATH=$PWD NO_MKDOCS_2_WARNING=true .venv/bin/python benchmarks/bench_partners.py [5 50 500]
"""

from __future__ import annotations

import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from macros.catalogue import load_catalogue  # noqa: E402
from tests.sitebuild import build, copy_project  # noqa: E402

SIZES = (5, 50, 500)
COMMITMENTS_EACH = 10
REPEATS = 2
STATUSES = ("planned", "in progress", "done", "delayed", "cancelled")


def synthetic_partners(count: int, sector_ids: list[str]) -> dict[str, str]:
    """File name -> record, one file per partner as in data/partners/."""
    return {
        f"partner-{n}.yml": f"id: partner-{n}\nname: Partner {n}\nsector: {sector_ids[n % len(sector_ids)]}\n"
        f"description: Synthetic partner number {n}.\nsource: https://example.org/partner-{n}\n"
        for n in range(count)
    }


def synthetic_commitments(count: int, theme_ids: list[str]) -> dict[str, str]:
    """File name -> record, one file per commitment as in data/commitments/."""
    records = {}
    for n in range(count):
        supporter = (n + 1) % count
        for k in range(COMMITMENTS_EACH):
            number = n * COMMITMENTS_EACH + k
            owner = "" if k == 0 else f"owner: partner-{n}\n"  # some owners still to be agreed
            support = f"supporting: [partner-{supporter}]\n" if count > 1 else ""
            records[f"commitment-{number}.yml"] = (
                f"id: commitment-{number}\ntheme: {theme_ids[number % len(theme_ids)]}\n{owner}{support}"
                f"action: Synthetic commitment number {number}.\nstatus: {STATUSES[number % len(STATUSES)]}\n"
            )
    return records


def write_records(folder: Path, records: dict[str, str]) -> None:
    for name, text in records.items():
        (folder / name).write_text(text, encoding="utf-8")


def child_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_build(partners: int, workspace: Path) -> tuple[float, float, int]:
    project = copy_project(workspace / f"project-{partners}")
    real = load_catalogue(ROOT / "data")
    write_records(project / "data" / "partners", synthetic_partners(partners, [s.id for s in real.sectors]))
    shutil.rmtree(project / "data" / "commitments")
    (project / "data" / "commitments").mkdir()
    write_records(project / "data" / "commitments", synthetic_commitments(partners, [t.id for t in real.themes]))
    best_wall = best_cpu = float("inf")
    for _ in range(REPEATS):
        started, cpu_before = time.perf_counter(), child_cpu_seconds()
        result = build(project, workspace / f"site-{partners}")
        best_wall = min(best_wall, time.perf_counter() - started)
        best_cpu = min(best_cpu, child_cpu_seconds() - cpu_before)
        if result.returncode != 0:
            raise SystemExit(f"the build with {partners} partners failed:\n{result.output}")
    pages = sum(1 for _ in (workspace / f"site-{partners}").rglob("index.html"))
    return best_wall, best_cpu, pages


def main(sizes: tuple[int, ...]) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-partners-") as folder:
        results = [(size, *time_build(size, Path(folder))) for size in sizes]
    print(f"synthetic partners added to the {len(load_catalogue(ROOT / 'data').partners)} real ones")
    _, base_wall, base_cpu, _ = results[0]
    ratio = f"vs {sizes[0]}"
    print(f"{'partners':>8} {'commitments':>11} {'pages':>6} {'wall s':>7} {ratio:>7} {'CPU s':>7} {ratio:>7} {'CPU ms/page':>11}")
    for size, wall, cpu, pages in results:
        print(
            f"{size:>8} {size * COMMITMENTS_EACH:>11} {pages:>6} {wall:>7.2f} {wall / base_wall:>6.1f}x"
            f" {cpu:>7.2f} {cpu / base_cpu:>6.1f}x {1000 * cpu / pages:>11.1f}"
        )


if __name__ == "__main__":
    main(tuple(int(arg) for arg in sys.argv[1:]) or SIZES)
