"""The site builder's door into this project: a MkDocs plugin, registered as `strategy` by an
entry point in pyproject.toml and named in mkdocs.yml's plugins.

Each event hands its work to the module that does it, and the build's state lives on the
plugin instance: the context made for each build (pages/context.py), and the readers that
keep what they read for the next build of `mkdocs serve` (MkDocs keeps a plugin that has
on_startup for as long as serve runs). Its options are checked when mkdocs.yml is loaded, so
a misspelt or wrongly typed one stops the build with one message that names it.

- checks/project.py: everything is checked before anything is made (on_config);
- generated_pages: a page per partner, and theme and partner pages placed in the navigation;
- the context: each page's HTML stash, and the records each page shows;
- page_history: each page's published and last updated dates and its change notes, and the
  "What's changed" list, once every page is made;
- strategy_dates: the notice once the strategy's period has ended, and review reminders;
- exports: open data and the updates feed, written after the build;
- print_site: the whole strategy as one PDF, made after the build;
- editor_files: the web editor's scripts, copied into admin/ (only that page loads them).
"""

from __future__ import annotations

import datetime
import difflib
import logging
import mimetypes
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config, ValidationError
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from macros.data.catalogue import CatalogueReader
from macros.data.contact_checks import MONTHS_BETWEEN_CHECKS, due_for_a_check
from macros.data.errors import DataErrors, ProjectError
from macros.data.numbers import counted
from macros.data.partial_dates import long_date
from macros.data.progress import Progress, is_overdue
from macros.data.project import Project
from macros.data.updates import POSTS_DIR
from macros.exports.feed import FeedEntry, write_feed
from macros.exports.milestones import write_milestone_files
from macros.exports.tables import write_partner_exports
from macros.history.change_notes import HistoryReader
from macros.pages.checks.project import check_project
from macros.pages.context import BuildContext, Settings
from macros.pages.generated_pages import add_generated_pages, compose, place_in_nav
from macros.pages.situation_pages import HELP_PAGE
from macros.pages.page_history import date_joined_page, date_page
from macros.pages.strategy_macros import NOW_PAGE
from macros.plugin import upstream
from macros.plugin.editor_files import ADMIN_DIR, copy_editor_scripts
from macros.plugin.print_site import PrintDocument
from macros.render.html_stash import ids_in
from macros.render.jinja import markup_free
from macros.render.strategy_dates import review_reminders
from macros.render.template_cache import bytecode_cache

log = logging.getLogger("mkdocs.plugins.strategy")

# Material's blog templates replace the content block where main.html puts the skip link's
# target. A post uses overrides/update.html, which adds it back; the updates index template
# has no block inside its content, so the target is put at the start of the page's content.
BLOG_TEMPLATES = {"blog-post.html": "update.html"}
SKIP_TARGET = '<div id="main-content" tabindex="-1"></div>'
UPDATES_INDEX = POSTS_DIR.split("/")[0] + "/index.md"
DEFAULTS = Settings()

# The macros plugin reports its start-up at INFO level on every build; officers need only
# its warnings and errors.
logging.getLogger("mkdocs.plugins.mkdocs_macros").setLevel(logging.WARNING)


class _WholeNumber(c.BaseConfigOption[int]):
    def __init__(self, default: int) -> None:
        super().__init__()
        self.default = default

    def run_validation(self, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValidationError(f"expected a whole number, 0 or more, found {value!r}")
        return value


class _Day(c.BaseConfigOption[datetime.date | None]):
    """A day written YYYY-MM-DD, or nothing (then the day of the build)."""

    def run_validation(self, value: object) -> datetime.date | None:
        if value is None or value == "":
            return None
        if isinstance(value, datetime.date):
            return value
        try:
            return datetime.date.fromisoformat(str(value))
        except ValueError:
            raise ValidationError(f"expected a date written as YYYY-MM-DD (from STRATEGY_TODAY, or written here), found {value!r}") from None


class StrategyConfig(Config):
    # The day progress is measured on (mkdocs.yml passes STRATEGY_TODAY); unset, the day of the build.
    today = _Day()
    pdf = c.Choice(("make", "skip"), default="make")  # the whole-strategy PDF; STRATEGY_PDF=skip in mkdocs.yml
    print_page = c.Type(bool, default=True)  # the PDF's source page; scripts/serve turns it off (STRATEGY_PRINT_PAGE)
    roadmap_one_page_up_to = _WholeNumber(DEFAULTS.roadmap_one_page_up_to)
    commitments_as_cards_up_to = _WholeNumber(DEFAULTS.commitments_as_cards_up_to)
    partner_rows_in_full_up_to = _WholeNumber(DEFAULTS.partner_rows_in_full_up_to)
    partners_in_menu_up_to = _WholeNumber(DEFAULTS.partners_in_menu_up_to)


def plugin_of(config) -> "StrategyPlugin":
    """The strategy plugin of a loaded mkdocs.yml, or a clear message when it is not there."""
    plugin = config.plugins.get("strategy")
    if not isinstance(plugin, StrategyPlugin):
        raise PluginError("mkdocs.yml: the site's own plugin is missing: add `- strategy` to plugins:")
    return plugin


class StrategyPlugin(BasePlugin[StrategyConfig]):
    def __init__(self) -> None:
        self.command: str | None = None  # build, serve or gh-deploy
        self.catalogues = CatalogueReader()
        self.histories = HistoryReader()
        self.context: BuildContext | None = None
        self.document = PrintDocument()
        self.feed: dict[str, FeedEntry] = {}

    def load_config(self, options: dict, config_file_path: str | None = None):
        """MkDocs only warns about an option it does not know; here it is an error, with the
        option it was probably meant to be, so a misspelt limit never goes unnoticed."""
        errors, warnings = super().load_config(options, config_file_path)
        known = [name for name, _ in self.config_scheme]
        for name in sorted(set(options) - set(known)):
            close = difflib.get_close_matches(name, known, n=1)
            hint = f'did you mean "{close[0]}"? ' if close else ""
            errors.append((name, f"this plugin has no such option; {hint}Its options are: {', '.join(known)}"))
        warnings = [(key, message) for key, message in warnings if key not in options or key in known]
        return errors, warnings

    def on_startup(self, *, command, dirty) -> None:
        self.command = command
        # The web editor reads admin/config.yml only when it is served as YAML (mkdocs serve uses this).
        mimetypes.add_type("text/yaml", ".yml")

    def on_serve(self, server, *, config, builder):
        from macros.plugin.serve_watch import watch_with_file_events  # watchdog's observers: for serve only, not each build

        watch_with_file_events(server)
        return server

    # Before every other plugin's: the macros plugin's on_config reads this build's context
    # (define_env), and the print-site plugin's must see whether it is switched on.
    @event_priority(100)
    def on_config(self, config):
        project = Project.at(Path(config.config_file_path).parent, Path(config.docs_dir))
        upstream.format_blog_dates(config, long_date)
        upstream.without_macros_git_info()
        upstream.keep_theme_templates_compiled(config, bytecode_cache(project.root, "theme"))
        upstream.switch_print_site(config, self.config.print_page)
        if upstream.print_site_plugin(config):
            upstream.print_links_fixed_in_one_pass()
        try:
            checked = check_project(project, self.catalogues, self.config.today or datetime.date.today())
        except ProjectError as problem:
            raise PluginError(str(problem)) from None
        if checked.errors:
            # A PluginError is printed by MkDocs as one clear message, without a traceback.
            raise PluginError(DataErrors(checked.errors).report())
        settings = Settings(
            today=self.config.today or datetime.date.today(),
            **{name: self.config[name] for name in ("roadmap_one_page_up_to", "commitments_as_cards_up_to", "partner_rows_in_full_up_to", "partners_in_menu_up_to")},
        )
        self.context = BuildContext(project, checked.catalogue, checked.posts, settings, self.histories)
        self.document = PrintDocument()
        self.feed = {}
        return config

    def on_files(self, files: Files, *, config) -> Files:
        self.document.keep_script_to_print_page(config)
        self.context.files = add_generated_pages(files, config, self.context)
        return self.context.files

    # After every plugin at the default priority, print-site's among them (it is listed last, as
    # it asks): it sets the pages it joins in its on_nav, which this replaces; in its
    # on_post_build it writes the print page, which this mends and prints.
    @event_priority(-50)
    def on_nav(self, nav: Navigation, *, config, files: Files) -> Navigation:
        nav = place_in_nav(nav, files, self.context.catalogue, self.context.settings.partners_in_menu_up_to)
        self.document.choose_pages(config, files, self.context)
        return nav

    def on_env(self, env, *, config, files: Files):
        self.document.hand_over(config, files, self.context)
        if plugin := upstream.print_site_plugin(config):
            date_joined_page(upstream.print_page(plugin), self.document.pages, self.context)
        return env

    def on_pre_page(self, page: Page, *, config, files: Files) -> Page:
        build = self.context
        build.begin_page(page)  # from here to on_page_content, what the page shows is noted
        if build.strategy_notice:
            build.sources.shown("data/strategy.yml")  # every page shows the strategy's notice
        if page.file.src_path == UPDATES_INDEX:
            build.sources.shown(f"{build.docs_prefix}/{POSTS_DIR}/")  # the blog lists every update
        return page

    def on_page_markdown(self, markdown: str, *, page: Page, config, files: Files) -> str:
        if page.meta.get("template") in BLOG_TEMPLATES:  # MkDocs picks the template after this event
            page.meta["template"] = BLOG_TEMPLATES[page.meta["template"]]
        markdown = compose(markdown, page, self.context, files)
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
    def on_page_content(self, html: str, *, page: Page, config, files: Files) -> str:
        build = self.context
        build.end_page()
        html = upstream.headerlinks_out_of_tab_order(build.stash(page).restore(html))
        html = self.document.page_content(html, page)
        # MkDocs checks links to anchors against the ids it saw in the Markdown; the macros'
        # HTML was out of its sight until now (the glossary's entries, linked from every page).
        page.present_anchor_ids = (page.present_anchor_ids or set()) | ids_in(html)
        if page.meta.get("template") == "blog.html":
            return SKIP_TARGET + html
        return html

    def on_post_page(self, output: str, *, page: Page, config) -> str:
        if page.file.src_path.startswith(POSTS_DIR.split("/")[0] + "/"):
            return upstream.name_blog_landmarks(output)
        return output

    @event_priority(-50)
    def on_page_context(self, context, *, page: Page, config, nav):
        """Every page has been made by now (MkDocs converts them all before the first template),
        so each page's sources are known: its history, and the list of changes, are complete."""
        if page.file.src_path.startswith(POSTS_DIR + "/"):
            self._remember_for_feed(page)
        date_page(page, self.context)
        self._notice_into(context)
        return context

    @event_priority(-50)
    def on_template_context(self, context, *, template_name: str, config):
        """Every theme template (the 404 page is not made from Markdown) shows the notice. The 404
        page also gives the numbers to call now and the help page: someone who followed a broken
        link may have been looking for help. It is a theme template, not a page, so its facts
        come from here rather than from a macro."""
        build = self.context
        self._notice_into(context)
        if template_name == "404.html":
            context["help_routes"] = build.renderer.html("emergency.html", contacts=build.catalogue.contacts_on_every_theme)
            context["help_page"] = next((page for page in context["nav"].pages if page.file.src_path == HELP_PAGE), None)
        return context

    @event_priority(-50)
    def on_post_build(self, *, config) -> None:
        """Open data, the feed and the whole-strategy PDF: made once the pages are, from the same catalogue."""
        build = self.context
        catalogue, today, site = build.catalogue, build.today, Path(config.site_dir)
        write_partner_exports(catalogue, site)
        write_milestone_files(site / "data", catalogue, today)
        posts = {post.src_path for post in build.posts}
        entries = sorted((entry for src, entry in self.feed.items() if src in posts), key=lambda entry: entry.date, reverse=True)
        write_feed(config.site_dir, f"{config.site_name}: updates", entries, config.site_url)
        _log_overdue(build)
        _log_contacts_due_for_a_check(build)
        _log_facts_due_for_a_check(build)
        pages = [(page.file.src_path, page.meta) for page in build.pages.values()]
        for reminder in review_reminders(catalogue, pages, build.docs_prefix, today):
            log.info(f"Past review: {reminder}")
        try:
            self.document.publish(config, build, self.config.pdf == "make", self.command)
        except ProjectError as problem:
            raise PluginError(str(problem)) from None
        # INFO, not a warning: copies of the project that tests build have no editor installed.
        if not copy_editor_scripts(site / ADMIN_DIR):
            log.info("The web editor is not installed (scripts/install-editor), so admin/ has no editor in this build")

    def _notice_into(self, context) -> None:
        """The strategy's notice, and the address of the page that explains it, which
        overrides/partials/strategy-notice.html links to from wherever the page is."""
        context["strategy_notice"] = self.context.strategy_notice
        now_page = self.context.files.get_file_from_path(NOW_PAGE) if self.context.files else None
        context["strategy_now_url"] = now_page.url if now_page else None

    def _remember_for_feed(self, page: Page) -> None:
        post = next((post for post in self.context.posts if post.src_path == page.file.src_path), None)
        if post:
            self.feed[post.src_path] = FeedEntry(post.update.title, post.update.date, page.url, post.update.description, page.content or "")


def _log_overdue(build: BuildContext) -> None:
    """Tell officers which milestones need their status updating.

    INFO, not WARNING: the site is built with --strict, where any warning fails the build,
    and an overdue milestone is a fact to report on the site, not a fault in the build.
    """
    for milestone in build.catalogue.milestones:
        if is_overdue(milestone, build.today):
            log.info(
                f'Overdue milestone: "{milestone.id}" ({milestone.when}) is still {milestone.status.value}; '
                f"update its status in data/milestones/{milestone.id}.yml"
            )
    log.info(f"Milestones as of {build.today.isoformat()}: {Progress.of(build.catalogue.milestones, build.today).summary}")


def _log_contacts_due_for_a_check(build: BuildContext) -> None:
    """Tell officers which contacts to check again: a number that has changed sends someone
    in trouble nowhere. INFO, like overdue milestones, so the strict build still passes."""
    for contact in due_for_a_check(build.catalogue.contacts, build.today):
        log.info(
            f'Contact not checked for {counted(MONTHS_BETWEEN_CHECKS, "month")}: "{contact.id}" (last checked {long_date(contact.checked)}); '
            f"check it against {contact.source}, then update checked in data/contacts/{contact.id}.yml"
        )


def _log_facts_due_for_a_check(build: BuildContext) -> None:
    """Facts from the public record go stale as the record moves on (a successor published, say):
    each is checked against its sources again every six months. INFO, like contacts."""
    for fact in due_for_a_check(build.catalogue.facts, build.today):
        log.info(
            f'Fact not checked for {counted(MONTHS_BETWEEN_CHECKS, "month")}: "{fact.id}" (last checked {long_date(fact.checked)}); '
            f"check it against {', '.join(str(source.url) for source in fact.sources)}, then update checked in data/facts/{fact.id}.yml"
        )
