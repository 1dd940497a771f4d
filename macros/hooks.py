"""MkDocs hooks: pages generated from data/, and their place in the navigation.

A theme page exists for every entry in data/themes.yml. docs/themes/<id>.md is optional
and adds longer text between the generated top and bottom of the page; the officer's
text is never run through Jinja, so a `{{` in it stays as written.

Partner pages work the same way from data/partners.yml (docs/partners/<id>.md optional),
and after the build the open-data files are written into <site>/data/.
"""

from __future__ import annotations

import html
from pathlib import PurePosixPath

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from macros.build import Links, catalogue_for, partner_page_path, theme_page_path
from macros.exports import PARTNER_EXPORTS, write_partner_exports
from macros.rendering import render

THEMES_SECTION = "themes/index.md"
PARTNERS_SECTION = "partners/index.md"
PARTNERS_OWN_PAGES = {PARTNERS_SECTION, "partners/overview.md"}


def on_files(files: Files, config) -> Files:
    catalogue = catalogue_for(config)
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
    _add_partner_pages(files, config, catalogue)
    return files


def _add_partner_pages(files: Files, config, catalogue) -> None:
    partner_ids = set(catalogue.partner_by_id)
    strays = [
        file.src_path
        for file in files.documentation_pages()
        if _partner_id(file.src_path) and _partner_id(file.src_path) not in partner_ids
    ]
    if strays:
        raise PluginError(
            "These partner pages match no partner id in data/partners.yml (check the file name): "
            + ", ".join(f"docs/{path}" for path in strays)
        )
    for partner in catalogue.partners:
        if files.get_file_from_path(partner_page_path(partner.id)) is None:
            files.append(File.generated(config, partner_page_path(partner.id), content=""))


def on_nav(nav: Navigation, config, files: Files) -> Navigation:
    """Put the theme and partner pages under Themes and Partners, in the order of data/."""
    catalogue = catalogue_for(config)
    _append_pages(_section_of(nav, THEMES_SECTION), files, [theme_page_path(theme.id) for theme in catalogue.themes])
    _append_pages(_section_of(nav, PARTNERS_SECTION), files, [partner_page_path(partner.id) for partner in catalogue.partners])
    # Previous and next links in the footer follow the navigation, so they are set again.
    nav.pages = _pages_in(nav.items)
    for earlier, later in zip(nav.pages, nav.pages[1:]):
        earlier.next_page, later.previous_page = later, earlier
    return nav


def _append_pages(section: Section, files: Files, src_paths: list[str]) -> None:
    for src_path in src_paths:
        page = files.get_file_from_path(src_path).page
        page.parent = section
        section.children.append(page)


def on_page_markdown(markdown: str, page: Page, config, files: Files) -> str:
    partner_id = _partner_id(page.file.src_path)
    if partner_id:
        return _partner_page_markdown(markdown, page, config, files, partner_id)
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
    bottom = render(
        "theme_bottom.md",
        theme=theme,
        related=catalogue.related_themes(theme),
        commitments=catalogue.commitments_by_theme.get(theme.id, []),
        catalogue=catalogue,
        links=links,
    )
    return "\n\n".join(part for part in (top, markdown.strip(), bottom) if part) + "\n"


def _partner_page_markdown(markdown: str, page: Page, config, files: Files, partner_id: str) -> str:
    catalogue = catalogue_for(config)
    partner = catalogue.partner_by_id[partner_id]
    page.meta["title"] = html.escape(partner.name)  # MkDocs puts titles into HTML unescaped
    page.meta.setdefault("description", html.escape(f"What {partner.name} owns and supports in Wirral's Community Safety Strategy."))
    links = Links(page, files)
    body = render(
        "partner_page.md",
        partner=partner,
        sector=catalogue.sector_by_id[partner.sector],
        owns=catalogue.owned_by(partner),
        supports=catalogue.supported_by(partner),
        catalogue=catalogue,
        links=links,
        open_data=render("open_data.html", exports=PARTNER_EXPORTS, links=links),
    )
    return "\n\n".join(part for part in (markdown.strip(), body) if part) + "\n"


def on_post_build(config) -> None:
    """Open data: written once the pages are, from the same catalogue."""
    write_partner_exports(catalogue_for(config), config["site_dir"])


def _theme_id(src_path: str) -> str | None:
    path = PurePosixPath(src_path)
    if path.parent.name == "themes" and path.parent.parent == PurePosixPath(".") and path.name != "index.md":
        return path.stem
    return None


def _partner_id(src_path: str) -> str | None:
    path = PurePosixPath(src_path)
    if path.parent == PurePosixPath("partners") and src_path not in PARTNERS_OWN_PAGES:
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
