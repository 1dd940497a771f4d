"""Page macros for the partners directory and the partner-by-theme overview."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup

from macros.data.catalogue import Catalogue
from macros.data.models import Partner, Theme
from macros.data.numbers import counted
from macros.exports.tables import PARTNER_EXPORTS
from macros.pages.context import BuildContext
from macros.pages.links import Links
from macros.render.html_stash import MarkdownSource

# In a theme's row of who does what, owners or supporters are named up to this many; more
# are counted (each partner's row in the table by partner names its themes).
PARTNERS_NAMED_AT_MOST = 12


@dataclass(frozen=True)
class ThemeRoles:
    """One theme's commitments in words: who owns and supports them, with how many each."""

    theme: Theme
    total: int
    owners: list[tuple[Partner, int]]
    supporters: list[tuple[Partner, int]]
    unowned: int


@dataclass(frozen=True)
class PartnerThemes:
    """One partner's themes: where it owns and where it supports commitments, with how many."""

    partner: Partner
    owns: list[tuple[Theme, int]]
    supports: list[tuple[Theme, int]]

    @property
    def owned(self) -> int:
        return sum(count for _, count in self.owns)

    @property
    def supported(self) -> int:
        return sum(count for _, count in self.supports)

    @property
    def theme_count(self) -> int:
        return len({theme.id for theme, _ in self.owns + self.supports})


def who_does_what_by_theme(catalogue: Catalogue) -> list[ThemeRoles]:
    rows = []
    for theme in catalogue.themes:
        roles = [(partner, catalogue.roles(theme, partner)) for partner in catalogue.partners]
        rows.append(
            ThemeRoles(
                theme=theme,
                total=len(catalogue.commitments_by_theme.get(theme.id, [])),
                owners=[(partner, len(role.owns)) for partner, role in roles if role.owns],
                supporters=[(partner, len(role.supports)) for partner, role in roles if role.supports],
                unowned=len(catalogue.unowned_in(theme)),
            )
        )
    return rows


def who_does_what_by_partner(catalogue: Catalogue) -> list[PartnerThemes]:
    """Only partners that own or support something: the others would be a row of "None"."""
    rows = []
    for partner in catalogue.partners:
        roles = [(theme, catalogue.roles(theme, partner)) for theme in catalogue.themes]
        owns = [(theme, len(role.owns)) for theme, role in roles if role.owns]
        supports = [(theme, len(role.supports)) for theme, role in roles if role.supports]
        if owns or supports:
            rows.append(PartnerThemes(partner, owns, supports))
    return rows


def register_partners(env, build: BuildContext, links: Callable[[], Links]) -> None:
    catalogue = build.catalogue
    render, render_markdown = build.renderer.html, build.renderer.markdown

    @env.macro
    def partners_in_words() -> str:
        return counted(len(catalogue.partners), "partner")

    @env.macro
    def partner_directory() -> MarkdownSource:
        return render_markdown("partner_directory.md", build.stash(env.page), catalogue=catalogue, links=links())

    @env.macro
    def partners_by_theme() -> Markup:
        return render("partner_overview.html", by_theme=who_does_what_by_theme(catalogue), partners_named_at_most=PARTNERS_NAMED_AT_MOST, links=links())

    @env.macro
    def themes_by_partner() -> Markup:
        rows = who_does_what_by_partner(catalogue)
        active = {row.partner.id for row in rows}
        idle = [partner for partner in catalogue.partners if partner.id not in active]
        return render(
            "themes_by_partner.html",
            by_partner=rows,
            # Each partner's themes named, up to a number of rows; past it, each partner's numbers.
            in_full=len(rows) <= build.settings.partner_rows_in_full_up_to,
            idle_partners=idle,
            links=links(),
        )

    @env.macro
    def commitment_summary() -> Markup:
        total, unowned = len(catalogue.commitments), len(catalogue.commitments_without_owner)
        return render(
            "commitment_summary.html",
            total=total,
            owned=total - unowned,
            unowned=unowned,
            themes=len(catalogue.themes),
            by_status=catalogue.commitments_by_status,
        )

    @env.macro
    def partner_open_data() -> Markup:
        return render("open_data.html", exports=PARTNER_EXPORTS, owner_note=True, links=links())
