"""Page macros for news updates and the "What's changed" page."""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup

from macros.pages.context import Build, Links
from macros.render.page_sources import shown
from macros.render.jinja import render

# Where "What's changed" goes: the list is made once every page is, since it names the pages
# each change touched (page_history.py replaces this).
CHANGES_PLACEHOLDER = Markup('<div class="site-changes-placeholder"></div>')


def register_updates(env, build: Build, links: Callable[[], Links]) -> None:
    @env.macro
    def latest_updates(count: int = 3) -> Markup:
        updates = build.posts[:count]
        shown(*(post.source for post in updates))  # the page changes when one of these does
        return render("update_list.html", updates=updates, links=links())

    @env.macro
    def recent_changes() -> Markup:
        return CHANGES_PLACEHOLDER
