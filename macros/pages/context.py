"""One build's shared state, made once and handed to whoever needs it.

A Build holds the catalogue, the day progress is measured on, the history of changes, the
news updates, each page's HTML stash and the sources each page shows. `build_for(config)` returns the build that config
belongs to: `mkdocs serve` loads a new config for each rebuild, so each rebuild starts a
new Build and reads git and the updates again (the catalogue is read again only when a
data file has changed).
"""

from __future__ import annotations

import datetime
import os
from functools import cached_property, lru_cache
from pathlib import Path

from markupsafe import Markup
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from macros.data.catalogue import Catalogue, load_catalogue
from macros.history.change_notes import History, read_history
from macros.history.git import head_commit
from macros.render.html_stash import HtmlStash
from macros.data.errors import DataErrors
from macros.pages.macro_calls import checking_environment
from macros.render.page_sources import collect_into
from macros.render.jinja import keep_compiled_templates
from macros.pages.roadmap_pages import ONE_PAGE_UP_TO, RoadmapLayout
from macros.render.strategy_dates import strategy_notice
from macros.exports.pdf.document import PrintDocument
from macros.data.updates import Post


def project_root(config) -> Path:
    return Path(config.config_file_path).parent


def data_dir(config) -> Path:
    return project_root(config) / "data"


def today_for(config) -> datetime.date:
    """The day progress is measured on: STRATEGY_TODAY, else mkdocs.yml `extra: today:`,
    else the day of the build. Fixing it makes a build (and a test) repeatable."""
    value = os.environ.get("STRATEGY_TODAY") or (config.extra or {}).get("today")
    if not value:
        return datetime.date.today()
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        where = "STRATEGY_TODAY" if os.environ.get("STRATEGY_TODAY") else "mkdocs.yml extra: today:"
        raise PluginError(f"{where}: expected a date written as YYYY-MM-DD, found {value!r}") from None


class Build:
    def __init__(self, config):
        self.config = config
        self._stashes: dict[str, HtmlStash] = {}
        self.files: Files | None = None
        self.pages: dict[str, Page] = {}  # every page made, by its path in docs/
        self._sources: dict[str, set[str]] = {}  # what each page shows (page_sources.py)
        keep_compiled_templates(self.root)

    @cached_property
    def root(self) -> Path:
        return project_root(self.config)

    @cached_property
    def docs_prefix(self) -> str:
        """docs/ as history names it: relative to the project."""
        return Path(self.config.docs_dir).resolve().relative_to(self.root.resolve()).as_posix()

    @cached_property
    def catalogue(self) -> Catalogue:
        try:
            return read_catalogue(data_dir(self.config))
        except DataErrors as problems:
            # The pages are checked too, so that one run lists every mistake, as validate-data does.
            from macros.pages.checks.site import theme_ids_in

            _, page_problems = self._check_docs(None, theme_ids_in(data_dir(self.config)))
            # A PluginError is printed by MkDocs as one clear message, without a traceback.
            raise PluginError(DataErrors(problems.errors + page_problems).report()) from None

    @cached_property
    def today(self) -> datetime.date:
        return today_for(self.config)

    @cached_property
    def strategy_notice(self) -> Markup | None:
        """What every page says about the strategy's period, once it has ended."""
        return strategy_notice(self.catalogue.strategy, self.today)

    @cached_property
    def history(self) -> History:
        """Read once a commit: `mkdocs serve` rebuilds for an edit not yet committed, which the
        history does not hold, so it keeps what it read until the checkout's commit changes
        (reading it costs about 0.3 CPU s with today's history, 1 s at 100 times the data)."""
        head = head_commit(self.root)
        if head is None:
            return read_history(self.root)
        key = (self.root, head)
        if key not in _history_by_commit:
            _history_by_commit.clear()
            _history_by_commit[key] = read_history(self.root, head)
        return _history_by_commit[key]

    @cached_property
    def posts(self) -> list[Post]:
        """The news updates, newest first, once every page in docs/ has been checked (site_checks.py)."""
        from macros.pages.checks.site import check_test_files

        catalogue = self.catalogue
        posts, problems = self._check_docs(catalogue, set(catalogue.theme_by_id))
        problems += check_test_files(data_dir(self.config), self.root)
        if problems:
            raise PluginError(DataErrors(problems).report())
        return posts

    @cached_property
    def jinja(self):
        """A Jinja environment with the macros plugin's settings, to check pages before they render."""
        return checking_environment(Path(self.config.config_file_path))

    def _check_docs(self, catalogue: Catalogue | None, theme_ids: set[str]):
        from macros.pages.checks.site import check_docs  # site_checks reads the macros, which import this module

        return check_docs(Path(self.config.docs_dir), self.jinja, catalogue, theme_ids)

    def begin_page(self, page: Page) -> None:
        """Note what the page shows while it is made, from its own file onwards."""
        self.pages[page.file.src_path] = page
        sources = self._sources[page.file.src_path] = set()
        if not page.file.generated_by:
            sources.add(f"{self.docs_prefix}/{page.file.src_path}")
        collect_into(sources)

    def end_page(self) -> None:
        collect_into(None)

    def sources_of(self, page: Page) -> set[str]:
        return self._sources.get(page.file.src_path, set())

    def shows_history(self, page: Page) -> bool:
        return "docs/" in self.sources_of(page)
    @cached_property
    def print_document(self) -> PrintDocument:
        """The whole strategy as one document, and the pages that link to its PDF."""
        return PrintDocument()

    @cached_property
    def roadmap(self) -> RoadmapLayout:
        """Where each milestone is listed: the roadmap page, or its year's page."""
        return RoadmapLayout.of(self.catalogue.milestones, self.today, self.layout_limit("roadmap_one_page_up_to", ONE_PAGE_UP_TO))

    def layout_limit(self, name: str, default: int) -> int:
        """A size past which a page is laid out for many records (a page a year, a table);
        mkdocs.yml `extra:` can set it lower, as tests do, to build that layout with today's data."""
        value = (self.config.extra or {}).get(name, default)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise PluginError(f"mkdocs.yml, extra: {name}: expected a whole number, 0 or more, found {value!r}")
        return value

    def links(self, page: Page, files: Files) -> "Links":
        return Links(page, files, self.roadmap)

    def stash(self, page: Page) -> HtmlStash:
        """The page's stash: macro output waits here while Markdown is converted."""
        stash = self._stashes.get(page.file.src_path)
        if stash is None:  # not setdefault: a stash compiles its pattern when made, twice a page
            stash = self._stashes[page.file.src_path] = HtmlStash()
        return stash


_current: Build | None = None
_history_by_commit: dict[tuple[Path, str], History] = {}


def build_for(config) -> Build:
    global _current
    if _current is None or _current.config is not config:
        _current = Build(config)
    return _current


def read_catalogue(folder: Path) -> Catalogue:
    """The catalogue of a data folder, read again only when one of its files has changed;
    DataErrors lists every problem in it."""
    fingerprint = tuple(
        (path.relative_to(folder).as_posix(), stat.st_mtime_ns, stat.st_size)
        for path in sorted(folder.rglob("*"))
        for stat in (path.stat(),)
    )
    return _load(folder, fingerprint)


@lru_cache(maxsize=4)
def _load(folder: Path, fingerprint: tuple) -> Catalogue:
    return load_catalogue(folder)


def theme_page_path(theme_id: str) -> str:
    return f"themes/{theme_id}.md"


def partner_page_path(partner_id: str) -> str:
    return f"partners/{partner_id}.md"


class Links:
    """Relative links from the page being rendered to other pages, checked as they are made."""

    def __init__(self, page: Page, files: Files, roadmap: RoadmapLayout):
        self.page, self.files, self.roadmap = page, files, roadmap

    def to(self, src_path: str) -> str:
        # src_uris first: most paths are already in its form, and get_file_from_path making each
        # one a PurePath took most of the time of 30,000 links at 100x.
        target = self.files.src_uris.get(src_path) or self.files.get_file_from_path(src_path)
        if target is None:
            raise PluginError(f"{self.page.file.src_path}: a link points at {src_path}, which is not a page of the site")
        return get_relative_url(target.url, self.page.url) if self.page.url else target.url

    def theme(self, theme_id: str) -> str:
        return self.to(theme_page_path(theme_id))

    def partner(self, partner_id: str) -> str:
        return self.to(partner_page_path(partner_id))

    def milestone(self, milestone) -> str:
        """A milestone on the page that lists it in full: the roadmap, or its year's page."""
        return f"{self.to(self.roadmap.page_of(milestone))}#milestone-{milestone.id}"

    def download(self, site_path: str) -> str:
        """A file the build writes after the pages (open data), so MkDocs cannot check it;
        tests/build checks that every such link leads to a file."""
        return get_relative_url(site_path, self.page.url) if self.page.url else site_path
