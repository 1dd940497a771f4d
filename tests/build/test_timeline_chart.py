"""The roadmap's timeline chart as built: one mark per milestone in each of its lanes, each
where its dates put it on the chart's own axis, each leading to its entry in the list."""

from __future__ import annotations

import datetime
import re

import pytest

from macros.render.timeline import WHOLE_STRATEGY
from tests.html_tree import Element, parse_page
from tests.sitebuild import ROOT, TEST_TODAY

pytestmark = pytest.mark.build

ONE_DAY = datetime.timedelta(days=1)
ROUNDING = 0.11  # coordinates are written to a tenth of a unit


def chart_of(site, url_path: str) -> Element:
    charts = parse_page(site, url_path).find_all("svg")
    charts = [svg for svg in charts if svg.has_class("timeline-chart__svg")]
    assert len(charts) == 1, f"{url_path} has {len(charts)} timeline charts"
    return charts[0]


class AxisFromGridLines:
    """Days to x, read from the chart's own year lines (each drawn at 1 January)."""

    def __init__(self, svg: Element):
        years = {int(line.attrs["data-year"]): float(line.attrs["x1"]) for line in svg.iter("line") if line.has_class("tl-axis__year")}
        assert len(years) >= 2
        (self.first_year, self.first_x), (last_year, last_x) = min(years.items()), max(years.items())
        self.units_per_day = (last_x - self.first_x) / (datetime.date(last_year, 1, 1) - datetime.date(self.first_year, 1, 1)).days
        self.years = years

    def x(self, day: datetime.date) -> float:
        return self.first_x + (day - datetime.date(self.first_year, 1, 1)).days * self.units_per_day


def marks_by_lane(svg: Element) -> dict[str, list[Element]]:
    return {lane.attrs["data-lane"]: [a for a in lane.iter("a") if a.has_class("tl-mark")] for lane in svg.iter("g") if lane.has_class("tl-lane")}


def lanes_of(milestone) -> list[str]:
    return milestone.themes or [WHOLE_STRATEGY]


def number(text: str) -> float:
    return float(text)


def mark_position(mark: Element) -> tuple[str, float, float | None]:
    """What is drawn for the mark: ("span", left, right), ("day", middle, None) or ("deadline", x, None)."""
    bar = next((el for el in mark.iter("rect") if el.has_class("tl-mark__bar")), None)
    if bar is not None:
        return "span", number(bar.attrs["x"]), number(bar.attrs["x"]) + number(bar.attrs["width"])
    day = next((el for el in mark.iter("path") if el.has_class("tl-mark__day")), None)
    if day is not None:
        return "day", number(re.match(r"M([\d.]+) ", day.attrs["d"]).group(1)), None
    deadline = next(el for el in mark.iter("line") if el.has_class("tl-mark__deadline"))
    return "deadline", number(deadline.attrs["x1"]), None


def test_the_roadmap_chart_has_one_mark_per_milestone_in_each_of_its_lanes(built_site, catalogue):
    lanes = marks_by_lane(chart_of(built_site, "roadmap"))
    assert list(lanes) == [WHOLE_STRATEGY] + [theme.id for theme in catalogue.themes]
    for lane_id, marks in lanes.items():
        expected = sorted(m.id for m in catalogue.milestones if lane_id in lanes_of(m))
        assert sorted(mark.attrs["data-milestone"] for mark in marks) == expected, lane_id


def test_each_mark_is_where_its_dates_put_it_on_the_axis(built_site, catalogue):
    svg = chart_of(built_site, "roadmap")
    axis = AxisFromGridLines(svg)
    assert axis.first_year <= catalogue.strategy.start_year and max(axis.years) >= catalogue.strategy.end_year
    by_id = {m.id: m for m in catalogue.milestones}
    kinds = set()
    for marks in marks_by_lane(svg).values():
        for mark in marks:
            milestone = by_id[mark.attrs["data-milestone"]]
            kind, x, right = mark_position(mark)
            kinds.add(kind)
            first, after_last = axis.x(milestone.first_day), axis.x(milestone.last_day + ONE_DAY)
            if milestone.date.by:
                # "By April 2021": no start is known, so only the deadline is placed, at the end of April.
                assert kind == "deadline" and x == pytest.approx(after_last, abs=ROUNDING), milestone.id
            elif kind == "day":
                assert milestone.date.precision.value == "day" and milestone.end is None
                assert first <= x <= after_last, milestone.id
            else:
                # Known to a month, a quarter or a year (or a span): drawn over all of it.
                assert kind == "span", milestone.id
                assert (x, right) == (pytest.approx(first, abs=ROUNDING), pytest.approx(after_last, abs=ROUNDING)), milestone.id
    assert kinds == {"span", "day", "deadline"}, "the data should show every kind of mark; update this test if it no longer does"


def test_a_month_is_drawn_over_the_whole_month(built_site, catalogue):
    svg = chart_of(built_site, "roadmap")
    axis = AxisFromGridLines(svg)
    month = next(m for m in catalogue.milestones if m.date.precision.value == "month" and not m.date.by and m.end is None)
    mark = next(mark for marks in marks_by_lane(svg).values() for mark in marks if mark.attrs["data-milestone"] == month.id)
    kind, left, right = mark_position(mark)
    assert kind == "span"
    assert left == pytest.approx(axis.x(month.first_day.replace(day=1)), abs=ROUNDING)
    assert right - left == pytest.approx(axis.units_per_day * (month.last_day.day), abs=ROUNDING)


def test_each_mark_sits_inside_its_lane(built_site):
    svg = chart_of(built_site, "roadmap")
    for lane in (g for g in svg.iter("g") if g.has_class("tl-lane")):
        band = next(rect for rect in lane.iter("rect") if rect.has_class("tl-lane__band"))
        top, bottom = number(band.attrs["y"]), number(band.attrs["y"]) + number(band.attrs["height"])
        for label in (text for text in lane.iter("text") if text.has_class("tl-mark__label")):
            assert top < number(label.attrs["y"]) < bottom, (lane.attrs["data-lane"], label.text)


def test_today_and_the_strategy_period_are_drawn_where_they_fall(built_site, catalogue):
    svg = chart_of(built_site, "roadmap")
    axis = AxisFromGridLines(svg)
    today = datetime.date.fromisoformat(TEST_TODAY)
    line = next(el for el in svg.iter("line") if el.has_class("tl-today__line"))
    assert number(line.attrs["x1"]) == pytest.approx(axis.x(today), abs=ROUNDING)
    band = next(el for el in svg.iter("rect") if el.has_class("tl-period__band"))
    start, end = datetime.date(catalogue.strategy.start_year, 1, 1), datetime.date(catalogue.strategy.end_year + 1, 1, 1)
    assert number(band.attrs["x"]) == pytest.approx(axis.x(start), abs=ROUNDING)
    assert number(band.attrs["x"]) + number(band.attrs["width"]) == pytest.approx(axis.x(end), abs=ROUNDING)


def test_every_mark_leads_to_its_entry_in_the_list_on_the_same_page(built_site, catalogue):
    pages = ["roadmap"] + [f"themes/{theme.id}" for theme in catalogue.themes if catalogue.milestones_by_theme.get(theme.id)]
    for url_path in pages:
        page = parse_page(built_site, url_path)
        ids = {el.attrs["id"] for el in page.iter("li") if "id" in el.attrs}
        svg = chart_of(built_site, url_path)
        for mark in (a for a in svg.iter("a") if a.has_class("tl-mark")):
            assert mark.attrs["href"] == f"#milestone-{mark.attrs['data-milestone']}"
            assert mark.attrs["href"][1:] in ids, f"{url_path}: {mark.attrs['href']} leads nowhere"


def test_the_chart_is_hidden_from_screen_readers_and_its_links_from_the_tab_order(built_site):
    page = parse_page(built_site, "roadmap")
    region = next(div for div in page.iter("div") if div.has_class("timeline-chart__scroll"))
    # The scrolling box is a named region that takes focus; the picture inside it is hidden,
    # with the list after it as its alternative.
    assert region.attrs["role"] == "region" and region.attrs["tabindex"] == "0"
    caption = page.find("p", id=region.attrs["aria-labelledby"])
    assert caption is not None and caption.text
    svg = chart_of(built_site, "roadmap")
    assert svg.attrs["aria-hidden"] == "true"
    assert svg.find("title") is not None and svg.find("desc") is not None
    links = [a for a in svg.iter("a")]
    assert links and all(a.attrs.get("tabindex") == "-1" for a in links)


def test_a_theme_page_shows_its_own_lane_only(built_site, catalogue):
    for theme in catalogue.themes:
        own = catalogue.milestones_by_theme.get(theme.id, [])
        if not own:
            continue
        lanes = marks_by_lane(chart_of(built_site, f"themes/{theme.id}"))
        assert list(lanes) == [theme.id]
        assert sorted(mark.attrs["data-milestone"] for mark in lanes[theme.id]) == sorted(m.id for m in own)


def test_the_chart_template_holds_no_dates():
    template = (ROOT / "macros" / "render" / "templates" / "timeline.html").read_text(encoding="utf-8")
    assert not re.search(r"\b(19|20)\d\d\b", template)
