"""The roadmap's calendar is written by macros/exports/ical.py; the icalendar library, used here
only, checks it: the same file, byte for byte, as the library writes for the same events."""

from __future__ import annotations

import datetime

import icalendar

from macros.exports import milestones as milestone_exports
from macros.exports.milestones import CALENDAR_NAME, UID_DOMAIN, milestone_records

TODAY = datetime.date(2021, 2, 1)


def written_by_the_library(records: list[dict]) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Wirral Community Safety Strategy//Roadmap//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", CALENDAR_NAME)
    stamp = datetime.datetime.combine(TODAY, datetime.time(), tzinfo=datetime.timezone.utc)
    for record in records:
        event = icalendar.Event()
        event.add("uid", f"{record['id']}@{UID_DOMAIN}")
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


def written_here(records: list[dict], tmp_path) -> bytes:
    return milestone_exports._write_ics(tmp_path / "milestones.ics", records, TODAY).read_bytes()


def test_the_real_roadmap_is_written_as_the_library_writes_it(catalogue, tmp_path):
    records = milestone_records(catalogue, TODAY)
    assert written_here(records, tmp_path) == written_by_the_library(records)


def test_awkward_text_is_escaped_and_folded_as_the_library_does(catalogue, tmp_path):
    record = milestone_records(catalogue, TODAY)[0]
    awkward = []
    for n, title in enumerate(
        [
            "Commas, semicolons; back\\slashes and a line\nbreak",
            "é" * 60 + " accented letters take two octets each, so lines fold earlier",
            "x" * 72 + "\\,;",  # an escape that would fall on the fold
            "Wirral’s “quoted” words — with a dash, and emoji 🚲 " * 3,
        ]
    ):
        awkward.append({**record, "id": f"awkward-{n}", "title": title, "note": title, "status": "cancelled" if n % 2 else "done"})
    assert written_here(awkward, tmp_path) == written_by_the_library(awkward)
    parsed = icalendar.Calendar.from_ical(written_here(awkward, tmp_path))
    assert [str(event["summary"]) for event in parsed.walk("VEVENT")] == [record["title"] for record in awkward]
