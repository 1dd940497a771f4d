"""Printing a page gives its content only, headed with the site's name and ended with the
page's address and dates, with the web address of each external link shown."""

from __future__ import annotations

import re

import pytest

HIDDEN_WHEN_PRINTED = [".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", ".md-search", ".site-skip"]


@pytest.fixture
def printed_theme_page(page, site_server):
    page.goto(site_server + "themes/hate-crime/")
    page.emulate_media(media="print")
    return page


@pytest.mark.parametrize("selector", HIDDEN_WHEN_PRINTED)
def test_navigation_is_hidden_when_printed(printed_theme_page, selector):
    element = printed_theme_page.locator(selector).first
    assert element.count() == 1, f"{selector} is not on the page, so this test would prove nothing"
    assert element.evaluate("el => getComputedStyle(el).display") == "none"


def test_navigation_shows_on_screen(page, site_server):
    # The same check fails on screen, so the print test above can fail too.
    page.goto(site_server + "themes/hate-crime/")
    page.set_viewport_size({"width": 1400, "height": 900})
    assert page.locator(".md-header").evaluate("el => getComputedStyle(el).display") != "none"


def test_an_external_link_shows_its_address_when_printed(printed_theme_page):
    link = printed_theme_page.locator("article a[href^='https://']").first
    href = link.get_attribute("href")
    assert href and href.startswith("https://")
    # Chromium resolves attr(href), so the computed content is the text printed after the link.
    after = link.evaluate("el => getComputedStyle(el, '::after').content")
    assert after == f'" ({href})"', after


def test_links_show_no_address_on_screen(page, site_server):
    page.goto(site_server + "themes/hate-crime/")
    link = page.locator("article a[href^='https://']").first
    assert link.evaluate("el => getComputedStyle(el, '::after').content") in ("none", "normal")


def test_the_eia_table_prints_in_full(page, site_server):
    page.goto(site_server + "equality-impact-assessment/")
    page.emulate_media(media="print")
    assert page.locator(".table-scroll").first.evaluate("el => getComputedStyle(el).overflowX") == "visible"
    assert page.locator(".md-header").evaluate("el => getComputedStyle(el).display") == "none"


@pytest.mark.parametrize("path", ["", "roadmap/", "partners/overview/", "404.html"])
def test_a_printed_page_says_which_site_and_page_it_is_and_when(page, site_server, path):
    page.goto(site_server + path)
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    header, footer = page.locator(".site-print-header"), page.locator(".site-print-footer")
    site_name = page.evaluate("document.querySelector('.site-print-header').textContent.trim()")
    assert site_name.startswith("Wirral Community Safety Strategy")
    assert header.is_visible() and footer.is_visible()
    text = footer.inner_text()
    assert f"Page address: {site_server}{path}" in text
    assert re.search(r"Printed on \d{1,2} [A-Z][a-z]+ \d{4}", text), text
    if path != "404.html":
        assert re.search(r"Published \d{1,2} [A-Z][a-z]+ \d{4}", text), text
    # On screen, none of it shows.
    page.emulate_media(media="screen")
    assert not header.is_visible() and not footer.is_visible()


def test_the_printed_roadmap_leaves_out_the_filters(page, site_server):
    page.goto(site_server + "roadmap/")
    filters = page.locator(".timeline-filters")
    assert filters.locator("select").count() == 2, "the filters were not built, so this test would prove nothing"
    assert filters.is_visible()
    page.emulate_media(media="print")
    assert not filters.is_visible()


@pytest.mark.parametrize("width", [390, 1280])
def test_who_does_what_prints_within_the_page(open_page, site_server, width):
    # A4 at 96 CSS px per inch, less the page margins, is about 680 px of printable width.
    page = open_page(viewport={"width": width, "height": 900})
    page.goto(site_server + "partners/overview/")
    page.emulate_media(media="print")
    page.set_viewport_size({"width": 680, "height": 900})
    widths = page.evaluate("[...document.querySelectorAll('article table')].map(t => t.getBoundingClientRect().right)")
    assert widths and max(widths) <= 680, widths
