"""Milestones as open data, written after the build into <site_dir>/data/: the same records as the roadmap.

Every format is made from milestone_records(), which reads the catalogue in timeline
order, so the CSV, the JSON, the calendar and the roadmap page cannot disagree.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import re

from macros.data.catalogue import Catalogue
from macros.exports import ical
from macros.data.partial_dates import long_date
from macros.data.progress import is_overdue
from macros.exports.tables import EXPORT_FOLDER, Export, write_csv, write_json

MILESTONE_EXPORTS = (
    Export(f"{EXPORT_FOLDER}/milestones.csv", "Milestones as CSV", "a spreadsheet, one row per milestone"),
    Export(f"{EXPORT_FOLDER}/milestones.json", "Milestones as JSON", "for developers"),
    Export(f"{EXPORT_FOLDER}/milestones.ics", "Milestones as a calendar (iCalendar)", "to add to Outlook, Google Calendar or Apple Calendar"),
)


def calendar_name(catalogue: Catalogue) -> str:
    return f"{catalogue.strategy.name} roadmap"


def uid_of(milestone_id: str, catalogue: Catalogue) -> str:
    """A milestone's event keeps its UID from build to build, so a calendar that subscribes
    updates the event instead of adding it again: the milestone's id, at the strategy's name."""
    return f"{milestone_id}@{re.sub(r'[^a-z0-9]+', '-', catalogue.strategy.name.lower()).strip('-')}"


def milestone_records(catalogue: Catalogue, today: datetime.date) -> list[dict]:
    records = []
    for milestone in catalogue.milestones:
        lead = catalogue.partner_by_id.get(milestone.lead) if milestone.lead else None
        records.append(
            {
                "id": milestone.id,
                "title": milestone.title,
                "when": milestone.when,
                "date": milestone.date.text,
                "end": milestone.end.text if milestone.end else "",
                "precision": milestone.date.precision.value,
                "first_day": milestone.first_day.isoformat(),
                "last_day": milestone.last_day.isoformat(),
                "phase": milestone.phase.value,
                "themes": list(milestone.themes),
                "lead": milestone.lead or "",
                "lead_name": lead.name if lead else "To be agreed",
                "partners": list(milestone.partners),
                "status": milestone.status.value,
                "overdue": is_overdue(milestone, today),
                "note": milestone.note or "",
            }
        )
    return records


def write_milestone_files(folder: Path, catalogue: Catalogue, today: datetime.date) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    records = milestone_records(catalogue, today)
    written = [
        _write_csv(folder / "milestones.csv", records),
        _write_json(folder / "milestones.json", records, today, catalogue),
        write_ics(folder / "milestones.ics", records, today, catalogue),
    ]
    return written


def _write_csv(path: Path, records: list[dict]) -> Path:
    return write_csv(path, list(records[0]) if records else ["id"], records)


def _write_json(path: Path, records: list[dict], today: datetime.date, catalogue: Catalogue) -> Path:
    committee = catalogue.strategy.committee
    document = {
        "title": calendar_name(catalogue),
        "as_of": today.isoformat(),
        "source": f"{committee.name}, {long_date(committee.date)}: {committee.report_title}",
        "milestones": records,
    }
    return write_json(path, document)


def write_ics(path: Path, records: list[dict], today: datetime.date, catalogue: Catalogue) -> Path:
    """The milestones as all-day events (a month or a quarter spans all of its days). Written by
    ical.py rather than the icalendar library, which the tests check it against: the library
    cost 4 to 5% of a build (its imports, and 1,300 events at 100 times the data; PERFORMANCE.md)."""
    # A fixed stamp (midnight of "today") keeps the file the same for the same inputs.
    stamp = ical.utc_time(datetime.datetime.combine(today, datetime.time(), tzinfo=datetime.timezone.utc))
    events = []
    for record in records:
        last_day = datetime.date.fromisoformat(record["last_day"])
        properties = [
            ("SUMMARY", ical.text(record["title"])),
            ("DTSTART;VALUE=DATE", ical.date(datetime.date.fromisoformat(record["first_day"]))),
            ("DTEND;VALUE=DATE", ical.date(last_day + datetime.timedelta(days=1))),  # DTEND is the day after
            ("DTSTAMP", stamp),
            ("UID", ical.text(uid_of(record["id"], catalogue))),
            ("CATEGORIES", ical.text(record["phase"])),
            ("DESCRIPTION", ical.text(_event_description(record))),
        ]
        if record["status"] == "cancelled":
            properties.append(("STATUS", "CANCELLED"))
        events.append(ical.component("VEVENT", properties))
    header = [
        ("VERSION", "2.0"),
        ("PRODID", ical.text(f"-//{catalogue.strategy.name}//Roadmap//EN")),
        ("X-WR-CALNAME", ical.text(calendar_name(catalogue))),
    ]
    path.write_bytes((ical.component("VCALENDAR", header, events) + "\r\n").encode("utf-8"))
    return path


def _event_description(record: dict) -> str:
    status = record["status"] + (", overdue" if record["overdue"] else "")
    lines = [f"When: {record['when']}", f"Status: {status}", f"Lead: {record['lead_name']}"]
    if record["note"]:
        lines.append(record["note"])
    return "\n".join(lines)
