"""MkDocs hooks: each event hands its work to the module that does it.

- generated_pages: a page per partner, and theme and partner pages placed in the navigation;
- html_stash (through the build): the HTML macros made is put back once Markdown has run;
- page_sources (through the build): the records each page shows, noted while it is made;
- page_history: each page's published and last updated dates and its change notes, and the
  "What's changed" list, once every page is made;
- strategy_dates: the notice once the strategy's period has ended, and review reminders;
- exports, milestone_exports, feed: open data and the updates feed, written after the build;
- strategy_document (through the build): the whole strategy as one PDF, made after the build.
- editor_files: the web editor's scripts, copied into admin/ (only that page loads them).
"""

from __future__ import annotations

import logging
import mimetypes
import re
from pathlib import Path

import mkdocs_macros.context as mkdocs_macros_context
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from macros.exports.pdf import print_page as print_site
from macros.pages.context import build_for
from macros.plugin.editor_files import ADMIN_DIR, copy_editor_scripts
from macros.exports.tables import write_partner_exports
from macros.exports.feed import FeedEntry, write_feed
from macros.pages.help_macros import HELP_PAGE
from macros.data.contact_checks import MONTHS_BETWEEN_CHECKS, due_for_a_check
from macros.pages.generated_pages import PARTNERS_IN_MENU_AT_MOST, add_generated_pages, compose, place_in_nav
from macros.exports.milestones import write_milestone_files
from macros.pages.page_history import date_joined_page, date_page
from macros.render.page_sources import shown
from macros.data.partial_dates import long_date
from macros.data.progress import Progress, is_overdue
from macros.render.jinja import markup_free, render
from macros.render.strategy_dates import review_reminders
from macros.render.template_cache import bytecode_cache
from macros.data.updates import POSTS_DIR

log = logging.getLogger("mkdocs.plugins.strategy")

# Material's blog templates replace the content block where main.html puts the skip link's
# target. A post uses overrides/update.html, which adds it back; the updates index template
# has no block inside its content, so the target is put at the start of the page's content.
BLOG_TEMPLATES = {"blog-post.html": "update.html"}
SKIP_TARGET = '<div id="main-content" tabindex="-1"></div>'
UPDATES_INDEX = POSTS_DIR.split("/")[0] + "/index.md"

_feed_entries: dict[str, FeedEntry] = {}
_command: dict[str, str] = {}  # "build", "serve" or "gh-deploy": for as long as the process runs

# The macros plugin reports its start-up at INFO level on every build; officers need only
# its warnings and errors.
logging.getLogger("mkdocs.plugins.mkdocs_macros").setLevel(logging.WARNING)

# The web editor reads admin/config.yml only when it is served as YAML (mkdocs serve uses this).
mimetypes.add_type("text/yaml", ".yml")


def on_startup(command, dirty) -> None:
    _command["name"] = command


def on_serve(server, config, builder):
    from macros.plugin.serve_watch import watch_with_file_events  # watchdog's observers: for serve only, not each build

    watch_with_file_events(server)
    return server


def _without_macros_plugin_git_info() -> None:
    """The macros plugin runs git twelve times a build (and a serve rebuild) for a `git`
    variable that no page here reads: page dates come from one `git log` (change_notes.py). This
    hooks file is loaded before the plugin starts, so its variable is made empty instead; a
    page that used it would stop the strict build as an undefined value, not show wrong facts."""
    if callable(getattr(mkdocs_macros_context, "get_git_info", None)):
        mkdocs_macros_context.get_git_info = lambda: {"status": False, "date": None}


_without_macros_plugin_git_info()


def on_config(config):
    """Material's blog formats dates with the theme language as a Babel locale, and ours is
    "custom" (for en-GB); dates on updates are written the GOV.UK way instead. The print-site
    plugin's script goes to the print page alone, and its link fixes run in one pass
    (print_site.py)."""
    for name, plugin in config.plugins.items():
        if name.endswith("blog") and hasattr(plugin, "_format_date"):
            plugin._format_date = lambda date, format, config: long_date(date)
    if print_site.plugin_of(config):
        print_site.keep_plugin_script_to_print_page(config)
        print_site.fix_links_in_one_pass()
    _theme_templates_kept_compiled(config)
    return config


def _theme_templates_kept_compiled(config) -> None:
    """Material's compiled templates are kept between builds (template_cache.py), in every
    environment the theme makes: MkDocs' own, and the print-site plugin's, which it makes after
    the build to render the print page (and which compiled every template again)."""
    theme = config.theme
    make_env = theme.get_env
    if getattr(make_env, "keeps_compiled", False):
        return
    root = build_for(config).root

    def get_env():
        env = make_env()
        env.bytecode_cache = env.bytecode_cache or bytecode_cache(root, "theme")
        return env

    get_env.keeps_compiled = True
    theme.get_env = get_env


def on_pre_build(config) -> None:
    _feed_entries.clear()


def on_files(files: Files, config) -> Files:
    build = build_for(config)
    build.posts  # every page and update is checked here (site_checks.py), before anything is rendered
    build.files = add_generated_pages(files, config, build)
    return build.files


def on_nav(nav: Navigation, config, files: Files) -> Navigation:
    build = build_for(config)
    nav = place_in_nav(nav, files, build.catalogue, build.layout_limit("partners_in_menu_up_to", PARTNERS_IN_MENU_AT_MOST))
    build.print_document.choose_pages(config, files, build.catalogue)
    return nav


def on_env(env, config, files: Files):
    build = build_for(config)
    build.print_document.hand_over(config, files, build.catalogue, build.today)
    if print_site.plugin_of(config):
        date_joined_page(print_site.print_page_of(config), build.print_document.pages, build)
    return env


def on_pre_page(page: Page, config, files: Files) -> Page:
    build = build_for(config)
    build.begin_page(page)  # from here to on_page_content, what the page shows is noted
    if _notice(build):
        shown("data/strategy.yml")  # every page shows the strategy's notice
    if page.file.src_path == UPDATES_INDEX:
        shown(f"{build.docs_prefix}/{POSTS_DIR}/")  # the blog lists every update
    return page


def on_page_markdown(markdown: str, page: Page, config, files: Files) -> str:
    if page.meta.get("template") in BLOG_TEMPLATES:  # MkDocs picks the template after this event
        page.meta["template"] = BLOG_TEMPLATES[page.meta["template"]]
    markdown = compose(markdown, page, build_for(config), files)
    # Material puts titles and descriptions into HTML unescaped, from data or front matter.
    for key in ("title", "description"):
        if key in page.meta:
            page.meta[key] = markup_free(page.meta[key])
    if page.file.src_path.startswith(POSTS_DIR + "/") and "title" in page.meta:
        page.title = page.meta["title"]  # the blog's post object keeps its own copy of the title
    return markdown


# Before other plugins (priority 0): the print-site plugin keeps each page's HTML as this
# event leaves it, so the macros' HTML must be back in place by then.
@event_priority(50)
def on_page_content(html_content: str, page: Page, config, files: Files) -> str:
    build = build_for(config)
    build.end_page()
    html_content = build.print_document.page_content(build.stash(page).restore(html_content), page)
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
    """Every page has been made by now (MkDocs converts them all before the first template),
    so each page's sources are known: its history, and the list of changes, are complete."""
    build = build_for(config)
    if page.file.src_path.startswith(POSTS_DIR + "/"):
        _remember_for_feed(page, config)
    date_page(page, build)
    context["strategy_notice"] = _notice(build)
    return context


def on_template_context(context, template_name: str, config):
    """Every theme template (the 404 page is not made from Markdown) shows the notice. The 404
    page also gives the numbers to call now and the help page: someone who followed a broken
    link may have been looking for help. It is a theme template, not a page, so its facts
    come from here rather than from a macro."""
    context["strategy_notice"] = _notice(build_for(config))
    if template_name == "404.html":
        context["help_routes"] = render("emergency.html", contacts=build_for(config).catalogue.contacts_on_every_theme)
        context["help_page"] = next((page for page in context["nav"].pages if page.file.src_path == HELP_PAGE), None)
    return context


def _notice(build):
    return build.strategy_notice


def on_post_build(config) -> None:
    """Open data, the feed and the whole-strategy PDF: made once the pages are, from the same catalogue."""
    build = build_for(config)
    catalogue, today = build.catalogue, build.today
    write_partner_exports(catalogue, Path(config.site_dir))
    write_milestone_files(Path(config.site_dir) / "data", catalogue, today)
    _write_updates_feed(config, build.posts)
    _log_overdue(catalogue, today)
    _log_contacts_due_for_a_check(catalogue, today)
    for reminder in review_reminders(catalogue, build.pages.values(), build.docs_prefix, today):
        log.info(f"Past review: {reminder}")
    build.print_document.publish(config, catalogue, _command.get("name"))
    _copy_editor(Path(config.site_dir) / ADMIN_DIR)


def _copy_editor(admin: Path) -> None:
    # INFO, not a warning: copies of the project that tests build have no editor installed.
    if not copy_editor_scripts(admin):
        log.info("The web editor is not installed (scripts/install-editor), so admin/ has no editor in this build")


def _log_overdue(catalogue, today) -> None:
    """Tell officers which milestones need their status updating.

    INFO, not WARNING: the site is built with --strict, where any warning fails the build,
    and an overdue milestone is a fact to report on the site, not a fault in the build.
    """
    for milestone in catalogue.milestones:
        if is_overdue(milestone, today):
            log.info(
                f'Overdue milestone: "{milestone.id}" ({milestone.when}) is still {milestone.status.value}; '
                f"update its status in data/milestones/{milestone.id}.yml"
            )
    log.info(f"Milestones as of {today.isoformat()}: {Progress.of(catalogue.milestones, today).summary}")


def _log_contacts_due_for_a_check(catalogue, today) -> None:
    """Tell officers which contacts to check again: a number that has changed sends someone
    in trouble nowhere. INFO, like overdue milestones, so the strict build still passes."""
    for contact in due_for_a_check(catalogue.contacts, today):
        log.info(
            f'Contact not checked for {MONTHS_BETWEEN_CHECKS} months: "{contact.id}" (last checked {long_date(contact.checked)}); '
            f"check it against {contact.source}, then update checked in data/contacts/{contact.id}.yml"
        )


def _remember_for_feed(page: Page, config) -> None:
    post = next((post for post in build_for(config).posts if post.src_path == page.file.src_path), None)
    if post:
        _feed_entries[post.src_path] = FeedEntry(post.update.title, post.update.date, page.url, post.update.description, page.content or "")


def _write_updates_feed(config, posts) -> None:
    posts = {post.src_path for post in posts}
    entries = sorted((entry for src, entry in _feed_entries.items() if src in posts), key=lambda entry: entry.date, reverse=True)
    write_feed(config.site_dir, f"{config.site_name}: updates", entries, config.site_url)
