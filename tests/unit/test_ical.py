"""The roadmap's calendar (macros/exports/milestones.py, written with the icalendar library): each
milestone an all-day event over its dates, its status and lead in words, read back as written."""

from __future__ import annotations

import datetime

import icalendar

from macros.exports.milestones import milestone_records, write_ics

TODAY = datetime.date(2021, 2, 1)


def events(catalogue, tmp_path, records=None) -> list:
    path = write_ics(tmp_path / "milestones.ics", records or milestone_records(catalogue, TODAY), TODAY, catalogue)
    return list(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def test_a_milestone_on_a_day_is_that_day_with_its_status_lead_and_note(catalogue, tmp_path):
    event = next(event for event in events(catalogue, tmp_path) if str(event["uid"]).startswith("committee-development-update@"))
    assert str(event["uid"]) == "committee-development-update@wirral-community-safety-strategy"
    assert str(event["summary"]) == "Development update on the strategy reported to the Partnerships Committee"
    assert event["dtstart"].dt == datetime.date(2020, 11, 9) and event["dtend"].dt == datetime.date(2020, 11, 10)
    assert str(event["description"]) == (
        "When: 9 November 2020\nStatus: done\nLead: Wirral Council\n"
        "The Director of Neighbourhood Services reported the development process. The committee "
        "was asked to note the report and endorse the co-production approach."
    )
    assert event["dtstamp"].dt == datetime.datetime(2021, 2, 1, tzinfo=datetime.timezone.utc)


def test_a_milestone_over_years_spans_every_day_of_them(catalogue, tmp_path):
    event = next(event for event in events(catalogue, tmp_path) if str(event["uid"]).startswith("strategy-delivery@"))
    assert event["dtstart"].dt == datetime.date(2021, 1, 1) and event["dtend"].dt == datetime.date(2026, 1, 1)
    assert str(event["description"]) == "When: 2021 to 2025\nStatus: planned\nLead: To be agreed"


def test_the_calendar_names_the_strategy(catalogue, tmp_path):
    path = write_ics(tmp_path / "milestones.ics", milestone_records(catalogue, TODAY), TODAY, catalogue)
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    assert str(calendar["prodid"]) == "-//Wirral Community Safety Strategy//Roadmap//EN"
    assert str(calendar["x-wr-calname"]) == "Wirral Community Safety Strategy roadmap"


def test_awkward_text_comes_back_as_written_and_a_cancelled_one_says_so(catalogue, tmp_path):
    record = milestone_records(catalogue, TODAY)[0]
    titles = [
        "Commas, semicolons; back\\slashes and a line\nbreak",
        "é" * 60 + " accented letters take two octets each, so lines fold earlier",
        "x" * 72 + "\\,;",  # an escape that would fall on the fold
        "“Quoted” words — with a dash, and emoji 🚲 " * 3,
    ]
    awkward = [{**record, "id": f"awkward-{n}", "title": title, "note": title, "status": "cancelled" if n % 2 else "done"} for n, title in enumerate(titles)]
    read = events(catalogue, tmp_path, awkward)
    assert [str(event["summary"]) for event in read] == titles
    assert [str(event.get("status", "")) for event in read] == ["", "CANCELLED", "", "CANCELLED"]
    lines = (tmp_path / "milestones.ics").read_bytes().split(b"\r\n")
    assert max(len(line) for line in lines) <= 75  # RFC 5545 3.1: folded at 75 octets
