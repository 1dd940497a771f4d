"""Page macros for the roadmap (report Appendix 1) and milestone progress."""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup

from .build import Links, today_for
from .catalogue import Catalogue
from .milestone_exports import MILESTONE_EXPORTS
from .models import Status
from .progress import Progress, timeline
from .rendering import render


def register_roadmap(env, catalogue: Catalogue, links: Callable[[], Links]) -> None:
    @env.macro
    def roadmap() -> Markup:
        today = today_for(env.conf)
        return render(
            "roadmap.md",
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
        today = today_for(env.conf)
        return render("progress.html", progress=Progress.of(catalogue.milestones, today), today=today)

    @env.macro
    def milestone_open_data() -> Markup:
        return render("open_data.html", exports=MILESTONE_EXPORTS, links=links())
