"""Page macros for what the public record says since the 2020 report: where the strategy is now
(its facts, by topic, and a few on the home page) and the adopted strategy (its priorities and
principles, and how the report's themes line up with them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from markupsafe import Markup

from macros.data.public_record import Topic
from macros.pages.context import BuildContext
from macros.pages.links import Links
from macros.pages.macro_arguments import HeadingLevel
from macros.data.numbers import counted

NOW_PAGE = "where-the-strategy-is-now.md"  # what the public record says of the strategy since 2020
ADOPTED_PAGE = "adopted-strategy.md"  # the adopted strategy's priorities and principles
TopicName = Literal[tuple(topic.value for topic in Topic)]


def register_strategy_record(env, build: BuildContext, links: Callable[[], Links]) -> None:
    catalogue = build.catalogue
    render = build.renderer.html

    @env.macro
    def strategy_now() -> Markup:
        """The home page's few facts, with the page that says the rest."""
        facts = [fact for fact in catalogue.facts if fact.on_home_page]
        return render("strategy_now.html", facts=facts, now_page=links().to(NOW_PAGE))

    @env.macro
    def strategy_facts(topic: TopicName) -> Markup:
        """Every fact on one topic, in order: "how it was finished", "the adopted strategy", ..."""
        return render("facts.html", facts=catalogue.facts_on(Topic(topic)))

    @env.macro
    def priorities_in_words() -> str:
        return counted(len(catalogue.priorities), "priority", "priorities")

    @env.macro
    def principles_in_words() -> str:
        return counted(len(catalogue.principles), "principle")

    @env.macro
    def adopted_priorities(heading_level: HeadingLevel = 3) -> Markup:
        return render("priorities.html", priorities=catalogue.priorities, catalogue=catalogue, links=links(), heading_level=int(heading_level))

    @env.macro
    def adopted_principles() -> Markup:
        return render("principles.html", principles=catalogue.principles)

    @env.macro
    def themes_and_priorities() -> Markup:
        return render("themes_and_priorities.html", catalogue=catalogue, links=links())
