"""Page macros for getting help: the numbers to call now, and help grouped by what is
happening (data/situations/), on the Get help page, the home page and the theme pages."""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup

from macros.pages.context import BuildContext
from macros.pages.links import Links
from macros.render.html_stash import MarkdownSource

HELP_PAGE = "get-help.md"


def register_help(env, build: BuildContext, links: Callable[[], Links]) -> None:
    catalogue = build.catalogue
    render, render_markdown = build.renderer.html, build.renderer.markdown

    @env.macro
    def emergency_contacts() -> Markup:
        return render("emergency.html", contacts=catalogue.contacts_on_every_theme)

    @env.macro
    def situation_links() -> Markup:
        """A link to each situation's section of the Get help page."""
        page_links = links()
        here = page_links.page.file.src_path == HELP_PAGE
        return render("situation_links.html", situations=catalogue.situations, help_page="" if here else page_links.to(HELP_PAGE))

    @env.macro
    def situations() -> MarkdownSource:
        """Every situation with its contacts in full: the body of the Get help page."""
        return render_markdown(
            "help_situations.md",
            build.stash(env.page),
            situations=catalogue.situations,
            catalogue=catalogue,
            see_also=lambda situation: [catalogue.situation_by_id[other] for other in situation.see_also],
        )
