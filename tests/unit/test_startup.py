"""What every build (and every rebuild of `mkdocs serve`) does besides its pages stays small:
the calendar library (about 40 ms of imports) is imported only when the calendar is written."""

from __future__ import annotations

import subprocess
import sys

from tests.sitebuild import ROOT


def test_the_calendar_library_is_imported_only_when_the_calendar_is_written():
    check = (
        "import sys, datetime, pathlib, tempfile, macros.plugin.strategy, macros.tools.validate\n"
        "from macros.data.catalogue import load_catalogue\n"
        "from macros.exports.milestones import write_milestone_files\n"
        "catalogue = load_catalogue(pathlib.Path('data'))\n"
        "before = 'icalendar' in sys.modules\n"
        "folder = pathlib.Path(tempfile.mkdtemp())\n"
        "write_milestone_files(folder, catalogue, datetime.date(2021, 2, 1))\n"
        "print((folder / 'milestones.ics').read_text()[:15], before, 'icalendar' in sys.modules)"
    )
    imported = subprocess.run([sys.executable, "-c", check], cwd=ROOT, capture_output=True, text=True, check=True)
    assert imported.stdout.split() == ["BEGIN:VCALENDAR", "False", "True"]
