"""Page macros for the roadmap (report Appendix 1) and milestone progress."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import PurePosixPath

from markupsafe import Markup
from mkdocs.exceptions import PluginError

from .build import Links, today_for
from .catalogue import Catalogue
from .loading import unknown_id
from .milestone_exports import MILESTONE_EXPORTS
from .models import Status, Theme
from .progress import Progress, timeline
from .rendering import render
from .timeline import draw


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
    def roadmap_timeline() -> Markup:
        return roadmap_chart(catalogue, today_for(env.conf))

    @env.macro
    def theme_timeline(theme_id: str | None = None) -> Markup:
        """On a theme's own page (docs/themes/<id>.md) the id may be left out."""
        theme_id = theme_id or PurePosixPath(env.page.file.src_path).stem
        if theme_id not in catalogue.theme_by_id:
            where = env.page.file.src_path if env.page else "a page"
            raise PluginError(f"docs/{where}: theme_timeline(): {unknown_id(theme_id, 'theme', 'themes.yml', set(catalogue.theme_by_id))}")
        return theme_chart(catalogue, catalogue.theme_by_id[theme_id], today_for(env.conf))

    @env.macro
    def milestone_progress() -> Markup:
        today = today_for(env.conf)
        return render("progress.html", progress=Progress.of(catalogue.milestones, today), today=today)

    @env.macro
    def milestone_open_data() -> Markup:
        return render("open_data.html", exports=MILESTONE_EXPORTS, links=links())


def roadmap_chart(catalogue: Catalogue, today: datetime.date) -> Markup:
    """The whole roadmap to scale: a lane for the whole strategy and one per theme."""
    return _chart(
        catalogue,
        today,
        catalogue.milestones,
        [(theme.id, theme.name) for theme in catalogue.themes],
        scope="roadmap",
        title="Timeline of the strategy's milestones",
        caption="The milestones drawn to scale, by theme. The list below gives the same facts in words; select a milestone in the chart to go to it in the list.",
        whole_strategy_lane=True,
    )


def theme_chart(catalogue: Catalogue, theme: Theme, today: datetime.date) -> Markup:
    """One theme's lane, on the roadmap's axis; nothing for a theme without milestones."""
    milestones = catalogue.milestones_by_theme.get(theme.id, [])
    if not milestones:
        return Markup("")
    return _chart(
        catalogue,
        today,
        milestones,
        [(theme.id, theme.name)],
        scope=theme.id,
        title=f"Timeline of the milestones of the theme {theme.name}",
        caption=f"The milestones of the theme {theme.name} drawn to scale. The list below gives the same facts in words.",
        whole_strategy_lane=False,
    )


def _chart(catalogue: Catalogue, today: datetime.date, milestones, lanes, *, caption: str, **options) -> Markup:
    strategy = catalogue.strategy
    # Every chart shares the roadmap's axis (span_of), so a theme's lane reads like the roadmap's.
    timeline = draw(milestones, today, strategy.start_year, strategy.end_year, lanes, span_of=catalogue.milestones, **options)
    return render("timeline_chart.html", timeline=timeline, caption=caption)
