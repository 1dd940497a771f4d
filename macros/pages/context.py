"""One build's shared state, made once a build by the plugin and handed to whoever needs it.

A BuildContext holds what every page is made from: the checked catalogue and updates, the
settings and the day progress is measured on, the change history (read when first asked
for), and what the build notes as it goes: each page's HTML stash and the sources each page
shows. It never checks anything itself: the plugin makes it from what check_project()
returned (checks/project.py).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from functools import cached_property

from markupsafe import Markup
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from macros.data.catalogue import Catalogue
from macros.data.project import Project
from macros.data.registry import page_source
from macros.data.updates import Post
from macros.exports.pdf.document import LinkPlaces
from macros.history.change_notes import History, HistoryReader
from macros.pages.links import Links
from macros.pages.roadmap_pages import RoadmapLayout
from macros.render.html_stash import HtmlStash
from macros.render.jinja import Renderer
from macros.render.page_sources import PageSources
from macros.render.strategy_dates import strategy_notice


@dataclass(frozen=True)
class Settings:
    """What mkdocs.yml may set for a build (the plugin's options), with their defaults.

    The layout limits are sizes past which a page is laid out for many records: a page a year
    for the roadmap, a table for a theme's commitments, numbers for each partner in who does
    what, the directory instead of the menu for partners. Tests set them lower, to build those
    layouts with today's data."""

    today: datetime.date = field(default_factory=datetime.date.today)
    roadmap_one_page_up_to: int = 150  # about 120 KB of HTML at today's milestone length
    commitments_as_cards_up_to: int = 50
    partner_rows_in_full_up_to: int = 50  # with 500 partners, naming each one's themes made the page 776 KB
    partners_in_menu_up_to: int = 50  # past this, a sector's list is longer than a screen


class BuildContext:
    def __init__(self, project: Project, catalogue: Catalogue, posts: list[Post], settings: Settings, histories: HistoryReader | None = None):
        self.project = project
        self.catalogue = catalogue
        self.posts = posts  # the news updates, newest first
        self.settings = settings
        self.today = settings.today
        self._histories = histories or HistoryReader()
        self.sources = PageSources()
        self.renderer = Renderer(self.sources, project.root)
        self.pdf_links = LinkPlaces()  # the pages that link to the whole-strategy PDF
        self.files: Files | None = None
        self.pages: dict[str, Page] = {}  # every page made, by its path in docs/
        self._stashes: dict[str, HtmlStash] = {}

    @cached_property
    def docs_prefix(self) -> str:
        return self.project.docs_prefix

    @cached_property
    def history(self) -> History:
        return self._histories.read(self.project.root)

    @cached_property
    def strategy_notice(self) -> Markup | None:
        """What every page says about the strategy's period, once it has ended."""
        return strategy_notice(self.catalogue.strategy, self.today, self.renderer)

    @cached_property
    def roadmap(self) -> RoadmapLayout:
        """Where each milestone is listed: the roadmap page, or its year's page."""
        return RoadmapLayout.of(self.catalogue.milestones, self.today, self.settings.roadmap_one_page_up_to)

    def begin_page(self, page: Page) -> None:
        """Note what the page shows while it is made, from its own file onwards."""
        self.pages[page.file.src_path] = page
        self.sources.begin(page.file.src_path, page_source(page.file.src_path, page.file.generated_by is not None, self.docs_prefix))

    def end_page(self) -> None:
        self.sources.end()

    def sources_of(self, page: Page) -> set[str]:
        return self.sources.of(page.file.src_path)

    def shows_history(self, page: Page) -> bool:
        return "docs/" in self.sources_of(page)

    def links(self, page: Page, files: Files) -> Links:
        return Links(page, files, self.roadmap)

    def stash(self, page: Page) -> HtmlStash:
        """The page's stash: macro output waits here while Markdown is converted."""
        stash = self._stashes.get(page.file.src_path)
        if stash is None:  # not setdefault: a stash compiles its pattern when made, twice a page
            stash = self._stashes[page.file.src_path] = HtmlStash()
        return stash
