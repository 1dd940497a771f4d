"""A long roadmap: a page for each year, this year's milestones on the roadmap page, and
theme pages that show this year's milestones in full and link to the other years.

The real roadmap is short, so a copy is built with the one-page limit set below its size
(the strategy plugin's roadmap_one_page_up_to in mkdocs.yml); the layout is the one a long roadmap gets.
"""

from __future__ import annotations

import datetime
import json
import re

import pytest
from macros.pages.roadmap_pages import year_of
from tests.build.test_internal_links import broken_links
from tests.sitebuild import TEST_TODAY, build, copy_project, set_plugin_options

pytestmark = pytest.mark.build

MILESTONE = re.compile(r'<li class="milestone[^"]*" id="milestone-([^"]+)"')
THIS_YEAR = datetime.date.fromisoformat(TEST_TODAY).year


@pytest.fixture(scope="module")
def site_by_year(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("by-year") / "project")
    set_plugin_options(project, roadmap_one_page_up_to=5)
    assert "      roadmap_one_page_up_to: 5\n" in (project / "mkdocs.yml").read_text(encoding="utf-8")
    result = build(project)
    assert result.returncode == 0, result.output
    return result.site


def page(site, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def article(site, path: str) -> str:
    return re.search(r"<article.*?</article>", page(site, path), re.DOTALL).group(0)


def test_every_milestone_is_on_its_year_s_page_once(site_by_year, catalogue):
    years = sorted({year_of(milestone) for milestone in catalogue.milestones})
    assert len(years) > 1
    listed = []
    for year in years:
        ids = MILESTONE.findall(article(site_by_year, f"roadmap/{year}"))
        assert ids and all(year_of(catalogue.milestone_by_id[i]) == year for i in ids), year
        listed += ids
    assert sorted(listed) == sorted(milestone.id for milestone in catalogue.milestones)


def test_the_roadmap_page_shows_this_year_and_links_to_every_year(site_by_year, catalogue):
    html = article(site_by_year, "roadmap")
    this_year = sorted(m.id for m in catalogue.milestones if year_of(m) == THIS_YEAR)
    assert sorted(MILESTONE.findall(html)) == this_year
    for year in {year_of(milestone) for milestone in catalogue.milestones}:
        assert f'href="{year}/"' in html, year


def test_theme_pages_show_this_year_in_full_and_link_to_other_years(site_by_year, catalogue):
    for theme in catalogue.themes:
        milestones = catalogue.milestones_by_theme.get(theme.id, [])
        html = article(site_by_year, f"themes/{theme.id}")
        shown = MILESTONE.findall(html)
        assert sorted(shown) == sorted(m.id for m in milestones if year_of(m) == THIS_YEAR), theme.id
        for year in {year_of(m) for m in milestones} - {THIS_YEAR}:
            assert f'href="../../roadmap/{year}/"' in html, (theme.id, year)


def test_links_to_milestones_lead_to_their_year_s_page(site_by_year, catalogue):
    problems = broken_links(site_by_year)
    assert not problems, "\n".join(problems)
    theme = catalogue.themes[0]
    milestone = catalogue.sub_strategy_of(theme)
    assert f'href="../../roadmap/{year_of(milestone)}/#milestone-{milestone.id}"' in article(site_by_year, f"themes/{theme.id}")


def test_search_finds_this_year_s_milestones_on_their_year_s_page_only(site_by_year, catalogue):
    docs = json.loads((site_by_year / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    for milestone in catalogue.milestones:
        found_at = {doc["location"].split("#")[0] for doc in docs if milestone.title in doc["text"] or milestone.title in doc["title"]}
        assert f"roadmap/{year_of(milestone)}/" in found_at, milestone.id
        assert "roadmap/" not in found_at, milestone.id


def test_year_pages_say_which_year_and_stay_out_of_the_menu(site_by_year, catalogue):
    years = {year_of(milestone) for milestone in catalogue.milestones}
    for year in years:
        html = page(site_by_year, f"roadmap/{year}")
        assert f"<title>Milestones in {year} - " in html
        assert f"<h1>Milestones in {year}</h1>" in html
    menu = re.search(r'<nav class="md-nav md-nav--primary".*?</nav>\s*</div>', page(site_by_year, "roadmap"), re.DOTALL).group(0)
    assert not [year for year in years if f"{year}/" in menu]
