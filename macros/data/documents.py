"""The records kept in a file of their own: the strategy's facts (data/strategy.yml), the
Equality Impact Assessment (data/eia.yml) and the accessibility statement (data/accessibility.yml)."""

from __future__ import annotations

import datetime
from enum import Enum
from typing import Annotated

from pydantic import Field, StringConstraints, ValidationInfo, field_validator

from macros.data.fields import (
    TEST_FILE_PATTERN,
    ChangeNote,
    Id,
    Name,
    Quote,
    Record,
    Sentence,
    Text,
    Title,
    WebAddress,
    each_once,
)

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
    NOT_KNOWN = "not known"  # the public record does not say whether it is still in force


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
        description="in development, current, under review, ended, replaced, or not known (the public record does not say whether it is still in force). "
        "Once the period has ended, every page says so whatever this says."
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

    @field_validator("next_review")
    @classmethod
    def _reviewed_after_it_starts(cls, next_review: datetime.date | None, info: ValidationInfo) -> datetime.date | None:
        # A review before the strategy began cannot be its next one: a mistyped year, most often.
        start_year = info.data.get("start_year")
        if next_review is not None and start_year is not None and next_review.year < start_year:
            raise ValueError(f"a day in {start_year} or later, when the strategy's period has begun (check the year)")
        return next_review

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
    quoted: bool = Field(default=False, description="Ticked when the text is the source's own words, copied exactly.")


class CharacteristicImpact(Record):
    """One row of the assessment: a protected characteristic, or a local one (local: true)."""

    id: Id = Field(
        description="age, disability, gender-reassignment, marriage-and-civil-partnership, pregnancy-and-maternity, race, "
        "religion-or-belief, sex or sexual-orientation (each once); other words only for a local characteristic (tick Local)."
    )
    name: Name = Field(description="The characteristic's name.")
    local: bool = Field(default=False, description="Ticked for a characteristic the council adds (carers, say), not one of the Equality Act's nine.")
    impact: Impact = Field(description="positive, negative, neutral or not yet assessed; any but the last needs evidence.")
    evidence: list[Evidence] = Field(default_factory=list, validate_default=True, description="What the impact rests on.")
    mitigation: Text | None = Field(default=None, description="Optional: what will be done.")
    mitigation_owner: Id | None = Field(
        default=None, description="Optional: the partner that owns the mitigation; leave empty while it is to be agreed."
    )
    mitigation_commitment: Id | None = Field(default=None, description="Optional: a commitment that is the mitigation.")
    mitigation_milestone: Id | None = Field(default=None, description="Optional: a milestone that is the mitigation.")
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
