"""The macros that Markdown pages call, such as {{ theme_cards() }}.

Each returns HTML made by a template (escaped), so pages never restate a fact from data/.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from .build import Links
from .catalogue import Catalogue
from .rendering import render

NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


def number_in_words(number: int) -> str:
    """GOV.UK style: words for one to nine, digits from 10."""
    return NUMBER_WORDS[number] if number < 10 else str(number)


def register(env, catalogue: Catalogue) -> None:
    strategy = catalogue.strategy

    def links() -> Links:
        return Links(env.page, env.variables["files"])

    @env.macro
    def period() -> Markup:
        return escape(f"{strategy.start_year} to {strategy.end_year}")

    @env.macro
    def completion_due() -> Markup:
        return escape(strategy.completion_due)

    @env.macro
    def theme_count() -> Markup:
        return escape(number_in_words(len(catalogue.themes)))

    @env.macro
    def theme_cards(heading_level: int = 3) -> Markup:
        # A card's heading sits one level below the page heading it follows (no skipped levels).
        return render("theme_cards.html", themes=catalogue.themes, links=links(), heading_level=int(heading_level))

    @env.macro
    def emergency_contacts() -> Markup:
        everywhere = [contact for contact in catalogue.contacts.values() if contact.on_every_theme]
        return render("emergency.html", contacts=everywhere)

    @env.macro
    def all_contacts() -> Markup:
        return render(
            "help_box.html",
            contacts=list(catalogue.contacts.values()),
            heading="Who to contact",
            heading_id="who-to-contact",
        )

    @env.macro
    def sectors() -> Markup:
        return render("named_list.html", items=catalogue.sectors, css_class="sectors")

    @env.macro
    def background_papers() -> Markup:
        return render("named_list.html", items=strategy.background_papers, css_class="references")

    @env.macro
    def aligned_plans() -> Markup:
        return render("named_list.html", items=strategy.aligned_plans, css_class="references")

    @env.macro
    def committee_decision() -> Markup:
        return render("committee.html", committee=strategy.committee)
