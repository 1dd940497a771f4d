"""Partner pages, the partners directory, the who-does-what table and the open data, in
the built HTML of the real site and of a copy with a partner added only in data/."""

from __future__ import annotations

import csv
import filecmp
import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from macros.data.catalogue import Catalogue, load_catalogue
from macros.data.numbers import counted
from tests.html_tree import parse, parse_page
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
source:
  name: "{NASTY_NAME}"
  url: https://example.org/added-partner
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


def test_a_partner_page_says_in_words_when_a_partner_owns_or_supports_nothing(built_site, catalogue):
    """Not "None": the template's words for an empty list once shared their name with Jinja's none."""
    for partner in catalogue.partners:
        article = parse_page(built_site, f"partners/{partner.id}/").find("article")
        html = article.text
        owns, supports = catalogue.owned_by(partner), catalogue.supported_by(partner)
        if owns or supports:
            assert ("does not own any commitments yet" in html) == (not owns), partner.id
            assert ("not listed as supporting any commitments yet" in html) == (not supports), partner.id
        else:  # why, in a sentence, and where to read on: not two empty lists
            assert "does not own" not in html and "not listed as supporting" not in html, partner.id
            assert "neither the 2020 report nor the public summary of the adopted strategy says which partner leads which priority" in " ".join(html.split()), partner.id
            assert any(link.attrs.get("href") == "../../adopted-strategy/" for link in article.iter("a")), partner.id
        assert "None" not in html.split(), partner.id


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


def primary_nav_links(site: Path, page_path: str) -> list[str]:
    """The addresses the page's main menu links to, resolved against the page, in order."""
    page = parse_page(site, page_path + "/")
    nav = next(el for el in page.iter("nav") if el.has_class("md-nav--primary"))
    return [urljoin(f"/{page_path}/", link.attrs["href"]) for link in nav.iter("a") if link.attrs.get("href")]


def test_a_partner_page_menu_lists_its_sector_s_partners_in_directory_order(built_site, catalogue):
    for partner in catalogue.partners:
        links = primary_nav_links(built_site, f"partners/{partner.id}")
        same_sector = [f"/partners/{other.id}/" for other in catalogue.partners_by_sector[partner.sector]]
        assert [link for link in links if link in same_sector] == same_sector, partner.id
        labels = parse_page(built_site, f"partners/{partner.id}/").find_all("label")
        assert any(label.text == catalogue.sector_by_id[partner.sector].name for label in labels), partner.id


def test_a_partner_page_menu_leaves_out_other_sectors_partners(built_site, catalogue):
    """Only the first partner of another sector is linked, as that sector's entry: the menu
    grows with one sector's partners, not with all of them."""
    for partner in catalogue.partners:
        links = primary_nav_links(built_site, f"partners/{partner.id}")
        for sector in catalogue.sectors_with_partners():
            if sector.id != partner.sector:
                others = {f"/partners/{other.id}/" for other in catalogue.partners_by_sector[sector.id][1:]}
                assert not others & set(links), (partner.id, sector.id)


def test_who_does_what_is_two_tables_that_say_only_what_exists(built_site, catalogue):
    """By theme and by partner, each a captioned table in a focusable region, with no cell
    saying "None" (the old grid of every partner by every theme had 44 of 45)."""
    page = parse_page(built_site, "partners/overview")
    regions = [div for div in page.find_all("div") if div.attrs.get("role") == "region"]
    active = [p for p in catalogue.partners if catalogue.owned_by(p) or catalogue.supported_by(p)]
    # The table by partner has a row for each partner with a commitment, so none while there is none.
    assert len(regions) == (2 if active else 1)
    for region in regions:
        caption = region.find("caption")
        assert region.attrs.get("tabindex") == "0" and caption and region.attrs.get("aria-labelledby") == caption.attrs["id"]
        assert all(th.attrs.get("scope") == "col" for th in region.find("thead").find_all("th"))
        assert all(th.attrs.get("scope") == "row" for th in region.find("tbody").find_all("th"))
        assert not [td.text for td in region.find_all("td") if td.text in ("None", "")]
    by_theme = regions[0].find("table")

    assert [th.text for th in by_theme.find("thead").find_all("th")] == ["Theme", "Commitments, and who does what"]
    for row, theme in zip(by_theme.find("tbody").find_all("tr"), catalogue.themes, strict=True):
        (who,) = (td.text for td in row.find_all("td"))
        assert row.find("th").text == theme.name
        total = len(catalogue.commitments_by_theme.get(theme.id, []))
        assert who.startswith(counted(total, "commitment", start=True) if total else "No commitments yet")
        for partner in catalogue.partners:
            roles = catalogue.roles(theme, partner)
            assert (f"{partner.name} ({len(roles.owns)})" in who) == bool(roles.owns), (theme.id, partner.id)
        unowned = len(catalogue.unowned_in(theme))
        assert (f"Owner to be agreed ({unowned})" in who) == bool(unowned), theme.id

    if active:
        by_partner = regions[1].find("table")
        assert [row.find("th").text for row in by_partner.find("tbody").find_all("tr")] == [p.name for p in active]
    else:
        assert "No partner owns or supports a commitment yet." in page.find("article").text
    idle = page.find("p", **{"class": "who-does-what__idle"})
    others = [p.name for p in catalogue.partners if p not in active]
    assert (idle is not None) == bool(others)
    if idle:
        assert [a.text for a in idle.find_all("a")] == others


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


def search_entries(site: Path) -> list[dict]:
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def test_search_finds_commitments_on_their_theme_page_not_on_partner_pages(built_site, catalogue):
    entries = search_entries(built_site)
    for commitment in catalogue.commitments:
        words = " ".join(commitment.action.split()[:6])
        found_at = {entry["location"].split("#")[0] for entry in entries if words in entry["text"]}
        assert f"themes/{commitment.theme}/" in found_at, commitment.id
        assert not [location for location in found_at if location.startswith("partners/")], commitment.id


def test_search_finds_each_partner_by_its_name_and_description_in_the_directory(built_site, catalogue):
    entries = search_entries(built_site)
    for partner in catalogue.partners:
        entry = next(entry for entry in entries if entry["location"] == f"partners/#partner-{partner.id}")
        assert entry["title"] == partner.name
        assert partner.description.split(".")[0] in entry["text"]
    assert not [entry for entry in entries if re.match(r"partners/(?!index|overview)[^#/]+/", entry["location"])]
    card = parse_page(built_site, "partners/").find("h3", id=f"partner-{catalogue.partners[0].id}")
    assert card.find("a").attrs["href"] == f"{catalogue.partners[0].id}/"


def test_why_a_partner_is_listed_links_the_law_or_page_by_its_name_not_its_address(built_site, catalogue):
    for partner in catalogue.partners:
        facts = parse_page(built_site, f"partners/{partner.id}/").find("dl")
        terms = [child for child in facts.children if not isinstance(child, str)]
        why = terms[[term.text for term in terms].index("Why it is listed") + 1]
        (link,) = why.find_all("a")
        assert (link.attrs["href"], link.text) == (str(partner.source.url), partner.source.name), partner.id
    assert any("Crime and Disorder Act 1998" in partner.source.name for partner in catalogue.partners)


def test_no_link_on_the_site_shows_a_web_address_except_a_partner_s_website(built_site, catalogue):
    """A resident reads where a link goes ("Crime and Disorder Act 1998, section 5, on
    legislation.gov.uk"), not an address broken mid-word; a website's own address is the one
    exception, as it is what the "Website" line says."""
    websites = {str(partner.website) for partner in catalogue.partners if partner.website}
    pages = [page for page in built_site.rglob("*.html") if not page.relative_to(built_site).as_posix().startswith("admin/")]
    shown = {
        (page.relative_to(built_site).as_posix(), link.text)
        for page in pages
        for link in parse(page.read_text(encoding="utf-8")).iter("a")
        if re.match(r"(https?://|www\.)", link.text) and link.text not in websites
    }
    assert not shown
