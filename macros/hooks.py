"""MkDocs hooks: each event hands its work to the module that does it.

- generated_pages: a page per theme and per partner, placed in the navigation;
- page_dates: "Last updated" on every page, from git;
- exports, milestone_exports, feed: open data and the updates feed, written after the build;
- print_site, strategy_document, strategy_pdf: the whole strategy as one PDF, made after the build.
"""

from __future__ import annotations

import html
import logging
import re
from pathlib import Path

from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from macros import print_site
from macros.build import catalogue_for, forget_history, forget_posts, posts_for, today_for
from macros.exports import write_partner_exports
from macros.feed import FeedEntry, write_feed
from macros.generated_pages import add_generated_pages, compose, place_in_nav
from macros.partial_dates import long_date
from macros.milestone_exports import write_milestone_files
from macros.page_dates import date_page
from macros.progress import Progress, is_overdue
from macros.rendering import markup_free
from macros.strategy_document import LANGUAGE, LINK_PLACES, ContentsEntry, file_name_of, footer, front_matter, size_text, title_of
from macros.strategy_pdf import Metadata, print_pdf, why_not
from macros.updates import POSTS_DIR

log = logging.getLogger("mkdocs.plugins.strategy")

# Material's blog templates replace the content block where main.html puts the skip link's
# target. A post uses overrides/update.html, which adds it back; the updates index template
# has no block inside its content, so the target is put at the start of the page's content.
BLOG_TEMPLATES = {"blog-post.html": "update.html"}
SKIP_TARGET = '<div id="main-content" tabindex="-1"></div>'

_feed_entries: dict[str, FeedEntry] = {}
_command: dict[str, str] = {}  # "build", "serve" or "gh-deploy", from on_startup
_print_anchors: list[str] = []  # the sections of the whole-strategy PDF whose pages its contents number
_left_out_of_print: dict[str, str] = {}  # the pages it leaves out, by the print-site plugin's key

# The macros plugin reports its start-up at INFO level on every build; officers need only
# its warnings and errors.
logging.getLogger("mkdocs.plugins.mkdocs_macros").setLevel(logging.WARNING)


def on_startup(command, dirty) -> None:
    _command["name"] = command


def on_config(config):
    """Material's blog formats dates with the theme language as a Babel locale, and ours is
    "custom" (for en-GB); dates on updates are written the GOV.UK way instead. The print-site
    plugin's script goes to the print page only (print_site.py)."""
    for name, plugin in config.plugins.items():
        if name.endswith("blog") and hasattr(plugin, "_format_date"):
            plugin._format_date = lambda date, format, config: long_date(date)
    if print_site.plugin_of(config):
        print_site.keep_plugin_script_to_print_page(config)
    return config


def on_pre_build(config) -> None:
    forget_history()  # mkdocs serve: each rebuild reads git and the updates again
    forget_posts()
    _feed_entries.clear()
    LINK_PLACES.clear()


def on_files(files: Files, config) -> Files:
    catalogue = catalogue_for(config)  # a data error stops the build here, before anything is rendered
    posts_for(config)  # and so does a bad update
    return add_generated_pages(files, config, catalogue)


def on_nav(nav: Navigation, config, files: Files) -> Navigation:
    nav = place_in_nav(nav, files, catalogue_for(config))
    if print_site.plugin_of(config):
        print_site.use_print_order(config, print_site.pages_in_print_order(files, catalogue_for(config)))
    return nav


def on_env(env, config, files: Files):
    """Every page's title is known by now, and the print page is not yet joined."""
    if print_site.plugin_of(config):
        catalogue = catalogue_for(config)
        printed = print_site.pages_in_print_order(files, catalogue)
        contents = [ContentsEntry(_heading_of(page), print_site.anchor_of(page)) for page in printed]
        print_site.hand_over_front_matter(config, front_matter(catalogue, today_for(config), contents))
        _print_anchors[:] = [entry.anchor for entry in contents]
        _left_out_of_print.clear()
        _left_out_of_print.update(print_site.left_out_pages(files, printed))
    return env


def on_page_markdown(markdown: str, page: Page, config, files: Files) -> str:
    if page.meta.get("template") in BLOG_TEMPLATES:  # MkDocs picks the template after this event
        page.meta["template"] = BLOG_TEMPLATES[page.meta["template"]]
    markdown = compose(markdown, page, config, files)
    # Material puts titles and descriptions into HTML unescaped, from data or front matter.
    for key in ("title", "description"):
        if key in page.meta:
            page.meta[key] = markup_free(page.meta[key])
    if page.file.src_path.startswith(POSTS_DIR + "/") and "title" in page.meta:
        page.title = page.meta["title"]  # the blog's post object keeps its own copy of the title
    return markdown


def on_page_content(html_content: str, page: Page, config, files: Files) -> str:
    if page.meta.get("template") == "blog.html":
        return SKIP_TARGET + html_content
    return html_content


# Material's blog adds <nav> landmarks without names: "Continue reading" after each excerpt,
# and the sidebar of a post. Landmarks need names that tell them apart (axe landmark-unique);
# copying post.html and blog-post.html to add them would freeze Material templates, so the
# names are added to the finished page.
UNNAMED_BLOG_NAVS = (
    (re.compile(r'<nav class="md-post__action">'), '<nav class="md-post__action" aria-label="Read the whole update">'),
    (
        re.compile(r'(<div class="md-sidebar__inner md-post">\s*<nav class="md-nav md-nav--primary")>'),
        r'\1 aria-label="About this update">',
    ),
)


def on_post_page(output: str, page: Page, config) -> str:
    if not page.file.src_path.startswith(POSTS_DIR.split("/")[0] + "/"):
        return output
    for unnamed, named in UNNAMED_BLOG_NAVS:
        output = unnamed.sub(named, output)
    return output


def on_page_context(context, page: Page, config, nav):
    if page.file.src_path.startswith(POSTS_DIR + "/"):
        _remember_for_feed(page, config)
    date_page(page, config)
    return context


def on_post_build(config) -> None:
    """Open data and the feed: written once the pages are, from the same catalogue."""
    catalogue, today = catalogue_for(config), today_for(config)
    write_partner_exports(catalogue, Path(config.site_dir))
    write_milestone_files(Path(config.site_dir) / "data", catalogue, today)
    _write_updates_feed(config)
    _log_overdue(catalogue, today)
    if print_site.plugin_of(config):
        print_site.repair_print_page_file(config, _left_out_of_print)
    _publish_strategy_pdf(config, catalogue)


def _heading_of(page: Page) -> str:
    """A page's own heading, as the PDF's outline shows it; else its title in the navigation."""
    heading = next((item.title for item in page.toc if item.level == 1), None)
    return html.unescape(heading) if heading else page.title


def _publish_strategy_pdf(config, catalogue) -> None:
    """Print the whole strategy to a PDF, and link to it from the pages that ask; where it
    cannot be made (no Chromium), say so, and the pages show no link rather than a broken one."""
    reason = why_not(_command.get("name")) or (None if print_site.plugin_of(config) else "mkdocs.yml does not use the print-site plugin")
    if reason:
        log.info(f"The whole-strategy PDF was not made: {reason}. No page links to it.")
        LINK_PLACES.write_links(None)
        return
    name = file_name_of(catalogue)
    strategy = catalogue.strategy
    metadata = Metadata(
        title=title_of(catalogue),
        author=strategy.author,
        language=LANGUAGE,
        subject=f"{strategy.name}: its themes, roadmap, partners and commitments, Equality Impact Assessment and how to get help",
    )
    pdf = print_pdf(print_site.print_page_path(config), Path(config.site_dir) / name, _print_anchors, footer(catalogue), metadata)
    LINK_PLACES.write_links(name, pdf.pages, pdf.size)
    log.info(f"The whole-strategy PDF: {name}, {pdf.pages} pages, {size_text(pdf.size)}")


def _log_overdue(catalogue, today) -> None:
    """Tell officers which milestones need their status updating.

    INFO, not WARNING: the site is built with --strict, where any warning fails the build,
    and an overdue milestone is a fact to report on the site, not a fault in the build.
    """
    for milestone in catalogue.milestones:
        if is_overdue(milestone, today):
            log.info(
                f'Overdue milestone: "{milestone.id}" ({milestone.when}) is still {milestone.status.value}; '
                "update its status in data/milestones.yml"
            )
    log.info(f"Milestones as of {today.isoformat()}: {Progress.of(catalogue.milestones, today).summary}")


def _remember_for_feed(page: Page, config) -> None:
    post = next((post for post in posts_for(config) if post.src_path == page.file.src_path), None)
    if post:
        _feed_entries[post.src_path] = FeedEntry(post.update.title, post.update.date, page.url, post.update.description, page.content or "")


def _write_updates_feed(config) -> None:
    posts = {post.src_path for post in posts_for(config)}
    entries = sorted((entry for src, entry in _feed_entries.items() if src in posts), key=lambda entry: entry.date, reverse=True)
    write_feed(config.site_dir, f"{config.site_name}: updates", entries, config.site_url)
