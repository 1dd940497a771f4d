"""Page macros for getting help: the numbers to call now, and the way in to each situation's
page (data/situations/, pages/situation_pages.py), on the Get help page, the home page and the
theme pages."""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup

from macros.pages.context import BuildContext
from macros.pages.links import Links
from macros.pages.situation_pages import HELP_PAGE


def register_help(env, build: BuildContext, links: Callable[[], Links]) -> None:
    catalogue = build.catalogue
    render = build.renderer.html

    @env.macro
    def emergency_contacts() -> Markup:
        return render("emergency.html", contacts=catalogue.contacts_on_every_theme)

    @env.macro
    def situation_links() -> Markup:
        """A link to each situation's page, with a few words on what it covers."""
        page_links = links()
        return render(
            "situation_links.html",
            situations=[(situation, page_links.situation(situation.id)) for situation in catalogue.situations],
            anchors=page_links.page.file.src_path == HELP_PAGE,
        )
