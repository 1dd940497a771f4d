"""A hook for benchmarks/bare_build.py: records what a normal build gives Material.

For every page the project makes (its own and the generated partner pages, not the blog's
views), it records the final Markdown, with the HTML that macros made put back where the
stash's placeholders are (as a site without the stash would hand it to Python-Markdown),
the page's front matter after the hooks, and the navigation as the hooks left it. They are
written as JSON to $CAPTURE_FILE at the end of the build.
"""

from __future__ import annotations

import json
import os

from mkdocs.plugins import event_priority
from mkdocs.structure.nav import Link, Section
from mkdocs.structure.pages import Page

from macros.plugin.strategy import plugin_of

INTERNAL_META = {"render_macros", "data_files", "change_note"}  # read by this project's hooks only
_pages: dict[str, dict] = {}
_nav = []


@event_priority(-1000)  # after every other handler of the event
def on_nav(nav, config, files):
    _nav[:] = [nav]
    return nav


@event_priority(-1000)
def on_page_markdown(markdown: str, page: Page, config, files) -> str:
    # The blog's posts and views are left to the blog, and the print page to its plugin.
    if not page.file.src_path.startswith(("updates/", "print_page")):
        _pages[page.file.src_path] = {"markdown": plugin_of(config).context.stash(page).restore(markdown)}
    return markdown


@event_priority(-1000)
def on_page_context(context, page: Page, config, nav):
    if page.file.src_path in _pages:
        _pages[page.file.src_path]["meta"] = {key: value for key, value in page.meta.items() if key not in INTERNAL_META}
    return context


def _nav_items(items) -> list:
    out = []
    for item in items:
        if isinstance(item, Section):
            out.append({item.title: _nav_items(item.children)})
        elif isinstance(item, Page):
            out.append({item.title: item.file.src_path} if item.title else item.file.src_path)
        elif isinstance(item, Link):
            out.append({item.title: item.url})
    return out


@event_priority(-1000)
def on_post_build(config) -> None:
    captured = {"pages": _pages, "nav": _nav_items(_nav[0].items)}
    with open(os.environ["CAPTURE_FILE"], "w", encoding="utf-8") as file:
        json.dump(captured, file, default=str)
