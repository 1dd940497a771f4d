"""The building blocks of every model: ids, lengths of text, web addresses, change notes.

Patterns come with the words an officer reads when a value does not match them.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, HttpUrl, StringConstraints


ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
PHONE_PATTERN = r"^[0-9][0-9 ]{1,19}$"  # long enough for a text relay number: 18001 0113 293 5100
EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$"
TEST_FILE_PATTERN = r"^tests/[a-z0-9_/]+\.py$"
# What each pattern asks for, in the message an officer sees when a value does not match it.
PATTERN_HELP = {
    ID_PATTERN: "an id of lower-case words joined by hyphens (for example hate-crime)",
    PHONE_PATTERN: "digits and spaces only (for example 0808 2000 247)",
    EMAIL_PATTERN: "an email address (for example name@example.org)",
    TEST_FILE_PATTERN: "the path of a test file, such as tests/build/test_html_validity.py",
}

# Ids appear in web addresses and file names, so they are kept to lower-case words joined by hyphens.
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=80)]
ID_HELP = "Lower-case words joined by hyphens, such as hate-crime, unique: other records link to it by these words, and they are part of its web address, so do not change them once it is published."


def id_from(words: str) -> str:
    """An id made from a name or a file's name, in the id rule's form: "Hate Crime copy 2"
    gives "hate-crime-2" (a copy made by a file manager is not part of any name)."""
    parts = re.findall(r"[a-z0-9]+", words.lower())
    return "-".join(part for part in parts if part != "copy")[:80].strip("-")


# Where the site lists records in an order of their own (the report's), rather than by date or name.
Order = Annotated[int, Field(ge=1, le=999)]
ORDER_HELP = "Where it comes in lists: 1 first. Each number once."


def _text(max_length: int):
    return Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=max_length)]


# Limits well above any real value, so that a whole document pasted by mistake is refused,
# with the limit in the message, instead of being published.
Text = _text(1000)  # a paragraph at most: notes, sources, what happened
Name = _text(120)  # a name, or a short phrase
Title = _text(150)  # the title of a milestone or an update
Sentence = _text(300)  # one or two sentences for residents
Quote = _text(3000)  # the report's words, quoted whole


def _each_once(items: list) -> list:
    repeated = sorted(str(item) for item, count in Counter(items).items() if count > 1)
    if repeated:
        raise ValueError(f"each item once: {', '.join(repeated)} is listed more than once")
    return items


def each_once(item):
    """A list in which naming the same thing twice is a mistake (it would show twice)."""
    return Annotated[list[item], AfterValidator(_each_once), Field(json_schema_extra={"uniqueItems": True})]


Ids = each_once(Id)
# A list of other records' ids. That each exists, is named once and is not the record itself
# is checked with the other records in sight (catalogue.check_references), in one place.
References = Annotated[list[Id], Field(json_schema_extra={"uniqueItems": True})]
# What residents read in a page's history and on "What's changed" (change_notes.py): replaced
# with each change, so a change that keeps the old note is a minor change, not listed.
ChangeNote = Annotated[
    Sentence | None,
    Field(
        description="One plain-English sentence for residents saying what you changed, "
        "for example 'We have marked the hate crime sub-strategy as done.' Write a new one with each change; "
        "keep the last one for a minor change such as a typo, which is not listed.",
    ),
]
# Who keeps a page or a commitment up to date, and when they next check it (listed for
# officers by the build once the day has passed; residents see nothing of it).
ReviewBy = Annotated[
    datetime.date | None,
    Field(description="Optional: the day by which it should next be checked, written YYYY-MM-DD. The build lists it for officers once that day has passed."),
]


def _https_only(url: HttpUrl) -> HttpUrl:
    if url.scheme != "https":
        raise ValueError("a web address beginning https://")
    return url


HTTPS_PATTERN = r"^https://\S+$"
WebAddress = Annotated[HttpUrl, AfterValidator(_https_only), Field(json_schema_extra={"pattern": HTTPS_PATTERN})]
# Where a fact was read: another organisation's page, which may not have a secure address.
PageAddress = Annotated[HttpUrl, Field(json_schema_extra={"pattern": r"^https?://\S+$"})]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)


class SourceLink(Record):
    """The public page a fact was read on: who publishes it and which page it is, and its address."""

    name: Name = Field(
        description='Who publishes the page and what it is, as the link on the site says it, for example '
        '"Wirral Council, Council meeting of 6 September 2021, item 29".'
    )
    url: PageAddress = Field(description="The page's address, as it was read: beginning https://, or http:// where the page has no other.")
