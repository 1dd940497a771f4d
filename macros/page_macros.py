"""The macros that Markdown pages call, such as {{ theme_cards() }}.

Each returns HTML made by a template (escaped), so pages never restate a fact from data/.
The macros of the roadmap, partners, updates and EIA pages live in their own modules.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from .build import Links
from .catalogue import Catalogue
from .eia_macros import register_eia_and_accessibility
from .numbers import number_in_words
from .partner_macros import register_partners
from .rendering import render
from .roadmap_macros import register_roadmap
from .update_macros import register_updates


# The data files each macro reads, so a page's "Last updated" date covers the facts it shows.
# A macro missing here counts as reading every data file: the date may be too new, never too old.
DATA_READ_BY = {
    "period": ("strategy.yml",),
    "completion_due": ("strategy.yml",),
    "background_papers": ("strategy.yml",),
    "aligned_plans": ("strategy.yml",),
    "committee_decision": ("strategy.yml",),
    "theme_count": ("themes.yml",),
    "theme_cards": ("themes.yml",),
    "emergency_contacts": ("contacts.yml",),
    "other_contacts": ("contacts.yml",),
    "sectors": ("sectors.yml",),
    "recent_changes": (),
    "latest_updates": (),
    "roadmap": ("milestones.yml", "themes.yml", "partners.yml"),
    "milestone_progress": ("milestones.yml",),
    "milestone_open_data": (),
    "partner_count": ("partners.yml",),
    "partner_directory": ("partners.yml", "sectors.yml"),
    "partners_by_theme": ("partners.yml", "themes.yml", "commitments.yml"),
    "themes_by_partner": ("partners.yml", "themes.yml", "commitments.yml"),
    "commitment_summary": ("commitments.yml", "themes.yml"),
    "partner_open_data": (),
    "eia_facts": ("eia.yml",),
    "eia_table": ("eia.yml", "commitments.yml", "partners.yml", "milestones.yml"),
    "protected_characteristics": ("eia.yml",),
    **{
        name: ("accessibility.yml",)
        for name in ("accessibility_fact", "accessibility_link", "compliance_status", "known_issues", "not_yet_tested", "accessibility_checks")
    },
}


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
        return render("emergency.html", contacts=catalogue.contacts_on_every_theme)

    @env.macro
    def other_contacts() -> Markup:
        others = [contact for contact in catalogue.contacts.values() if not contact.on_every_theme]
        return render("contact_list.html", contacts=others)

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

    register_eia_and_accessibility(env, catalogue, links)
    register_roadmap(env, catalogue, links)
    register_partners(env, catalogue, links)
    register_updates(env, links)
