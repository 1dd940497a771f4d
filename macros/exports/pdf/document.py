"""The whole strategy as one document: its title, file name, front matter, and the link to it.

The document is the print page that mkdocs-print-site-plugin joins (print_page.py says which
pages, in what order), printed to a PDF after the build by printer.py. The PDF is made after
the pages that link to it, so a page holds a marker where the link goes, and the link is
written in once the PDF's real number of pages and size are known, or left out when no PDF
was made: a link never points at a file that is not there.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

from macros.data.catalogue import Catalogue
from macros.data.numbers import counted
from macros.data.progress import Progress
from macros.exports.pdf.printer import Metadata, PrintedPdf, print_pdf
from macros.render.jinja import Renderer
from macros.render.strategy_dates import strategy_notice
from macros.render.urls import relative_url

LANGUAGE = "en-GB"
LINK_MARKER = "<!-- the link to the whole-strategy PDF goes here -->"


def title_of(catalogue: Catalogue) -> str:
    strategy = catalogue.strategy
    return f"{strategy.name} {strategy.start_year} to {strategy.end_year}"


def file_name_of(catalogue: Catalogue) -> str:
    """A name that says what the file is once downloaded: its title in lower case, with hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", title_of(catalogue).lower()).strip("-") + ".pdf"


@dataclass(frozen=True)
class ContentsEntry:
    title: str
    anchor: str  # the id of the page's section on the print page


def front_matter(
    catalogue: Catalogue, today: datetime.date, contents: list[ContentsEntry], renderer: Renderer, now_section: str | None = None
) -> Markup:
    """`now_section`: the id of the section that says where the strategy is now, which the
    notice links to, as it does on every page of the website."""
    return renderer.html(
        "print_front_matter.html",
        strategy=catalogue.strategy,
        title=title_of(catalogue),
        progress=Progress.of(catalogue.milestones, today),
        today=today,
        notice=strategy_notice(catalogue.strategy, today, renderer),
        contents=contents,
        now_section=now_section,
    )


def size_text(size: int) -> str:
    """GOV.UK style for a download's size: '512 KB', '1.4 MB'."""
    kilobytes = size / 1024
    if kilobytes < 1024:
        return f"{max(1, round(kilobytes))} KB"
    return f"{kilobytes / 1024:.1f} MB"


def link_text(pages: int, size: int) -> str:
    return f"Download the strategy (PDF, {counted(pages, 'page')}, {size_text(size)})"


@dataclass(frozen=True)
class LinkPlace:
    """A built page that shows the link: its file, and its address for a relative link."""

    file: Path
    url: str


class LinkPlaces:
    """The pages whose macros asked for the link in this build."""

    def __init__(self) -> None:
        self._places: dict[Path, LinkPlace] = {}

    def add(self, file: Path, url: str) -> Markup:
        """A marker for the page built into `file`, at `url`, where the link will go."""
        self._places[file] = LinkPlace(file, url)
        return Markup(LINK_MARKER)

    def write_links(self, renderer: Renderer, pdf_site_path: str | None, pages: int = 0, size: int = 0) -> None:
        """Put the link where each marker is, or nothing when there is no PDF."""
        for place in self._places.values():
            if pdf_site_path is None:
                link = ""
            else:
                href = relative_url(pdf_site_path, place.url)
                link = str(renderer.html("strategy_pdf_link.html", href=href, text=link_text(pages, size)))
            html = place.file.read_text(encoding="utf-8")
            place.file.write_text(html.replace(LINK_MARKER, link), encoding="utf-8")


def print_document(print_page: Path, site_dir: Path, catalogue: Catalogue, anchors: list[str], renderer: Renderer) -> PrintedPdf:
    """Print the joined page into the site as the whole-strategy PDF, its contents numbered for `anchors`."""
    strategy = catalogue.strategy
    metadata = Metadata(
        title=title_of(catalogue),
        author=strategy.author,
        language=LANGUAGE,
        subject=f"{strategy.name}: its themes, roadmap, partners and commitments, Equality Impact Assessment and how to get help",
    )
    footer = str(renderer.html("pdf_footer.html", title=title_of(catalogue)))
    return print_pdf(print_page, site_dir / file_name_of(catalogue), anchors, footer, metadata)
