"""What the public record says happened after the 2020 report: the adopted strategy's priorities
and principles, and the facts about the strategy since (when it was endorsed, who publishes it,
what is not known), each with the page it was read on and the day it was checked.

The site says only what a source says, in its own words, naming the source beside it; where
sources disagree, or say nothing, a fact says that instead (Certainty).
"""

from __future__ import annotations

import datetime
from enum import Enum

from pydantic import Field

from macros.data.fields import ID_HELP, ORDER_HELP, ChangeNote, Id, Name, Order, Record, Sentence, SourceLink, each_once


class Certainty(str, Enum):
    """How much a source says: residents read "known", "not known" and "sources disagree" apart."""

    KNOWN = "known"  # a source says exactly this
    NOT_KNOWN = "not known"  # the sources found do not say: the fact says what is missing
    SOURCES_DISAGREE = "sources disagree"  # the fact says what each source says


class Finding(Record):
    """One thing a source says about a priority, in plain words, with the page it was read on."""

    text: Sentence = Field(description="What the source says, in plain words of our own; or what it does not say.")
    certainty: Certainty = Field(default=Certainty.KNOWN, description="known, not known or sources disagree.")
    source: SourceLink = Field(description="The page it was read on.")


class Priority(Record):
    """One of the adopted strategy's priorities, as the Safer Wirral Partnership Board lists them.
    Which themes of the 2020 report line up with it is said on each theme."""

    id: Id = Field(description=ID_HELP)
    name: Name = Field(description="The priority's name, as the adopted strategy gives it (sentence case).")
    order: Order = Field(description="Its place in the adopted strategy's list: 1 first. Each number once.")
    source: SourceLink = Field(description="The page the priority was read on.")
    findings: list[Finding] = Field(default_factory=list, description="What sources say about it beyond its name, each with its page.")
    change_note: ChangeNote = None


class Principle(Record):
    """One of the principles that underpin the adopted strategy."""

    id: Id = Field(description=ID_HELP)
    name: Name = Field(description="The principle's name, as the adopted strategy gives it (sentence case).")
    order: Order = Field(description=ORDER_HELP)
    about: Sentence | None = Field(default=None, description="Optional: what it means, as the source describes it, in plain words of our own; leave out where the source gives only its name.")
    source: SourceLink = Field(description="The page it was read on.")
    change_note: ChangeNote = None


class Topic(str, Enum):
    """Where a fact goes on the page that says where the strategy is now, in this order."""

    FINISHED = "how it was finished"
    ADOPTED = "the adopted strategy"
    PLANS = "the plans around it"
    NOW = "where it is now"


class Fact(Record):
    """A fact about the strategy after the 2020 report, in plain words, with the pages it was read
    on and the day it was last checked against them."""

    id: Id = Field(description=ID_HELP)
    order: Order = Field(description=ORDER_HELP)
    topic: Topic = Field(description="how it was finished, the adopted strategy, the plans around it, or where it is now.")
    statement: Sentence = Field(description="The fact in plain words of our own: never a source's sentence copied.")
    certainty: Certainty = Field(description="known, not known (the statement says what is missing) or sources disagree (it says what each says).")
    sources: each_once(SourceLink) = Field(min_length=1, description="The pages it was read on.")
    checked: datetime.date = Field(description="The day it was last checked against its sources, YYYY-MM-DD. The build lists facts not checked for 6 months.")
    on_home_page: bool = Field(default=False, description="Ticked, it is shown on the home page, under Where the strategy is now (three or four facts at most).")
    change_note: ChangeNote = None
