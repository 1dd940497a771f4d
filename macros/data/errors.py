"""The problems an officer must mend, and how values are quoted in their messages.

Every problem is a DataError that names the file, the line, the entry and the field. All of
them are collected before anything is reported, so an officer sees every mistake in one run
rather than one per run.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any

from macros.data.numbers import counted


class ProjectError(Exception):
    """A mistake in what the site is built from, said in words for whoever mends it. The
    builder's adapter (plugin/) shows its message alone, never a traceback."""


@dataclass(frozen=True, order=True)
class DataError:
    file: str
    line: int
    entry: str  # how an officer finds the entry: 'theme "hate-crime"', or its position
    field: str
    message: str

    def __str__(self) -> str:
        parts = [self.file]
        if self.line:
            parts.append(f"line {self.line}")
        if self.entry:
            parts.append(self.entry)
        if self.field:
            parts.append(f'field "{self.field}"')
        return ", ".join(parts) + ": " + within_reason(self.message)


class DataErrors(ProjectError):
    """Raised once, carrying every problem found in data/ and docs/."""

    def __init__(self, errors: list[DataError]):
        self.errors = sorted(set(errors))
        super().__init__(self.report())

    def report(self, outcome: str = "Nothing was built.") -> str:
        count = len(self.errors)
        heading = f"{counted(count, 'problem', start=True)} in the data files and pages. {outcome}"
        return "\n".join([heading, *(f"  - {error}" for error in self.errors)])


# Up to this many ids are listed in a message; beyond it, only the closest ones.
IDS_LISTED = 12


def unknown_id(value: str, kind: str, place: str, known: set[str]) -> str:
    """The message for a reference to an id that the place it points into does not hold."""
    message = f"{show(value)} is not the id of any {kind} in {place}"
    if not known:
        return f"{message}; there are none yet"
    if len(known) <= IDS_LISTED:
        return f"{message}; the ids there are: {', '.join(sorted(known))}"
    close = difflib.get_close_matches(value[:100], known, n=3)
    quoted = " or ".join('"' + name + '"' for name in close)
    hint = f"did you mean {quoted}? " if close else ""
    return f"{message}; {hint}Each id is the name of a file there, without .yml"


SHOWN_CHARACTERS = 80  # a long value is shown by its start and its length, never whole


def shorten(text: str) -> str:
    text = str(text)
    return text if len(text) <= SHOWN_CHARACTERS else f"{text[:SHOWN_CHARACTERS]}... ({counted(len(text), 'character')})"


_QUOTED = re.compile(r'"([^"]{%d,})"' % (SHOWN_CHARACTERS + 1))
LONGEST_MESSAGE = 400  # characters: what no quoted value should push a message past


def within_reason(message: str) -> str:
    """A message as an officer reads it: any value it quotes cut to its start (a page can
    call a macro with a name 200,000 characters long), and the whole kept to a few lines."""
    message = _QUOTED.sub(lambda quoted: quoted.group() if quoted.group(1).endswith("...") else show(quoted.group(1)), message)
    return message if len(message) <= LONGEST_MESSAGE else message[: LONGEST_MESSAGE - 3] + "..."


def show(value: Any) -> str:
    """A value as a message quotes it: text in quotes, cut when long; other kinds by name."""
    if isinstance(value, dict):
        return "a group of 'key: value' lines"
    if isinstance(value, list):
        return "a list" if value else "an empty list"
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, bytes):
        return "binary data"
    if isinstance(value, str):
        if len(value) <= SHOWN_CHARACTERS:
            return f'"{value}"'
        return f'"{value[:SHOWN_CHARACTERS]}..." ({counted(len(value), "character")})'
    return shorten(value)


def kind_of(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a group of 'key: value' lines"
    return f"the value {show(value)}"
