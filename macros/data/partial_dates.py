"""Dates known to a day, a month, a quarter or a year, as the report gives them.

The report says "April 2021", not a day; a PartialDate keeps that precision so the site
never shows a date more exactly than its source.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from enum import Enum
from typing import Annotated

from pydantic import PlainValidator, WithJsonSchema


class Precision(str, Enum):
    """How exactly a milestone's date is known: the site never shows more than this."""

    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


_QUARTER_MONTHS = {1: (1, 3), 2: (4, 6), 3: (7, 9), 4: (10, 12)}
_DATE_FORMS = re.compile(r"^(by )?(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4]))?$")
DATE_FORMS_HELP = (
    "a date written as YYYY-MM-DD (a day), YYYY-MM (a month), YYYY-Qn (a quarter) or YYYY "
    "(a year), optionally after 'by ' (for example 2021-04 for April 2021)"
)


@dataclass(frozen=True)
class PartialDate:
    """A date known to a day, a month, a quarter or a year, as the report gives it.

    `by` marks a date that something happens, or had happened, by, when the report gives
    no start: "by 9 November 2020" (done before the report, it does not say when), or
    "by April 2021" (due before the completed strategy).
    """

    text: str
    precision: Precision
    first_day: datetime.date
    last_day: datetime.date
    by: bool = False

    @classmethod
    def parse(cls, value: object) -> "PartialDate":
        if isinstance(value, cls):
            return value
        if isinstance(value, datetime.date):  # YAML read a day as a date (safe_load, not the site's own reader)
            value = value.isoformat()
        text = str(value).strip() if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
        match = _DATE_FORMS.match(text)
        if not match:
            raise ValueError(DATE_FORMS_HELP)
        by, year, month, day, quarter = match.groups()
        year = int(year)
        try:
            if day:
                first = last = datetime.date(year, int(month), int(day))
                precision = Precision.DAY
            elif month:
                first = datetime.date(year, int(month), 1)
                last = _last_day_of_month(year, int(month))
                precision = Precision.MONTH
            elif quarter:
                start_month, end_month = _QUARTER_MONTHS[int(quarter)]
                first, last = datetime.date(year, start_month, 1), _last_day_of_month(year, end_month)
                precision = Precision.QUARTER
            else:
                first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
                precision = Precision.YEAR
        except ValueError:
            raise ValueError(f"a date that exists in the calendar: {DATE_FORMS_HELP}") from None
        return cls(text, precision, first, last, by=bool(by))

    @property
    def label(self) -> str:
        """The date as the report would write it: '9 November 2020', 'April 2021'."""
        if self.precision is Precision.DAY:
            text = long_date(self.first_day)
        elif self.precision is Precision.MONTH:
            text = f"{self.first_day:%B %Y}"
        elif self.precision is Precision.QUARTER:
            text = f"{self.first_day:%B} to {self.last_day:%B %Y}"
        else:
            text = str(self.first_day.year)
        return f"By {text}" if self.by else text

    @property
    def machine(self) -> str | None:
        """A valid HTML <time datetime> value; HTML has none for a quarter."""
        return {
            Precision.DAY: self.first_day.isoformat(),
            Precision.MONTH: f"{self.first_day:%Y-%m}",
            Precision.YEAR: str(self.first_day.year),
        }.get(self.precision)

    def __str__(self) -> str:
        return self.text


def long_date(day: datetime.date) -> str:
    """GOV.UK style: 9 November 2020."""
    return f"{day.day} {day:%B %Y}"


def _last_day_of_month(year: int, month: int) -> datetime.date:
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    return following - datetime.timedelta(days=1)


# The forms as a pattern, for editors that check as an officer types (the JSON Schemas, the
# web editor's form). It leaves only impossible days such as 2021-02-30 to PartialDate.parse.
PARTIAL_DATE_PATTERN = r"^(by )?\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-Q[1-4])?$"

YearMonthOrDay = Annotated[
    PartialDate,
    PlainValidator(PartialDate.parse),
    # A year alone (2021) is a number in YAML; the other forms are text.
    WithJsonSchema({"type": ["string", "integer"], "pattern": PARTIAL_DATE_PATTERN}),
]
