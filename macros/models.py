"""One model per kind of record in data/.

Unknown fields are forbidden so that a typo such as `stauts` is reported rather than
ignored, and closed vocabularies are enums so that the error can list what is allowed.
Cross-file references (a commitment's theme, say) are checked in catalogue.py, because a
single record cannot know what the other files hold.
"""

from __future__ import annotations

import datetime
from enum import Enum
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    HttpUrl,
    StringConstraints,
    ValidationInfo,
    field_validator,
)

# Ids appear in web addresses, so they are kept to lower-case words joined by hyphens.
Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=80)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


def _https_only(url: HttpUrl) -> HttpUrl:
    if url.scheme != "https":
        raise ValueError("a web address beginning https://")
    return url


WebAddress = Annotated[HttpUrl, AfterValidator(_https_only)]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)


class SubStrategyStatus(str, Enum):
    PLANNED = "planned"
    IN_DEVELOPMENT = "in development"
    PUBLISHED = "published"


class SubStrategy(Record):
    """Report 3.12: each theme develops its own sub-strategy that feeds the overall strategy."""

    status: SubStrategyStatus
    note: Text | None = None


class Theme(Record):
    id: Id
    name: Text
    summary: Text = Field(description="One or two plain-English sentences for residents.")
    report_description: Text | None = Field(
        default=None,
        description="The description in the report, word for word; empty where the report gives none.",
    )
    examples: list[Text] = Field(default_factory=list, description="What the theme covers, from the report.")
    sub_strategy: SubStrategy
    related: list[Id] = Field(default_factory=list)
    contacts: list[Id] = Field(default_factory=list)


class ContactScope(str, Enum):
    NATIONAL = "national"
    LOCAL = "local"


class Contact(Record):
    id: Id
    name: Text
    when_to_use: Text
    phone: Annotated[str, StringConstraints(pattern=r"^[0-9][0-9 ]{1,15}$")] | None = None
    website: WebAddress | None = None
    scope: ContactScope
    on_every_theme: bool = False
    source: WebAddress = Field(description="Where the number or address was checked.")


class Sector(Record):
    """A sector named in report section 3.6."""

    id: Id
    name: Text


class Partner(Record):
    id: Id
    name: Text
    sector: Id
    website: WebAddress | None = None
    # Shown under the name in the partners directory, so it is kept to a sentence or two.
    description: Annotated[Text, StringConstraints(max_length=300)]
    source: WebAddress = Field(description="Why this organisation is a partner.")


class Status(str, Enum):
    PLANNED = "planned"
    IN_PROGRESS = "in progress"
    DONE = "done"
    DELAYED = "delayed"
    CANCELLED = "cancelled"


class Commitment(Record):
    id: Id
    theme: Id
    owner: Id | None = Field(default=None, description="Owning partner; empty means to be agreed.")
    supporting: list[Id] = Field(default_factory=list)
    action: Text = Field(description="What will be done, in a sentence.")
    status: Status
    due: datetime.date | None = None

    @field_validator("supporting")
    @classmethod
    def _each_supporter_once_and_not_the_owner(cls, supporting: list[str], info: ValidationInfo) -> list[str]:
        # A partner listed twice, or as both owner and supporter, would show twice on its page.
        repeated = sorted({partner for partner in supporting if supporting.count(partner) > 1})
        if repeated:
            raise ValueError(f"each partner listed once (listed more than once: {', '.join(repeated)})")
        owner = info.data.get("owner")
        if owner in supporting:
            raise ValueError(f'partners other than the owner ("{owner}" is the owner, so leave it out here)')
        return supporting


class Reference(Record):
    """A document the strategy rests on."""

    title: Text
    note: Text | None = None


class Committee(Record):
    name: Text
    date: datetime.date
    report_title: Text
    report_of: Text
    recommendations: list[Text]


class Strategy(Record):
    """Facts about the strategy itself, used across pages: kept here so they live in one place."""

    name: Text
    start_year: int = Field(ge=2000, le=2100)
    end_year: int = Field(ge=2000, le=2100)
    completion_due: Text = Field(description="When the completed strategy was due, as the report gives it.")
    committee: Committee
    background_papers: list[Reference]
    aligned_plans: list[Reference]

    @field_validator("end_year")
    @classmethod
    def _ends_after_it_starts(cls, end_year: int, info: ValidationInfo) -> int:
        start_year = info.data.get("start_year")
        if start_year is not None and end_year < start_year:
            raise ValueError(f"a year no earlier than start_year ({start_year})")
        return end_year
