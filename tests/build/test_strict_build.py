"""The real site builds with `mkdocs build --strict`, printing no warning at all."""

import pytest

from tests.sitebuild import build

pytestmark = pytest.mark.build


def test_the_site_builds_strictly_with_no_warnings(tmp_path):
    result = build(site_dir=tmp_path / "site", pdf=True)  # as published: with the whole-strategy PDF
    assert result.returncode == 0, result.output
    assert "WARNING" not in result.output, result.output
