"""Pages laid out for many records: a theme's commitments as a table of a row each, who
does what by partner as each partner's numbers, and partners found in the directory rather
than the menu.

Today's data is far below the limits, so a copy is built with them set to 0 (the strategy
plugin's options in mkdocs.yml); the layout is the one hundreds of commitments and partners get.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

import pytest

from tests.build.test_html_validity import describe, upstream_name, vnu_errors
from tests.build.test_internal_links import broken_links
from tests.build.test_partner_pages import primary_nav_links
from tests.html_tree import parse_page
from tests.sitebuild import build, copy_project, set_plugin_options

pytestmark = pytest.mark.build

@pytest.fixture(scope="module")
def site_for_many(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("for-many") / "project")
    set_plugin_options(project, commitments_as_cards_up_to=0, partner_rows_in_full_up_to=0, partners_in_menu_up_to=0)
    result = build(project)
    assert result.returncode == 0, result.output
    return result.site


def article(site, path: str) -> str:
    html = (site / path / "index.html").read_text(encoding="utf-8")
    return re.search(r"<article.*?</article>", html, re.DOTALL).group(0)


def test_each_theme_s_commitments_are_rows_of_a_table(site_for_many, catalogue):
    for theme in catalogue.themes:
        html = article(site_for_many, f"themes/{theme.id}")
        commitments = catalogue.commitments_by_theme.get(theme.id, [])
        rows = re.findall(r'<tr id="commitment-([^"]+)" data-commitment=', html)
        assert rows == [commitment.id for commitment in commitments], theme.id
        if commitments:
            assert '<table class="commitment-table">' in html and '<ul class="commitments">' not in html


def test_who_does_what_by_partner_gives_each_partner_s_numbers(site_for_many, catalogue):
    html = article(site_for_many, "partners/overview")
    table = html[html.index('id="by-partner"') :]
    for partner in catalogue.partners:
        owned = sum(len(catalogue.roles(theme, partner).owns) for theme in catalogue.themes)
        supported = sum(len(catalogue.roles(theme, partner).supports) for theme in catalogue.themes)
        row = re.search(rf'<tr data-partner="{partner.id}">(.*?)</tr>', table, re.DOTALL)
        if owned or supported:
            assert re.findall(r'<td class="number">(\d+)</td>', row.group(1))[:2] == [str(owned), str(supported)], partner.id
        else:
            assert row is None, partner.id


def test_partners_are_found_in_the_directory_and_their_pages_keep_the_partners_menu_open(site_for_many, catalogue):
    partner_pages = {f"/partners/{partner.id}/" for partner in catalogue.partners}
    directory = parse_page(site_for_many, "partners/").find("article")
    assert partner_pages <= {urljoin("/partners/", link.attrs.get("href", "")) for link in directory.iter("a")}
    for partner in catalogue.partners:
        links = primary_nav_links(site_for_many, f"partners/{partner.id}")
        assert not partner_pages & set(links), partner.id
        assert {"/partners/", "/partners/overview/"} <= set(links), partner.id
        menu = next(el for el in parse_page(site_for_many, f"partners/{partner.id}/").iter("nav") if el.has_class("md-nav--primary"))
        open_parts = [item for item in menu.iter("li") if item.has_class("md-nav__item--active")]
        assert [urljoin(f"/partners/{partner.id}/", item.find("a").attrs["href"]) for item in open_parts] == ["/partners/"], partner.id


def test_the_pages_are_valid_and_their_links_resolve(site_for_many, catalogue):
    site = site_for_many.resolve()
    pages = [
        site / "partners/overview/index.html",
        site / f"partners/{catalogue.partners[0].id}/index.html",
        *sorted((site / "themes").glob("*/index.html")),
    ]
    ours = [describe(error, site) for error in vnu_errors(pages) if upstream_name(error) is None]
    assert not ours, "\n".join(ours)
    assert not broken_links(site_for_many)
