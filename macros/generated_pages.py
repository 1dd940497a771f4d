"""Pages made from data: one per theme and one per partner.

A page exists for every entry in data/themes.yml and data/partners.yml. A Markdown file
at docs/themes/<id>.md or docs/partners/<id>.md is optional and adds longer text; the
generated parts come from autoescaped templates and are added after the macros plugin has
run, so they are never read as a template themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Callable

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from .build import Links, catalogue_for, partner_page_path, posts_for, theme_page_path, today_for
from .catalogue import Catalogue
from .exports import PARTNER_EXPORTS
from .progress import Progress
from .rendering import render
from .roadmap_macros import theme_chart


@dataclass(frozen=True)
class PageKind:
    folder: str  # docs/<folder>/<id>.md; its index.md is the section the pages go under
    data_file: str
    ids: Callable[[Catalogue], list[str]]
    own_pages: frozenset[str]  # hand-written pages in the folder that are not generated
    path: Callable[[str], str]  # the page's source path, shared with Links

    def id_of(self, src_path: str) -> str | None:
        path = PurePosixPath(src_path)
        if path.parent == PurePosixPath(self.folder) and path.name not in self.own_pages:
            return path.stem
        return None


THEMES = PageKind(
    "themes", "themes.yml", lambda catalogue: [theme.id for theme in catalogue.themes], frozenset({"index.md"}), theme_page_path
)
PARTNERS = PageKind(
    "partners",
    "partners.yml",
    lambda catalogue: [partner.id for partner in catalogue.partners],
    frozenset({"index.md", "overview.md"}),
    partner_page_path,
)
KINDS = (THEMES, PARTNERS)


def add_generated_pages(files: Files, config, catalogue: Catalogue) -> Files:
    """Add a page for every entry that has no Markdown file; stop on a file that matches none."""
    strays = []
    for kind in KINDS:
        known = set(kind.ids(catalogue))
        strays += [
            f"docs/{file.src_path} (no id in data/{kind.data_file})"
            for file in files.documentation_pages()
            if kind.id_of(file.src_path) and kind.id_of(file.src_path) not in known
        ]
        for entry_id in kind.ids(catalogue):
            if files.get_file_from_path(kind.path(entry_id)) is None:
                files.append(File.generated(config, kind.path(entry_id), content=""))
    if strays:
        raise PluginError("These pages match no entry in the data (check the file name): " + ", ".join(strays))
    return files


def place_in_nav(nav: Navigation, files: Files, catalogue: Catalogue) -> Navigation:
    """Put each generated page under its section, in the order of its data file."""
    for kind in KINDS:
        section = _section_of(nav, f"{kind.folder}/index.md")
        for entry_id in kind.ids(catalogue):
            page = files.get_file_from_path(kind.path(entry_id)).page
            page.parent = section
            section.children.append(page)
    # Previous and next links in the footer follow the navigation, so they are set again.
    nav.pages = _pages_in(nav.items)
    for earlier, later in zip(nav.pages, nav.pages[1:]):
        earlier.next_page, later.previous_page = later, earlier
    return nav


def compose(markdown: str, page: Page, config, files: Files) -> str:
    """The page's Markdown with its generated parts, for theme and partner pages."""
    if theme_id := THEMES.id_of(page.file.src_path):
        return _theme_page(markdown, page, config, files, theme_id)
    if partner_id := PARTNERS.id_of(page.file.src_path):
        return _partner_page(markdown, page, config, files, partner_id)
    return markdown


def data_files_of(page: Page) -> tuple[str, ...]:
    """The data files a generated page shows, for its "Last updated" date."""
    if THEMES.id_of(page.file.src_path):
        return ("themes.yml", "contacts.yml", "commitments.yml", "milestones.yml", "partners.yml", "strategy.yml")
    if PARTNERS.id_of(page.file.src_path):
        return ("partners.yml", "sectors.yml", "commitments.yml", "themes.yml")
    return ()


def _theme_page(markdown: str, page: Page, config, files: Files, theme_id: str) -> str:
    catalogue, today = catalogue_for(config), today_for(config)
    theme = catalogue.theme_by_id[theme_id]
    page.meta["title"] = theme.name  # hooks.py makes titles and descriptions markup-free
    links = Links(page, files)
    help_box = render(
        "help_box.html",
        contacts=catalogue.contacts_for(theme),
        heading="Report a concern or get help",
        heading_id="get-help",
        # Named for its theme: the whole-strategy PDF holds every theme's box, and each
        # landmark there needs a name of its own.
        label=f"Report a concern or get help: {theme.name}",
    )
    milestones = catalogue.milestones_by_theme.get(theme.id, [])
    top = render("theme_top.md", theme=theme, help_box=help_box)
    bottom = render(
        "theme_bottom.md",
        theme=theme,
        related=catalogue.related_themes(theme),
        commitments=catalogue.commitments_by_theme.get(theme.id, []),
        milestones=milestones,
        progress=Progress.of(milestones, today),
        today=today,
        timeline_chart=theme_chart(catalogue, theme, today),
        updates=[post for post in posts_for(config) if theme.id in post.update.categories],
        catalogue=catalogue,
        links=links,
    )
    return "\n\n".join(part for part in (top, markdown.strip(), bottom) if part) + "\n"


def _partner_page(markdown: str, page: Page, config, files: Files, partner_id: str) -> str:
    catalogue = catalogue_for(config)
    partner = catalogue.partner_by_id[partner_id]
    page.meta["title"] = partner.name  # hooks.py makes titles and descriptions markup-free
    page.meta.setdefault("description", f"What {partner.name} owns and supports in Wirral's Community Safety Strategy.")
    links = Links(page, files)
    body = render(
        "partner_page.md",
        partner=partner,
        sector=catalogue.sector_by_id[partner.sector],
        owns=catalogue.owned_by(partner),
        supports=catalogue.supported_by(partner),
        catalogue=catalogue,
        links=links,
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
