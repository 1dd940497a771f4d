"""Pages the site makes from data, and where data pages go in the navigation.

A long roadmap also gets a page for each year (roadmap_pages.py), out of the navigation and
linked from the roadmap page.

A partner's page is made from its record in data/partners/: a Markdown file at
docs/partners/<id>.md is optional and adds longer text above the generated part. So is each
situation's page, under Get help (situation_pages.py), from data/situations/. Theme
pages are written by officers (docs/themes/<id>.md, see checks/theme_pages.py); they take their
title and description from the theme's record here, and their place in the navigation
from the themes' order.
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from macros.data.catalogue import Catalogue
from macros.data.registry import PARTNER_PAGES, SITUATION_PAGES, THEME_PAGES
from macros.exports.tables import PARTNER_EXPORTS
from macros.pages.context import BuildContext
from macros.pages.roadmap_macros import year_page
from macros.pages.roadmap_pages import year_of_page, year_page_path
from macros.pages.situation_pages import situation_page
from macros.pages.strategy_macros import ADOPTED_PAGE
from macros.render.jinja import markup_free

def add_generated_pages(files: Files, config, build: BuildContext) -> Files:
    """Add a page for every partner and every situation that has no Markdown file of its own."""
    catalogue = build.catalogue  # theme and partner pages were checked with every page (build.posts)
    for pages, records in ((PARTNER_PAGES, catalogue.partners), (SITUATION_PAGES, catalogue.situations)):
        for record in records:
            if files.get_file_from_path(pages.page_of(record.id)) is None:
                files.append(File.generated(config, pages.page_of(record.id), content=""))
    if build.roadmap.by_year:  # a long roadmap: a page for each year (roadmap_pages.py)
        for year in build.roadmap.years:
            files.append(File.generated(config, year_page_path(year.year), content=""))
    return files


def place_in_nav(nav: Navigation, files: Files, catalogue: Catalogue, partners_in_menu_up_to: int) -> Navigation:
    """Put each theme's page under Themes in the themes' order, and each partner's page under
    Partners in a section for its sector, in the directory's order.

    Sectors keep the menu short on a partner's page, which shows only its own sector's
    partners (navigation.prune): a list of every partner on every partner page would grow
    the site with the square of their number (at 500 partners, 150 KB of menu a page).
    Past `partners_in_menu_up_to` partners, a sector's list is longer than a screen and the
    menu costs a seventh of the build (PERFORMANCE.md): partners are then found in the directory,
    which lists them by sector, and a partner's page keeps the Partners part of the menu open.
    """
    themes = _section_of(nav, "themes/index.md")
    for theme in catalogue.themes:
        _adopt(themes, files.get_file_from_path(THEME_PAGES.page_of(theme.id)).page)
    partners = _section_of(nav, "partners/index.md")
    if len(catalogue.partners) <= partners_in_menu_up_to:
        for sector in catalogue.sectors_with_partners():
            section = Section(markup_free(sector.name), [])  # Material writes menu titles unescaped
            _adopt(partners, section)
            for partner in catalogue.partners_by_sector[sector.id]:
                _adopt(section, files.get_file_from_path(PARTNER_PAGES.page_of(partner.id)).page)
    else:
        for partner in catalogue.partners:
            # Marks Partners as the open part of the menu on the partner's page; not one of its items.
            files.get_file_from_path(PARTNER_PAGES.page_of(partner.id)).page.parent = partners
    # Previous and next links in the footer follow the navigation, so they are set again.
    nav.pages = _pages_in(nav.items)
    for earlier, later in zip(nav.pages, nav.pages[1:]):
        earlier.next_page, later.previous_page = later, earlier
    return nav


def _adopt(section: Section, item) -> None:
    item.parent = section
    section.children.append(item)


def compose(markdown: str, page: Page, build: BuildContext, files: Files) -> str:
    """A theme page takes its title from data; a partner or situation page gets its generated part."""
    if theme_id := THEME_PAGES.id_of(page.file.src_path):
        theme = build.catalogue.theme_by_id[theme_id]
        build.sources.shown(theme)  # its name is the page's title
        page.meta["title"] = theme.name  # the plugin (on_page_markdown) makes titles and descriptions markup-free
        page.meta.setdefault("description", theme.summary)
        return markdown
    if partner_id := PARTNER_PAGES.id_of(page.file.src_path):
        return _partner_page(markdown, page, build, files, partner_id)
    if situation_id := SITUATION_PAGES.id_of(page.file.src_path):
        return situation_page(markdown, page, build, build.links(page, files), situation_id)
    if (year := year_of_page(page.file.src_path)) is not None:
        build.sources.shown("data/milestones/")  # a milestone added to the year, or moved out of it, changes the page
        page.meta["title"] = f"Milestones in {year}"
        page.meta["description"] = f"The milestones of the {build.catalogue.strategy.name} that start in {year}, with their status."
        return year_page(build, page, build.links(page, files), year) + "\n"
    return markdown


def _partner_page(markdown: str, page: Page, build: BuildContext, files: Files, partner_id: str) -> str:
    catalogue = build.catalogue
    partner = catalogue.partner_by_id[partner_id]
    page.meta["title"] = partner.name  # the plugin (on_page_markdown) makes titles and descriptions markup-free
    page.meta.setdefault("description", f"What {partner.name} owns and supports in the {catalogue.strategy.name}.")
    if not markdown.strip():
        # Search finds a partner by its name and description in the directory, and each
        # commitment on its theme's page; indexing every generated partner page as well would
        # list each commitment three times and, at 500 partners, cost a sixth of the build
        # (PERFORMANCE.md). A page with text of its own (docs/partners/<id>.md) stays in search.
        page.meta.setdefault("search", {"exclude": True})
    links = build.links(page, files)
    body = build.renderer.markdown(
        "partner_page.md",
        build.stash(page),
        partner=partner,
        sector=catalogue.sector_by_id[partner.sector],
        owns=catalogue.owned_by(partner),
        supports=catalogue.supported_by(partner),
        catalogue=catalogue,
        links=links,
        today=build.today,
        open_data=build.renderer.html("open_data.html", exports=PARTNER_EXPORTS, owner_note=True, links=links),
        adopted_page=links.to(ADOPTED_PAGE),
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
