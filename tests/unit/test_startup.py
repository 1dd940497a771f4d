"""What every build (and every rebuild of `mkdocs serve`) does before its first page stays small:
the calendar library is imported only to write the calendar, and the macros plugin's unused
`git` variable runs no git."""

from __future__ import annotations

import datetime
import subprocess
import sys

from tests.sitebuild import ROOT


def test_the_calendar_library_is_imported_only_to_write_the_calendar():
    check = "import sys, macros, macros.catalogue, macros.validate; print('icalendar' in sys.modules)"
    imported = subprocess.run([sys.executable, "-c", check], cwd=ROOT, capture_output=True, text=True, check=True)
    assert imported.stdout.strip() == "False"


def test_the_calendar_is_still_written(tmp_path, catalogue):
    from macros.milestone_exports import write_milestone_files

    write_milestone_files(tmp_path, catalogue, datetime.date(2021, 2, 1))
    assert (tmp_path / "milestones.ics").read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")


def test_the_macros_plugin_runs_no_git_for_its_unused_git_variable(monkeypatch):
    import mkdocs_macros.context

    import macros.hooks  # noqa: F401  (loading the hooks file is what makes the change)

    def no_git(*args, **kwargs):
        raise AssertionError("git was run")

    monkeypatch.setattr(subprocess, "check_output", no_git)
    assert mkdocs_macros.context.get_git_info() == {"status": False, "date": None}
