"""A page shows on a slow phone as soon as its HTML and the two stylesheets it needs have
arrived: nothing else holds up the first paint (PERFORMANCE.md). Lighthouse measures this
in benchmarks/page_weight.py; this test keeps the markup that makes it so."""

from __future__ import annotations

import pytest

from tests.html_tree import parse
from tests.sitebuild import public_pages

pytestmark = pytest.mark.build

# Material's own CSS (hashed name) and the site's: what every page needs before it is drawn.
# timeline.css is only needed by the roadmap (and the print page) but is linked on every page.
BLOCKING_STYLESHEETS_ALLOWED = ("assets/stylesheets/main.", "stylesheets/site.css", "stylesheets/timeline.css")
# The page that joins the whole strategy for printing to the PDF: no resident reads it on a phone.
NOT_FOR_PHONES = ("print_page/",)


def blocking_resources(html: str) -> list[str]:
    """What a browser must fetch before it draws the page: stylesheets for the screen and
    scripts with a src that are neither deferred nor async."""
    blocking = []
    for element in parse(html).iter():
        if element.tag == "link" and element.attrs.get("rel") == "stylesheet" and element.attrs.get("media", "all") in ("all", "screen"):
            blocking.append(element.attrs["href"])
        if element.tag == "script" and element.attrs.get("src") and not {"defer", "async"} & set(element.attrs):
            blocking.append(element.attrs["src"])
    return blocking


def test_the_check_finds_what_blocks(tmp_path):
    html = """<html><head><link rel="stylesheet" href="a.css"><link rel="stylesheet" href="p.css" media="print">
    <script src="s.js"></script><script src="d.js" defer></script><script>inline()</script></head><body></body></html>"""
    assert blocking_resources(html) == ["a.css", "s.js"]


def test_only_the_two_stylesheets_every_page_needs_hold_up_its_first_paint(built_site):
    problems = []
    for page in public_pages(built_site):
        if page.relative_to(built_site).as_posix().startswith(NOT_FOR_PHONES):
            continue
        for url in blocking_resources(page.read_text(encoding="utf-8")):
            if not any(allowed in url for allowed in BLOCKING_STYLESHEETS_ALLOWED):
                problems.append(f"{page.relative_to(built_site)}: {url}")
    assert not problems, "these hold up the first paint; defer the script, or give the stylesheet a media:\n" + "\n".join(problems)


def test_the_print_stylesheet_is_there_for_paper(built_site):
    head = parse((built_site / "index.html").read_text(encoding="utf-8")).find("head")
    assert head.find("link", rel="stylesheet", href="stylesheets/print.css", media="print") is not None
