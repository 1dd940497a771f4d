"""Partner pages, the partners directory, the who-does-what table and the open data, in
the built HTML of the real site and of a copy with a partner added only in data/."""

from __future__ import annotations

import csv
import filecmp
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from macros.catalogue import Catalogue, load_catalogue
from tests.sitebuild import ROOT, build, copy_project

pytestmark = pytest.mark.build

NASTY_NAME = "<script>alert(1)</script>"
NASTY_DESCRIPTION = "Says {{ x }} and {% if %} as plain text."
ADDED_RECORDS = {
    "partners/added-partner.yml": f"""\
id: added-partner
name: "{NASTY_NAME}"
sector: voluntary
description: "{NASTY_DESCRIPTION}"
source: https://example.org/added-partner
""",
    "commitments/added-owned.yml": """\
id: added-owned
theme: hate-crime
owner: added-partner
supporting: [wirral-council, merseyside-police]
action: A commitment owned by the added partner.
status: in progress
due: 2021-09-30
""",
    "commitments/added-supported.yml": """\
id: added-supported
theme: road-safety
owner: merseyside-police
supporting: [added-partner]
action: A commitment the added partner supports.
status: delayed
""",
}


def html_of(site: Path, page_path: str) -> str:
    return (site / page_path / "index.html").read_text(encoding="utf-8")


def shown(html: str, commitment_id: str) -> int:
    return len(re.findall(rf'data-commitment="{re.escape(commitment_id)}"', html))


def assert_every_commitment_shown_once_where_it_belongs(site: Path, catalogue: Catalogue) -> None:
    partner_pages = {partner.id: html_of(site, f"partners/{partner.id}") for partner in catalogue.partners}
    theme_pages = {theme.id: html_of(site, f"themes/{theme.id}") for theme in catalogue.themes}
    for commitment in catalogue.commitments:
        assert shown(theme_pages[commitment.theme], commitment.id) == 1, commitment.id
        for theme_id, html in theme_pages.items():
            if theme_id != commitment.theme:
                assert shown(html, commitment.id) == 0, (commitment.id, theme_id)
        involved = {commitment.owner, *commitment.supporting} - {None}
        for partner_id, html in partner_pages.items():
            assert shown(html, commitment.id) == (1 if partner_id in involved else 0), (commitment.id, partner_id)
    for theme in catalogue.themes:
        unowned = [c for c in catalogue.commitments if c.theme == theme.id and c.owner is None]
        assert theme_pages[theme.id].count("Owner to be agreed") == len(unowned), theme.id


@pytest.fixture(scope="module")
def changed(tmp_path_factory) -> tuple[Path, Path, Catalogue]:
    """A copy of the project with one partner and two commitments added to data/ only."""
    project = copy_project(tmp_path_factory.mktemp("changed") / "project")
    for relative, text in ADDED_RECORDS.items():
        (project / "data" / relative).write_text(text, encoding="utf-8")
    result = build(project, project / "site")
    assert result.returncode == 0, result.output
    return project, result.site, load_catalogue(project / "data")


# --- the real site ----------------------------------------------------------------------


def test_every_commitment_once_on_its_theme_page_and_its_partners_pages(built_site, catalogue):
    assert_every_commitment_shown_once_where_it_belongs(built_site, catalogue)


def test_directory_lists_every_partner_once_under_its_sector(built_site, catalogue):
    html = html_of(built_site, "partners")
    for partner in catalogue.partners:
        assert html.count(f'data-partner="{partner.id}"') == 1
        sector_heading = html.index(f'id="sector-{partner.sector}"')
        card = html.index(f'data-partner="{partner.id}"')
        later_headings = [m.start() for m in re.finditer(r"<h2 id=", html) if m.start() > sector_heading]
        assert sector_heading < card < (later_headings[0] if later_headings else len(html)), partner.id
    for sector in catalogue.sectors_without_partners():
        assert f'<li id="sector-{sector.id}">' in html


def test_partner_pages_are_in_the_nav_under_partners_in_data_order(built_site, catalogue):
    html = html_of(built_site, "partners")
    positions = [html.index(f'href="{partner.id}/"') for partner in catalogue.partners]
    assert positions == sorted(positions)


class TableShape(HTMLParser):
    """Collects what a screen reader relies on in the who-does-what table."""

    def __init__(self):
        super().__init__()
        self.region: dict | None = None
        self.caption_id = None
        self.headers: list[tuple[str, str]] = []  # (scope, text)
        self.cells: list[str] = []
        self._open: str | None = None
        self._text = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "div" and attrs.get("role") == "region":
            self.region = attrs
        elif tag == "caption":
            self.caption_id = attrs.get("id")
        elif tag in ("th", "td"):
            self._open, self._text = attrs.get("scope", "") if tag == "th" else "td", ""

    def handle_data(self, data):
        if self._open is not None:
            self._text += data

    def handle_endtag(self, tag):
        if tag == "th":
            self.headers.append((self._open, self._text.strip()))
            self._open = None
        elif tag == "td":
            self.cells.append(self._text.strip())
            self._open = None


def test_overview_table_has_caption_headers_and_words_in_every_cell(built_site, catalogue):
    shape = TableShape()
    shape.feed(html_of(built_site, "partners/overview"))
    assert shape.region and shape.region.get("tabindex") == "0"
    assert shape.caption_id and shape.region.get("aria-labelledby") == shape.caption_id
    columns = [text for scope, text in shape.headers if scope == "col"]
    rows = [text for scope, text in shape.headers if scope == "row"]
    assert columns == ["Theme", *(partner.name for partner in catalogue.partners), "Owner to be agreed"]
    assert rows == [theme.name for theme in catalogue.themes]
    assert len(shape.cells) == len(rows) * (len(columns) - 1)
    assert all(re.fullmatch(r"None|(Owns \d+)?(Supports \d+)?|\d+ commitments?", cell) and cell for cell in shape.cells)


def test_open_data_files_hold_the_data_ids_and_every_link_to_them_works(built_site, catalogue):
    ids = [commitment.id for commitment in catalogue.commitments]
    with (built_site / "data" / "commitments.csv").open(encoding="utf-8", newline="") as opened:
        assert [row["id"] for row in csv.DictReader(opened)] == ids
    assert [row["id"] for row in json.loads((built_site / "data" / "commitments.json").read_text())] == ids
    partners = json.loads((built_site / "data" / "partners.json").read_text())
    assert [row["id"] for row in partners] == [partner.id for partner in catalogue.partners]

    pages = ["partners", "partners/overview", *(f"partners/{partner.id}" for partner in catalogue.partners)]
    for page in pages:
        links = re.findall(r'href="([^"]+\.(?:csv|json))"', html_of(built_site, page))
        assert len(links) == 3, page
        for link in links:
            target = urlsplit(urljoin(f"http://site/{page}/", link)).path.lstrip("/")
            assert (built_site / target).is_file(), (page, link)


# --- a partner added in data/ only -------------------------------------------------------


def test_adding_a_partner_to_data_makes_its_page_without_touching_markdown(changed):
    project, site, catalogue = changed
    assert not filecmp.dircmp(ROOT / "docs", project / "docs").diff_files
    assert not list((project / "docs").rglob("added-partner*"))
    assert (site / "partners" / "added-partner" / "index.html").is_file()
    assert 'data-partner="added-partner"' in html_of(site, "partners")
    assert_every_commitment_shown_once_where_it_belongs(site, catalogue)


def test_added_partner_shows_owned_and_supported_commitments_with_status_and_due_date(changed):
    _, site, _ = changed
    html = html_of(site, "partners/added-partner")
    owns, supports = html.split('id="supports"')
    assert 'data-commitment="added-owned"' in owns and 'data-commitment="added-supported"' in supports
    assert "In progress</span>" in owns and '<time datetime="2021-09-30">30 September 2021</time>' in owns
    assert "Delayed</span>" in supports and "To be agreed" in supports
    theme_html = html_of(site, "themes/hate-crime")
    assert 'href="../../partners/added-partner/"' in theme_html


def test_partner_name_and_description_from_data_appear_as_text(changed):
    _, site, _ = changed
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt;"
    for page in ("partners/added-partner", "partners", "partners/overview"):
        html = html_of(site, page)
        assert NASTY_NAME not in html, page
        assert escaped in html, page
    for page in ("partners/added-partner", "partners"):
        assert NASTY_DESCRIPTION in html_of(site, page), page
    assert f"<h1>{escaped}</h1>" in html_of(site, "partners/added-partner")
