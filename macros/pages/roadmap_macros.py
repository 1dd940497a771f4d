"""Page macros for the roadmap (report Appendix 1) and milestone progress."""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup

from macros.data.models import Status, Theme
from macros.data.progress import Progress, timeline
from macros.exports.milestones import MILESTONE_EXPORTS
from macros.pages.context import BuildContext
from macros.pages.links import Links
from macros.render.html_stash import MarkdownSource
from macros.render.timeline import draw


def register_roadmap(env, build: BuildContext, links: Callable[[], Links]) -> None:
    catalogue = build.catalogue
    render, render_markdown = build.renderer.html, build.renderer.markdown

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
            statuses_updated=build.history.statuses_updated,
            catalogue=catalogue,
            links=links(),
            **_filter_options(catalogue),
        )

    @env.macro
    def roadmap_timeline() -> Markup:
        # The chart draws what the list below it lists: with a long roadmap, this year's.
        layout = build.roadmap
        shown = layout.current(build.today).milestones if layout.by_year else catalogue.milestones
        return roadmap_chart(build, shown)

    @env.macro
    def milestone_progress() -> Markup:
        return render(
            "progress.html",
            progress=Progress.of(catalogue.milestones, build.today),
            today=build.today,
            statuses_updated=build.history.statuses_updated,
        )

    @env.macro
    def milestone_open_data() -> Markup:
        return render("open_data.html", exports=MILESTONE_EXPORTS, links=links())


def roadmap_chart(build: BuildContext, milestones: list | None = None) -> Markup:
    """The whole roadmap to scale (or the milestones given, on its axis): a lane for the
    whole strategy and one per theme."""
    catalogue = build.catalogue
    return _chart(
        build,
        catalogue.milestones if milestones is None else milestones,
        [(theme.id, theme.name) for theme in catalogue.themes],
        scope="roadmap",
        title="Timeline of the strategy's milestones",
        caption="The milestones drawn to scale, by theme. The list below gives the same facts in words; select a milestone in the chart to go to it in the list.",
        whole_strategy_lane=True,
    )


def theme_chart(build: BuildContext, theme: Theme, milestones: list | None = None) -> Markup:
    """One theme's lane (its milestones, or those given), on the roadmap's axis; nothing
    for a theme without milestones."""
    milestones = build.catalogue.milestones_by_theme.get(theme.id, []) if milestones is None else milestones
    if not milestones:
        return Markup("")
    return _chart(
        build,
        milestones,
        [(theme.id, theme.name)],
        scope=theme.id,
        title=f"Timeline of the milestones of the theme {theme.name}",
        caption=f"The milestones of the theme {theme.name} drawn to scale. The list below gives the same facts in words.",
        whole_strategy_lane=False,
    )


def _chart(build: BuildContext, milestones, lanes, *, caption: str, **options) -> Markup:
    strategy = build.catalogue.strategy
    # Every chart shares the roadmap's axis (span_of), so a theme's lane reads like the roadmap's.
    timeline = draw(milestones, build.today, strategy.start_year, strategy.end_year, lanes, span_of=build.catalogue.milestones, **options)
    return build.renderer.html("timeline_chart.html", timeline=timeline, caption=caption)


def year_page(build: BuildContext, page, links: Links, year: int) -> MarkdownSource:
    """The body of a long roadmap's page for one year (see roadmap_pages.py)."""
    years = build.roadmap.years
    position = next(i for i, listed in enumerate(years) if listed.year == year)
    listed = years[position]
    return build.renderer.markdown(
        "roadmap_year.md",
        build.stash(page),
        year=listed,
        previous=years[position - 1] if position else None,
        next=years[position + 1] if position + 1 < len(years) else None,
        groups=timeline(listed.milestones, build.today, mark_today=year == build.today.year),
        today=build.today,
        statuses_updated=build.history.statuses_updated,
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
