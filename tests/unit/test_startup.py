"""What every build (and every rebuild of `mkdocs serve`) does besides its pages stays small:
no calendar library to import (macros/exports/ical.py writes the calendar)."""

from __future__ import annotations

import subprocess
import sys

from tests.sitebuild import ROOT


def test_writing_the_calendar_imports_no_calendar_library():
    check = (
        "import sys, datetime, pathlib, tempfile, macros.plugin.strategy, macros.tools.validate\n"
        "from macros.data.catalogue import load_catalogue\n"
        "from macros.exports.milestones import write_milestone_files\n"
        "folder = pathlib.Path(tempfile.mkdtemp())\n"
        "write_milestone_files(folder, load_catalogue(pathlib.Path('data')), datetime.date(2021, 2, 1))\n"
        "print((folder / 'milestones.ics').read_text()[:15], 'icalendar' in sys.modules)"
    )
    imported = subprocess.run([sys.executable, "-c", check], cwd=ROOT, capture_output=True, text=True, check=True)
    assert imported.stdout.split() == ["BEGIN:VCALENDAR", "False"]
