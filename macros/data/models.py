"""One model per kind of record in data/ that is a folder of files, one file per record, and
the front matter of updates and pages.

Unknown fields are forbidden so that a typo such as `stauts` is reported rather than
ignored, and closed vocabularies are enums so that the error can list what is allowed.
Cross-file references (a commitment's theme, say) are checked in catalogue.py, because a
single record cannot know what the other files hold. The building blocks are in fields.py,
and the records kept in a file of their own (the strategy, the EIA, the accessibility
statement) in documents.py.
"""

from __future__ import annotations

import datetime
from enum import Enum
from typing import Annotated, Literal

from pydantic import Field, StrictBool, StringConstraints, ValidationInfo, field_validator, model_validator

from macros.data.fields import (
    EMAIL_PATTERN,
    ID_HELP,
    ORDER_HELP,
    PHONE_PATTERN,
    ChangeNote,
    Id,
    Ids,
    References,
    Name,
    Order,
    PageAddress,
    Quote,
    Record,
    ReviewBy,
    Sentence,
    SourceLink,
    Text,
    Title,
    WebAddress,
    each_once,
)
from macros.data.partial_dates import PartialDate, Precision, YearMonthOrDay

class SubStrategy(Record):
    """Report 3.12: each theme develops its own sub-strategy that feeds the overall strategy.

    Its progress is its milestone's status, kept in that one place so that the theme page,
    the roadmap and the commitments can never disagree.
    """

    milestone: Id = Field(description="The milestone that is this sub-strategy; its status is the sub-strategy's.")
    note: Text | None = Field(default=None, description="Optional: what the report says about this sub-strategy.")


class LinedUpBy(str, Enum):
    """How a theme of the 2020 report was matched with the adopted strategy's priorities."""

    SAME_NAME = "same name"  # the report and the adopted strategy both name it so
    OUR_READING = "our reading"  # no source says so: the site's own comparison of what each covers


class ThemePlan(Record):
    """A plan of a theme's own that a public source names: the theme page links to it."""

    title: Title = Field(description="The plan's name, as its source gives it.")
    about: Sentence = Field(description="What the source says of it, in plain words: its years, who approved it and when, or what is not known.")
    source: SourceLink = Field(description="Where the plan, or what is said of it, was read.")


class Theme(Record):
    """One of the strategy's themes (report section 3.11), with a page of its own."""

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
    related: References = Field(default_factory=list, description="Other themes to link to from this one.")
    contacts: References = Field(
        default_factory=list, description="Contacts shown on the theme's page, after 999 and 101, in this order."
    )
    priorities: References = Field(
        default_factory=list,
        description="The adopted strategy's priorities this theme lines up with; leave empty when none does.",
    )
    principles: References = Field(
        default_factory=list,
        description="The adopted strategy's principles it is closest to, where no priority lines up with it.",
    )
    lined_up_by: LinedUpBy | None = Field(
        default=None,
        validate_default=True,
        description='How its priorities (or principles) were matched with it: "same name" when both lists name it so, '
        '"our reading" when no source says so and the site compares what each covers. Needed with priorities or principles.',
    )
    plans: list[ThemePlan] = Field(default_factory=list, description="Plans of the theme's own that a public source names, newest first.")
    change_note: ChangeNote = None

    @field_validator("lined_up_by")
    @classmethod
    def _say_how_they_were_matched(cls, lined_up_by: LinedUpBy | None, info: ValidationInfo) -> LinedUpBy | None:
        # Residents must be able to tell a source's lining up from the site's own reading.
        if lined_up_by is None and (info.data.get("priorities") or info.data.get("principles")):
            raise ValueError('how the theme was matched with them as well: "same name" or "our reading"')
        return lined_up_by


class ContactScope(str, Enum):
    NATIONAL = "national"
    LOCAL = "local"


PhoneNumber = Annotated[str, StringConstraints(pattern=PHONE_PATTERN)]


class ContactWay(Record):
    """Another way to reach the same service, with what it is in plain words: a second number,
    a number to text, a text relay number, an email address or a web page. Exactly one of
    phone, text, email or website."""

    label: Name = Field(description='What this way is, in plain words, such as "Out of hours", "From outside Merseyside", "Text relay (Relay UK)", "Webchat" or "Email". For a web page, these words are its link, so they say where it goes ("Stop Hate UK webchat").')
    phone: PhoneNumber | None = Field(default=None, description="A number to call, digits and spaces only, such as 0151 677 6557.")
    text: PhoneNumber | None = Field(default=None, description="A number to send a text message to, such as 07717 989 025.")
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
        default=None, description="The number, digits and spaces only, such as 0808 2000 247. Needed when it is shown on every theme page; optional otherwise."
    )
    website: WebAddress | None = Field(default=None, description="Optional: its web address, beginning https://.")
    website_name: Name | None = Field(
        default=None,
        validate_default=True,  # so that a website without its name is found
        description='The words of the link to its website, saying where it goes ("Wirral Council\'s noise nuisance page"). Needed when it has a website.',
    )
    other_ways: list[ContactWay] = Field(default_factory=list, description="Optional: other numbers, a number to text, a text relay number, an email address or a web page.")
    when_open: Sentence | None = Field(
        default=None, description="When it is open, as its source says (\"24 hours a day\"). Leave out when the source does not say, or sources disagree: the page then says nothing of it."
    )
    what_happens_next: Sentence | None = Field(
        default=None, description="What happens after you contact it, as its source says. Leave out when the source does not say."
    )
    scope: ContactScope = Field(description="local (Wirral or Merseyside) or national. On the Get help page, local routes come first.")
    on_every_theme: bool = Field(default=False, description="Ticked, it is shown on every theme page, before the theme's own contacts (as 999 and 101 are).")
    source: WebAddress = Field(description="The page where the number or address was checked.")
    source_name: Name = Field(description='Whose page that is, as the words of its link ("Merseyside Police website").')
    checked: datetime.date = Field(description="The day its details were last checked against the source, YYYY-MM-DD. The build lists contacts not checked for 6 months.")
    change_note: ChangeNote = None

    @field_validator("website_name")
    @classmethod
    def _named_with_its_website(cls, name, info: ValidationInfo):
        # A link's words say where it goes: an address alone ("wirral.gov.uk") does not.
        # A website that failed its own check is missing from info.data: not said twice here.
        website = info.data.get("website")
        if name is None and website is not None:
            raise ValueError('the words of the link to its website, saying where it goes (such as "Wirral Council\'s noise nuisance page"), because it has a website')
        if name is not None and "website" in info.data and website is None:
            raise ValueError("a website as well, because this is the name of its link")
        return name

    @field_validator("on_every_theme")
    @classmethod
    def _everywhere_needs_a_phone(cls, everywhere: bool, info: ValidationInfo) -> bool:
        # Contacts on every theme are the ones to call now (999, 101): the home page shows their numbers.
        if everywhere and not info.data.get("phone"):
            raise ValueError("a phone number as well, because contacts shown on every theme are shown by their number")
        return everywhere


class Situation(Record):
    """What is happening to a resident, with a page of its own that gives its contacts:
    "Domestic abuse, for yourself or someone else". Its contacts come in the order listed,
    Wirral and Merseyside's first, then national ones."""

    id: Id = Field(description=ID_HELP + " Its page's address is get-help/ followed by them.")
    order: Order = Field(description=ORDER_HELP)
    title: Name = Field(description="What is happening, in the resident's words, as the page's heading.")
    in_brief: Name = Field(description='A few words under its link on the Get help page, saying what it covers ("Noise, graffiti, nuisance neighbours").')
    summary: Sentence = Field(description="Who the page is for, in a sentence, at its top.")
    contacts: References = Field(min_length=1, description="Its contacts, local ones first, then national ones.")
    exit_this_page: bool = Field(
        default=False,
        description="Ticked, the page has the Exit this page button: for a situation someone may need to hide that they are reading about (domestic abuse, say).",
    )
    search_words: list[Name] = Field(
        default_factory=list,
        description='Other words people search for when this is happening ("ASB", "neighbours"), so the site\'s search finds this page first.',
    )
    themes: References = Field(default_factory=list, description="Themes whose pages link to this page, under their help box.")
    see_also: References = Field(default_factory=list, description="Other situations to point to from this one (not this one).")
    change_note: ChangeNote = None


def _with_its_source(source, info: ValidationInfo):
    # A role said without its source could not be checked, or told apart from the site's own words.
    if source is None and info.data.get("role") is not None:
        raise ValueError("where the role was read, as well (a name and an address), because a role is given")
    return source


class Sector(Record):
    """A sector that co-production will engage (report section 3.6), or that the adopted strategy's
    partnership board names among its members."""

    id: Id = Field(description=ID_HELP)
    name: Name = Field(description="The sector's name.")
    order: Order = Field(description=ORDER_HELP)
    role: Sentence | None = Field(default=None, description="Optional: its part in the strategy, as a public source says it.")
    role_source: SourceLink | None = Field(default=None, validate_default=True, description="Where its role was read: needed with a role.")
    change_note: ChangeNote = None

    @field_validator("role_source")
    @classmethod
    def _role_read_somewhere(cls, source: SourceLink | None, info: ValidationInfo) -> SourceLink | None:
        return _with_its_source(source, info)


class Partner(Record):
    """An organisation taking part; its page is made from this record alone."""

    id: Id = Field(description=ID_HELP + ' Not "index" or "overview", which are pages of the site.')
    name: Name = Field(description="The organisation's name, as it writes it.")
    sector: Id = Field(description="The sector it belongs to.")
    website: WebAddress | None = Field(default=None, description="Optional: its website, beginning https://.")
    # Shown under the name in the partners directory, so it is kept to a sentence or two.
    description: Sentence = Field(
        description="One or two sentences for residents (at most 300 characters)."
    )
    source: SourceLink = Field(
        description="A web page that shows why this organisation is a partner, and its name as the link says it "
        '(for example "Crime and Disorder Act 1998, section 5, on legislation.gov.uk"): never add a partner without one.'
    )
    role: Sentence | None = Field(default=None, description="Optional: its part in the adopted strategy, as a public source says it.")
    role_source: SourceLink | None = Field(default=None, validate_default=True, description="Where its role was read: needed with a role.")
    change_note: ChangeNote = None

    @field_validator("role_source")
    @classmethod
    def _role_read_somewhere(cls, source: SourceLink | None, info: ValidationInfo) -> SourceLink | None:
        return _with_its_source(source, info)


class Withdrawn(Record):
    """A record taken off the site: its file is kept, with the reason for residents as its change
    note, so "What's changed" says why rather than only that it went."""

    id: Id = Field(description=ID_HELP)
    name: Name | None = Field(default=None, description="Optional: what it was called, for whoever reads the file.")
    withdrawn: Literal[True] = Field(description="true: the record is no longer shown anywhere on the site.")
    change_note: Sentence = Field(
        description="Why it was taken off the site, for residents: 'We no longer list ... here because ...'. Needed."
    )


class Status(str, Enum):
    PLANNED = "planned"
    IN_PROGRESS = "in progress"
    DONE = "done"
    DELAYED = "delayed"
    CANCELLED = "cancelled"


class Commitment(Record):
    """What partners have committed to do in one theme."""

    id: Id = Field(description=ID_HELP)
    theme: Id = Field(description="The theme it belongs to.")
    owner: Id | None = Field(
        default=None, description="Optional: the partner that owns it; leave empty while the owner is to be agreed."
    )
    supporting: References = Field(default_factory=list, description="Optional: partners that help, each once, not the owner.")
    action: Sentence = Field(description="What will be done, in a sentence.")
    milestone: Id | None = Field(
        default=None,
        description="Optional: the milestone this commitment delivers. "
        "Its status and date are then the milestone's, unless given here.",
    )
    status: Status | None = Field(
        default=None,
        validate_default=True,
        description="planned, in progress, done, delayed or cancelled. Needed when it has no milestone; with one, leave it empty to follow the milestone's status.",
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
    def _not_the_owner(cls, supporting: list[str], info: ValidationInfo) -> list[str]:
        # A partner listed as both owner and supporter would show twice on its page (a partner
        # listed twice is found with every other list of references, catalogue.py).
        owner = info.data.get("owner")
        if owner in supporting:
            raise ValueError(f'partners other than the owner ("{owner}" is the owner, so leave it out here)')
        return supporting


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
    planned: YearMonthOrDay | None = Field(
        default=None,
        description="Optional: when the committee report planned it, where it happened at another time (same forms): "
        "shown beside its date, so that a slip can be seen.",
    )
    phase: Phase = Field(description="development and co-production (2020 to 2021), or delivery (2021 to 2025).")
    themes: References = Field(default_factory=list, description="Optional: its themes; leave empty for a milestone of the whole strategy.")
    lead: Id | None = Field(default=None, description="Optional: the partner that leads; leave empty while it is to be agreed.")
    partners: References = Field(default_factory=list, description="Optional: other partners taking part.")
    status: Status = Field(description="planned, in progress, done, delayed or cancelled.")
    note: Text | None = Field(
        default=None, validate_default=True, description="Short: what happened. Needed when the status is done or delayed."
    )
    source: Text | None = Field(default=None, description="Where this milestone and its date come from: a section of the report, or the public page it was read on.")
    source_url: PageAddress | None = Field(default=None, description="Optional: the address of the public page its facts were read on; the source is then a link to it.")
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
    """A news update: its date, title and themes, then the update itself."""

    date: datetime.date = Field(description="The day of the update, written YYYY-MM-DD.")
    title: Title = Field(description="A plain-text title.")
    description: Sentence | None = Field(default=None, description="One sentence for the feed and search results.")
    categories: Ids = Field(default_factory=list, description="Optional: the themes the update is about; it is listed on their pages.")
    draft: bool = Field(default=False, description="Ticked, it is kept off the site until you untick it.")
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
