"""Page macros for the Equality Impact Assessment and the accessibility statement.

Kept apart from page_macros.py so each page's macros live together; register() there calls
register_eia_and_accessibility() here.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Literal

from markupsafe import Markup

from macros.data.documents import AccessibilityStatement, Link
from macros.data.equality import PROTECTED_CHARACTERISTICS
from macros.data.partial_dates import long_date
from macros.pages.context import BuildContext
from macros.pages.links import Links


def shared_evidence(characteristics) -> list:
    """Evidence given for more than one characteristic, in the order it first appears.

    The report's one sentence about hate incidents applies to five characteristics; shown in
    full in each row, it filled a column five times on a phone. It is shown once, as a note
    that those rows point to.
    """
    seen, shared = [], []
    for record in characteristics:
        for evidence in record.evidence:
            if evidence in seen and evidence not in shared:
                shared.append(evidence)
            seen.append(evidence)
    return shared


# The names accessibility_fact() and accessibility_link() accept, read from the model, so a
# page naming any other is refused before it is rendered (macro_calls.py reads the Literal).
_FIELDS = AccessibilityStatement.model_fields
FactName = Literal[tuple(name for name, field in _FIELDS.items() if field.annotation is datetime.date or name == "run_by")]
LinkName = Literal[tuple(name for name, field in _FIELDS.items() if field.annotation is Link)]


def register_eia_and_accessibility(env, build: BuildContext, links: Callable[[], Links]) -> None:
    catalogue = build.catalogue
    eia, statement = catalogue.eia, catalogue.accessibility
    render = build.renderer.html

    @env.macro
    def eia_facts() -> Markup:
        return render("eia_facts.html", eia=eia)

    @env.macro
    def eia_table() -> Markup:
        page_links = links()
        notes = shared_evidence(eia.characteristics)
        rows = []
        for record in eia.characteristics:
            commitment = catalogue.commitment_by_id.get(record.mitigation_commitment) if record.mitigation_commitment else None
            milestone = catalogue.milestone_by_id.get(record.mitigation_milestone) if record.mitigation_milestone else None
            rows.append(
                {
                    "record": record,
                    # Each piece of evidence with its note number, when it is given once as a note.
                    "evidence": [(evidence, notes.index(evidence) + 1 if evidence in notes else None) for evidence in record.evidence],
                    "owner": catalogue.partner_by_id.get(record.mitigation_owner) if record.mitigation_owner else None,
                    "commitment": commitment,
                    # The theme page is where a commitment is shown; link there rather than to a fragment that may move.
                    "commitment_href": page_links.theme(commitment.theme) if commitment else None,
                    "milestone": milestone,
                    "milestone_href": page_links.milestone(milestone) if milestone else None,
                }
            )
        return render("eia_table.html", rows=rows, notes=notes)

    @env.macro
    def protected_characteristics() -> Markup:
        return render("text_list.html", items=PROTECTED_CHARACTERISTICS.values(), css_class="protected-characteristics")

    @env.macro
    def accessibility_fact(name: FactName) -> str:
        """One plain fact from data/accessibility.yml: run_by, or a date written out in full."""
        value = getattr(statement, name)
        return long_date(value) if hasattr(value, "isoformat") else value

    @env.macro
    def accessibility_link(name: LinkName) -> Markup:
        """A link from data/accessibility.yml: contact, enforcement_body, advice_service, northern_ireland_body."""
        return render("link.html", link=getattr(statement, name))

    @env.macro
    def compliance_status() -> Markup:
        return render("compliance_status.html", statement=statement)

    @env.macro
    def known_issues() -> Markup:
        return render("known_issues.html", issues=statement.known_issues)

    @env.macro
    def not_yet_tested() -> Markup:
        return render("text_list.html", items=statement.not_yet_tested, css_class="not-yet-tested")

    @env.macro
    def accessibility_checks() -> Markup:
        return render("accessibility_checks.html", checks=statement.checks)
