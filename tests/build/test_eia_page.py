"""The built Equality Impact Assessment page: its table's structure, one row per characteristic."""

from __future__ import annotations

import pytest

from macros.equality import PROTECTED_CHARACTERISTICS
from tests.html_tree import parse_page

pytestmark = pytest.mark.build


@pytest.fixture(scope="module")
def eia_table(built_site):
    page = parse_page(built_site, "equality-impact-assessment")
    table = page.find("table", **{"class": "eia-table"})
    assert table is not None, "the EIA page has no assessment table"
    return table


def test_every_column_header_is_scoped_as_a_column(eia_table):
    headers = eia_table.find("thead").find_all("th")
    assert [th.text for th in headers] == ["Characteristic", "Likely impact", "Evidence", "Mitigation", "Mitigation owner", "Review date"]
    assert all(th.attrs.get("scope") == "col" for th in headers)


def test_the_table_has_a_caption(eia_table):
    assert eia_table.find("caption") is not None and eia_table.find("caption").text


def test_one_row_per_characteristic_in_the_data_each_headed_by_its_name(eia_table, catalogue):
    rows = eia_table.find("tbody").find_all("tr")
    assert len(rows) == len(catalogue.eia.characteristics)
    row_headers = [row.find("th", scope="row") for row in rows]
    assert all(row_headers), "every row needs a <th scope=\"row\"> naming its characteristic"
    assert [th.text for th in row_headers] == [row.name for row in catalogue.eia.characteristics]


def test_all_nine_protected_characteristics_have_a_row(eia_table):
    row_ids = {row.attrs["id"].removeprefix("characteristic-") for row in eia_table.find("tbody").find_all("tr")}
    assert set(PROTECTED_CHARACTERISTICS) <= row_ids


def test_each_row_shows_the_impact_in_the_data_as_a_word(eia_table, catalogue):
    rows = eia_table.find("tbody").find_all("tr")
    shown = [row.find("span").text for row in rows]
    assert shown == [row.impact.value.capitalize() for row in catalogue.eia.characteristics]


def test_evidence_is_only_what_the_data_holds(eia_table, catalogue):
    """Nothing is invented: an evidence cell is empty ("None recorded") unless data gives evidence."""
    for row, record in zip(eia_table.find("tbody").find_all("tr"), catalogue.eia.characteristics):
        evidence_cell = row.find_all("td")[1]
        quotes = [p.text for p in evidence_cell.find_all("p") if p.has_class("evidence")]
        assert quotes == [" ".join(e.text.split()) for e in record.evidence]
        if not record.evidence:
            assert evidence_cell.text == "None recorded"


def test_the_page_says_what_the_assessment_covers_and_who_carried_it_out(built_site, catalogue):
    facts = parse_page(built_site, "equality-impact-assessment").find("dl", **{"class": "facts eia-facts"})
    shown = dict(zip((dt.text for dt in facts.find_all("dt")), (dd.text for dd in facts.find_all("dd"))))
    assert shown["What it covers"] == " ".join(catalogue.eia.covers.split())
    if catalogue.eia.carried_out_by is None:
        assert shown["Carried out by"] == "Not recorded in the report"
