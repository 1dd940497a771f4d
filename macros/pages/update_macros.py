"""Page macros for news updates and the "What's changed" page."""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup

from macros.pages.context import BuildContext
from macros.pages.links import Links
from macros.pages.macro_arguments import Count

# Where "What's changed" goes: the list is made once every page is, since it names the pages
# each change touched (page_history.py replaces this).
CHANGES_PLACEHOLDER = Markup('<div class="site-changes-placeholder"></div>')


def register_updates(env, build: BuildContext, links: Callable[[], Links]) -> None:
    @env.macro
    def latest_updates(count: Count = 3) -> Markup:
        updates = build.posts[:count]
        build.sources.shown(*(post.source for post in updates))  # the page changes when one of these does
        return build.renderer.html("update_list.html", updates=updates, links=links())

    @env.macro
    def recent_changes() -> Markup:
        return CHANGES_PLACEHOLDER
