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
    return destination


def build(
    project: Path = ROOT,
    site_dir: Path | None = None,
    today: str = TEST_TODAY,
    tool: str = "mkdocs",
    environment: dict[str, str] | None = None,
) -> BuildResult:
    """Run `mkdocs build --strict` in a subprocess, exactly as scripts/build does.

    `tool="properdocs"` builds with ProperDocs instead (same command line: it is a fork of
    MkDocs 1.6); `environment` adds variables, e.g. SOURCE_DATE_EPOCH for repeatable dates.
    """
    site_dir = site_dir or project / "site"
    # Without SITE_URL unless a test sets it: the tests serve the site at "/", and a published
    # address with a path (https://<owner>.github.io/<repository>/) would move the 404 page's links.
    inherited = {key: value for key, value in os.environ.items() if key != "SITE_URL"}
    environment = {**inherited, "NO_MKDOCS_2_WARNING": "true", "STRATEGY_TODAY": today, **(environment or {})}
    completed = subprocess.run(
        [sys.executable, "-m", tool, "build", "--strict", "--config-file", str(project / "mkdocs.yml"), "--site-dir", str(site_dir)],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return BuildResult(completed.returncode, completed.stdout + completed.stderr, site_dir)
