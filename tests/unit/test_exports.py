"""The open-data files hold exactly what data/ holds."""

from __future__ import annotations

import csv
import json

from macros.data.catalogue import load_catalogue
from macros.exports.tables import COMMITMENT_COLUMNS, write_partner_exports
from tests.conftest import FIXTURES
from tests.data_copies import data_with


def test_exports_hold_the_same_ids_and_values_as_the_data(catalogue, tmp_path):
    csv_path, commitments_path, partners_path = write_partner_exports(catalogue, tmp_path)
    assert csv_path.parent == tmp_path / "data"

    with csv_path.open(encoding="utf-8", newline="") as opened:
        reader = csv.DictReader(opened)
        assert tuple(reader.fieldnames) == COMMITMENT_COLUMNS
        rows = list(reader)
    assert [row["id"] for row in rows] == [commitment.id for commitment in catalogue.commitments]
    for row, commitment in zip(rows, catalogue.commitments):
        assert row["owner"] == (commitment.owner or "")
        assert (row["supporting"].split("; ") if row["supporting"] else []) == commitment.supporting

    commitments = json.loads(commitments_path.read_text(encoding="utf-8"))
    assert [item["id"] for item in commitments] == [commitment.id for commitment in catalogue.commitments]
    assert [item["owner"] for item in commitments] == [commitment.owner for commitment in catalogue.commitments]

    partners = json.loads(partners_path.read_text(encoding="utf-8"))
    assert [item["id"] for item in partners] == [partner.id for partner in catalogue.partners]
    for item in partners:
        assert item["owns"] == [commitment.id for commitment in catalogue.commitments if commitment.owner == item["id"]]
        assert item["supports"] == [commitment.id for commitment in catalogue.commitments if item["id"] in commitment.supporting]


def test_csv_cells_that_look_like_formulas_are_kept_as_text():
    from macros.exports.tables import csv_cell

    assert csv_cell("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert csv_cell("-1") == "'-1"
    assert csv_cell("Plain text") == "Plain text"
    assert csv_cell(["a", "b"]) == "a; b"
    assert csv_cell(None) == "" and csv_cell(True) == "yes"


def test_a_commitment_shows_its_milestone_s_status_and_date_unless_it_has_its_own(tmp_path):
    """As the pages show them: a commitment without its own status or date follows its milestone."""
    data = data_with(
        tmp_path,
        {
            "commitments/road-safety-plan.yml": "id: road-safety-plan\ntheme: road-safety\naction: Write a road safety sub-strategy.\nmilestone: road-safety-sub-strategy\n",
            "commitments/hate-crime-plan.yml": "id: hate-crime-plan\ntheme: hate-crime\nowner: the-council\naction: Write a hate crime sub-strategy.\n"
            "milestone: hate-crime-sub-strategy\nstatus: in progress\ndue: 2021-04-30\n",
        },
        source=FIXTURES / "valid",
    )
    csv_path, _, _ = write_partner_exports(load_catalogue(data), tmp_path / "site")
    with csv_path.open(encoding="utf-8", newline="") as opened:
        rows = {row["id"]: (row["milestone"], row["status"], row["due"]) for row in csv.DictReader(opened)}
    assert rows == {
        "hate-crime-plan": ("hate-crime-sub-strategy", "in progress", "30 April 2021"),  # its own
        "road-safety-plan": ("road-safety-sub-strategy", "in progress", "2021"),  # its milestone's (2021, in progress)
    }
