"""Dates that say something has already happened must not be after the day of the build.

A contact "checked on 25 November 2062" would be shown to residents as checked, and would
never come up for its six-monthly check; a milestone marked done on a day still to come
claims a result nobody has seen.

The limit is the later of the day the build runs and the day it is set to (STRATEGY_TODAY,
which tests and previews move): a build set to a day in 2021, to show the strategy as it
stood then, must still accept a contact checked in 2026, which is in the past for everyone.
"""

from __future__ import annotations

import datetime
import os

from macros.data.errors import DataError, ProjectError
from macros.data.loading import LoadedFile
from macros.data.models import Status
from macros.data.partial_dates import long_date

TODAY_VARIABLE = "STRATEGY_TODAY"

# kind -> the fields that record a day already past
HAPPENED_ON = {"contact": ("checked",), "fact": ("checked",)}


def build_day(environment: dict[str, str] | None = None) -> datetime.date:
    """The day the build measures against: STRATEGY_TODAY when set (as mkdocs.yml reads it), else today."""
    value = (os.environ if environment is None else environment).get(TODAY_VARIABLE, "")
    if not value:
        return datetime.date.today()
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise ProjectError(f"{TODAY_VARIABLE} must be a day written YYYY-MM-DD, such as 2026-12-02; it is {value!r}") from None


def latest_past_day(today: datetime.date) -> datetime.date:
    """The last day a record of what has happened may carry (see above)."""
    return max(today, datetime.date.today())


def check_past_dates(loaded: dict[str, LoadedFile], today: datetime.date) -> list[DataError]:
    today = latest_past_day(today)
    errors = []
    for kind, fields in HAPPENED_ON.items():
        for entry in loaded[kind].entries:
            for name in fields:
                day = getattr(entry.record, name)
                if day > today:
                    message = f"{long_date(day)} is in the future: write the day it was last checked"
                    errors.append(DataError(entry.source.file, entry.source.line_of(name), entry.source.entry, name, message))
    for entry in loaded["milestone"].entries:
        milestone = entry.record
        if milestone.status is Status.DONE and milestone.first_day > today:
            message = (
                f"the milestone is marked done, but its date ({milestone.when}) is still to come: "
                "if it was done early, write the day it was done; if not, its status is planned or in progress"
            )
            errors.append(DataError(entry.source.file, entry.source.line_of("date"), entry.source.entry, "date", message))
    return errors
