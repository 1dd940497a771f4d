"""The whole strategy as one PDF: what it holds, that it is tagged and outlined, its metadata,
its links, and a link to it that tells the truth about it; and the print page it is made from."""

from __future__ import annotations

import datetime
import json
import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest

from macros.data.partial_dates import long_date
from macros.data.progress import Progress
from macros.exports.pdf.document import LINK_MARKER, file_name_of, size_text, title_of
from macros.exports.pdf.printer import chromium_path
from tests.sitebuild import TEST_TODAY, build

pytestmark = pytest.mark.build

pypdf = pytest.importorskip("pypdf")

LINK = re.compile(r'<a href="([^"]+\.pdf)" type="application/pdf">Download the strategy \(PDF, (\d+) pages, ([\d.]+) (KB|MB)\)</a>')
PRINT_PAGE = "print_page/index.html"


@pytest.fixture(scope="module")
def pdf_path(built_site, catalogue) -> Path:
    path = built_site / file_name_of(catalogue)
    if not path.exists() and not chromium_path().is_file():
        pytest.skip(f"{chromium_path()} is not installed, so the build made no PDF (scripts/install-browser-deps installs it)")
    assert path.is_file(), f"Chromium is installed but the build made no {path.name}"
    return path


@pytest.fixture(scope="module")
def reader(pdf_path):
    return pypdf.PdfReader(pdf_path)


@cache
def _text_of(path: Path) -> tuple[str, ...]:
    return tuple(" ".join((page.extract_text() or "").split()) for page in pypdf.PdfReader(path).pages)


@pytest.fixture(scope="module")
def page_texts(pdf_path) -> tuple[str, ...]:
    """The text of each page, with every run of white space made one space."""
    return _text_of(pdf_path)


@pytest.fixture(scope="module")
def text(page_texts) -> str:
    return unicodedata.normalize("NFKC", " ".join(page_texts))  # "ﬀ", a ligature, is "ff" as read


def test_the_pdf_holds_every_theme_milestone_and_protected_characteristic(text, catalogue):
    missing = [theme.name for theme in catalogue.themes if theme.name not in text]
    missing += [milestone.title for milestone in catalogue.milestones if milestone.title not in text]
    missing += [row.name for row in catalogue.eia.characteristics if row.name not in text]
    assert not missing, f"not in the PDF's text: {missing}"


def test_the_first_page_is_the_front_matter_with_numbered_contents(page_texts, reader, catalogue):
    first = page_texts[0]
    today = datetime.date.fromisoformat(TEST_TODAY)
    strategy = catalogue.strategy
    for fact in (title_of(catalogue), f"{strategy.start_year} to {strategy.end_year}", Progress.of(catalogue.milestones, today).summary, long_date(today), "Contents"):
        assert fact in first, f"{fact!r} is not on page 1: {first[:500]}"
    # Each entry in the contents gives the page its section starts on.
    starts = {item.title: reader.get_destination_page_number(item) + 1 for item in reader.outline if not isinstance(item, list)}
    for theme in catalogue.themes:
        assert re.search(rf"{re.escape(theme.name)}\W*{starts[theme.name]}\b", first + page_texts[1]), f"{theme.name}: page {starts[theme.name]}"


def test_the_pdf_is_tagged_for_screen_readers(reader):
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] is True or root["/MarkInfo"]["/Marked"] == pypdf.generic.BooleanObject(True)
    structure = root["/StructTreeRoot"].get_object()
    assert structure.get("/K"), "the structure tree is empty"


def test_the_outline_lists_the_themes_as_entries(reader, catalogue):
    top_level = [item.title for item in reader.outline if not isinstance(item, list)]
    assert title_of(catalogue) in top_level
    missing = [theme.name for theme in catalogue.themes if theme.name not in top_level]
    assert not missing, f"not in the outline: {missing}; it has {top_level}"
    assert top_level.index(catalogue.themes[0].name) < top_level.index(catalogue.themes[-1].name)


def test_the_metadata_names_the_title_author_and_language(reader, catalogue):
    assert reader.metadata.title == title_of(catalogue)
    assert reader.metadata.author == catalogue.strategy.author
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"]


def test_every_link_in_the_pdf_works_on_paper(reader):
    destinations = {name.removeprefix("/") for name in reader.named_destinations}
    internal, external, broken = 0, 0, []
    for number, page in enumerate(reader.pages, start=1):
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") != "/Link":
                continue
            action = annotation.get("/A")
            if action is not None and action.get("/S") == "/URI":
                external += 1
                if not re.match(r"^(https?:|mailto:|tel:)", str(action["/URI"])):
                    broken.append(f"page {number}: {action['/URI']}")  # a file path or a local server means nothing on paper
            else:
                internal += 1
                destination = annotation.get("/Dest", action.get("/D") if action is not None else None)
                if isinstance(destination, str) and destination.removeprefix("/") not in destinations:
                    broken.append(f"page {number}: to {destination}, which is nowhere in the document")
    assert internal and external
    assert not broken, broken


def test_the_timeline_is_printed(page_texts, catalogue):
    roadmap = next(i for i, text in enumerate(page_texts) if "How to read the roadmap" in text and i > 1)
    following = " ".join(page_texts[roadmap : roadmap + 3])
    strategy = catalogue.strategy
    assert f"Strategy period, {strategy.start_year} to {strategy.end_year}" in following
    assert f"Today, {long_date(datetime.date.fromisoformat(TEST_TODAY))}" in following


def test_the_pdf_uses_no_web_font(reader):
    fonts = set()
    for page in reader.pages:
        for font in (page.get("/Resources") or {}).get("/Font", {}).values():
            fonts.add(str(font.get_object().get("/BaseFont")))
    assert fonts and not any("Roboto" in font for font in fonts), fonts


@pytest.mark.parametrize("page", ["index.html", "about/index.html"])
def test_the_home_and_about_pages_link_to_the_pdf_with_its_real_pages_and_size(built_site, pdf_path, reader, page):
    html = (built_site / page).read_text(encoding="utf-8")
    match = LINK.search(html)
    assert match, f"{page} has no link to the PDF"
    href, pages, size, unit = match.groups()
    assert (Path(built_site / page).parent / href).resolve() == pdf_path.resolve()
    assert int(pages) == len(reader.pages)
    assert f"{size} {unit}" == size_text(pdf_path.stat().st_size)
    assert LINK_MARKER not in html


def test_the_print_page_is_in_neither_the_navigation_nor_search(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [doc["location"] for doc in index["docs"] if doc["location"].startswith("print_page")]
    assert (built_site / PRINT_PAGE).is_file()
    for page in built_site.rglob("*.html"):
        if page != built_site / PRINT_PAGE:
            assert "print_page" not in page.read_text(encoding="utf-8"), f"{page.relative_to(built_site)} links to the print page"
    sitemap = built_site / "sitemap.xml"
    assert not sitemap.exists() or "print_page" not in sitemap.read_text(encoding="utf-8")
    assert '<meta name="robots" content="noindex">' in (built_site / PRINT_PAGE).read_text(encoding="utf-8")


def test_the_plugins_script_loads_on_the_print_page_only(built_site):
    assert "js/print-site.js" in (built_site / PRINT_PAGE).read_text(encoding="utf-8")
    assert "print-site.js" not in (built_site / "index.html").read_text(encoding="utf-8")


def test_without_chromium_the_build_succeeds_says_so_and_links_to_no_pdf(tmp_path, catalogue):
    result = build(site_dir=tmp_path / "site", pdf=True, STRATEGY_CHROMIUM=str(tmp_path / "no-chromium-here"))
    assert result.returncode == 0, result.output
    assert "The whole-strategy PDF was not made: Chromium was not found" in result.output
    assert "WARNING" not in result.output
    assert not list(result.site.glob("*.pdf"))
    for page in ("index.html", "about/index.html"):
        html = (result.site / page).read_text(encoding="utf-8")
        assert "Download the strategy" not in html and LINK_MARKER not in html and ".pdf" not in html
