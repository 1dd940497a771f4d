"""The engine (macros/ and overrides/, and the stylesheets and scripts in docs/) names no
place: another council's project (tests/fixtures/another-council/) built with it is that
council's site, with not one "Wirral" in any file of it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.sitebuild import ROOT, build

pytestmark = pytest.mark.build

FIXTURE = ROOT / "tests" / "fixtures" / "another-council"
ENGINE = ("macros", "overrides", "docs/stylesheets", "docs/javascripts")
NAME = "Eastmouth"


def another_councils_project(folder: Path) -> Path:
    project = shutil.copytree(FIXTURE, folder / "project")
    for part in ENGINE:
        shutil.copytree(ROOT / part, project / part, ignore=shutil.ignore_patterns("__pycache__"))
    (project / "tests").symlink_to(ROOT / "tests", target_is_directory=True)  # the accessibility statement names test files
    # The site's settings as this site has them, under the other council's name.
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"^site_name: .*$", f"site_name: {NAME} Community Safety Strategy", config, count=1, flags=re.M)
    config = re.sub(r"^site_description: >-\n(  .*\n)+", f"site_description: The community safety strategy of {NAME}.\n", config, count=1, flags=re.M)
    config = re.sub(r"^  organisation: .*$", f"  organisation: {NAME}", config, count=1, flags=re.M)
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("another-council")
    result = build(another_councils_project(folder), folder / "site")
    assert result.returncode == 0, result.output
    return result.site


def test_the_project_is_another_councils():
    assert not [path for path in FIXTURE.rglob("*") if path.is_file() and "wirral" in path.read_text(encoding="utf-8").lower()]


def test_no_file_of_the_built_site_names_wirral(site):
    found = []
    for path in sorted(site.rglob("*")):
        if path.is_file() and path.suffix not in (".png", ".ico", ".gz", ".pdf", ".woff2"):
            text = path.read_text(encoding="utf-8", errors="replace")
            found += [f"{path.relative_to(site)}: ...{text[max(0, m.start() - 60) : m.end() + 60]}..." for m in re.finditer("wirral", text, re.I)]
    assert found == []


def test_the_site_is_the_other_councils(site):
    home = (site / "index.html").read_text(encoding="utf-8")
    assert f"{NAME} Community Safety Strategy 2021 to 2025" in home
    calendar = (site / "data" / "milestones.ics").read_text(encoding="utf-8")
    assert f"PRODID:-//{NAME} Community Safety Strategy//Roadmap//EN" in calendar
    assert "UID:committee@eastmouth-community-safety-strategy" in calendar.replace("\r\n ", "")
    partner = (site / "partners" / "the-council" / "index.html").read_text(encoding="utf-8")
    assert f"What The Council owns and supports in the {NAME} Community Safety Strategy." in partner
