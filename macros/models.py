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

from .partial_dates import PartialDate, Precision, YearMonthOrDay

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

    @field_validator("on_every_theme")
    @classmethod
    def _everywhere_needs_a_phone(cls, everywhere: bool, info: ValidationInfo) -> bool:
        # Contacts on every theme are the ones to call now (999, 101): the home page shows their numbers.
        if everywhere and not info.data.get("phone"):
            raise ValueError("a phone number as well, because contacts shown on every theme are shown by their number")
        return everywhere


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
    milestone: Id | None = Field(default=None, description="The milestone in milestones.yml this commitment delivers.")
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


# --- Equality Impact Assessment (report Appendix 2) --------------------------------------


class Impact(str, Enum):
    POSITIVE = "positive"
    NEGATIVE = "negative"
    NEUTRAL = "neutral"
    NOT_YET_ASSESSED = "not yet assessed"


class Evidence(Record):
    """One piece of evidence and where it comes from; `quoted` marks a source's own words."""

    text: Text
    source: Text
    quoted: bool = False


class CharacteristicImpact(Record):
    """One row of the assessment: a protected characteristic, or a local one (local: true)."""

    id: Id
    name: Text
    local: bool = Field(default=False, description="A characteristic the council adds; not one of the Equality Act's nine.")
    impact: Impact
    evidence: list[Evidence] = Field(default_factory=list, validate_default=True)
    mitigation: Text | None = None
    mitigation_owner: Id | None = Field(default=None, description="Partner that owns the mitigation; empty means to be agreed.")
    mitigation_commitment: Id | None = Field(default=None, description="A commitment in commitments.yml that is the mitigation.")
    mitigation_milestone: Id | None = Field(default=None, description="A milestone in milestones.yml that is the mitigation.")
    review_date: datetime.date | None = None

    @field_validator("evidence")
    @classmethod
    def _an_impact_needs_evidence(cls, evidence: list[Evidence], info: ValidationInfo) -> list[Evidence]:
        # An impact without evidence would be a guess; "not yet assessed" is the honest default.
        impact = info.data.get("impact")
        if impact not in (None, Impact.NOT_YET_ASSESSED) and not evidence:
            raise ValueError(f'evidence for the impact "{impact.value}" (or the impact "not yet assessed")')
        return evidence


class EqualityImpactAssessment(Record):
    """The assessment's facts and its rows; empty facts are shown as not recorded in the report."""

    covers: Text
    carried_out_by: Text | None = None
    carried_out_on: datetime.date | None = None
    review_date: datetime.date | None = None
    characteristics: list[CharacteristicImpact]


# --- Accessibility statement -------------------------------------------------------------


class ComplianceStatus(str, Enum):
    """The three statuses the model accessibility statement allows."""

    FULLY = "fully compliant"
    PARTIALLY = "partially compliant"
    NOT = "not compliant"


class Link(Record):
    name: Text
    url: WebAddress


class AutomatedCheck(Record):
    """A claim the statement makes and how it was checked, in residents' words; for officers,
    the test files behind it, which a unit test checks exist but the site never shows."""

    claim: Text
    how: Text = Field(description="How it was checked, in plain words for residents: what the test does, never its file name or a command.")
    tool: Text = Field(description="The tool that did the checking, named so a resident can look it up.")
    test_files: list[Annotated[str, StringConstraints(pattern=r"^tests/[a-z0-9_/]+\.py$")]] = Field(
        min_length=1, description="For officers: the test files that back the claim. Not shown on the site."
    )


class KnownIssue(Record):
    """Content known not to meet WCAG 2.2 AA, with the success criterion it fails."""

    description: Text
    criterion: Text


class AccessibilityStatement(Record):
    run_by: Text
    contact: Link = Field(description="Where to report a problem or ask for another format; no invented email or phone.")
    enforcement_body: Link = Field(description="Enforces the regulations in Great Britain (EHRC).")
    advice_service: Link = Field(description="Where to go if our response is not good enough (EASS).")
    northern_ireland_body: Link = Field(description="The enforcement body for public bodies in Northern Ireland (ECNI).")
    prepared: datetime.date
    last_reviewed: datetime.date
    last_tested: datetime.date
    checks: list[AutomatedCheck] = Field(min_length=1)
    not_yet_tested: list[Text] = Field(default_factory=list)
    known_issues: list[KnownIssue] = Field(default_factory=list)
    compliance: ComplianceStatus

    @field_validator("last_reviewed")
    @classmethod
    def _reviewed_after_prepared(cls, reviewed: datetime.date, info: ValidationInfo) -> datetime.date:
        prepared = info.data.get("prepared")
        if prepared is not None and reviewed < prepared:
            raise ValueError(f"a date no earlier than prepared ({prepared.isoformat()})")
        return reviewed

    @field_validator("compliance")
    @classmethod
    def _fully_compliant_only_when_proven(cls, status: ComplianceStatus, info: ValidationInfo) -> ComplianceStatus:
        # "Fully compliant" is a legal claim: it needs every check done and nothing known to fail.
        if status is ComplianceStatus.FULLY and (info.data.get("not_yet_tested") or info.data.get("known_issues")):
            raise ValueError('"partially compliant" while not_yet_tested or known_issues lists anything')
        return status


# --- milestones (the roadmap of report Appendix 1) -------------------------------------


class Phase(str, Enum):
    """The two phases of the roadmap, in the order the page lists them."""

    DEVELOPMENT = "development and co-production"
    DELIVERY = "delivery"


STATUSES_NEEDING_A_NOTE = {Status.DONE, Status.DELAYED}


class Milestone(Record):
    id: Id
    title: Text
    date: YearMonthOrDay = Field(description="When it happens (or starts), only as exactly as the report says.")
    end: YearMonthOrDay | None = Field(default=None, description="When a milestone that spans time ends.")
    phase: Phase
    themes: list[Id] = Field(default_factory=list, description="Empty means the whole strategy.")
    lead: Id | None = Field(default=None, description="The leading partner; empty means to be agreed.")
    partners: list[Id] = Field(default_factory=list)
    status: Status
    note: Text | None = Field(default=None, validate_default=True)

    @field_validator("end")
    @classmethod
    def _ends_no_earlier_than_it_starts(cls, end: PartialDate | None, info: ValidationInfo) -> PartialDate | None:
        start = info.data.get("date")
        if end is None or start is None:
            return end
        if end.by or start.by:
            raise ValueError("no 'by ' on either date of a milestone that spans time")
        if end.last_day < start.first_day:
            raise ValueError(f"an end no earlier than the start ({start.label})")
        return end

    @field_validator("note")
    @classmethod
    def _note_says_what_happened(cls, note: str | None, info: ValidationInfo) -> str | None:
        status = info.data.get("status")
        if note is None and status in STATUSES_NEEDING_A_NOTE:
            raise ValueError(f"a short note, because a {status.value} milestone must say what happened")
        return note

    @property
    def first_day(self) -> datetime.date:
        return self.date.first_day

    @property
    def last_day(self) -> datetime.date:
        return (self.end or self.date).last_day

    @property
    def when(self) -> str:
        """The date or span as text, for the page and the open data alike."""
        if self.end is None:
            return self.date.label
        start = self.date
        start_text = f"{start.first_day:%B %Y}" if start.precision is Precision.QUARTER else start.label
        end_text = f"{self.end.last_day:%B %Y}" if self.end.precision is Precision.QUARTER else self.end.label
        return f"{start_text} to {end_text}"


class Update(Record):
    """The front matter of a news update in docs/updates/posts/ (Material's blog plugin)."""

    date: datetime.date
    title: Text
    description: Text | None = Field(default=None, description="One sentence for the feed and search results.")
    categories: list[Id] = Field(default_factory=list, description="The ids of the themes the update is about.")
    draft: bool = False

    @field_validator("title")
    @classmethod
    def _plain_text_title(cls, title: str) -> str:
        # Material's blog passes the title through Markdown on the updates page, where
        # [text](address) would become a link and *text* emphasis.
        if any(character in title for character in "[]*_`"):
            raise ValueError("a plain-text title, without [ ] * _ or `")
        return title
