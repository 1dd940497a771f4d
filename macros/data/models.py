"""One model per kind of record in data/.

Unknown fields are forbidden so that a typo such as `stauts` is reported rather than
ignored, and closed vocabularies are enums so that the error can list what is allowed.
Cross-file references (a commitment's theme, say) are checked in catalogue.py, because a
single record cannot know what the other files hold.
"""

from __future__ import annotations

import datetime
from collections import Counter
from enum import Enum
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    HttpUrl,
    StrictBool,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from macros.data.partial_dates import PartialDate, Precision, YearMonthOrDay

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
ID_HELP = "Lower-case words joined by hyphens, unique; the file is named <id>.yml."
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
# What residents read in a page's history and on "What's changed" (change_notes.py): replaced
# with each change, so a change that keeps the old note is a minor change, not listed.
ChangeNote = Annotated[
    Sentence | None,
    Field(
        description="Optional: one plain-English sentence for residents saying what you changed, "
        "for example 'We have marked the hate crime sub-strategy as done.' Replace it with each change; "
        "leave it as it is for a minor change such as a typo, which is not listed.",
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


WebAddress = Annotated[HttpUrl, AfterValidator(_https_only)]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)


class SubStrategy(Record):
    """Report 3.12: each theme develops its own sub-strategy that feeds the overall strategy.

    Its progress is its milestone's status, kept in that one place so that the theme page,
    the roadmap and the commitments can never disagree.
    """

    milestone: Id = Field(description="The id of the milestone (data/milestones/) that is this sub-strategy; its status is the sub-strategy's.")
    note: Text | None = Field(default=None, description="Optional: what the report says about this sub-strategy.")


class Theme(Record):
    """One of the strategy's themes (report section 3.11); its page is docs/themes/<id>.md."""

    id: Id = Field(description=ID_HELP)
    name: Name = Field(description="The theme's name, as residents read it (sentence case).")
    order: Order = Field(description=ORDER_HELP)
    summary: Sentence = Field(description="One or two plain-English sentences for residents.")
    report_description: Quote | None = Field(
        default=None,
        description="The description in the report, word for word; leave out where the report gives none.",
    )
    examples: each_once(Sentence) = Field(default_factory=list, description="What the theme covers, from the report.")
    sub_strategy: SubStrategy = Field(description="The theme's own sub-strategy.")
    related: Ids = Field(default_factory=list, description="Ids of other themes (data/themes/) to link to.")
    contacts: Ids = Field(
        default_factory=list, description="Ids of contacts (data/contacts/) shown on the theme's page, after 999 and 101, in this order."
    )
    change_note: ChangeNote = None

    @field_validator("related")
    @classmethod
    def _not_related_to_itself(cls, related: list[str], info: ValidationInfo) -> list[str]:
        if info.data.get("id") in related:
            raise ValueError(f'other themes only (this theme is "{info.data["id"]}", so leave it out here)')
        return related


class ContactScope(str, Enum):
    NATIONAL = "national"
    LOCAL = "local"


PhoneNumber = Annotated[str, StringConstraints(pattern=PHONE_PATTERN)]


class ContactWay(Record):
    """Another way to reach the same service, with what it is in plain words: a second number,
    a number to text, a text relay number, an email address or a web page. Exactly one of
    phone, text, email or website."""

    label: Name = Field(description='What this way is, in plain words, such as "Out of hours", "From outside Merseyside", "Text relay (Relay UK)", "Webchat" or "Email".')
    phone: PhoneNumber | None = Field(default=None, description='A number to call, digits and spaces only, in quotes ("0151 677 6557").')
    text: PhoneNumber | None = Field(default=None, description='A number to send a text message to, in quotes ("07717 989 025").')
    email: Annotated[str, StringConstraints(pattern=EMAIL_PATTERN)] | None = Field(default=None, description="An email address.")
    website: WebAddress | None = Field(default=None, description="A web page, beginning https://.")

    @field_validator("text", "email", "website")
    @classmethod
    def _one_way_each(cls, value, info: ValidationInfo):
        # Said against the second way given, so the message points at the line to remove.
        # info.data holds only the fields validated before this one, in the order declared.
        earlier = [name for name in ("phone", "text", "email") if info.data.get(name) is not None]
        if value is not None and earlier:
            raise ValueError(f"only one of phone, text, email or website in each way (this one has {earlier[0]} too: make it a way of its own)")
        return value

    @model_validator(mode="after")
    def _a_way_given(self) -> "ContactWay":
        if all(getattr(self, name) is None for name in ("phone", "text", "email", "website")):
            raise ValueError(f'one of phone, text, email or website for "{self.label}"')
        return self


class Contact(Record):
    """A way for residents to report a concern or get help. Only facts checked on the service's
    own page (or an official page for a national scheme) go here, each with that page as its
    source and the day it was checked."""

    id: Id = Field(description=ID_HELP)
    name: Name = Field(description="The service's name.")
    when_to_use: Sentence = Field(description="What it is for: when to use it, in plain English.")
    phone: PhoneNumber | None = Field(
        default=None, description='Optional: the number, digits and spaces only, in quotes ("0808 2000 247").'
    )
    website: WebAddress | None = Field(default=None, description="Optional: its web address, beginning https://.")
    other_ways: list[ContactWay] = Field(default_factory=list, description="Optional: other numbers, a number to text, a text relay number, an email address or a web page.")
    when_open: Sentence | None = Field(
        default=None, description="When it is open, as its source says (\"24 hours a day\"). Leave out when the source does not say: the page then says so."
    )
    what_happens_next: Sentence | None = Field(
        default=None, description="What happens after you contact it, as its source says. Leave out when the source does not say."
    )
    scope: ContactScope = Field(description="local (Wirral or Merseyside) or national. On the Get help page, local routes come first.")
    on_every_theme: bool = Field(default=False, description="true puts it on every theme page, before the theme's own (999 and 101).")
    source: WebAddress = Field(description="The page where the number or address was checked.")
    checked: datetime.date = Field(description="The day its details were last checked against the source, YYYY-MM-DD. The build lists contacts not checked for 6 months.")
    change_note: ChangeNote = None

    @field_validator("on_every_theme")
    @classmethod
    def _everywhere_needs_a_phone(cls, everywhere: bool, info: ValidationInfo) -> bool:
        # Contacts on every theme are the ones to call now (999, 101): the home page shows their numbers.
        if everywhere and not info.data.get("phone"):
            raise ValueError("a phone number as well, because contacts shown on every theme are shown by their number")
        return everywhere


class Situation(Record):
    """What is happening to a resident, as the Get help page groups its contacts: "Domestic
    abuse, for yourself or someone else". Its contacts come in the order listed, local routes
    before national ones."""

    id: Id = Field(description=ID_HELP + " It is also the section's address on the Get help page (get-help/#<id>).")
    order: Order = Field(description=ORDER_HELP)
    title: Name = Field(description="What is happening, in the resident's words, as the section's heading.")
    summary: Sentence = Field(description="Who the section is for, in a sentence.")
    contacts: each_once(Id) = Field(min_length=1, description="Ids of contacts (data/contacts/), local routes first, then national ones.")
    themes: Ids = Field(default_factory=list, description="Ids of themes whose pages link to this section, under their help box.")
    see_also: Ids = Field(default_factory=list, description="Ids of other situations to point to from this one.")


class Sector(Record):
    """A sector that co-production will engage (report section 3.6)."""

    id: Id = Field(description=ID_HELP)
    name: Name = Field(description="The sector's name.")
    order: Order = Field(description=ORDER_HELP)
    change_note: ChangeNote = None


class Partner(Record):
    """An organisation taking part; its page is made from this record alone."""

    id: Id = Field(description=ID_HELP + ' Not "index" or "overview", which are pages of the site.')
    name: Name = Field(description="The organisation's name, as it writes it.")
    sector: Id = Field(description="The id of its sector (data/sectors/).")
    website: WebAddress | None = Field(default=None, description="Optional: its website, beginning https://.")
    # Shown under the name in the partners directory, so it is kept to a sentence or two.
    description: Sentence = Field(
        description="One or two sentences for residents (at most 300 characters)."
    )
    source: WebAddress = Field(description="A web page that shows why this organisation is a partner: never add a partner without one.")
    change_note: ChangeNote = None


class Status(str, Enum):
    PLANNED = "planned"
    IN_PROGRESS = "in progress"
    DONE = "done"
    DELAYED = "delayed"
    CANCELLED = "cancelled"


class Commitment(Record):
    """What partners have committed to do in one theme."""

    id: Id = Field(description=ID_HELP)
    theme: Id = Field(description="The id of its theme (data/themes/).")
    owner: Id | None = Field(
        default=None, description="The id of the partner (data/partners/) that owns it; leave out while the owner is to be agreed."
    )
    supporting: list[Id] = Field(default_factory=list, description="Ids of partners that help, each once, not the owner.")
    action: Sentence = Field(description="What will be done, in a sentence.")
    milestone: Id | None = Field(
        default=None,
        description="Optional: the id of the milestone (data/milestones/) this commitment delivers. "
        "Its status and date are then the milestone's, unless given here.",
    )
    status: Status | None = Field(
        default=None,
        validate_default=True,
        description="planned, in progress, done, delayed or cancelled. Leave out to follow the milestone's status.",
    )
    due: datetime.date | None = Field(
        default=None, description="Optional: the day it is due, written YYYY-MM-DD. Leave out to follow the milestone's date."
    )
    review_by: ReviewBy = None
    change_note: ChangeNote = None

    @field_validator("status")
    @classmethod
    def _status_or_milestone(cls, status: Status | None, info: ValidationInfo) -> Status | None:
        # One fact, one place: a commitment without a milestone has only its own status.
        if status is None and info.data.get("milestone") is None and "milestone" in info.data:
            raise ValueError("a status, because this commitment has no milestone whose status it could follow")
        return status

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

    title: Title = Field(description="The document's title.")
    note: Text | None = Field(default=None, description="Optional: a sentence on how it relates to the strategy, as the report says.")


class Committee(Record):
    """The committee report the strategy's development was reported in."""

    name: Name = Field(description="The committee's name.")
    date: datetime.date = Field(description="The meeting's date, written YYYY-MM-DD.")
    report_title: Title = Field(description="The report's title.")
    report_of: Name = Field(description="Whose report it is, as the report says.")
    recommendations: list[Text] = Field(description="The report's recommendations, word for word.")


class StrategyStatus(str, Enum):
    IN_DEVELOPMENT = "in development"
    CURRENT = "current"
    UNDER_REVIEW = "under review"
    ENDED = "ended"
    REPLACED = "replaced"


class Successor(Record):
    """What replaces the strategy, once it is known."""

    name: Name = Field(description="Its name, as its owner writes it.")
    url: WebAddress | None = Field(default=None, description="Optional: where residents can read it, beginning https://.")


class Strategy(Record):
    """Facts about the strategy itself, used across pages: kept here so they live in one place."""

    name: Name = Field(description="The strategy's name.")
    author: Name = Field(description="Who the strategy is by: the council and the partners it co-produces it with (report, sections 3.2 and 3.5). The whole-strategy PDF names it as its author.")
    start_year: int = Field(ge=2000, le=2100, description="The first year the strategy covers.")
    end_year: int = Field(ge=2000, le=2100, description="The last year the strategy covers.")
    status: StrategyStatus = Field(
        description="in development, current, under review, ended or replaced. Once the period has ended, every page says so whatever this says."
    )
    owner: Name = Field(description="The role (not a person's name) responsible for the strategy, as the council names it.")
    next_review: datetime.date | None = Field(
        default=None, description="Optional: when the strategy is next reviewed, written YYYY-MM-DD; leave out while it is not known."
    )
    replaced_by: Successor | None = Field(
        default=None, validate_default=True, description="What replaces it: needed when the status is replaced; leave out while it is not known."
    )
    completion_due: Name = Field(description="When the completed strategy was due, as the report gives it.")
    committee: Committee = Field(description="The committee report the site is built from.")
    background_papers: list[Reference] = Field(description="The report's background papers.")
    aligned_plans: list[Reference] = Field(description="The plans the report says the strategy fits with.")
    change_note: ChangeNote = None

    @field_validator("end_year")
    @classmethod
    def _ends_after_it_starts(cls, end_year: int, info: ValidationInfo) -> int:
        start_year = info.data.get("start_year")
        if start_year is not None and end_year < start_year:
            raise ValueError(f"a year no earlier than start_year ({start_year})")
        return end_year

    @field_validator("replaced_by")
    @classmethod
    def _replaced_names_its_successor(cls, successor: Successor | None, info: ValidationInfo) -> Successor | None:
        # The banner links to what replaces the strategy: "replaced" without it would send residents nowhere.
        status = info.data.get("status")
        if status is StrategyStatus.REPLACED and successor is None:
            raise ValueError('what replaces the strategy (its name, and its web address if it has one), because the status is "replaced"')
        if successor is not None and status not in (None, StrategyStatus.REPLACED):
            raise ValueError(f'the status "replaced" as well, or leave replaced_by out (the status is "{status.value}")')
        return successor

    @property
    def last_day(self) -> datetime.date:
        return datetime.date(self.end_year, 12, 31)

    def has_ended(self, today: datetime.date) -> bool:
        return today > self.last_day


# --- Equality Impact Assessment (report Appendix 2) --------------------------------------


class Impact(str, Enum):
    POSITIVE = "positive"
    NEGATIVE = "negative"
    NEUTRAL = "neutral"
    NOT_YET_ASSESSED = "not yet assessed"


class Evidence(Record):
    """One piece of evidence and where it comes from; `quoted` marks a source's own words."""

    text: Quote = Field(description="The evidence; word for word when quoted.")
    source: Text = Field(description="Where it comes from.")
    quoted: bool = Field(default=False, description="true when the text is the source's own words, copied exactly.")


class CharacteristicImpact(Record):
    """One row of the assessment: a protected characteristic, or a local one (local: true)."""

    id: Id = Field(
        description="age, disability, gender-reassignment, marriage-and-civil-partnership, pregnancy-and-maternity, race, "
        "religion-or-belief, sex or sexual-orientation (each once); another id only with local: true."
    )
    name: Name = Field(description="The characteristic's name.")
    local: bool = Field(default=False, description="true for a characteristic the council adds (carers, say); not one of the Equality Act's nine.")
    impact: Impact = Field(description="positive, negative, neutral or not yet assessed; any but the last needs evidence.")
    evidence: list[Evidence] = Field(default_factory=list, validate_default=True, description="What the impact rests on.")
    mitigation: Text | None = Field(default=None, description="Optional: what will be done.")
    mitigation_owner: Id | None = Field(
        default=None, description="The id of the partner (data/partners/) that owns the mitigation; leave out while it is to be agreed."
    )
    mitigation_commitment: Id | None = Field(default=None, description="Optional: the id of a commitment (data/commitments/) that is the mitigation.")
    mitigation_milestone: Id | None = Field(default=None, description="Optional: the id of a milestone (data/milestones/) that is the mitigation.")
    review_date: datetime.date | None = Field(default=None, description="Optional: when the row is next reviewed, written YYYY-MM-DD.")

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

    covers: Text = Field(description="What the assessment covers.")
    carried_out_by: Text | None = Field(default=None, description="Who carried it out; leave out while unknown.")
    carried_out_on: datetime.date | None = Field(default=None, description="When, written YYYY-MM-DD; leave out while unknown.")
    review_date: datetime.date | None = Field(default=None, description="When it is next reviewed, written YYYY-MM-DD; leave out while unknown.")
    characteristics: list[CharacteristicImpact] = Field(
        description="One row for each of the Equality Act 2010's nine protected characteristics, and any local ones. "
        "Never fill a row in from anything but a real assessment."
    )
    change_note: ChangeNote = None


# --- Accessibility statement -------------------------------------------------------------


class ComplianceStatus(str, Enum):
    """The three statuses the model accessibility statement allows."""

    FULLY = "fully compliant"
    PARTIALLY = "partially compliant"
    NOT = "not compliant"


class Link(Record):
    name: Name = Field(description="The link's words.")
    url: WebAddress = Field(description="The web address, beginning https://.")


class AutomatedCheck(Record):
    """A claim the statement makes and how it was checked, in residents' words; for officers,
    the test files behind it, which a unit test checks exist but the site never shows."""

    claim: Sentence = Field(description="What the statement claims.")
    how: Sentence = Field(description="How it was checked, in plain words for residents: what the test does, never its file name or a command. Shown on the statement.")
    tool: Name = Field(description="The tool that checks it, named so a resident can look it up. Shown on the statement.")
    test_files: each_once(Annotated[str, StringConstraints(pattern=TEST_FILE_PATTERN)]) = Field(
        min_length=1, description="For officers: the test files that back the claim; each must exist. Never shown on the site."
    )


class KnownIssue(Record):
    """Content known not to meet WCAG 2.2 AA, with the success criterion it fails."""

    description: Text = Field(description="What fails, in plain English.")
    criterion: Name = Field(description="The WCAG 2.2 success criterion it fails, for example 1.4.3.")


class AccessibilityStatement(Record):
    run_by: Name = Field(description="Who runs the website.")
    contact: Link = Field(description="Where to report a problem or ask for another format; no invented email or phone.")
    enforcement_body: Link = Field(description="Enforces the regulations in Great Britain (EHRC).")
    advice_service: Link = Field(description="Where to go if our response is not good enough (EASS).")
    northern_ireland_body: Link = Field(description="The enforcement body for public bodies in Northern Ireland (ECNI).")
    prepared: datetime.date = Field(description="When the statement was prepared, written YYYY-MM-DD.")
    last_reviewed: datetime.date = Field(description="When it was last reviewed, written YYYY-MM-DD; update it at each review.")
    last_tested: datetime.date = Field(description="When the site was last tested, written YYYY-MM-DD.")
    checks: list[AutomatedCheck] = Field(min_length=1, description="Every claim the statement makes, each backed by tests.")
    not_yet_tested: each_once(Text) = Field(
        default_factory=list, description="What has not been checked; while it lists anything, compliance cannot be fully compliant."
    )
    known_issues: list[KnownIssue] = Field(default_factory=list, description="Content known to fail WCAG 2.2 AA.")
    compliance: ComplianceStatus = Field(description="fully compliant, partially compliant or not compliant.")
    change_note: ChangeNote = None

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
    """A step on the roadmap (report Appendix 1). Statuses are updated by officers as work happens."""

    id: Id = Field(description=ID_HELP)
    title: Title = Field(description="What happens, in plain English.")
    date: YearMonthOrDay = Field(
        description="When it happens or starts, only as exactly as known: 2020-11-09 (a day), 2021-04 (a month), "
        "2021-Q1 (a quarter) or 2021 (a year). 'by 2021-04' means by then, without saying when it starts."
    )
    end: YearMonthOrDay | None = Field(default=None, description="Optional: when a milestone that spans time ends (same forms, no 'by').")
    phase: Phase = Field(description="development and co-production (2020 to 2021), or delivery (2021 to 2025).")
    themes: Ids = Field(default_factory=list, description="Ids of its themes (data/themes/); leave empty for the whole strategy.")
    lead: Id | None = Field(default=None, description="The id of the partner that leads; leave out while it is to be agreed.")
    partners: Ids = Field(default_factory=list, description="Ids of other partners taking part.")
    status: Status = Field(description="planned, in progress, done, delayed or cancelled.")
    note: Text | None = Field(
        default=None, validate_default=True, description="Short: what happened. Needed when the status is done or delayed."
    )
    source: Text | None = Field(default=None, description="Where this milestone and its date come from (a report section or a document).")
    change_note: ChangeNote = None

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

    @field_validator("partners")
    @classmethod
    def _partners_other_than_the_lead(cls, partners: list[str], info: ValidationInfo) -> list[str]:
        # The lead listed again would show twice on its partner page.
        lead = info.data.get("lead")
        if lead in partners:
            raise ValueError(f'partners other than the lead ("{lead}" leads it, so leave it out here)')
        return partners

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

    date: datetime.date = Field(description="The day of the update, written YYYY-MM-DD.")
    title: Title = Field(description="A plain-text title.")
    description: Sentence | None = Field(default=None, description="One sentence for the feed and search results.")
    categories: Ids = Field(default_factory=list, description="The ids of the themes the update is about.")
    draft: bool = Field(default=False, description="true keeps it off the site.")
    change_note: ChangeNote = None

    @field_validator("title")
    @classmethod
    def _plain_text_title(cls, title: str) -> str:
        # Material's blog passes the title through Markdown on the updates page, where
        # [text](address) would become a link and *text* emphasis.
        if any(character in title for character in "[]*_`"):
            raise ValueError("a plain-text title, without [ ] * _ or `")
        return title


class PageSearch(Record):
    exclude: bool = Field(default=False, description="true leaves the page out of the site's search.")


class PageFrontMatter(Record):
    """The front matter of a page in docs/ other than an update: 'key: value' lines between two '---' lines at its top."""

    title: Name | None = Field(default=None, description="The page's title in the menu and the browser tab; leave out to use its first heading.")
    description: Sentence | None = Field(default=None, description="One sentence for search engines and links shared elsewhere.")
    # Strict: the macros plugin renders a page only for a real true, never for the text "true".
    render_macros: StrictBool = Field(default=False, description="true lets the page call macros such as {{< theme_cards() >}}.")
    search: PageSearch | None = Field(default=None, description="exclude: true leaves the page out of the site's search.")
    hide: each_once(Literal["navigation", "toc", "footer"]) = Field(
        default_factory=list, description="Parts of the page to hide: navigation, toc (the contents) or footer."
    )
    change_note: ChangeNote = None
    owner: Name | None = Field(default=None, description="Optional: the role that keeps this page up to date, for example Community Safety Team.")
    review_by: ReviewBy = None
    # Strict, as render_macros: the text "true" must not leave a sensitive page without it.
    exit_this_page: StrictBool = Field(
        default=False,
        description='true puts the "Exit this page" button at the top, for pages whose subject could put a reader at risk if seen (domestic abuse, hate crime, modern slavery, getting help).',
    )
