"""What reading the change history costs as it grows (not a test: it prints figures).

Makes a git repository of the project's content with STEPS extra commits on main, each
merging a branch that changes RECORDS_EACH partner records with a change note, then times:

- baseline: the one `git log --name-only` the site used before change notes (dates only);
- notes: macros.history.change_notes.read_history, one `git log --raw` plus one `git cat-file --batch`;
- per file: one `git log -1` per content file, the approach both replace (for scale).

Each is run REPEATS times and the fastest kept; figures are ratios to the baseline measured in
the same run, because the machine is shared.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_history.py [50 200]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from macros.history.change_notes import read_history  # noqa: E402
from tests.git_repos import commit_all, git, init, merge  # noqa: E402
from tests.sitebuild import copy_project  # noqa: E402

SIZES = (50, 200)
RECORDS_EACH = 3
PARTNERS = 60
REPEATS = 3


def make_repository(folder: Path, steps: int) -> Path:
    project = copy_project(folder / "project")
    partners = project / "data" / "partners"
    for n in range(PARTNERS):
        (partners / f"partner-{n}.yml").write_text(
            f"id: partner-{n}\nname: Partner {n}\nsector: community\ndescription: Partner {n}.\nsource:\n  name: Example source\n  url: https://example.org/{n}\n"
        )
    init(project)
    commit_all(project, "Start", "2021-01-01")
    for step in range(steps):
        git(project, "checkout", "-q", "-b", f"change-{step}")
        for k in range(RECORDS_EACH):
            n = (step * RECORDS_EACH + k) % PARTNERS
            path = partners / f"partner-{n}.yml"
            lines = [line for line in path.read_text().splitlines() if not line.startswith("change_note:")]
            path.write_text("\n".join(lines) + f"\nchange_note: Change {step} to partner {n}.\n")
        commit_all(project, f"Change {step}", "2021-02-01")
        merge(project, f"change-{step}", f"Merge change {step}", "2021-03-01")
    return project


def fastest(action) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def baseline(project: Path) -> None:
    subprocess.run(["git", "log", "--no-merges", "--format=%cs%x1f%s", "--name-only", "--", "docs", "data"], cwd=project, capture_output=True, check=True)


def per_file(project: Path) -> None:
    files = subprocess.run(["git", "ls-files", "docs", "data"], cwd=project, capture_output=True, text=True, check=True).stdout.split()
    for name in files:
        subprocess.run(["git", "log", "-1", "--format=%cs", "--", name], cwd=project, capture_output=True, check=True)


def main(sizes: list[int]) -> None:
    print(f"{'steps':>6} {'notes':>6} {'baseline s':>11} {'notes s':>8} {'ratio':>6} {'per-file s':>11} {'ratio':>6}")
    for steps in sizes:
        with tempfile.TemporaryDirectory() as folder:
            project = make_repository(Path(folder), steps)
            base = fastest(lambda: baseline(project))
            notes = fastest(lambda: read_history(project))
            each = fastest(lambda: per_file(project))
            count = len(read_history(project).notes)
            print(f"{steps:>6} {count:>6} {base:>11.3f} {notes:>8.3f} {notes / base:>6.1f} {each:>11.3f} {each / base:>6.1f}")


if __name__ == "__main__":
    main([int(size) for size in sys.argv[1:]] or list(SIZES))
