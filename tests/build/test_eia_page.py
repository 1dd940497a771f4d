"""The built Equality Impact Assessment page: its table's structure, one row per characteristic."""

from __future__ import annotations

import pytest

from macros.data.equality import PROTECTED_CHARACTERISTICS
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


@pytest.fixture(scope="module")
def eia_notes(built_site) -> dict[str, str]:
    """The notes above the table, by number: evidence shared by several rows, given once."""
    page = parse_page(built_site, "equality-impact-assessment")
    notes = page.find("div", **{"class": "eia-notes"})
    items = notes.find("ol").find_all("li") if notes else []
    return {item.attrs["id"].removeprefix("eia-note-"): item.find("p").text for item in items}


def test_evidence_is_only_what_the_data_holds(eia_table, eia_notes, catalogue):
    """Nothing is invented: an evidence cell is empty ("None recorded") unless data gives evidence,
    given in the row itself or in the note the row points to."""
    for row, record in zip(eia_table.find("tbody").find_all("tr"), catalogue.eia.characteristics):
        evidence_cell = row.find_all("td")[1]
        shown = []
        for paragraph in evidence_cell.find_all("p"):
            if paragraph.has_class("evidence"):
                shown.append(paragraph.text)
            elif paragraph.has_class("evidence-note"):
                note = paragraph.attrs["data-note"]
                assert paragraph.find("a").attrs["href"] == f"#eia-note-{note}"
                shown.append(eia_notes[note])
        assert shown == [" ".join(e.text.split()) for e in record.evidence]
        if not record.evidence:
            assert evidence_cell.text == "None recorded"


def test_evidence_shared_by_several_rows_is_shown_once(built_site, eia_notes, catalogue):
    # The report's sentence on hate incidents applies to five characteristics: one note, not five copies.
    texts = [" ".join(e.text.split()) for record in catalogue.eia.characteristics for e in record.evidence]
    repeated = {text for text in texts if texts.count(text) > 1}
    assert repeated, "this test needs evidence shared by more than one characteristic in the data"
    html = (built_site / "equality-impact-assessment" / "index.html").read_text(encoding="utf-8")
    for text in repeated:
        assert list(eia_notes.values()).count(text) == 1
        assert html.count(text.split(",")[0]) == 1, "the shared evidence is repeated on the page"


def test_the_page_says_what_the_assessment_covers_and_who_carried_it_out(built_site, catalogue):
    facts = parse_page(built_site, "equality-impact-assessment").find("dl", **{"class": "facts eia-facts"})
    shown = dict(zip((dt.text for dt in facts.find_all("dt")), (dd.text for dd in facts.find_all("dd"))))
    assert shown["What it covers"] == " ".join(catalogue.eia.covers.split())
    if catalogue.eia.carried_out_by is None:
        assert shown["Carried out by"] == "Not recorded in the report"
