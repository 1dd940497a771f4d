"""Every built page is valid HTML, by the Nu HTML Checker (vnu.jar, pinned in
tests/browser/package.json and vendored by scripts/install-browser-deps).

The checker runs once, in one JVM, over every page: starting Java is the slow part.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.defects import DEFECT_PAGE
from tests.sitebuild import ROOT

pytestmark = pytest.mark.build

VNU_JAR = ROOT / "vendor" / "vnu" / "vnu.jar"
SETUP_SCRIPT = "scripts/install-browser-deps"


@dataclass(frozen=True)
class UpstreamError:
    """An error in markup that Material for MkDocs writes, which this site does not control."""

    message: re.Pattern
    extract: re.Pattern  # the markup vnu quotes, so only Material's own element is excused
    reason: str


# Each known error BY NAME: its exact message and the element it is about. Anything else fails.
UPSTREAM_MATERIAL_ERRORS = {
    "autocomplete on Material's drawer and search toggles": UpstreamError(
        message=re.compile(
            r"^Attribute “autocomplete” is only allowed when the input type is “color”, “date”, "
            r"“datetime-local”, “email”, “hidden”, “month”, “number”, “password”, “range”, "
            r"“search”, “tel”, “text”, “time”, “url”, or “week”\.$"
        ),
        extract=re.compile(r'<input class="md-toggle" data-md-toggle="(drawer|search)" type="checkbox" id="__(drawer|search)" autocomplete="off">'),
        reason=(
            "Material's base.html puts autocomplete=\"off\" on the hidden checkboxes that open the "
            "menu and search, so Firefox does not restore them as ticked after going back; "
            "removing it would mean copying the whole base template."
        ),
    ),
}


def vnu_errors(pages: list[Path]) -> list[dict]:
    """Run the checker once over `pages`; return its error messages (vnu's JSON objects)."""
    java = shutil.which("java")
    if java is None:
        pytest.skip(f"java is not installed, so the HTML checker cannot run: run {SETUP_SCRIPT} as root (installs default-jre-headless)")
    if not VNU_JAR.is_file():
        pytest.skip(f"{VNU_JAR.relative_to(ROOT)} is missing: run {SETUP_SCRIPT} to vendor vnu-jar")
    completed = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *map(str, pages)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    # vnu exits 1 when it finds errors; the JSON report goes to stderr, first.
    try:
        report, _ = json.JSONDecoder().raw_decode(completed.stderr.lstrip())
    except json.JSONDecodeError:
        pytest.fail(f"the HTML checker did not report (exit {completed.returncode}):\n{completed.stderr[:2000]}")
    return report["messages"]


def upstream_name(error: dict) -> str | None:
    for name, known in UPSTREAM_MATERIAL_ERRORS.items():
        if known.message.search(error.get("message", "")) and known.extract.search(error.get("extract", "")):
            return name
    return None


def describe(error: dict, site: Path) -> str:
    page = error.get("url", "").removeprefix("file:")
    page = Path(page).relative_to(site) if page.startswith(str(site)) else page
    return f"{page}, line {error.get('lastLine', '?')}: {error.get('message')}\n    {error.get('extract', '').strip()}"


def test_every_page_is_valid_html_apart_from_named_material_errors(built_site):
    site = built_site.resolve()
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 14
    errors = vnu_errors(pages)

    ours = [describe(error, site) for error in errors if upstream_name(error) is None]
    assert not ours, f"{len(ours)} HTML error(s) the site can fix:\n" + "\n".join(ours)

    # An excuse that no longer matches anything must go, or it would hide a future error.
    seen = {upstream_name(error) for error in errors}
    stale = sorted(set(UPSTREAM_MATERIAL_ERRORS) - seen)
    assert not stale, f"Material no longer causes these; remove them from UPSTREAM_MATERIAL_ERRORS: {stale}"


def test_the_checker_reports_an_image_without_alt(defective_site):
    errors = vnu_errors([defective_site / DEFECT_PAGE])
    ours = [error["message"] for error in errors if upstream_name(error) is None]
    assert any("“img” element must have an “alt” attribute" in message for message in ours), ours
