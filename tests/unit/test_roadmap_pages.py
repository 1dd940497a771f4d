"""Where each milestone is listed: the roadmap page while it is short, its year's page once long."""

from __future__ import annotations

import datetime

from macros.pages.roadmap_pages import RoadmapLayout, by_year, year_of, year_of_page, year_page_path

TODAY = datetime.date(2021, 2, 1)


def test_a_short_roadmap_is_one_page(catalogue):
    layout = RoadmapLayout.of(catalogue.milestones, TODAY, one_page_up_to=len(catalogue.milestones))
    assert not layout.by_year
    assert {layout.page_of(milestone) for milestone in catalogue.milestones} == {"roadmap.md"}


def test_a_long_roadmap_lists_each_milestone_on_its_year_s_page(catalogue):
    layout = RoadmapLayout.of(catalogue.milestones, TODAY, one_page_up_to=len(catalogue.milestones) - 1)
    assert layout.by_year
    for milestone in catalogue.milestones:
        assert layout.page_of(milestone) == f"roadmap/{milestone.first_day.year}.md"
    listed = [milestone for year in layout.years for milestone in year.milestones]
    assert listed == sorted(catalogue.milestones, key=lambda m: (year_of(m), catalogue.milestones.index(m)))
    assert [year.year for year in layout.years] == sorted({year_of(m) for m in catalogue.milestones})


def test_this_year_is_the_next_year_with_milestones_or_else_the_last(catalogue):
    layout = RoadmapLayout.of(catalogue.milestones, TODAY, one_page_up_to=0)
    first, last = layout.years[0].year, layout.years[-1].year
    assert layout.current(TODAY).year == 2021
    assert layout.current(datetime.date(first - 5, 1, 1)).year == first
    assert layout.current(datetime.date(last + 5, 1, 1)).year == last


def test_year_pages_are_named_by_their_year():
    assert year_page_path(2022) == "roadmap/2022.md"
    assert year_of_page("roadmap/2022.md") == 2022
    assert year_of_page("roadmap.md") is None and year_of_page("partners/2022.md") is None


def test_each_year_counts_its_own_progress(catalogue):
    for year in by_year(catalogue.milestones, TODAY):
        assert year.progress.total == len(year.milestones) == sum(1 for m in catalogue.milestones if year_of(m) == year.year)
