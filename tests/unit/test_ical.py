"""The roadmap's calendar (macros/exports/milestones.py and ical.py): each milestone an all-day
event over its dates, with its status and lead in words; the same file, byte for byte, as the
icalendar library (used here only) writes for the same events."""

from __future__ import annotations

import datetime

import icalendar

from macros.exports.milestones import calendar_name, milestone_records, uid_of, write_ics
from macros.exports import milestones as milestone_exports

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
    assert str(event["description"]) == (
        "When: 2021 to 2025\nStatus: in progress\nLead: To be agreed\n"
        "The members of the Safer Wirral Partnership Board deliver the adopted strategy. Sources disagree on when it "
        "ends, 2025 or 2026, and we found no report on its delivery."
    )


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


def written_by_the_library(records: list[dict], catalogue) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//{catalogue.strategy.name}//Roadmap//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", calendar_name(catalogue))
    stamp = datetime.datetime.combine(TODAY, datetime.time(), tzinfo=datetime.timezone.utc)
    for record in records:
        event = icalendar.Event()
        event.add("uid", uid_of(record["id"], catalogue))
        event.add("dtstamp", stamp)
        event.add("summary", record["title"])
        event.add("dtstart", datetime.date.fromisoformat(record["first_day"]))
        event.add("dtend", datetime.date.fromisoformat(record["last_day"]) + datetime.timedelta(days=1))
        event.add("description", milestone_exports._event_description(record))
        event.add("categories", [record["phase"]])
        if record["status"] == "cancelled":
            event.add("status", "CANCELLED")
        calendar.add_component(event)
    return calendar.to_ical()


def test_the_real_roadmap_is_written_as_the_library_writes_it(catalogue, tmp_path):
    records = milestone_records(catalogue, TODAY)
    assert write_ics(tmp_path / "m.ics", records, TODAY, catalogue).read_bytes() == written_by_the_library(records, catalogue)


def test_awkward_text_is_escaped_and_folded_as_the_library_does(catalogue, tmp_path):
    record = milestone_records(catalogue, TODAY)[0]
    titles = ["Commas, semicolons; back\\slashes and a line\nbreak", "é" * 60 + " two octets each", "x" * 72 + "\\,;", "“Quoted” — 🚲 " * 6]
    awkward = [{**record, "id": f"awkward-{n}", "title": title, "note": title, "status": "cancelled" if n % 2 else "done"} for n, title in enumerate(titles)]
    assert write_ics(tmp_path / "m.ics", awkward, TODAY, catalogue).read_bytes() == written_by_the_library(awkward, catalogue)
