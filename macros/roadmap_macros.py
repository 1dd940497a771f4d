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
        today = build.today
        return render_markdown(
            "roadmap.md",
            build.stash(env.page),
            groups=timeline(catalogue.milestones, today),
            progress=Progress.of(catalogue.milestones, today),
            today=today,
            catalogue=catalogue,
            links=links(),
            theme_options=[{"id": theme.id, "name": theme.name} for theme in catalogue.themes],
            status_options=[status.value for status in Status],
        )

    @env.macro
    def milestone_progress() -> Markup:
        return render("progress.html", progress=Progress.of(catalogue.milestones, build.today), today=build.today)

    @env.macro
    def milestone_open_data() -> Markup:
        return render("open_data.html", exports=MILESTONE_EXPORTS, links=links())
