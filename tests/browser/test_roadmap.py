"""The roadmap in a browser: complete and in order without JavaScript, filterable with it."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .helpers import format_violations, run_axe

ROADMAP = "roadmap/"
MILESTONES = "ol[data-timeline] > li[data-milestone]"


def shown_ids(page) -> list[str]:
    return page.eval_on_selector_all(
        MILESTONES, "items => items.filter(item => !item.hidden && item.offsetParent !== null).map(item => item.dataset.milestone)"
    )


@pytest.fixture
def page_without_js(open_page):
    return open_page(java_script_enabled=False)


def test_without_javascript_the_whole_timeline_reads_in_order(page_without_js, site_server, catalogue):
    page_without_js.goto(site_server + ROADMAP)
    assert shown_ids(page_without_js) == [m.id for m in catalogue.milestones]
    assert page_without_js.locator("form").count() == 0 or not page_without_js.locator("#filter-theme").count()


def test_filtering_by_a_theme_shows_only_that_themes_milestones(page, site_server, catalogue):
    page.goto(site_server + ROADMAP)
    page.wait_for_selector("#filter-theme")
    assert shown_ids(page) == [m.id for m in catalogue.milestones]
    theme = next(theme for theme in catalogue.themes if catalogue.milestones_by_theme.get(theme.id))
    expected = [m.id for m in catalogue.milestones if theme.id in m.themes]

    page.get_by_label("Theme", exact=True).select_option(theme.id)

    assert shown_ids(page) == expected
    status = page.get_by_role("status")
    assert status.inner_text() == f"Showing {len(expected)} of {len(catalogue.milestones)} milestones."


def test_filters_combine_and_reset(page, site_server, catalogue):
    page.goto(site_server + ROADMAP)
    page.get_by_label("Status", exact=True).select_option("done")
    assert shown_ids(page) == [m.id for m in catalogue.milestones if m.status.value == "done"]
    page.get_by_label("Theme", exact=True).select_option("whole-strategy")
    assert shown_ids(page) == [m.id for m in catalogue.milestones if m.status.value == "done" and not m.themes]
    page.get_by_role("button", name="Show all milestones").click()
    page.wait_for_function("document.querySelector('[role=status]').textContent.startsWith('Showing all')")
    assert shown_ids(page) == [m.id for m in catalogue.milestones]


def test_show_all_is_offered_only_while_the_filters_hide_something(page, site_server):
    page.goto(site_server + ROADMAP)
    page.wait_for_selector("#filter-theme")
    show_all = page.get_by_role("button", name="Show all milestones")
    expect(show_all).to_be_hidden()  # everything is shown: nothing to offer
    page.get_by_label("Status", exact=True).select_option("done")
    expect(show_all).to_be_visible()
    show_all.click()
    expect(show_all).to_be_hidden()
    # The button that had focus is gone: focus is on the first filter, not lost to the page.
    expect(page.get_by_label("Theme", exact=True)).to_be_focused()


LISTS_SHOWN = """lists => lists.map(list => ({
    milestones: [...list.querySelectorAll('li[data-milestone]')].some(item => !item.hidden),
    today: [...list.querySelectorAll('li[data-today]')].some(item => !item.hidden),
    marked: list.querySelector('li[data-today]') !== null,
}))"""


def test_today_shows_only_in_a_list_that_still_shows_milestones(page, site_server, catalogue):
    page.goto(site_server + ROADMAP)
    page.wait_for_selector("#filter-theme")
    emptied = 0
    for theme in [theme.id for theme in catalogue.themes] + ["whole-strategy"]:
        page.get_by_label("Theme", exact=True).select_option(theme)
        for shown in page.eval_on_selector_all("ol[data-timeline]", LISTS_SHOWN):
            assert shown["today"] == (shown["marked"] and shown["milestones"]), (theme, shown)
            emptied += shown["marked"] and not shown["milestones"]
    assert emptied, "no filter emptied a list that marks today: the test checks nothing"


def test_the_roadmap_with_filters_has_no_accessibility_violations(page, site_server):
    page.goto(site_server + ROADMAP)
    page.wait_for_selector("#filter-theme")
    violations = run_axe(page)
    assert not violations, format_violations(violations)


# --- the timeline chart ------------------------------------------------------------------

CHART_REGION = ".timeline-chart__scroll"
MARKS = "svg.timeline-chart__svg a.tl-mark"


def test_selecting_a_mark_goes_to_its_entry_in_the_list(page, site_server, catalogue):
    page.goto(site_server + ROADMAP)
    milestone = catalogue.milestones[-1]
    page.locator(f"{MARKS}[data-milestone='{milestone.id}']").first.click()
    assert page.evaluate("location.hash") == f"#milestone-{milestone.id}"
    assert page.locator(f"#milestone-{milestone.id}").evaluate("el => el.matches(':target')")


def test_on_a_phone_the_chart_scrolls_inside_its_labelled_region(phone_page, site_server):
    phone_page.goto(site_server + ROADMAP)
    region = phone_page.locator(CHART_REGION)
    assert region.get_attribute("role") == "region"
    name = phone_page.locator(f"#{region.get_attribute('aria-labelledby')}").inner_text()
    assert "drawn to scale" in name
    sizes = region.evaluate("el => [el.scrollWidth, el.clientWidth]")
    assert sizes[0] > sizes[1], f"the chart fits {sizes}, so this proves nothing about scrolling"
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 390
    region.focus()
    phone_page.keyboard.press("ArrowRight")
    phone_page.wait_for_function(f"document.querySelector('{CHART_REGION}').scrollLeft > 0")


def test_the_tab_key_reaches_the_charts_region_but_none_of_its_marks(page, site_server):
    page.goto(site_server + ROADMAP)
    focused = []
    while len(focused) < 300 and (not focused or focused[-1] != "BODY"):  # past the last link, focus returns to the page
        page.keyboard.press("Tab")
        focused.append(page.evaluate("() => { const el = document.activeElement; return el.closest('svg') ? 'MARK' : el.matches('.timeline-chart__scroll') ? 'REGION' : el.tagName; }"))
    assert "REGION" in focused, "Tab never reached the chart's scrolling region"
    assert "MARK" not in focused, "a mark inside the hidden chart took focus"


def test_when_printed_the_chart_fits_the_width_of_the_page(page, site_server):
    page.set_viewport_size({"width": 700, "height": 900})  # about the width of A4 paper less margins
    page.goto(site_server + ROADMAP)
    page.emulate_media(media="print")
    region = page.locator(CHART_REGION)
    assert region.evaluate("el => getComputedStyle(el).overflowX") == "visible"
    svg_width = page.locator("svg.timeline-chart__svg").evaluate("el => el.getBoundingClientRect().width")
    content_width = page.locator("article").evaluate("el => el.getBoundingClientRect().width")
    assert 0 < svg_width <= content_width
