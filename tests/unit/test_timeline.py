"""The timeline chart's measurements (macros/render/timeline.py): every position checked against the dates."""

from __future__ import annotations

import datetime

import pytest

from macros.data.models import Milestone
from macros.render.timeline import FONT_SIZE, WHOLE_STRATEGY, WIDTH, MarkKind, axis_for, draw, shorten, wrap

DAY = datetime.date
TODAY = DAY(2021, 2, 1)
THEMES = [("hate-crime", "Hate crime"), ("road-safety", "Road safety")]


def milestone(**fields) -> Milestone:
    base = {"id": "m", "title": "A milestone", "date": "2021-04", "phase": "delivery", "status": "planned"}
    return Milestone.model_validate(base | fields)


def chart(milestones, today=TODAY, **options):
    return draw(milestones, today, 2021, 2025, THEMES, scope="test", title="Test", **options)


def expected_x(axis, day: DAY) -> float:
    """Worked out here, from the axis's ends alone: days since its start, to scale."""
    return axis.left + (day - axis.start).days / (axis.end - axis.start).days * (axis.right - axis.left)


def only_mark(timeline, milestone_id, lane_id):
    marks = [mark for lane in timeline.lanes if lane.id == lane_id for mark in lane.marks if mark.milestone_id == milestone_id]
    assert len(marks) == 1, f"{milestone_id} has {len(marks)} marks in lane {lane_id}"
    return marks[0]


def test_the_axis_runs_over_whole_years_from_the_earliest_date_to_the_latest():
    axis = axis_for([milestone(date="2020-11-09")], TODAY, 2021, 2025)
    assert (axis.start, axis.end) == (DAY(2020, 1, 1), DAY(2026, 1, 1))
    # Today after the period and the milestones still falls on the axis.
    assert axis_for([milestone()], DAY(2027, 3, 1), 2021, 2025).end == DAY(2028, 1, 1)


def test_years_and_quarters_divide_the_axis_at_their_first_days():
    timeline = chart([milestone()])
    assert [year.label for year in timeline.years] == ["2021", "2022", "2023", "2024", "2025"]
    assert len(timeline.quarters) == 4 * len(timeline.years)
    for quarter, first in zip(timeline.quarters[:4], (DAY(2021, 1, 1), DAY(2021, 4, 1), DAY(2021, 7, 1), DAY(2021, 10, 1))):
        assert quarter.x == pytest.approx(expected_x(timeline.axis, first))
    assert timeline.quarters[1].name == "April to June 2021"
    assert timeline.period.x == pytest.approx(timeline.axis.left)
    assert timeline.period.x + timeline.period.width == pytest.approx(timeline.axis.right)


def test_each_milestone_has_one_mark_in_each_of_its_lanes_and_none_elsewhere():
    milestones = [
        milestone(id="whole"),
        milestone(id="one", themes=["hate-crime"]),
        milestone(id="both", themes=["hate-crime", "road-safety"]),
    ]
    timeline = chart(milestones)
    lanes = {lane.id: sorted(mark.milestone_id for mark in lane.marks) for lane in timeline.lanes}
    assert lanes == {WHOLE_STRATEGY: ["whole"], "hate-crime": ["both", "one"], "road-safety": ["both"]}
    assert [lane.id for lane in chart(milestones, whole_strategy_lane=False).lanes] == ["hate-crime", "road-safety"]


@pytest.mark.parametrize(
    "date, end, first, after_last",
    [
        ("2021-04", None, DAY(2021, 4, 1), DAY(2021, 5, 1)),  # a month: all of it
        ("2021-Q3", None, DAY(2021, 7, 1), DAY(2021, 10, 1)),  # a quarter
        ("2022", None, DAY(2022, 1, 1), DAY(2023, 1, 1)),  # a year
        ("2020-11", "2021-04", DAY(2020, 11, 1), DAY(2021, 5, 1)),  # a span of months
        ("2021", "2025", DAY(2021, 1, 1), DAY(2026, 1, 1)),  # a span of years
    ],
)
def test_a_partial_date_is_drawn_over_its_whole_span(date, end, first, after_last):
    timeline = chart([milestone(date=date, end=end)])
    mark = only_mark(timeline, "m", WHOLE_STRATEGY)
    assert mark.kind is MarkKind.SPAN
    assert mark.x == pytest.approx(expected_x(timeline.axis, first))
    assert mark.x + mark.width == pytest.approx(expected_x(timeline.axis, after_last))


def test_a_day_is_a_point_within_that_day():
    timeline = chart([milestone(date="2020-11-09")])
    mark = only_mark(timeline, "m", WHOLE_STRATEGY)
    assert mark.kind is MarkKind.DAY and mark.width == 0
    assert expected_x(timeline.axis, DAY(2020, 11, 9)) < mark.x < expected_x(timeline.axis, DAY(2020, 11, 10))


@pytest.mark.parametrize("date, deadline", [("by 2021-04", DAY(2021, 5, 1)), ("by 2020-11-09", DAY(2020, 11, 10)), ("by 2022", DAY(2023, 1, 1))])
def test_a_by_date_is_a_deadline_at_the_end_of_its_span_with_no_start(date, deadline):
    timeline = chart([milestone(date=date)])
    mark = only_mark(timeline, "m", WHOLE_STRATEGY)
    assert mark.kind is MarkKind.DEADLINE and mark.width == 0
    assert mark.x == pytest.approx(expected_x(timeline.axis, deadline))


def test_today_is_drawn_where_it_falls():
    timeline = chart([milestone()], today=DAY(2023, 7, 1))
    assert timeline.today_x == pytest.approx(expected_x(timeline.axis, DAY(2023, 7, 1)))
    assert timeline.today_label == "Today, 1 July 2023"


def test_status_and_overdue_are_in_the_label_words():
    done = milestone(id="done", date="2020-11-09", status="done", note="It happened.")
    late = milestone(id="late", date="2021-01", status="planned")
    timeline = chart([done, late])
    assert only_mark(timeline, "done", WHOLE_STRATEGY).label.endswith("(done)")
    late_mark = only_mark(timeline, "late", WHOLE_STRATEGY)
    assert late_mark.overdue and late_mark.label.endswith("(planned, overdue)")
    assert not only_mark(timeline, "done", WHOLE_STRATEGY).overdue


def test_a_label_inside_a_long_bar_has_the_bar_s_edges_above_and_below_its_letters():
    spanning = only_mark(chart([milestone(id="long", date="2021", end="2025")]), "long", WHOLE_STRATEGY)
    assert spanning.label_inside
    # Letters run from about 0.75 of the font size above the baseline (y + 4) to 0.25 below.
    assert spanning.y - spanning.bar_height / 2 < spanning.y + 4 - 0.75 * FONT_SIZE
    assert spanning.y + spanning.bar_height / 2 > spanning.y + 4 + 0.25 * FONT_SIZE
    short = only_mark(chart([milestone(id="short", date="2021-04")]), "short", WHOLE_STRATEGY)
    assert not short.label_inside and short.bar_height < spanning.bar_height


def test_marks_in_one_row_never_overlap_and_stay_inside_their_lane_and_the_chart():
    milestones = [
        milestone(id=f"m{i}", title=f"Milestone number {i} with a title of some length", date=date)
        for i, date in enumerate(["2020-11-09", "2020-11", "2021-04", "by 2021-04", "2021-Q2", "2025-12"])
    ]
    timeline = chart(milestones)
    lane = timeline.lanes[0]
    assert len({mark.row for mark in lane.marks}) > 1, "these milestones overlap, so they need rows"
    for mark in lane.marks:
        assert lane.y < mark.y < lane.y + lane.height
        assert 0 <= mark.label_x and mark.text_x + len(mark.label) * 7.2 <= WIDTH
    by_row = {}
    for mark in lane.marks:
        left = min(mark.label_x, mark.x - (14 if mark.kind is MarkKind.DEADLINE else 6))
        right = max(mark.text_x + len(mark.label) * 7.2, mark.x + mark.width)
        by_row.setdefault(mark.row, []).append((left, right))
    for extents in by_row.values():
        extents.sort()
        assert all(earlier[1] <= later[0] for earlier, later in zip(extents, extents[1:])), extents


def test_lanes_follow_one_another_down_the_chart():
    timeline = chart([milestone(themes=["hate-crime"])])
    for upper, lower in zip(timeline.lanes, timeline.lanes[1:]):
        assert lower.y == pytest.approx(upper.y + upper.height)
    assert timeline.height > timeline.plot_bottom


def test_long_words_are_shortened_and_wrapped_at_words():
    assert shorten("Co-produce the strategy with partners from every sector", 30) == "Co-produce the strategy with…"
    assert shorten("Short", 30) == "Short"
    assert wrap("Crime and violence reduction", 22) == ["Crime and violence", "reduction"]


@pytest.mark.parametrize(
    ("today", "opens_at"),
    [
        (DAY(2023, 6, 1), DAY(2023, 6, 1)),  # while the strategy runs: where the work stands
        (DAY(2020, 11, 1), DAY(2021, 1, 1)),  # before it: the start of its period
        (DAY(2027, 3, 1), DAY(2021, 1, 1)),  # after it: the start too, the plan in date order
    ],
)
def test_a_chart_too_wide_for_the_screen_opens_at_today_or_the_start_of_the_period(today, opens_at):
    timeline = chart([milestone(date="2020-11-09")], today=today)
    assert timeline.opens_at * timeline.width == pytest.approx(expected_x(timeline.axis, opens_at))
