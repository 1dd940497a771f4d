"""The roadmap in a browser: complete and in order without JavaScript, filterable with it."""

from __future__ import annotations

import pytest

from .conftest import TIMEOUT_MS
from .helpers import format_violations, run_axe

ROADMAP = "roadmap/"
MILESTONES = "ol[data-timeline] > li[data-milestone]"


def shown_ids(page) -> list[str]:
    return page.eval_on_selector_all(
        MILESTONES, "items => items.filter(item => !item.hidden && item.offsetParent !== null).map(item => item.dataset.milestone)"
    )


@pytest.fixture
def page_without_js(browser, site_server):
    context = browser.new_context(java_script_enabled=False)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    yield page
    context.close()


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


def test_the_roadmap_with_filters_has_no_accessibility_violations(page, site_server):
    page.goto(site_server + ROADMAP)
    page.wait_for_selector("#filter-theme")
    violations = run_axe(page)
    assert not violations, format_violations(violations)
