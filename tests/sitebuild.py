"""Build the site, or a copy of it with changed data, the way officers and CI do."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROJECT_PARTS = ("mkdocs.yml", "docs", "data", "overrides", "macros")
# Milestone progress depends on the day; tests fix it so the same build gives the same site.
# Mid co-production: some milestones are done, none overdue, and later ones still to come.
TEST_TODAY = "2021-02-01"


@dataclass
class BuildResult:
    returncode: int
    output: str
    site: Path


def copy_project(destination: Path) -> Path:
    """A throwaway copy of everything a build reads, for tests that change data or pages."""
    destination.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, destination / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, destination / part)
    # The accessibility statement names test files, and the build checks that they exist.
    (destination / "tests").symlink_to(ROOT / "tests", target_is_directory=True)
    return destination


def build(project: Path = ROOT, site_dir: Path | None = None, today: str = TEST_TODAY) -> BuildResult:
    """Run `mkdocs build --strict` in a subprocess, exactly as scripts/build does."""
    site_dir = site_dir or project / "site"
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "true", "STRATEGY_TODAY": today}
    completed = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(project / "mkdocs.yml"), "--site-dir", str(site_dir)],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return BuildResult(completed.returncode, completed.stdout + completed.stderr, site_dir)
