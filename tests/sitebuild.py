"""Build the site, or a copy of it with changed data, the way officers and CI do."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROJECT_PARTS = ("mkdocs.yml", "docs", "data", "includes", "overrides", "macros")
# The web editor's npm install (scripts/install-editor): linked, not copied (it is large), so a
# copy's build serves the editor at admin/ as the real one does.
EDITOR_INSTALL = "vendor/editor-npm"
EDITOR_DIR = "admin"  # the officers' web editor in a built site: an application, not a page of the site
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
    if (ROOT / EDITOR_INSTALL).is_dir():
        (destination / EDITOR_INSTALL).parent.mkdir(parents=True, exist_ok=True)
        (destination / EDITOR_INSTALL).symlink_to(ROOT / EDITOR_INSTALL, target_is_directory=True)
    return destination


def set_plugin_options(project: Path, **options) -> None:
    """Set options of the site's own plugin (mkdocs.yml: plugins: - strategy:) in a copy of the
    project, each replacing the line that sets it, or added under the plugin's name."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    start = text.index("  - strategy:\n") + len("  - strategy:\n")
    end = re.search(r"^  - ", text[start:], re.M).start() + start
    block = text[start:end]
    for name, value in options.items():
        line = f"      {name}: {value}\n"
        block, found = re.subn(rf"^      {name}:.*\n", line, block, flags=re.M)
        if not found:
            block = line + block
    config.write_text(text[:start] + block + text[end:], encoding="utf-8")


def public_pages(site: Path, pattern: str = "*.html") -> list[Path]:
    """The built pages residents read: every HTML file but the web editor's."""
    return [page for page in sorted(site.rglob(pattern)) if page.relative_to(site).parts[0] != EDITOR_DIR]


def build(
    project: Path = ROOT,
    site_dir: Path | None = None,
    today: str = TEST_TODAY,
    pdf: bool = False,
    tool: str = "mkdocs",
    **environ: str,
) -> BuildResult:
    """Run `mkdocs build --strict` in a subprocess, exactly as scripts/build does.

    Printing the whole-strategy PDF takes Chromium some seconds, so only the builds that test
    it make it (`pdf=True`); the others build with STRATEGY_PDF=skip. `tool="properdocs"` builds
    with ProperDocs instead (same command line: it is a fork of MkDocs 1.6). `environ` adds
    variables, e.g. SOURCE_DATE_EPOCH for repeatable dates."""
    site_dir = site_dir or project / "site"
    # Without SITE_URL unless a test sets it: the tests serve the site at "/", and a published
    # address with a path (https://<owner>.github.io/<repository>/) would move the 404 page's links.
    inherited = {key: value for key, value in os.environ.items() if key != "SITE_URL"}
    environment = {**inherited, "NO_MKDOCS_2_WARNING": "true", "STRATEGY_TODAY": today, **environ}
    if not pdf:
        environment["STRATEGY_PDF"] = "skip"
    completed = subprocess.run(
        [sys.executable, "-m", tool, "build", "--strict", "--config-file", str(project / "mkdocs.yml"), "--site-dir", str(site_dir)],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return BuildResult(completed.returncode, completed.stdout + completed.stderr, site_dir)
