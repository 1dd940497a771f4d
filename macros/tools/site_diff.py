"""Two builds of the site compared page by page, for the pull request summary.

Both builds are made from copies without git history, so a page differs only where what it
shows differs, never because of its dates. Each page's main content (<article>) and its banner
(the strategy's notice) are compared; not the navigation, which lists every theme and partner
and so changes on every page when one is added.
"""

from __future__ import annotations

import html
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
from dataclasses import dataclass, field
from pathlib import Path

from macros.history.git import run_git

PROJECT_PARTS = ("mkdocs.yml", "docs", "data", "includes", "overrides", "macros")  # everything a build reads
# The accessibility statement names test files and the build checks they exist: both copies
# see the project's own tests.
TESTS = "tests"
_ARTICLE = re.compile(r"<article\b.*?</article>", re.DOTALL)
# The strategy's notice, under the header (overrides/partials/strategy-notice.html): a change to
# it changes every page a resident sees.
_BANNER = re.compile(r'<aside class="site-banner"[^>]*>.*?</aside>', re.DOTALL)
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


@dataclass
class SiteBuild:
    ok: bool
    output: str
    site: Path


@dataclass
class PageChanges:
    added: list[tuple[str, str]] = field(default_factory=list)  # (address, title)
    removed: list[tuple[str, str]] = field(default_factory=list)
    changed: list[tuple[str, str]] = field(default_factory=list)


def copy_working_tree(project: Path, destination: Path) -> Path:
    """The files a build reads, as they are now (changes not yet committed included)."""
    destination.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = project / part
        if source.is_dir():
            shutil.copytree(source, destination / part, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.is_file():
            shutil.copy2(source, destination / part)
    _link_tests(project, destination)
    return destination


def export_commit(project: Path, commit: str, destination: Path) -> Path | None:
    """The files a build reads, as they were at a commit; None if git cannot give them."""
    present = set((run_git(project, ["ls-tree", "--name-only", commit]) or b"").decode().split())
    parts = [part for part in PROJECT_PARTS if part in present]  # an older commit may lack a newer part
    archive = run_git(project, ["archive", "--format=tar", commit, "--", *parts]) if parts else None
    if archive is None:
        return None
    destination.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        options = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
        tar.extractall(destination, **options)
    _link_tests(project, destination)
    return destination


def _link_tests(project: Path, destination: Path) -> None:
    if (project / TESTS).exists():
        (destination / TESTS).symlink_to((project / TESTS).resolve(), target_is_directory=True)


def build_copy(project: Path, site: Path, today: str) -> SiteBuild:
    """`mkdocs build --strict` of a copy, with progress measured on the same day for both."""
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "true", "STRATEGY_TODAY": today, "PYTHONPATH": str(project)}
    environment.pop("SITE_URL", None)
    completed = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(project / "mkdocs.yml"), "--site-dir", str(site)],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return SiteBuild(completed.returncode == 0, completed.stdout + completed.stderr, site)


def compare(base: Path, head: Path) -> PageChanges:
    before, after = _pages(base), _pages(head)
    changes = PageChanges()
    for address in sorted(after.keys() - before.keys()):
        changes.added.append((address, after[address][0]))
    for address in sorted(before.keys() - after.keys()):
        changes.removed.append((address, before[address][0]))
    for address in sorted(before.keys() & after.keys()):
        if before[address][1] != after[address][1]:
            changes.changed.append((address, after[address][0]))
    return changes


def _pages(site: Path) -> dict[str, tuple[str, str]]:
    """Address -> (title, main content) for every page of a built site."""
    pages = {}
    for path in site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        article = _ARTICLE.search(text)
        if article is None:
            continue
        relative = path.relative_to(site).as_posix()
        address = "/" + relative.removesuffix("index.html")
        heading = _H1.search(article.group(0))
        title = html.unescape(_TAG.sub("", heading.group(1))).replace("¶", "").strip() if heading else address
        banner = _BANNER.search(text)
        pages[address] = (title, (banner.group(0) if banner else "") + article.group(0))
    return pages
