"""Page macros for a theme's page, docs/themes/<id>.md: each shows one part of the theme's data.

The page is written by officers (what the theme covers, what partners will do); these macros
bring in the facts, so the page never restates them. The theme is the one whose id is the
page's file name.
"""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup, escape
from mkdocs.exceptions import PluginError

from macros.data.catalogue import Catalogue
from macros.data.models import Theme
from macros.data.progress import Progress
from macros.data.registry import THEME_PAGES
from macros.pages.context import BuildContext
from macros.pages.links import Links
from macros.pages.macro_calls import only_on
from macros.pages.roadmap_macros import theme_chart
from macros.pages.roadmap_pages import by_year, year_of
from macros.pages.strategy_macros import ADOPTED_PAGE
from macros.render.html_stash import MarkdownSource

on_theme_page = only_on("a theme's page, docs/themes/<theme id>.md", lambda src_path: THEME_PAGES.id_of(src_path) is not None)


def register_themes(env, build: BuildContext, links: Callable[[], Links]) -> None:
    catalogue: Catalogue = build.catalogue
    render, render_markdown, shown = build.renderer.html, build.renderer.markdown, build.sources.shown

    def theme() -> Theme:
        theme_id = THEME_PAGES.id_of(env.page.file.src_path)
        if theme_id is None or theme_id not in catalogue.theme_by_id:
            raise PluginError(f"docs/{env.page.file.src_path}: theme macros work only on a theme's page, docs/themes/<theme id>.md")
        shown(catalogue.theme_by_id[theme_id])
        return catalogue.theme_by_id[theme_id]

    @env.macro
    @on_theme_page
    def theme_summary() -> Markup:
        return render("lede.html", text=theme().summary)

    @env.macro
    @on_theme_page
    def theme_help() -> MarkdownSource:
        current = theme()
        return render_markdown(
            "help_box.md",
            build.stash(env.page),
            contacts=catalogue.contacts_for(current),
            heading="Report a concern or get help",
            heading_id="get-help",
            situations=catalogue.situations_for(current),
            links=links(),
            # Named for its theme: the whole-strategy PDF holds every theme's box, and each
            # landmark there needs a name of its own. Markup, so the stash keeps it as written.
            label=escape(f"Report a concern or get help: {current.name}"),
        )

    @env.macro
    @on_theme_page
    def theme_description() -> Markup:
        return render("theme_description.html", theme=theme())

    @env.macro
    @on_theme_page
    def theme_sub_strategy() -> Markup:
        current = theme()
        milestone = catalogue.sub_strategy_of(current)
        return render("theme_sub_strategy.html", theme=current, milestone=milestone, today=build.today, links=links())

    @env.macro
    @on_theme_page
    def theme_commitments() -> Markup:
        commitments = catalogue.commitments_by_theme.get(theme().id, [])
        return render(
            "theme_commitments.html",
            commitments=commitments,
            # Cards up to a number of commitments; past it, a table of a row each (theme_commitments.html).
            as_cards=len(commitments) <= build.settings.commitments_as_cards_up_to,
            catalogue=catalogue,
            links=links(),
            today=build.today,
        )

    @env.macro
    @on_theme_page
    def theme_milestones() -> Markup:
        milestones = catalogue.milestones_by_theme.get(theme().id, [])
        # With a long roadmap, this year's in full and a line for each other year (roadmap_pages.py).
        this_year = build.roadmap.current(build.today) if build.roadmap.by_year else None
        years = by_year(milestones, build.today)
        return render(
            "theme_milestones.html",
            milestones=[m for m in milestones if year_of(m) == this_year.year] if this_year else milestones,
            this_year=this_year.year if this_year else None,
            other_years=[year for year in years if year.year != this_year.year] if this_year else [],
            progress=Progress.of(milestones, build.today),
            today=build.today,
            catalogue=catalogue,
            links=links(),
        )

    @env.macro
    @on_theme_page
    def theme_timeline() -> Markup:
        """The theme's own lane of the roadmap's timeline; nothing while it has no milestones."""
        milestones = catalogue.milestones_by_theme.get(theme().id, [])
        if build.roadmap.by_year:  # the chart draws what the list below it lists: this year's
            this_year = build.roadmap.current(build.today).year
            milestones = [milestone for milestone in milestones if year_of(milestone) == this_year]
        if milestones:
            # Drawn in Python, so noted here: its milestones, and the two that set the shared axis.
            every = catalogue.milestones
            shown(*milestones, min(every, key=lambda m: m.first_day), max(every, key=lambda m: m.last_day))
        return theme_chart(build, theme(), milestones)

    @env.macro
    @on_theme_page
    def theme_in_adopted_strategy() -> Markup:
        """Where the theme went in the adopted strategy, and the plans of its own that sources name."""
        current = theme()
        return render(
            "theme_adopted.html",
            theme=current,
            priorities=[catalogue.priority_by_id[priority_id] for priority_id in current.priorities],
            principles=[catalogue.principle_by_id[principle_id] for principle_id in current.principles],
            adopted_page=links().to(ADOPTED_PAGE),
        )

    @env.macro
    @on_theme_page
    def related_themes() -> MarkdownSource:
        return render_markdown("related_themes.md", build.stash(env.page), related=catalogue.related_themes(theme()), links=links())

    @env.macro
    @on_theme_page
    def theme_updates() -> MarkdownSource:
        updates = [post for post in build.posts if theme().id in post.update.categories]
        shown(*(post.source for post in updates))
        return render_markdown("theme_updates.md", build.stash(env.page), updates=updates, links=links())
