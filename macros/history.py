"""What git knows about the site's sources: when each file last changed, and recent changes.

One `git log` per build reads the whole history of docs/ and data/ (measured: a call per
page costs about as much per page as this costs for all of them). Outside a git checkout,
or where git is not installed, there is simply no history: pages show no date and the
build goes on.
"""

from __future__ import annotations

import datetime
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

WATCHED = ("docs", "data")  # the folders officers edit
RECORD, FIELD = "\x1e", "\x1f"


@dataclass(frozen=True)
class Change:
    date: datetime.date
    subject: str
    files: tuple[str, ...]  # relative to the project, e.g. data/themes/hate-crime.yml


@dataclass(frozen=True)
class History:
    changes: tuple[Change, ...]  # newest first
    last_changed: dict[str, datetime.date]

    def last_change_of(self, paths) -> datetime.date | None:
        """The newest date among the given project-relative paths that git knows; a path
        ending "/" stands for every file in that folder."""
        paths = list(paths)
        folders = tuple(path for path in paths if path.endswith("/"))
        dates = [self.last_changed[path] for path in paths if path in self.last_changed]
        if folders:
            dates += [day for name, day in self.last_changed.items() if name.startswith(folders)]
        return max(dates, default=None)


NO_HISTORY = History(changes=(), last_changed={})


def read_history(project: Path) -> History:
    """Every commit that touched docs/ or data/, read with one git call. Merges are left out:
    the commits they bring in are listed themselves, with the files they changed."""
    if shutil.which("git") is None:
        return NO_HISTORY
    try:
        completed = subprocess.run(
            ["git", "log", "--no-merges", f"--format={RECORD}%cs{FIELD}%s{FIELD}", "--name-only", "--relative", "--no-renames", "--", *WATCHED],
            cwd=project,
            capture_output=True,
            text=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        return NO_HISTORY
    if completed.returncode != 0:  # not a git checkout, or no commits yet
        return NO_HISTORY
    return parse_log(completed.stdout)


def parse_log(output: str) -> History:
    changes, last_changed = [], {}
    for record in output.split(RECORD)[1:]:
        day, subject, names = record.split(FIELD, 2)
        date = datetime.date.fromisoformat(day.strip())
        files = tuple(name for name in names.splitlines() if name.strip())
        changes.append(Change(date, subject.strip(), files))
        for name in files:
            last_changed.setdefault(name, date)  # the log is newest first
    return History(tuple(changes), last_changed)


