"""Milestones: dates only as exact as the report, validation messages, progress and timeline."""

from __future__ import annotations

import datetime
import textwrap

import pytest

from macros.data.catalogue import load_catalogue
from macros.data.errors import DataErrors
from macros.data.models import Milestone, Status
from macros.data.partial_dates import PartialDate, Precision
from macros.data.progress import Progress, is_overdue, timeline
from tests.data_copies import data_with

DAY = datetime.date


# --- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written, precision, label, first, last",
    [
        ("2020-11-09", Precision.DAY, "9 November 2020", DAY(2020, 11, 9), DAY(2020, 11, 9)),
        ("2021-04", Precision.MONTH, "April 2021", DAY(2021, 4, 1), DAY(2021, 4, 30)),
        ("2024-02", Precision.MONTH, "February 2024", DAY(2024, 2, 1), DAY(2024, 2, 29)),
        ("2021-Q1", Precision.QUARTER, "January to March 2021", DAY(2021, 1, 1), DAY(2021, 3, 31)),
        ("2021-Q4", Precision.QUARTER, "October to December 2021", DAY(2021, 10, 1), DAY(2021, 12, 31)),
        (2025, Precision.YEAR, "2025", DAY(2025, 1, 1), DAY(2025, 12, 31)),
        ("by 2020-11-09", Precision.DAY, "By 9 November 2020", DAY(2020, 11, 9), DAY(2020, 11, 9)),
    ],
)
def test_a_date_is_shown_only_as_exactly_as_it_was_written(written, precision, label, first, last):
    date = PartialDate.parse(written)
    assert (date.precision, date.label, date.first_day, date.last_day) == (precision, label, first, last)


@pytest.mark.parametrize("written", ["2021-13", "2021-02-30", "2021-Q5", "April 2021", "21-04", True, None])
def test_a_date_that_is_not_one_of_the_forms_is_refused(written):
    with pytest.raises(ValueError):
        PartialDate.parse(written)


def milestone(**fields) -> Milestone:
    base = {"id": "m", "title": "A milestone", "date": "2021-04", "phase": "delivery", "status": "planned"}
    return Milestone.model_validate(base | fields)


def test_a_span_of_quarters_reads_as_months():
    assert milestone(date="2021-Q1", end="2021-Q2").when == "January 2021 to June 2021"
    assert milestone(date="2020-11", end="2021-04").when == "November 2020 to April 2021"


# --- validation through the loader: the officer's message ------------------------------

def load_with_milestone(tmp_path, text: str):
    """The real data with one more milestone, in data/milestones/<its id>.yml."""
    milestone_id = textwrap.dedent(text).splitlines()[0].removeprefix("id: ")
    return load_catalogue(data_with(tmp_path, {f"milestones/{milestone_id}.yml": text}))


@pytest.mark.parametrize(
    "text, line, field, words",
    [
        (
            """\
            id: backwards
            title: Ends before it starts
            date: 2021-04
            end: 2021-03
            phase: delivery
            status: planned
            """,
            4, "end", "no earlier than the start (April 2021)",
        ),
        (
            """\
            id: unknown-partner
            title: Led by nobody we know
            date: 2021-04
            phase: delivery
            lead: the-moon
            status: planned
            """,
            5, "lead", '"the-moon" is not the id of any partner in data/partners/',
        ),
        (
            """\
            id: unknown-theme
            title: About a theme we do not have
            date: 2021-04
            phase: delivery
            themes: [knitting]
            status: planned
            """,
            5, "themes", '"knitting" is not the id of any theme in data/themes/',
        ),
        (
            """\
            id: done-silently
            title: Done without a note
            date: 2021-04
            phase: delivery
            status: done
            """,
            1, "note", "a short note",
        ),
        (
            """\
            id: bad-status
            title: Finished
            date: 2021-04
            phase: delivery
            status: finished
            """,
            5, "status", '"finished" is not one of: planned, in progress, done, delayed, cancelled',
        ),
        (
            """\
            id: too-exact
            title: April the thirty-first
            date: 2021-04-31
            phase: delivery
            status: planned
            """,
            3, "date", "a date that exists in the calendar",
        ),
    ],
)
def test_a_bad_milestone_is_reported_with_file_line_id_and_field(tmp_path, text, line, field, words):
    with pytest.raises(DataErrors) as raised:
        load_with_milestone(tmp_path, text)
    [error] = raised.value.errors
    milestone_id = textwrap.dedent(text).splitlines()[0].removeprefix("id: ")
    where = f"data/milestones/{milestone_id}.yml"
    assert (error.file, error.line, error.entry, error.field) == (where, line, f'milestone "{milestone_id}"', field)
    assert words in error.message
    assert str(error).startswith(f'{where}, line {line}, milestone "{milestone_id}", field "{field}": ')


# --- progress and overdue on a fixed day ------------------------------------------------

TODAY = DAY(2021, 6, 15)


def test_overdue_means_its_last_day_has_passed_while_not_done_or_cancelled():
    assert is_overdue(milestone(date="2021-05", status="planned"), TODAY)
    assert is_overdue(milestone(date="2021-05", status="delayed", note="Waiting"), TODAY)
    assert is_overdue(milestone(date="2021-Q1", status="in progress"), TODAY)
    assert not is_overdue(milestone(date="2021-05", status="done", note="Done"), TODAY)
    assert not is_overdue(milestone(date="2021-05", status="cancelled"), TODAY)
    # A month, or a span, is not overdue until all of it has passed.
    assert not is_overdue(milestone(date="2021-06"), TODAY)
    assert not is_overdue(milestone(date="2021-01", end="2021-Q3"), TODAY)
    assert not is_overdue(milestone(date="2021"), TODAY)


def test_progress_counts_each_status_and_the_overdue():
    milestones = [
        milestone(id="a", status="done", note="Done"),
        milestone(id="b", status="done", note="Done"),
        milestone(id="c", status="delayed", note="Waiting", date="2021-05"),
        milestone(id="d", status="planned", date="2021-05"),
        milestone(id="e", status="planned", date="2022-01"),
        milestone(id="f", status="cancelled"),
    ]
    progress = Progress.of(milestones, TODAY)
    assert (progress.total, progress.done, progress.overdue) == (6, 2, 2)
    assert progress.summary == "two of six milestones done, one delayed, one cancelled, two overdue"
    assert Progress.of([], TODAY).summary == "no milestones yet"


def test_the_real_data_counts_agree_with_the_catalogue(catalogue):
    progress = Progress.of(catalogue.milestones, TODAY)
    assert progress.total == len(catalogue.milestones)
    assert sum(progress.counts.values()) == progress.total
    assert progress.done == sum(m.status is Status.DONE for m in catalogue.milestones)


def marked(groups) -> list[list[str]]:
    return [[getattr(item, "id", "TODAY") for item in group.items] for group in groups]


def test_today_is_marked_in_each_phase_under_way_before_its_first_milestone_still_to_start():
    milestones = [
        milestone(id="a", date="2021-01", phase="development and co-production"),
        milestone(id="b", date="2021-07", phase="development and co-production"),
        milestone(id="c", date="2021", end="2025"),
    ]
    assert marked(timeline(milestones, TODAY)) == [["a", "TODAY", "b"], ["c", "TODAY"]]


def test_today_is_marked_once_when_no_phase_is_under_way():
    milestones = [
        milestone(id="a", date="2021-01", phase="development and co-production"),
        milestone(id="b", date="2021-04", phase="development and co-production"),
        milestone(id="c", date="2022", end="2025"),
    ]
    assert marked(timeline(milestones, DAY(2020, 1, 1))) == [["TODAY", "a", "b"], ["c"]]
    assert marked(timeline(milestones, DAY(2021, 9, 1))) == [["a", "b"], ["TODAY", "c"]]
    assert marked(timeline(milestones, DAY(2026, 11, 26))) == [["a", "b"], ["c", "TODAY"]]
    assert marked(timeline(milestones, DAY(2026, 11, 26), mark_today=False)) == [["a", "b"], ["c"]]


def test_the_catalogue_lists_milestones_in_date_order_within_each_phase(catalogue):
    for group in timeline(catalogue.milestones, TODAY):
        starts = [m.first_day.replace(day=1) for m in group.milestones]
        assert starts == sorted(starts)
