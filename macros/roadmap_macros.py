"""Page macros for the roadmap (report Appendix 1) and milestone progress."""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup

from .build import Build, Links
from .html_stash import MarkdownSource
from .milestone_exports import MILESTONE_EXPORTS
from .models import Status
from .progress import Progress, timeline
from .rendering import render, render_markdown


def register_roadmap(env, build: Build, links: Callable[[], Links]) -> None:
    catalogue = build.catalogue

    @env.macro
    def roadmap() -> MarkdownSource:
        today, layout = build.today, build.roadmap
        # A long roadmap shows this year's milestones here; every year has its own page.
        this_year = layout.current(today) if layout.by_year else None
        shown = this_year.milestones if this_year else catalogue.milestones
        return render_markdown(
            "roadmap.md",
            build.stash(env.page),
            groups=timeline(shown, today),
            this_year=this_year,
            years=layout.years,
            progress=Progress.of(catalogue.milestones, today),
            today=today,
            catalogue=catalogue,
            links=links(),
            **_filter_options(catalogue),
        )

    @env.macro
    def milestone_progress() -> Markup:
        return render("progress.html", progress=Progress.of(catalogue.milestones, build.today), today=build.today)

    @env.macro
    def milestone_open_data() -> Markup:
        return render("open_data.html", exports=MILESTONE_EXPORTS, links=links())


def year_page(build: Build, page, links: Links, year: int) -> MarkdownSource:
    """The body of a long roadmap's page for one year (see roadmap_pages.py)."""
    years = build.roadmap.years
    position = next(i for i, listed in enumerate(years) if listed.year == year)
    listed = years[position]
    return render_markdown(
        "roadmap_year.md",
        build.stash(page),
        year=listed,
        previous=years[position - 1] if position else None,
        next=years[position + 1] if position + 1 < len(years) else None,
        groups=timeline(listed.milestones, build.today, mark_today=year == build.today.year),
        today=build.today,
        catalogue=build.catalogue,
        links=links,
        **_filter_options(build.catalogue),
    )


def _filter_options(catalogue) -> dict:
    """What the filters' script offers: the themes and the statuses."""
    return {
        "theme_options": [{"id": theme.id, "name": theme.name} for theme in catalogue.themes],
        "status_options": [status.value for status in Status],
    }
