"""Runs pa11y (HTML_CodeSniffer's WCAG 2 AA rules) on pages of the served site, through
pa11y_check.js: one Node process, one Chromium, every page at every width."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from .helpers import CHROMIUM, CHROMIUM_ARGS, PHONE, REPO_ROOT, SETUP_SCRIPT

NPM_DIR = REPO_ROOT / "vendor" / "npm"  # where scripts/install-browser-deps puts pa11y
PA11Y_CHECK = Path(__file__).with_name("pa11y_check.js")
TABS = 2  # pages checked at once, one a core on CI's two-core machine (pa11y_check.js)


def run_pa11y(
    base_url: str, paths: list[str], widths: list[int], include_warnings: bool = False, tabs: int = TABS
) -> list[dict]:
    """Every issue pa11y finds: dicts of path, width, type ("error", "warning"), code, selector, message."""
    node = shutil.which("node")
    if node is None:
        pytest.skip(f"Node.js is not installed: run {SETUP_SCRIPT} (it installs npm, and Node.js with it)")
    if not (NPM_DIR / "node_modules" / "pa11y" / "package.json").is_file():
        pytest.skip(f"pa11y is not in {NPM_DIR.relative_to(REPO_ROOT)}: run {SETUP_SCRIPT}")
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found: run {SETUP_SCRIPT} to install it")
    job = {
        "modules": str(NPM_DIR),
        "baseUrl": base_url,
        "paths": paths,
        "widths": widths,
        "height": PHONE["viewport"]["height"],
        "chromium": str(CHROMIUM),
        "args": CHROMIUM_ARGS,
        "tabs": tabs,
        "includeWarnings": include_warnings,
    }
    done = subprocess.run(
        [node, str(PA11Y_CHECK)], input=json.dumps(job), capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, f"pa11y could not run:\n{done.stderr}"
    issues = json.loads(done.stdout)["issues"]
    return sorted(issues, key=lambda issue: (paths.index(issue["path"]), widths.index(issue["width"])))


def format_issues(issues: list[dict]) -> str:
    """One line per issue: page, width, code, selector, then pa11y's message."""
    lines = [f"{len(issues)} pa11y issue(s):"]
    for issue in issues:
        lines.append(
            f"- {issue['path'] or '(home)'} at {issue['width']} px: {issue['code']}\n"
            f"    {issue['selector']}\n    {issue['message']}"
        )
    return "\n".join(lines)
