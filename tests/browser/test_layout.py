"""What every page looks like on a phone (390px) and a desktop (1280px): measured layout facts
that can fail, and full-page screenshots of every page type for a person to look at.

The screenshots go to test-results/screenshots/ (git-ignored; SCREENSHOT_DIR changes it), and
the run's summary says where they are (tests/browser/conftest.py).
"""

from __future__ import annotations

import fnmatch

import pytest

from .helpers import page_paths
from .layout import STATUS_ICONS, WIDER_THAN_VIEWPORT, OVER_THE_HEADING, first_tab_stops, problems_on_page

WIDTHS = {"phone": 390, "desktop": 1280}
FIRST_TAB_STOPS = 10
# The checks measure where things end up, not how they get there: without Material's fades
# and slides each Tab stop is measured at once rather than after its transition.
STILL = """document.addEventListener('DOMContentLoaded', () => {
  const style = document.createElement('style');
  style.textContent = '*, *::before, *::after { transition: none !important; animation: none !important; }';
  document.head.appendChild(style);
});"""

# Every built page is one of these kinds; the first page of each kind is photographed.
# A new kind of page fails test_every_page_has_a_page_type until it is added here.
PAGE_TYPES = {
    "home": "",
    "get-help": "get-help/",
    "situation": "get-help/*/",
    "staying-safe-online": "staying-safe-online/",
    "themes": "themes/",
    "theme": "themes/*/",
    "roadmap": "roadmap/",
    "partners": "partners/",
    "who-does-what": "partners/overview/",
    "partner": "partners/*/",
    "about": "about/",
    "where-the-strategy-is-now": "where-the-strategy-is-now/",
    "adopted-strategy": "adopted-strategy/",
    "glossary": "glossary/",
    "whole-strategy": "print_page/",
    "equality-impact-assessment": "equality-impact-assessment/",
    "accessibility": "accessibility/",
    "updates": "updates/",
    "update": "updates/*/",
    "changes": "changes/",
    "not-found": "404.html",
}


def page_type(path: str) -> str | None:
    """The first kind whose pattern matches: exact paths are listed before the patterns they
    would also match (partners/overview/ before partners/*/)."""
    return next((kind for kind, pattern in PAGE_TYPES.items() if fnmatch.fnmatchcase(path, pattern)), None)


def one_page_per_type(site) -> dict[str, str]:
    chosen: dict[str, str] = {}
    for path in page_paths(site):
        chosen.setdefault(page_type(path), path)
    return chosen


@pytest.fixture(scope="module", params=list(WIDTHS))
def sized_page(request, browser, site_server):
    width = WIDTHS[request.param]
    context = browser.new_context(viewport={"width": width, "height": 844 if width < 600 else 900})
    context.route(lambda url: not url.startswith(site_server), lambda route: route.abort())
    context.add_init_script(STILL)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield request.param, width, page
    context.close()


def test_every_page_has_a_page_type(built_site):
    untyped = [path for path in page_paths(built_site) if page_type(path) is None]
    assert not untyped, f"pages of no known type (add them to PAGE_TYPES): {untyped}"
    assert set(one_page_per_type(built_site)) == set(PAGE_TYPES), "a page type in PAGE_TYPES has no page"


def test_screenshots_of_every_page_type(sized_page, site_server, built_site, screenshot_dir):
    name, width, page = sized_page
    for kind, path in one_page_per_type(built_site).items():
        page.goto(site_server + path)
        target = screenshot_dir / f"{kind}-{width}.png"
        page.screenshot(path=str(target), full_page=True)
        assert target.stat().st_size > 5_000, f"{target} is too small to show a page"


def test_layout_of_every_page(sized_page, site_server, built_site):
    """Nothing wider than the screen outside a scroll region, nothing over the heading, every
    status icon drawn, and the first Tab stops all on screen with a visible focus."""
    name, width, page = sized_page
    problems = []
    for path in page_paths(built_site):
        page.goto(site_server + path)
        found = problems_on_page(page) + first_tab_stops(page, FIRST_TAB_STOPS)
        problems += [f"{path or '(home)'} at {width}px: {problem}" for problem in found]
    assert not problems, "\n".join(problems)


# --- each check fails on a page broken on purpose ------------------------------------------


@pytest.fixture
def phone(open_page):
    return open_page(viewport={"width": 390, "height": 844})


def test_the_width_check_finds_a_paragraph_wider_than_the_phone(phone, site_server):
    phone.goto(site_server)
    assert not phone.evaluate(WIDER_THAN_VIEWPORT)
    phone.add_style_tag(content=".md-typeset .lede { width: 600px; }")
    assert any("p.lede" in problem for problem in phone.evaluate(WIDER_THAN_VIEWPORT))


def test_the_heading_check_finds_a_box_over_the_heading(phone, site_server):
    phone.goto(site_server + "themes/hate-crime/")
    assert not phone.evaluate(OVER_THE_HEADING)
    # Material's own skip link was drawn over the page like this (position: fixed).
    phone.evaluate("""() => { const box = document.createElement('div'); box.className = 'cover';
      box.style.cssText = 'position:fixed;left:0;right:0;height:400px;top:0;background:#fff;z-index:9';
      document.body.appendChild(box); }""")
    assert any("div.cover" in problem for problem in phone.evaluate(OVER_THE_HEADING))


def test_the_icon_check_finds_an_icon_with_no_width(phone, site_server):
    phone.goto(site_server + "roadmap/")
    assert phone.locator(".status .status__icon").count() > 0
    assert not phone.evaluate(STATUS_ICONS)
    phone.add_style_tag(content=".md-typeset .status__icon { width: 0; }")
    assert phone.evaluate(STATUS_ICONS)


def test_the_icon_check_finds_an_icon_whose_shape_is_missing(phone, site_server):
    phone.goto(site_server + "roadmap/")
    assert not phone.evaluate(STATUS_ICONS)
    phone.evaluate("() => document.querySelector('#status-icon-done').remove()")
    assert any("has no shape" in problem for problem in phone.evaluate(STATUS_ICONS))


def test_the_tab_stop_check_finds_links_in_a_closed_menu(phone, site_server):
    # What the first Tab stops were before the closed menu was taken out of the Tab order.
    phone.goto(site_server)
    assert not first_tab_stops(phone, FIRST_TAB_STOPS)
    phone.reload()
    phone.add_style_tag(content=".md-sidebar--primary { visibility: visible !important; }")
    found = first_tab_stops(phone, FIRST_TAB_STOPS)
    assert any("off screen" in problem for problem in found), found
