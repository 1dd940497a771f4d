"""The whole strategy as one document: its title, file name, front matter and the link to it.

The document is the print page that mkdocs-print-site-plugin joins (macros/exports/pdf/print_page.py says
which pages, in what order), printed to a PDF after the build by macros/exports/pdf/printer.py. The
PDF is made after the pages that link to it, so a page holds a marker where the link goes, and
the link is written in once the PDF's real number of pages and size are known, or left out
when no PDF was made: a link never points at a file that is not there.
"""

from __future__ import annotations

import datetime
import html
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from macros.exports.pdf import print_page as print_site
from macros.data.catalogue import Catalogue
from macros.data.progress import Progress
from macros.render.jinja import render
from macros.render.strategy_dates import strategy_notice
from macros.exports.pdf.printer import Metadata, print_pdf, why_not

log = logging.getLogger("mkdocs.plugins.strategy")

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
        notice=strategy_notice(catalogue.strategy, today),
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


class PrintDocument:
    """One build's whole-strategy document: the pages it joins, those it leaves out, and the
    pages that link to its PDF. Each method is called by one MkDocs event (hooks.py)."""

    def __init__(self) -> None:
        self.pages: list[Page] = []
        self.left_out: dict[str, str] = {}
        self.links = LinkPlaces()

    def choose_pages(self, config, files: Files, catalogue: Catalogue) -> None:
        """on_nav, after the plugin's: the pages to join, in the document's order."""
        if print_site.plugin_of(config):
            self.pages = print_site.pages_in_print_order(files, catalogue)
            print_site.use_print_order(config, self.pages)

    def page_content(self, html: str, page: Page) -> str:
        """on_page_content, before the plugin keeps each page's HTML."""
        return print_site.heading_first(html, page) if page in self.pages else html

    def hand_over(self, config, files: Files, catalogue: Catalogue, today: datetime.date) -> None:
        """on_env: every page's heading is known, and the plugin has not yet joined them."""
        if not print_site.plugin_of(config):
            return
        contents = [ContentsEntry(heading_of(page), print_site.anchor_of(page)) for page in self.pages]
        print_site.hand_over_front_matter(config, front_matter(catalogue, today, contents))
        self.left_out = print_site.left_out_pages(files, self.pages)

    def publish(self, config, catalogue: Catalogue, command: str | None) -> None:
        """on_post_build, after the plugin's: repair its page, print it, write the links."""
        if print_site.plugin_of(config):
            print_site.repair_print_page_file(config, self.left_out)
        reason = why_not(command) or (None if print_site.plugin_of(config) else "mkdocs.yml does not use the print-site plugin")
        if reason:
            log.info(f"The whole-strategy PDF was not made: {reason}. No page links to it.")
            self.links.write_links(None)
            return
        name = file_name_of(catalogue)
        strategy = catalogue.strategy
        metadata = Metadata(
            title=title_of(catalogue),
            author=strategy.author,
            language=LANGUAGE,
            subject=f"{strategy.name}: its themes, roadmap, partners and commitments, Equality Impact Assessment and how to get help",
        )
        anchors = [print_site.anchor_of(page) for page in self.pages]
        pdf = print_pdf(print_site.print_page_path(config), Path(config.site_dir) / name, anchors, footer(catalogue), metadata)
        self.links.write_links(name, pdf.pages, pdf.size)
        log.info(f"The whole-strategy PDF: {name}, {pdf.pages} pages, {size_text(pdf.size)}")


def heading_of(page: Page) -> str:
    """A page's own heading, as the PDF's outline shows it; else its title."""
    heading = next((item.title for item in page.toc if item.level == 1), None)
    return html.unescape(heading) if heading else page.title
