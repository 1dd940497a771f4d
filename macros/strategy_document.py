"""The whole strategy as one document: its title, file name, front matter and the link to it.

The document is the print page that mkdocs-print-site-plugin joins (macros/print_site.py says
which pages, in what order), printed to a PDF after the build by macros/strategy_pdf.py. The
PDF is made after the pages that link to it, so a page holds a marker where the link goes, and
the link is written in once the PDF's real number of pages and size are known, or left out
when no PDF was made: a link never points at a file that is not there.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from .catalogue import Catalogue
from .progress import Progress
from .rendering import render

LANGUAGE = "en-GB"
LINK_MARKER = "<!-- the link to the whole-strategy PDF goes here -->"


def title_of(catalogue: Catalogue) -> str:
    strategy = catalogue.strategy
    return f"{strategy.name} {strategy.start_year} to {strategy.end_year}"


def file_name_of(catalogue: Catalogue) -> str:
    """A name that says what the file is once downloaded: wirral-community-safety-strategy-2021-to-2025.pdf."""
    return re.sub(r"[^a-z0-9]+", "-", title_of(catalogue).lower()).strip("-") + ".pdf"


@dataclass(frozen=True)
class ContentsEntry:
    title: str
    anchor: str  # the id of the page's section on the print page


def front_matter(catalogue: Catalogue, today: datetime.date, contents: list[ContentsEntry]) -> Markup:
    return render(
        "print_front_matter.html",
        strategy=catalogue.strategy,
        title=title_of(catalogue),
        progress=Progress.of(catalogue.milestones, today),
        today=today,
        contents=contents,
    )


def footer(catalogue: Catalogue) -> str:
    return str(render("pdf_footer.html", title=title_of(catalogue)))


def size_text(size: int) -> str:
    """GOV.UK style for a download's size: '512 KB', '1.4 MB'."""
    kilobytes = size / 1024
    if kilobytes < 1024:
        return f"{max(1, round(kilobytes))} KB"
    return f"{kilobytes / 1024:.1f} MB"


def link_text(pages: int, size: int) -> str:
    return f"Download the strategy (PDF, {pages} {'page' if pages == 1 else 'pages'}, {size_text(size)})"


@dataclass(frozen=True)
class LinkPlace:
    """A built page that shows the link: its file, and its address for a relative link."""

    file: Path
    url: str


class LinkPlaces:
    """The pages whose macros asked for the link in this build (mkdocs serve builds again)."""

    def __init__(self) -> None:
        self._places: dict[Path, LinkPlace] = {}

    def add(self, page: Page) -> Markup:
        self._places[Path(page.file.abs_dest_path)] = LinkPlace(Path(page.file.abs_dest_path), page.url)
        return Markup(LINK_MARKER)

    def clear(self) -> None:
        self._places.clear()

    def write_links(self, pdf_site_path: str | None, pages: int = 0, size: int = 0) -> None:
        """Put the link where each marker is, or nothing when there is no PDF."""
        for place in self._places.values():
            if pdf_site_path is None:
                link = ""
            else:
                href = get_relative_url(pdf_site_path, place.url)
                link = str(render("strategy_pdf_link.html", href=href, text=link_text(pages, size)))
            html = place.file.read_text(encoding="utf-8")
            place.file.write_text(html.replace(LINK_MARKER, link), encoding="utf-8")


LINK_PLACES = LinkPlaces()
