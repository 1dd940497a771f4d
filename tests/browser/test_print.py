"""Printing a page gives its content only, with the web address of each external link shown."""

from __future__ import annotations

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
