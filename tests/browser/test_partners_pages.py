"""Partners pages in Chromium: readable on a phone, and free of axe violations."""

from __future__ import annotations

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from .helpers import format_violations, run_axe

PARTNER_PAGES = ["partners/", "partners/overview/", "partners/wirral-council/", "themes/domestic-abuse/"]


def test_who_does_what_fits_a_phone_and_a_wide_chart_scrolls_inside_its_region(phone_page, site_server):
    phone_page.goto(site_server + "partners/overview/")
    assert not phone_page.evaluate("document.documentElement.scrollWidth > window.innerWidth"), "the page scrolls sideways on a 390px phone"
    # The Equality Impact Assessment's table, the widest of the site, reads as a list on a phone
    # (tests/browser/test_wide_content.py): nothing there is wider than the screen.
    phone_page.goto(site_server + "equality-impact-assessment/")
    assert not phone_page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    assert not phone_page.locator("[role=region]").evaluate_all("regions => regions.filter(el => el.scrollWidth > el.clientWidth).length")
    # What is still wider than a phone, the roadmap's chart, scrolls in its own region, which
    # keyboard users can focus and scroll.
    phone_page.goto(site_server + "roadmap/")
    assert not phone_page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    region = phone_page.locator("[role=region]").filter(has=phone_page.locator("svg")).first
    assert region.evaluate("el => el.scrollWidth > el.clientWidth"), "the chart should scroll inside its region on a 390px phone"
    region.focus()
    start = region.evaluate("el => el.scrollLeft")
    phone_page.keyboard.press("ArrowRight")
    # The browser may scroll smoothly, so wait (briefly) for it to move rather than read at once.
    try:
        phone_page.wait_for_function("([el, start]) => el.scrollLeft !== start", arg=[region.element_handle(), start], timeout=3000)
    except PlaywrightTimeout:
        pytest.fail("the focused region does not scroll with the keyboard")


@pytest.mark.parametrize("path", PARTNER_PAGES)
def test_partner_pages_have_no_axe_violations(page, site_server, path):
    page.goto(site_server + path)
    violations = run_axe(page)
    assert not violations, format_violations(violations)
