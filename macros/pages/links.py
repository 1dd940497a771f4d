"""Relative links from the page being made to the other pages of the site."""

from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from macros.data.registry import PARTNER_PAGES, SITUATION_PAGES, THEME_PAGES
from macros.pages.roadmap_pages import RoadmapLayout
from macros.render.urls import relative_url


class Links:
    """Links from one page, each checked as it is made: a link to a page the site does not
    have stops the build."""

    def __init__(self, page: Page, files: Files, roadmap: RoadmapLayout):
        self.page, self.files, self.roadmap = page, files, roadmap

    def to(self, src_path: str) -> str:
        # src_uris first: most paths are already in its form, and get_file_from_path making each
        # one a PurePath took most of the time of 30,000 links at 100x.
        target = self.files.src_uris.get(src_path) or self.files.get_file_from_path(src_path)
        if target is None:
            raise PluginError(f"{self.page.file.src_path}: a link points at {src_path}, which is not a page of the site")
        return relative_url(target.url, self.page.url) if self.page.url else target.url

    def theme(self, theme_id: str) -> str:
        return self.to(THEME_PAGES.page_of(theme_id))

    def partner(self, partner_id: str) -> str:
        return self.to(PARTNER_PAGES.page_of(partner_id))

    def situation(self, situation_id: str) -> str:
        return self.to(SITUATION_PAGES.page_of(situation_id))

    def milestone(self, milestone) -> str:
        """A milestone on the page that lists it in full: the roadmap, or its year's page."""
        return f"{self.to(self.roadmap.page_of(milestone))}#milestone-{milestone.id}"

    def download(self, site_path: str) -> str:
        """A file the build writes after the pages (open data), so MkDocs cannot check it;
        tests/build checks that every such link leads to a file."""
        return relative_url(site_path, self.page.url) if self.page.url else site_path
