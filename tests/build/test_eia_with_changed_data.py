"""The EIA page built from changed data: a local characteristic and a mitigation that is a commitment."""

from __future__ import annotations

import pytest
import yaml

from tests.html_tree import parse_page
from tests.sitebuild import build, copy_project

pytestmark = pytest.mark.build


def test_local_row_is_marked_and_a_commitment_mitigation_links_to_its_theme(tmp_path):
    project = copy_project(tmp_path / "project")
    commitment = yaml.safe_load((project / "data" / "commitments" / "hate-crime-sub-strategy.yml").read_text())
    partner = yaml.safe_load((project / "data" / "partners" / "wirral-council.yml").read_text())
    eia_file = project / "data" / "eia.yml"
    eia_file.write_text(
        eia_file.read_text()
        + f"""
  - id: carers
    name: Carers
    local: true
    impact: not yet assessed
    mitigation_owner: {partner["id"]}
    mitigation_commitment: {commitment["id"]}
"""
    )
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.output

    row = parse_page(result.site, "equality-impact-assessment").find("tr", id="characteristic-carers")
    assert row is not None
    assert "(local characteristic)" in row.find("th").text
    cells = row.find_all("td")
    link = cells[2].find("a")
    assert link is not None and link.text == " ".join(commitment["action"].split())
    assert (result.site / "equality-impact-assessment" / link.attrs["href"] / "index.html").resolve() == (
        result.site / "themes" / commitment["theme"] / "index.html"
    ).resolve()
    assert cells[3].text == partner["name"]
