"""Fixtures shared by every kind of test."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.catalogue import Catalogue, load_catalogue
from tests.sitebuild import ROOT, build

# A pytest hook, registered by being imported here: on CI a skipped test fails.
from tests.ci_policy import pytest_runtest_makereport  # noqa: F401

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue(ROOT / "data")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built once per test run with --strict into a temporary folder."""
    result = build(site_dir=tmp_path_factory.mktemp("site"))
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
