"""Print the whole-strategy page to a tagged PDF with Chromium, and name it in its metadata.

Debian's Chromium, driven by Playwright, opens the print page from disk with every request
to a network refused (the site has no web fonts, so system fonts are used), and prints it
as a tagged PDF (a structure tree for screen readers) with an outline made from its headings.
The contents on the first page get their page numbers in a second printing: Chromium cannot
number pages in the HTML, so the first printing shows on which page each section starts (its
named destination), those numbers are written into the contents, and the page is printed
again; the numbers take the space kept for them, so nothing moves.

The PDF's title, author and language go into its metadata with pypdf, as Chromium sets only
the title, from the page's <title>.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path

from macros.data.errors import ProjectError
from macros.exports.pdf.chromium import CHROMIUM, CHROMIUM_ARGS

PAPER = {"format": "A4", "margin": {"top": "16mm", "bottom": "18mm", "left": "15mm", "right": "15mm"}}
TIMEOUT_MS = 120_000
PRINTINGS = 3  # the contents' numbers settle after the second; a third is a safety margin

# Links that lead to another file of the site (open data, the feed) mean nothing on paper,
# where there is no site beside the PDF: they become plain text. Links within the document
# (#...) and to other sites or phone numbers stay links.
UNLINK_FILES = """() => {
  for (const link of document.querySelectorAll('#print-site-page a[href]')) {
    const href = link.getAttribute('href');
    if (href.startsWith('#') || /^(https?:|mailto:|tel:)/.test(href)) continue;
    const text = document.createElement('span');
    text.append(...link.childNodes);
    link.replaceWith(text);
  }
}"""
FILL_PAGE_NUMBERS = """numbers => {
  for (const span of document.querySelectorAll('[data-page-of]')) {
    span.textContent = numbers[span.dataset.pageOf] ?? '';
  }
}"""


class PdfError(ProjectError):
    """The PDF could not be made; the message says why, for whoever builds the site."""


@dataclass(frozen=True)
class Metadata:
    title: str
    author: str
    language: str
    subject: str


@dataclass(frozen=True)
class PrintedPdf:
    path: Path
    pages: int
    size: int


def chromium_path() -> Path:
    """STRATEGY_CHROMIUM names another Chromium (tests use it to show a machine without one)."""
    return Path(os.environ.get("STRATEGY_CHROMIUM") or CHROMIUM)


def why_not(wanted: bool, command: str | None) -> str | None:
    """Why this build makes no PDF, in words for whoever runs it; None when it can. `wanted`
    is the plugin's `pdf` setting (STRATEGY_PDF=skip turns it off)."""
    if not wanted:
        return "the pdf setting is skip (STRATEGY_PDF=skip)"
    if command == "serve":
        return "mkdocs serve does not make it, to keep rebuilding quick (./scripts/build does)"
    if not chromium_path().is_file():
        return f"Chromium was not found at {chromium_path()} (install Debian's chromium package: scripts/install-browser-deps)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the Python package playwright is not installed (run ./scripts/setup)"
    return None


def print_pdf(print_page: Path, out: Path, anchors: list[str], footer_html: str, metadata: Metadata) -> PrintedPdf:
    """Print `print_page` to `out`; `anchors` are the ids whose page numbers the contents show."""
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(chromium_path()), headless=True, args=CHROMIUM_ARGS)
            try:
                context = browser.new_context()
                context.route(lambda url: not url.startswith(("file:", "data:")), lambda route: route.abort())
                page = context.new_page()
                page.set_default_timeout(TIMEOUT_MS)
                page.goto(print_page.as_uri(), wait_until="load")
                page.evaluate(UNLINK_FILES)
                pdf = _print(page, footer_html)
                for _ in range(PRINTINGS - 1):
                    numbers = pages_of(pdf, anchors)
                    page.evaluate(FILL_PAGE_NUMBERS, {anchor: str(number) for anchor, number in numbers.items()})
                    pdf = _print(page, footer_html)
                    if pages_of(pdf, anchors) == numbers:
                        break
                else:
                    raise PdfError("The whole-strategy PDF: the contents' page numbers did not settle; check docs/stylesheets/print-document.css")
            finally:
                browser.close()
    except PlaywrightError as error:
        raise PdfError(f"The whole-strategy PDF could not be printed by Chromium: {error}") from None
    out.parent.mkdir(parents=True, exist_ok=True)
    pages = write_with_metadata(pdf, out, metadata)
    return PrintedPdf(out, pages, out.stat().st_size)


def _print(page, footer_html: str) -> bytes:
    return page.pdf(
        **PAPER,
        print_background=True,
        display_header_footer=True,
        header_template="<span></span>",
        footer_template=footer_html,
        tagged=True,
        outline=True,
    )


def pages_of(pdf: bytes, anchors: list[str]) -> dict[str, int]:
    """The page (from 1) on which each anchor's element starts: Chromium makes every id that a
    link in the document leads to a named destination."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    destinations = {name.removeprefix("/"): destination for name, destination in reader.named_destinations.items()}
    missing = [anchor for anchor in anchors if anchor not in destinations]
    if missing:
        raise PdfError(f"The whole-strategy PDF has no place for these sections: {', '.join(missing)}")
    return {anchor: reader.get_destination_page_number(destinations[anchor]) + 1 for anchor in anchors}


def write_with_metadata(pdf: bytes, out: Path, metadata: Metadata) -> int:
    """Write the PDF with its title, author, subject and language; return its number of pages."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import BooleanObject, DictionaryObject, NameObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_metadata({"/Title": metadata.title, "/Author": metadata.author, "/Subject": metadata.subject})
    root = writer.root_object
    root[NameObject("/Lang")] = TextStringObject(metadata.language)
    # PDF/UA: a reader's window shows the document's title, not its file name.
    preferences = root.get("/ViewerPreferences")
    preferences = preferences.get_object() if preferences is not None else DictionaryObject()
    preferences[NameObject("/DisplayDocTitle")] = BooleanObject(True)
    root[NameObject("/ViewerPreferences")] = preferences
    with out.open("wb") as opened:
        writer.write(opened)
    return len(writer.pages)
