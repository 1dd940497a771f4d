"""Fixtures shared by every kind of test."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.catalogue import Catalogue, load_catalogue
from tests.sitebuild import ROOT, build

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
