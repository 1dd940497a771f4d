"""MkDocs hooks: pages generated from data/, and their place in the navigation.

A theme page exists for every entry in data/themes.yml. docs/themes/<id>.md is optional
and adds longer text between the generated top and bottom of the page; the officer's
text is never run through Jinja, so a `{{` in it stays as written.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path, PurePosixPath

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from macros.build import (
    Links,
    catalogue_for,
    forget_history,
    forget_posts,
    history_for,
    posts_for,
    project_root,
    theme_page_path,
    today_for,
)
from macros.exports import write_milestone_files
from macros.feed import FeedEntry, write_feed
from macros.history import long_date
from macros.progress import Progress, is_overdue
from macros.updates import POSTS_DIR
from macros.rendering import render

log = logging.getLogger("mkdocs.plugins.strategy")

THEMES_SECTION = "themes/index.md"
# The data files a generated theme page shows, for its "Last updated" date.
THEME_PAGE_DATA = ("themes.yml", "contacts.yml", "milestones.yml", "commitments.yml")
# Material's blog templates replace the content block where main.html puts the skip link's
# target. A post uses overrides/update.html, which adds it back; the updates index template
# has no block inside its content, so the target is put at the start of the page's content.
BLOG_TEMPLATES = {"blog-post.html": "update.html"}
SKIP_TARGET = '<div id="main-content" tabindex="-1"></div>'
_feed_entries: dict[str, FeedEntry] = {}

# The macros plugin reports its start-up at INFO level on every build; officers need only
# its warnings and errors.
logging.getLogger("mkdocs.plugins.mkdocs_macros").setLevel(logging.WARNING)


def on_config(config):
    """Material's blog formats dates with the theme language as a Babel locale, and ours is
    "custom" (for en-GB); dates on updates are written the GOV.UK way instead."""
    for name, plugin in config.plugins.items():
        if name.endswith("blog") and hasattr(plugin, "_format_date"):
            plugin._format_date = lambda date, format, config: long_date(date)
    return config


def on_pre_build(config) -> None:
    forget_history()  # mkdocs serve: each rebuild reads git again
    forget_posts()
    _feed_entries.clear()


def on_files(files: Files, config) -> Files:
    catalogue = catalogue_for(config)
    posts_for(config)  # a bad update stops the build here, before anything is rendered
    theme_ids = {theme.id for theme in catalogue.themes}
    strays = [
        file.src_path
        for file in files.documentation_pages()
        if _theme_id(file.src_path) and _theme_id(file.src_path) not in theme_ids
    ]
    if strays:
        raise PluginError(
            "These theme pages match no theme id in data/themes.yml (check the file name): "
            + ", ".join(f"docs/{path}" for path in strays)
        )
    for theme in catalogue.themes:
        if files.get_file_from_path(theme_page_path(theme.id)) is None:
            files.append(File.generated(config, theme_page_path(theme.id), content=""))
    return files


def on_nav(nav: Navigation, config, files: Files) -> Navigation:
    """Put the theme pages under Themes, in the order of data/themes.yml."""
    section = _section_of(nav, THEMES_SECTION)
    for theme in catalogue_for(config).themes:
        page = files.get_file_from_path(theme_page_path(theme.id)).page
        page.parent = section
        section.children.append(page)
    # Previous and next links in the footer follow the navigation, so they are set again.
    nav.pages = _pages_in(nav.items)
    for earlier, later in zip(nav.pages, nav.pages[1:]):
        earlier.next_page, later.previous_page = later, earlier
    return nav


def on_page_markdown(markdown: str, page: Page, config, files: Files) -> str:
    if page.meta.get("template") in BLOG_TEMPLATES:  # MkDocs picks the template before on_page_context
        page.meta["template"] = BLOG_TEMPLATES[page.meta["template"]]
    if page.file.src_path.startswith(POSTS_DIR + "/") and "title" in page.meta:
        # Material's blog puts titles into HTML unescaped (the post heading and its excerpt).
        page.meta["title"] = page.title = html.escape(str(page.meta["title"]))
    theme_id = _theme_id(page.file.src_path)
    if not theme_id:
        return markdown
    catalogue = catalogue_for(config)
    theme = catalogue.theme_by_id[theme_id]
    page.meta["title"] = html.escape(theme.name)  # MkDocs puts titles into HTML unescaped
    links = Links(page, files)
    help_box = render(
        "help_box.html",
        contacts=catalogue.contacts_for(theme),
        heading="Report a concern or get help",
        heading_id="get-help",
    )
    top = render("theme_top.md", theme=theme, help_box=help_box)
    today = today_for(config)
    milestones = catalogue.milestones_by_theme.get(theme.id, [])
    updates = [post for post in posts_for(config) if theme.id in post.update.categories]
    bottom = render(
        "theme_bottom.md",
        theme=theme,
        related=catalogue.related_themes(theme),
        links=links,
        catalogue=catalogue,
        milestones=milestones,
        progress=Progress.of(milestones, today),
        today=today,
        updates=updates,
    )
    return "\n\n".join(part for part in (top, markdown.strip(), bottom) if part) + "\n"


def on_page_content(html_content: str, page: Page, config, files: Files) -> str:
    if page.meta.get("template") == "blog.html":
        return SKIP_TARGET + html_content
    return html_content


def on_post_build(config) -> None:
    catalogue, today = catalogue_for(config), today_for(config)
    write_milestone_files(Path(config.site_dir) / "data", catalogue, today)
    _write_updates_feed(config)
    _log_overdue(catalogue, today)


def _log_overdue(catalogue, today) -> None:
    """Tell officers which milestones need their status updating.

    INFO, not WARNING: the site is built with --strict, where any warning fails the build,
    and an overdue milestone is a fact to report on the site, not a fault in the build.
    """
    overdue = [milestone for milestone in catalogue.milestones if is_overdue(milestone, today)]
    for milestone in overdue:
        log.info(
            f'Overdue milestone: "{milestone.id}" ({milestone.when}) is still {milestone.status.value}; '
            "update its status in data/milestones.yml"
        )
    log.info(f"Milestones as of {today.isoformat()}: {Progress.of(catalogue.milestones, today).summary}")


def _theme_id(src_path: str) -> str | None:
    path = PurePosixPath(src_path)
    if path.parent.name == "themes" and path.parent.parent == PurePosixPath(".") and path.name != "index.md":
        return path.stem
    return None


def _section_of(nav: Navigation, index_path: str) -> Section:
    for item in nav.items:
        if isinstance(item, Section) and any(
            isinstance(child, Page) and child.file.src_path == index_path for child in item.children
        ):
            return item
    raise PluginError(f"mkdocs.yml: the nav needs a section whose first page is {index_path}")


def _pages_in(items) -> list[Page]:
    pages = []
    for item in items:
        if isinstance(item, Page):
            pages.append(item)
        elif isinstance(item, Section):
            pages.extend(_pages_in(item.children))
    return pages


def on_page_context(context, page: Page, config, nav):
    """Date the page by the newest commit to its Markdown file or the data it shows."""
    if page.file.src_path.startswith(POSTS_DIR + "/"):
        _remember_for_feed(page, config)
    history = history_for(config)
    # A page listing the history is as new as the newest change.
    sources = history.last_changed if page.meta.get("shows_history") else _sources_of(page, config)
    day = history.last_change_of(sources)
    if day:
        page.meta["last_updated"] = long_date(day)
        page.meta["last_updated_iso"] = day.isoformat()
    return context


def _sources_of(page: Page, config) -> list[str]:
    docs = Path(config.docs_dir).resolve().relative_to(project_root(config).resolve()).as_posix()
    data_files = set(page.meta.get("data_files", ()))
    if _theme_id(page.file.src_path):
        data_files.update(THEME_PAGE_DATA)
    posts = [f"{docs}/{post.src_path}" for post in posts_for(config)] if page.file.src_path == "updates/index.md" or page.meta.get("shows_updates") else []
    return [f"{docs}/{page.file.src_path}", *posts, *(f"data/{name}" for name in sorted(data_files))]


def _write_updates_feed(config) -> None:
    posts = {post.src_path for post in posts_for(config)}
    entries = sorted((entry for src, entry in _feed_entries.items() if src in posts), key=lambda entry: entry.date, reverse=True)
    write_feed(config.site_dir, f"{config.site_name}: updates", entries, config.site_url)


def _remember_for_feed(page: Page, config) -> None:
    post = next((post for post in posts_for(config) if post.src_path == page.file.src_path), None)
    if post:
        _feed_entries[post.src_path] = FeedEntry(post.update.title, post.update.date, page.url, post.update.description, page.content or "")
