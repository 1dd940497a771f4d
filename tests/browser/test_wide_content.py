"""Charts and tables wider than a phone (issue 23): each one either fits the screen, or says it
scrolls (a visible line, only when it is cut off) in a box that is named and takes keyboard
focus; a timeline opens where it says it does; the Equality Impact Assessment's table becomes a
list on a phone and stays a table on a computer."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
WIDE_THINGS = ".timeline-chart__scroll, .table-scroll"
EIA = "equality-impact-assessment/"

# Runs in the page: each wide box, whether it is cut off, and how it is shown and named.
WIDE_BOXES = """selector => [...document.querySelectorAll(selector)].map(box => {
  const frame = box.closest('.scroll-frame');
  const hint = frame && frame.previousElementSibling;
  const name = box.getAttribute('aria-label') ||
    (box.getAttribute('aria-labelledby') || '').split(' ').map(id => (document.getElementById(id) || {}).textContent || '').join(' ').trim();
  return {
    cut: box.scrollWidth > box.clientWidth + 1,
    inside_screen: box.getBoundingClientRect().right <= document.documentElement.clientWidth + 0.5,
    hint_shown: Boolean(hint && hint.classList.contains('scroll-hint') && !hint.hidden && hint.offsetParent !== null),
    hint: hint ? hint.textContent : '',
    region: box.getAttribute('role') === 'region',
    name: name,
    focusable: box.tabIndex === 0,
  };
})"""


@pytest.mark.parametrize("path", ["roadmap/", EIA, "themes/road-safety/", "partners/overview/"])
def test_at_390_each_wide_thing_fits_or_says_it_scrolls_in_a_named_focusable_box(open_page, site_server, path):
    page = open_page(viewport=PHONE, has_touch=True, is_mobile=True)
    page.goto(site_server + path)
    boxes = page.evaluate(WIDE_BOXES, WIDE_THINGS)
    assert boxes, f"{path}: no chart or table found"
    for box in boxes:
        assert box["inside_screen"], box  # the box itself never pushes the page sideways
        assert box["region"] and box["name"] and box["focusable"], box
        if box["cut"]:
            assert box["hint_shown"] and box["hint"].startswith("Scroll sideways to see the whole"), box
        else:
            assert not box["hint_shown"], box
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")


def test_the_roadmap_chart_is_cut_on_a_phone_and_says_so(open_page, site_server):
    """The test above must see the cue, not only pass where everything fits."""
    page = open_page(viewport=PHONE)
    page.goto(site_server + "roadmap/")
    expect(page.get_by_text("Scroll sideways to see the whole chart.")).to_be_visible()


@pytest.mark.parametrize("path", ["roadmap/", EIA, "themes/road-safety/"])
def test_at_1280_nothing_is_cut_and_no_cue_shows(open_page, site_server, path):
    page = open_page(viewport=DESKTOP)
    page.goto(site_server + path)
    for box in page.evaluate(WIDE_BOXES, WIDE_THINGS):
        assert not box["cut"] and not box["hint_shown"], box


def test_the_cue_follows_the_screen_when_it_turns(open_page, site_server):
    page = open_page(viewport=PHONE)
    page.goto(site_server + "roadmap/")
    hint = page.get_by_text("Scroll sideways to see the whole chart.")
    expect(hint).to_be_visible()
    page.set_viewport_size(DESKTOP)
    expect(hint).to_be_hidden()


def test_a_timeline_opens_at_the_point_its_page_names(open_page, site_server):
    """Today while the strategy runs, else the start of its period (macros/render/timeline.py):
    in view, two thirds across at most, whatever the test's day."""
    page = open_page(viewport=PHONE)
    page.goto(site_server + "roadmap/")
    box = page.locator(".timeline-chart__scroll").first
    placed = box.evaluate(
        "box => ({point: parseFloat(box.dataset.scrollOpensAt) * box.scrollWidth - box.scrollLeft, width: box.clientWidth})"
    )
    assert 0 <= placed["point"] <= placed["width"] * 2 / 3 + 1, placed


def test_the_chart_scrolls_from_the_keyboard(open_page, site_server):
    page = open_page(viewport=PHONE)
    page.goto(site_server + "roadmap/")
    box = page.locator(".timeline-chart__scroll").first
    box.focus()
    before = box.evaluate("box => box.scrollLeft")
    page.keyboard.press("ArrowRight")
    page.wait_for_function("([box, before]) => box.scrollLeft > before", arg=[box.element_handle(), before])


def test_the_assessment_is_a_list_of_characteristics_on_a_phone(open_page, site_server):
    page = open_page(viewport=PHONE)
    page.goto(site_server + EIA)
    table = page.locator("table.eia-table")
    assert table.evaluate("t => getComputedStyle(t).display") == "block"
    expect(table.locator("thead")).to_be_hidden()
    first = table.locator("tbody tr").first
    expect(first.locator("th[scope=row]")).to_be_visible()
    labels = first.locator("td").evaluate_all("cells => cells.map(cell => getComputedStyle(cell, '::before').content)")
    assert labels == ['"Likely impact"', '"Evidence"', '"Mitigation"', '"Mitigation owner"', '"Review date"']
    # A screen reader hears each value with its label, as it is shown.
    expect(first.locator("td").first).to_have_accessible_name(re.compile(r"^Likely impact\s*Not yet assessed$"))
    # Nothing of the page is wider than the phone.
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    assert table.evaluate("t => t.closest('.table-scroll').scrollWidth <= t.closest('.table-scroll').clientWidth + 1")


def test_the_assessment_is_a_table_with_its_headers_on_a_computer(open_page, site_server):
    page = open_page(viewport=DESKTOP)
    page.goto(site_server + EIA)
    table = page.get_by_role("table", name="Likely impact of the strategy on each characteristic")
    expect(table.get_by_role("columnheader")).to_have_text(["Characteristic", "Likely impact", "Evidence", "Mitigation", "Mitigation owner", "Review date"])
    # The labels are for the phone's list only: here the column headers say it, once.
    labels = table.locator("td").evaluate_all("cells => cells.map(cell => getComputedStyle(cell, '::before').content)")
    assert set(labels) == {"none"}
    expect(table.get_by_role("cell").first).to_have_accessible_name("Not yet assessed")
