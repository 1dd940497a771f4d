"""Page macros for the partners directory and the partner-by-theme overview."""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup

from .build import Build, Links
from .html_stash import MarkdownSource
from .exports import PARTNER_EXPORTS
from .numbers import number_in_words
from .rendering import render, render_markdown


def register_partners(env, build: Build, links: Callable[[], Links]) -> None:
    catalogue = build.catalogue

    @env.macro
    def partner_count() -> str:
        return number_in_words(len(catalogue.partners))

    @env.macro
    def partner_directory() -> MarkdownSource:
        return render_markdown("partner_directory.md", build.stash(env.page), catalogue=catalogue, links=links())

    @env.macro
    def partners_by_theme() -> Markup:
        return render("partner_overview.html", catalogue=catalogue, links=links())

    @env.macro
    def commitment_summary() -> Markup:
        total, unowned = len(catalogue.commitments), len(catalogue.commitments_without_owner)
        return render(
            "commitment_summary.html",
            total=total,
            owned=total - unowned,
            unowned=unowned,
            in_words=number_in_words,
            theme_count=number_in_words(len(catalogue.themes)),
            by_status=catalogue.commitments_by_status,
        )

    @env.macro
    def partner_open_data() -> Markup:
        return render("open_data.html", exports=PARTNER_EXPORTS, owner_note=True, links=links())
