"""Pages the site makes from data, and where data pages go in the navigation.

A partner's page is made from its record in data/partners/: a Markdown file at
docs/partners/<id>.md is optional and adds longer text above the generated part. Theme
pages are written by officers (docs/themes/<id>.md, see theme_pages.py); they take their
title and description from the theme's record here, and their place in the navigation
from the themes' order.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from .build import Build, Links, partner_page_path, theme_page_path
from .catalogue import Catalogue
from .exports import PARTNER_EXPORTS
from .page_sources import shown
from .rendering import render, render_markdown
from .theme_pages import theme_id_of

PARTNERS_FOLDER = "partners"
PARTNERS_OWN_PAGES = frozenset({"index.md", "overview.md"})  # hand-written pages beside the partners'


def partner_id_of(src_path: str) -> str | None:
    path = PurePosixPath(src_path)
    if path.parent == PurePosixPath(PARTNERS_FOLDER) and path.name not in PARTNERS_OWN_PAGES:
        return path.stem
    return None


def add_generated_pages(files: Files, config, build: Build) -> Files:
    """Add a page for every partner; stop on a theme or partner page that matches no record."""
    catalogue = build.catalogue  # theme and partner pages were checked with every page (build.posts)
    for partner in catalogue.partners:
        if files.get_file_from_path(partner_page_path(partner.id)) is None:
            files.append(File.generated(config, partner_page_path(partner.id), content=""))
    return files


def place_in_nav(nav: Navigation, files: Files, catalogue: Catalogue) -> Navigation:
    """Put each theme's and partner's page under its section, in the order the site lists them."""
    sections = (
        ("themes/index.md", [theme_page_path(theme.id) for theme in catalogue.themes]),
        ("partners/index.md", [partner_page_path(partner.id) for partner in catalogue.partners]),
    )
    for index_path, page_paths in sections:
        section = _section_of(nav, index_path)
        for path in page_paths:
            page = files.get_file_from_path(path).page
            page.parent = section
            section.children.append(page)
    # Previous and next links in the footer follow the navigation, so they are set again.
    nav.pages = _pages_in(nav.items)
    for earlier, later in zip(nav.pages, nav.pages[1:]):
        earlier.next_page, later.previous_page = later, earlier
    return nav


def compose(markdown: str, page: Page, build: Build, files: Files) -> str:
    """A theme page takes its title from data; a partner page gets its generated part."""
    if theme_id := theme_id_of(page.file.src_path):
        theme = build.catalogue.theme_by_id[theme_id]
        shown(theme)  # its name is the page's title
        page.meta["title"] = theme.name  # hooks.py makes titles and descriptions markup-free
        page.meta.setdefault("description", theme.summary)
        return markdown
    if partner_id := partner_id_of(page.file.src_path):
        return _partner_page(markdown, page, build, files, partner_id)
    return markdown


def _partner_page(markdown: str, page: Page, build: Build, files: Files, partner_id: str) -> str:
    catalogue = build.catalogue
    partner = catalogue.partner_by_id[partner_id]
    page.meta["title"] = partner.name  # hooks.py makes titles and descriptions markup-free
    page.meta.setdefault("description", f"What {partner.name} owns and supports in Wirral's Community Safety Strategy.")
    links = Links(page, files)
    body = render_markdown(
        "partner_page.md",
        build.stash(page),
        partner=partner,
        sector=catalogue.sector_by_id[partner.sector],
        owns=catalogue.owned_by(partner),
        supports=catalogue.supported_by(partner),
        catalogue=catalogue,
        links=links,
        today=build.today,
        open_data=render("open_data.html", exports=PARTNER_EXPORTS, owner_note=True, links=links),
    )
    return "\n\n".join(part for part in (markdown.strip(), body) if part) + "\n"


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
