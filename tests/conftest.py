"""Fixtures shared by every kind of test."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.data.catalogue import Catalogue, load_catalogue
from tests.sitebuild import ROOT, build

# A pytest hook, registered by being imported here: on CI a skipped test fails.
from tests.ci_policy import pytest_runtest_makereport  # noqa: F401

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue(ROOT / "data")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built once per test run with --strict into a temporary folder, with
    its whole-strategy PDF (where Chromium is installed)."""
    result = build(site_dir=tmp_path_factory.mktemp("site"), pdf=True)
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.output}"
    return result.site


@pytest.fixture(scope="session")
def defective_site(tmp_path_factory) -> Path:
    """A copy of the site built with known defects (tests/defects.py), to show each quality check fails."""
    from tests.defects import make_defective_copy

    folder = tmp_path_factory.mktemp("defective")
    result = build(make_defective_copy(folder / "project"), folder / "site")
    assert result.returncode == 0, f"the defective copy should still build:\n{result.output}"
    return result.site


_READABILITY: list[str] = []


@pytest.fixture(scope="session")
def readability_report() -> list[str]:
    """Lines for the readability table printed at the end of the run (tests/build/test_plain_english.py)."""
    return _READABILITY


def pytest_terminal_summary(terminalreporter):
    if _READABILITY:
        terminalreporter.section("Readability of resident pages (Flesch reading ease, longest sentence in words)")
        for line in _READABILITY:
            terminalreporter.write_line(line)
