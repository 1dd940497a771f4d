"""Open data: the CSV, JSON and iCalendar files hold exactly the milestones in data/."""

from __future__ import annotations

import csv
import datetime
import json

import icalendar
import pytest

from macros.exports.milestones import write_milestone_files
from macros.data.progress import is_overdue

TODAY = datetime.date(2022, 1, 1)


@pytest.fixture
def exported(tmp_path, catalogue):
    write_milestone_files(tmp_path, catalogue, TODAY)
    return tmp_path


def test_csv_holds_every_milestone_in_page_order(exported, catalogue):
    with (exported / "milestones.csv").open(encoding="utf-8", newline="") as opened:
        rows = list(csv.DictReader(opened))
    assert [row["id"] for row in rows] == [m.id for m in catalogue.milestones]
    by_id = {m.id: m for m in catalogue.milestones}
    for row in rows:
        expected = by_id[row["id"]]
        assert row["when"] == expected.when
        assert row["status"] == expected.status.value
        assert row["overdue"] == ("yes" if is_overdue(expected, TODAY) else "no")
        assert row["themes"].split("; ") == (expected.themes or [""])


def test_json_holds_every_milestone_and_the_day_it_was_measured(exported, catalogue):
    document = json.loads((exported / "milestones.json").read_text(encoding="utf-8"))
    assert document["as_of"] == TODAY.isoformat()
    assert [record["id"] for record in document["milestones"]] == [m.id for m in catalogue.milestones]
    overdue = {record["id"] for record in document["milestones"] if record["overdue"]}
    assert overdue == {m.id for m in catalogue.milestones if is_overdue(m, TODAY)}


def test_calendar_has_one_all_day_event_per_milestone_spanning_its_dates(exported, catalogue):
    calendar = icalendar.Calendar.from_ical((exported / "milestones.ics").read_bytes())
    events = {str(event["uid"]).split("@")[0]: event for event in calendar.walk("VEVENT")}
    assert list(events) == [m.id for m in catalogue.milestones]
    for milestone in catalogue.milestones:
        event = events[milestone.id]
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        # All-day: dates, not times; DTEND is the day after the last day (RFC 5545).
        assert type(start) is datetime.date and type(end) is datetime.date
        assert start == milestone.first_day
        assert end == milestone.last_day + datetime.timedelta(days=1)
        assert str(event["summary"]) == milestone.title


def test_a_month_becomes_an_event_spanning_the_whole_month(tmp_path, catalogue):
    months = [m for m in catalogue.milestones if m.date.precision.value == "month" and m.end is None]
    assert months, "the data has no single-month milestone to check"
    write_milestone_files(tmp_path, catalogue, TODAY)
    calendar = icalendar.Calendar.from_ical((tmp_path / "milestones.ics").read_bytes())
    events = {str(event["uid"]).split("@")[0]: event for event in calendar.walk("VEVENT")}
    for milestone in months:
        start = events[milestone.id].decoded("dtstart")
        end = events[milestone.id].decoded("dtend")
        assert start.day == 1 and (end - datetime.timedelta(days=1)).month == start.month
        assert end.day == 1
