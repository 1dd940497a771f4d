"""The roadmap drawn to scale: lanes, marks and an axis, measured for the SVG template.

Pure functions of the milestones, the day and the strategy period, so a test can check
every coordinate against the dates. The template (templates/timeline.html) only draws
what this module measures, and never holds a date of its own.

How a milestone is drawn follows how exactly its date is known (partial_dates.py):
- a day ("9 November 2020") is a point: a diamond over that day;
- a month, a quarter or a year, or a span with an end, is a bar over the whole of it, so
  "April 2021" covers all of April, never a false first of the month;
- "by" a date ("By April 2021": it happens no later than then, the report gives no start)
  is a deadline: a stop line at the end of that date's span, with a short dashed lead-in
  of fixed length that means "started at a time not known" and is not to scale.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from enum import Enum

from macros.data.models import Milestone, Status
from macros.data.partial_dates import Precision, long_date
from macros.data.progress import is_overdue
from macros.render.status_shapes import shape_of

# Sizes in SVG user units. The chart scales down to fit the page (and paper) and, on a
# phone, keeps a minimum width and scrolls sideways inside its own region.
WIDTH = 720.0
LANE_NAME_WIDTH = 168.0  # the column of lane names on the left
RIGHT_MARGIN = 12.0
HEADER_HEIGHT = 60.0  # the period's label, then years, then quarters
ROW_HEIGHT = 26.0
LANE_PADDING = 4.0
LINE_HEIGHT = 15.0  # of a lane name that wraps
FOOTER_HEIGHT = 78.0  # today's label, then two rows of the key
FONT_SIZE = 12.0
# Text is measured before any browser sees it, so widths are estimated generously from
# the number of characters: labels may sit a little apart, but never on top of each other.
CHARACTER_WIDTH = 0.6 * FONT_SIZE
LANE_NAME_CHARACTERS = int((LANE_NAME_WIDTH - 12) / CHARACTER_WIDTH)
LABEL_TITLE_CHARACTERS = 38  # a longer title is shortened in the chart; the list has it whole
SHAPE_RADIUS = 5.0  # of a status shape
BAR_HEIGHT = 10.0
BAR_HEIGHT_AROUND_LABEL = 18.0  # a bar with its label inside is as tall as the letters, so its edges miss them
SHAPE_SPACE = 2 * SHAPE_RADIUS + 4  # a status shape and the gap after it, at a label's start
GAP = 6.0  # between a mark and its label, and between things in one row
LEAD_IN = 14.0  # the dashed lead-in of a "by" deadline (not to scale)
LEGEND_SYMBOL_WIDTH = 26.0
LEGEND_ROWS = (
    tuple((status.value, status.value.capitalize()) for status in Status),
    (
        ("day", "On a day"),
        ("span", "Over a month, quarter or years"),
        ("deadline", "By a date (start not known)"),
        ("overdue", "Overdue"),
    ),
)

STATUS_VALUES = frozenset(status.value for status in Status)

WHOLE_STRATEGY = "whole-strategy"  # the lane of milestones that name no theme (as in the list's filter)


class MarkKind(str, Enum):
    DAY = "day"
    SPAN = "span"
    DEADLINE = "deadline"


@dataclass(frozen=True)
class Axis:
    """Days to x: the first day of `start` is at `left`, the first day of `end` at `right`."""

    start: datetime.date
    end: datetime.date  # exclusive
    left: float
    right: float

    def x(self, day: datetime.date) -> float:
        return self.left + (day - self.start).days / (self.end - self.start).days * (self.right - self.left)


@dataclass(frozen=True)
class Division:
    """A year or a quarter on the axis: where it starts and ends, and its label."""

    x: float
    width: float
    label: str
    name: str  # in words, for the tooltip: "2021", "April to June 2021"


@dataclass(frozen=True)
class Mark:
    milestone_id: str
    title: str  # whole, for the tooltip
    when: str  # as the list writes it
    status: Status
    overdue: bool
    kind: MarkKind
    x: float  # SPAN: its left end; DAY: the middle of the day; DEADLINE: the deadline
    width: float  # SPAN only
    row: int
    y: float  # the middle of its row
    label: str
    label_x: float  # where the status shape before the label starts

    @property
    def href(self) -> str:
        return f"#milestone-{self.milestone_id}"

    @property
    def status_class(self) -> str:
        return self.status.value.replace(" ", "-")

    @property
    def shape_x(self) -> float:
        return self.label_x + SHAPE_RADIUS

    @property
    def text_x(self) -> float:
        return self.label_x + SHAPE_SPACE

    @property
    def label_inside(self) -> bool:
        return self.kind is MarkKind.SPAN and self.x <= self.label_x < self.x + self.width

    @property
    def bar_height(self) -> float:
        return BAR_HEIGHT_AROUND_LABEL if self.label_inside else BAR_HEIGHT

    @property
    def lead_in_x(self) -> float:
        return self.x - LEAD_IN


@dataclass(frozen=True)
class LegendItem:
    """A key to the shapes: `symbol` is a status value or a MarkKind value, or "overdue"."""

    symbol: str
    label: str
    x: float  # where its symbol starts
    y: float  # the middle of its row

    @property
    def shape(self) -> str:
        """A status's shape (status_shapes.py); the symbol itself for the other keys."""
        return shape_of(self.symbol) if self.symbol in STATUS_VALUES else self.symbol

    @property
    def text_x(self) -> float:
        return self.x + LEGEND_SYMBOL_WIDTH


@dataclass(frozen=True)
class Lane:
    id: str
    name_lines: tuple[str, ...]
    y: float
    height: float
    marks: tuple[Mark, ...]

    @property
    def name(self) -> str:
        return " ".join(self.name_lines)


@dataclass(frozen=True)
class Timeline:
    scope: str  # unique on a page and in the whole-strategy PDF: "roadmap" or a theme id
    title: str
    description: str
    width: float
    height: float
    axis: Axis
    years: tuple[Division, ...]
    quarters: tuple[Division, ...]
    period: Division
    today_x: float
    today_label: str
    lanes: tuple[Lane, ...]
    legend: tuple[LegendItem, ...]

    @property
    def marks(self) -> list[Mark]:
        return [mark for lane in self.lanes for mark in lane.marks]

    @property
    def plot_bottom(self) -> float:
        return self.lanes[-1].y + self.lanes[-1].height if self.lanes else HEADER_HEIGHT

    @property
    def opens_at(self) -> float:
        """Where a chart too wide for the screen opens, as a share of its width: today while the
        strategy runs (where the work stands is what a resident asks), else the start of its
        period (the plan in date order, beside the lanes' names)."""
        start, end = self.period.x, self.period.x + self.period.width
        return (self.today_x if start <= self.today_x <= end else start) / self.width


def draw(
    milestones: list[Milestone],
    today: datetime.date,
    start_year: int,
    end_year: int,
    lanes: list[tuple[str, str]],
    *,
    scope: str,
    title: str,
    whole_strategy_lane: bool = True,
    span_of: list[Milestone] | None = None,
) -> Timeline:
    """The chart of `milestones` in `lanes` (theme id and name, in order), on an axis of
    whole years covering the strategy period, every milestone of `span_of` (all of them, so
    a theme's chart shares the roadmap's axis) and today."""
    axis = axis_for(span_of if span_of is not None else milestones, today, start_year, end_year)
    lane_specs = ([(WHOLE_STRATEGY, "Whole strategy")] if whole_strategy_lane else []) + list(lanes)
    laid_out, y = [], HEADER_HEIGHT
    for lane_id, name in lane_specs:
        own = [m for m in milestones if lane_id in m.themes or (lane_id == WHOLE_STRATEGY and not m.themes)]
        lane = lay_out_lane(lane_id, name, own, axis, today, y)
        laid_out.append(lane)
        y += lane.height
    first_year, last_year = axis.start.year, axis.end.year - 1
    return Timeline(
        scope=scope,
        title=title,
        description=(
            f"Time runs from left to right, from {first_year} to {last_year}, in years and quarters. "
            f"The strategy period, {start_year} to {end_year}, is shaded, and a line marks today, {long_date(today)}. "
            + ("One lane holds the milestones of the whole strategy and one each theme's. " if whole_strategy_lane else "")
            + "Each milestone is drawn over its dates, with its status as a shape and in words. "
            "The list of milestones gives the same facts."
        ),
        width=WIDTH,
        height=y + FOOTER_HEIGHT,
        axis=axis,
        years=tuple(years_of(axis)),
        quarters=tuple(quarters_of(axis)),
        period=period_of(axis, start_year, end_year),
        today_x=axis.x(today),
        today_label=f"Today, {long_date(today)}",
        lanes=tuple(laid_out),
        legend=tuple(legend_at(y + 40)),
    )


def legend_at(top: float) -> list[LegendItem]:
    """The key in rows, each item after the one before it."""
    items = []
    for row, entries in enumerate(LEGEND_ROWS):
        x = 12.0
        for symbol, label in entries:
            items.append(LegendItem(symbol, label, x, top + row * 20))
            x += LEGEND_SYMBOL_WIDTH + len(label) * CHARACTER_WIDTH * 0.92 + 14
    return items


def axis_for(milestones: list[Milestone], today: datetime.date, start_year: int, end_year: int) -> Axis:
    """Whole years from the earliest of the milestones, the period and today, to the latest."""
    first = min([datetime.date(start_year, 1, 1), today] + [m.first_day for m in milestones])
    last = max([datetime.date(end_year, 12, 31), today] + [m.last_day for m in milestones])
    return Axis(datetime.date(first.year, 1, 1), datetime.date(last.year + 1, 1, 1), LANE_NAME_WIDTH, WIDTH - RIGHT_MARGIN)


def years_of(axis: Axis) -> list[Division]:
    return [_division(axis, datetime.date(year, 1, 1), datetime.date(year + 1, 1, 1), str(year), str(year)) for year in range(axis.start.year, axis.end.year)]


def quarters_of(axis: Axis) -> list[Division]:
    quarters = []
    for year in range(axis.start.year, axis.end.year):
        for quarter in range(4):
            first = datetime.date(year, 3 * quarter + 1, 1)
            following = datetime.date(year + (quarter == 3), (3 * quarter + 3) % 12 + 1, 1)
            last_month = datetime.date(year, 3 * quarter + 3, 1)
            quarters.append(_division(axis, first, following, f"Q{quarter + 1}", f"{first:%B} to {last_month:%B %Y}"))
    return quarters


def period_of(axis: Axis, start_year: int, end_year: int) -> Division:
    period = f"{start_year} to {end_year}"
    return _division(axis, datetime.date(start_year, 1, 1), datetime.date(end_year + 1, 1, 1), f"Strategy period, {period}", period)


def _division(axis: Axis, first: datetime.date, following: datetime.date, label: str, name: str) -> Division:
    return Division(axis.x(first), axis.x(following) - axis.x(first), label, name)


def kind_of(milestone: Milestone) -> MarkKind:
    if milestone.date.by:
        return MarkKind.DEADLINE
    if milestone.end is None and milestone.date.precision is Precision.DAY:
        return MarkKind.DAY
    return MarkKind.SPAN


def extent(milestone: Milestone, axis: Axis) -> tuple[float, float]:
    """Where a milestone's known dates run on the axis: from its first day to the end of its last."""
    return axis.x(milestone.first_day), axis.x(milestone.last_day + datetime.timedelta(days=1))


def lay_out_lane(lane_id: str, name: str, milestones: list[Milestone], axis: Axis, today: datetime.date, y: float) -> Lane:
    """Each milestone in the first row of the lane where it and its label fit."""
    row_ends: list[float] = []  # the right end of what each row holds so far
    placed = []
    for milestone in sorted(milestones, key=lambda m: extent(m, axis)):
        kind = kind_of(milestone)
        left, right = _mark_ends(milestone, kind, axis)
        overdue = is_overdue(milestone, today)
        label, label_x = _label(milestone, overdue, kind, left, right, axis)
        occupies = (min(left, label_x), max(right, label_x + _label_width(label)))
        row = next((i for i, end in enumerate(row_ends) if end + GAP <= occupies[0]), len(row_ends))
        if row == len(row_ends):
            row_ends.append(occupies[1])
        else:
            row_ends[row] = occupies[1]
        placed.append((milestone, kind, left, right, overdue, label, label_x, row))
    name_lines = wrap(name, LANE_NAME_CHARACTERS)
    height = max(max(len(row_ends), 1) * ROW_HEIGHT, len(name_lines) * LINE_HEIGHT + 8) + 2 * LANE_PADDING
    marks = tuple(
        Mark(
            milestone_id=milestone.id,
            title=milestone.title,
            when=milestone.when,
            status=milestone.status,
            overdue=overdue,
            kind=kind,
            x=_anchor(milestone, kind, axis),
            width=right - left if kind is MarkKind.SPAN else 0.0,
            row=row,
            y=y + LANE_PADDING + (row + 0.5) * ROW_HEIGHT,
            label=label,
            label_x=label_x,
        )
        for milestone, kind, left, right, overdue, label, label_x, row in placed
    )
    return Lane(lane_id, tuple(name_lines), y, height, marks)


def _anchor(milestone: Milestone, kind: MarkKind, axis: Axis) -> float:
    """A span's left end, the middle of a day, or the end of a deadline's date."""
    first, after_last = extent(milestone, axis)
    return {MarkKind.SPAN: first, MarkKind.DAY: (first + after_last) / 2, MarkKind.DEADLINE: after_last}[kind]


def _mark_ends(milestone: Milestone, kind: MarkKind, axis: Axis) -> tuple[float, float]:
    """The left and right ends of what is drawn, shapes included."""
    first, after_last = extent(milestone, axis)
    if kind is MarkKind.DEADLINE:
        return after_last - LEAD_IN, after_last + 2
    if kind is MarkKind.DAY:
        middle = (first + after_last) / 2
        return middle - SHAPE_RADIUS - 1, middle + SHAPE_RADIUS + 1
    return first, after_last


def _label(milestone: Milestone, overdue: bool, kind: MarkKind, left: float, right: float, axis: Axis) -> tuple[str, float]:
    """The label's words and where it starts: after the mark, inside a long bar, or before the mark."""
    status = milestone.status.value + (", overdue" if overdue else "")
    title = shorten(milestone.title, LABEL_TITLE_CHARACTERS)
    label = f"{title} ({status})"
    width = _label_width(label)
    if right + GAP + width <= axis.right:
        return label, right + GAP
    if kind is MarkKind.SPAN and right - left >= width + 2 * GAP:
        return label, left + GAP
    if left - GAP - width >= axis.left:
        return label, left - GAP - width
    # Neither side has room for the whole label: shorten it on the side with more room.
    room_after, room_before = axis.right - right - GAP, left - GAP - axis.left
    room = max(room_after, room_before)
    characters = max(int((room - SHAPE_SPACE) / CHARACTER_WIDTH) - len(status) - 3, 8)
    label = f"{shorten(milestone.title, characters)} ({status})"
    return label, right + GAP if room_after >= room_before else left - GAP - _label_width(label)


def _label_width(label: str) -> float:
    return SHAPE_SPACE + len(label) * CHARACTER_WIDTH


def shorten(text: str, characters: int) -> str:
    """At most `characters` characters, cut at a word, with an ellipsis when cut."""
    if len(text) <= characters:
        return text
    cut = text[: characters - 1].rsplit(" ", 1)[0].rstrip(" ,;:(")
    return cut + "…"


def wrap(text: str, characters: int) -> list[str]:
    """Words into lines of at most `characters` (a longer word has a line of its own)."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= characters:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]
