"""The build stops on every page mistake with the same messages validate-data gives, and
never with a traceback (tests/unit/test_page_checks.py checks each message exactly)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from macros.tools.validate import main as validate
from tests.sitebuild import build, copy_project

pytestmark = pytest.mark.build

PAGE_CASES = Path(__file__).parents[1] / "fixtures" / "pages"


def problems_in(output: str) -> list[str]:
    return [line.removeprefix("  - ") for line in output.splitlines() if line.startswith("  - ")]


@pytest.fixture(scope="module")
def broken_project(tmp_path_factory):
    """Every page mistake of the fixtures, and a test file that does not exist, in one copy."""
    project = copy_project(tmp_path_factory.mktemp("mistakes") / "project")
    for case in PAGE_CASES.iterdir():
        shutil.copytree(case, project, dirs_exist_ok=True, ignore=shutil.ignore_patterns("expected.txt"))
    statement = project / "data" / "accessibility.yml"
    statement.write_text(statement.read_text(encoding="utf-8").replace("tests/build/", "tests/build/missing_", 1), encoding="utf-8")
    return project


def test_the_build_stops_with_exactly_what_validate_data_reports(broken_project, capsys):
    assert validate([str(broken_project / "data")]) == 1
    from_validate = problems_in(capsys.readouterr().err)
    result = build(broken_project, broken_project / "site")
    assert result.returncode != 0
    assert "Traceback" not in result.output
    assert problems_in(result.output) == from_validate
    assert any("missing_" in line and "is not a file of the project" in line for line in from_validate)
    expected = [line for case in PAGE_CASES.iterdir() for line in (case / "expected.txt").read_text(encoding="utf-8").splitlines()]
    assert set(expected) <= set(from_validate)


def test_a_data_mistake_and_a_page_mistake_are_reported_in_the_same_build(tmp_path):
    project = copy_project(tmp_path / "project")
    shutil.copytree(PAGE_CASES / "unclosed-call", project, dirs_exist_ok=True, ignore=shutil.ignore_patterns("expected.txt"))
    theme = next((project / "data" / "themes").glob("*.yml"))
    theme.write_text(theme.read_text(encoding="utf-8").replace("order:", "ordre:", 1), encoding="utf-8")
    result = build(project, tmp_path / "site")
    assert result.returncode != 0 and "Traceback" not in result.output
    problems = problems_in(result.output)
    assert any(line.startswith(f"data/themes/{theme.name}") and 'did you mean "order"?' in line for line in problems)
    assert any(line.startswith("docs/checks/unclosed.md, line 11: {{< here is not closed") for line in problems)
