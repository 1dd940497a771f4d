""""Exit this page" on the sensitive pages, as the GOV.UK Design System's component works: a
link without JavaScript; with it, a blank overlay at once and the Shift-pressed-3-times
shortcut; a secondary link second in the Tab order; and the note that it does not clear the
browsing history, with a page on covering your tracks.

Nothing leaves the machine: the exit address is answered by a stand-in page here.
"""

from __future__ import annotations

import re

import pytest
import yaml
from playwright.sync_api import expect

from tests.sitebuild import ROOT

from .conftest import _new_page



class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, leaving MkDocs' own tags (such as !relative) unread."""


_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
EXIT = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)["extra"]["exit_this_page"]
EXIT_URL = EXIT["url"]
STAND_IN = "<!doctype html><html lang='en'><title>Weather</title><p>Weather</p></html>"


def pages_that_opt_in() -> list[str]:
    """Every page whose front matter has exit_this_page: true, and every situation's page whose
    record asks for it, as the path it is served at."""
    paths = [
        f"get-help/{source.stem}/"
        for source in sorted((ROOT / "data" / "situations").glob("*.yml"))
        if yaml.safe_load(source.read_text(encoding="utf-8")).get("exit_this_page") is True
    ]
    for source in sorted((ROOT / "docs").rglob("*.md")):
        text = source.read_text(encoding="utf-8")
        if text.startswith("---\n") and yaml.safe_load(text.split("---\n", 2)[1] or "{}").get("exit_this_page") is True:
            relative = source.relative_to(ROOT / "docs").with_suffix("")
            paths.append("" if relative.as_posix() == "index" else relative.as_posix().removesuffix("/index") + "/")
    return paths


SENSITIVE = pages_that_opt_in()


@pytest.fixture
def leaving(page):
    """The page, with the exit address answered locally; returns the page."""
    page.context.route(re.compile("^" + re.escape(EXIT_URL)), lambda route: route.fulfill(body=STAND_IN, content_type="text/html"))
    return page


def test_the_sensitive_pages_opt_in():
    # The issues name these: domestic abuse, hate crime, modern slavery, the help page and its
    # pages for them, and the home page, which lists them.
    for path in ("themes/domestic-abuse/", "themes/hate-crime/", "themes/modern-slavery/", "get-help/", "staying-safe-online/", ""):
        assert path in SENSITIVE
    for situation in ("domestic-abuse", "hate-crime", "modern-slavery"):
        assert f"get-help/{situation}/" in SENSITIVE


@pytest.mark.parametrize("path", SENSITIVE)
def test_a_sensitive_page_has_the_button_the_secondary_link_and_the_warning(page, site_server, path):
    page.goto(site_server + path)
    button = page.locator("article a.exit-this-page__button")
    expect(button).to_have_attribute("href", EXIT_URL)
    expect(button).to_have_accessible_name("Emergency Exit this page")
    expect(button).to_be_in_viewport()
    note = page.locator(".exit-this-page__note")
    expect(note).to_contain_text("does not clear your browsing history")
    expect(note).to_contain_text("press Shift 3 times")
    expect(note.get_by_role("link", name="how to cover your tracks online")).to_be_visible()
    # The button comes before the page's heading, as GOV.UK places it.
    assert button.evaluate("(el) => Boolean(el.compareDocumentPosition(document.querySelector('article h1')) & Node.DOCUMENT_POSITION_FOLLOWING)")
    # The secondary link: the second Tab stop, after "Skip to main content".
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    secondary = page.locator(":focus")
    expect(secondary).to_have_text("Exit this page")
    expect(secondary).to_have_attribute("href", EXIT_URL)
    expect(secondary).to_be_in_viewport()


def test_other_pages_have_no_exit_button(page, site_server):
    for path in ("roadmap/", "themes/road-safety/", "get-help/road-safety/"):
        page.goto(site_server + path)
        expect(page.locator(".exit-this-page, .exit-this-page-link")).to_have_count(0)


# Runs in the page before the click: records what is on screen when the browser is about to
# leave, and holds it on the page (the Navigation API) so the test can look.
HOLD_THE_EXIT = """() => navigation.addEventListener('navigate', event => {
  const overlay = document.querySelector('.exit-this-page-overlay[role=alert]');
  window.exitSeen = {
    destination: event.destination.url,
    hidden: document.body.classList.contains('exit-this-page-hide-content'),
    headingShown: document.querySelector('article h1').getClientRects().length > 0,
    overlayShown: Boolean(overlay) && overlay.getClientRects().length > 0,
  };
  event.preventDefault();
})"""


def test_a_click_blanks_the_page_before_it_leaves(page, site_server):
    page.goto(site_server + "themes/domestic-abuse/")
    page.evaluate(HOLD_THE_EXIT)
    page.locator("a.exit-this-page__button").click()
    seen = page.evaluate("window.exitSeen")
    assert seen == {"destination": EXIT_URL, "hidden": True, "headingShown": False, "overlayShown": True}


def test_a_click_leaves(leaving, site_server):
    leaving.goto(site_server + "themes/domestic-abuse/")
    leaving.locator("a.exit-this-page__button").click()
    leaving.wait_for_url(EXIT_URL + "**")
    expect(leaving.locator("p")).to_have_text("Weather")


def test_pressing_shift_3_times_leaves(leaving, site_server):
    leaving.goto(site_server + "get-help/")
    for _ in range(3):
        leaving.keyboard.press("Shift")
    leaving.wait_for_url(EXIT_URL + "**")


def test_shift_presses_show_progress_and_reset_after_5_seconds(leaving, site_server):
    leaving.clock.install()
    leaving.goto(site_server + "get-help/")
    status = leaving.locator(".exit-this-page [role=status]")
    leaving.keyboard.press("Shift")
    expect(status).to_have_text("Shift, press 2 more times to exit.")
    leaving.keyboard.press("Shift")
    expect(status).to_have_text("Shift, press 1 more time to exit.")
    expect(leaving.locator(".exit-this-page__indicator-dot--on")).to_have_count(2)
    leaving.clock.run_for(5_001)
    expect(status).to_have_text("Exit this page expired.")
    expect(leaving.locator(".exit-this-page__indicator-dot--on")).to_have_count(0)
    leaving.keyboard.press("Shift")  # one press after the reset is not the third
    expect(status).to_have_text("Shift, press 2 more times to exit.")
    assert leaving.url.startswith(site_server)


def test_shift_used_for_capitals_does_not_count(leaving, site_server):
    leaving.goto(site_server + "get-help/")
    search = leaving.get_by_role("textbox", name="Search")
    search.click()
    for letter in "ABC":
        leaving.keyboard.press(f"Shift+{letter}")
    expect(search).to_have_value("ABC")
    assert leaving.url.startswith(site_server)


def test_the_secondary_link_leaves_too(leaving, site_server):
    leaving.goto(site_server + "themes/hate-crime/")
    leaving.keyboard.press("Tab")
    leaving.keyboard.press("Tab")
    leaving.keyboard.press("Enter")
    leaving.wait_for_url(EXIT_URL + "**")


def test_back_after_leaving_shows_the_page_not_the_overlay(leaving, site_server):
    leaving.goto(site_server + "themes/modern-slavery/")
    leaving.locator("a.exit-this-page__button").click()
    leaving.wait_for_url(EXIT_URL + "**")
    leaving.go_back()
    expect(leaving.locator("article h1")).to_be_visible()
    expect(leaving.locator(".exit-this-page-overlay")).to_have_count(0)


def heading_top_and_note(browser, site_server: str, path: str, block_script: bool) -> tuple[float, str]:
    """Where the page's heading sits under the component, and the note's words, on
    Lighthouse's phone (412 px wide), with or without the component's deferred script."""
    context, page = _new_page(browser, site_server, viewport={"width": 412, "height": 823}, device_scale_factor=1.75, is_mobile=True)
    try:
        if block_script:
            page.route("**/exit-this-page.js", lambda route: route.abort())
        page.goto(site_server + path, wait_until="load")
        top = page.locator("article h1").evaluate("heading => heading.getBoundingClientRect().top + window.scrollY")
        return top, page.locator(".exit-this-page__note").inner_text()
    finally:
        context.close()


@pytest.mark.parametrize("path", SENSITIVE)
def test_the_note_is_laid_out_before_its_script_runs(browser, site_server, path):
    """Whatever the deferred script changes must not move the page: on a slow phone it runs
    after the first paint, and the page would jump under the reader's finger (a layout shift)."""
    before = heading_top_and_note(browser, site_server, path, block_script=True)
    after = heading_top_and_note(browser, site_server, path, block_script=False)
    assert "or press Shift 3 times" in before[1]
    assert before == after


def test_without_javascript_the_button_is_a_plain_link_that_leaves(browser, site_server):
    context = browser.new_context(java_script_enabled=False)
    context.route(lambda url: not url.startswith(site_server) and not url.startswith(EXIT_URL), lambda route: route.abort())
    context.route(re.compile("^" + re.escape(EXIT_URL)), lambda route: route.fulfill(body=STAND_IN, content_type="text/html"))
    try:
        page = context.new_page()
        page.goto(site_server + "themes/domestic-abuse/")
        # The shortcut needs JavaScript, so without it the note does not offer it.
        expect(page.locator(".exit-this-page__note")).not_to_contain_text("Shift", use_inner_text=True)
        page.locator("a.exit-this-page__button").click()
        page.wait_for_url(EXIT_URL + "**")
    finally:
        context.close()


def test_the_safety_page_says_what_exit_this_page_does_not_do(page, site_server):
    page.goto(site_server + "staying-safe-online/")
    article = page.locator("article")
    expect(article.get_by_role("heading", level=1)).to_contain_text("Cover your tracks online")
    expect(article).to_contain_text("Exit this page does not clear your browsing history")
    expect(article).to_contain_text("private browsing")
    expect(article.get_by_role("link", name="999")).to_have_attribute("href", "tel:999")
