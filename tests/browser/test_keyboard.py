"""Using the site with a keyboard: the closed menu out of the way, the header's buttons usable,
the skip link beside the title rather than over it, and a focus indicator that can be seen
(the GOV.UK yellow-and-black style, measured against WCAG 2.2's focus appearance)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .helpers import page_paths

MOST_TABS = 300  # more than any page has; stops a focus trap from hanging the test

# Runs in the page: where focus is, whether it is inside the menu drawer or the search dialog.
WHERE_FOCUS_IS = """() => {
  const el = document.activeElement;
  return {
    body: el === document.body,
    inMenu: Boolean(el.closest('.md-sidebar--primary')),
    inSearch: Boolean(el.closest('.md-search')),
    tag: el.outerHTML.slice(0, el.outerHTML.indexOf('>') + 1),
  };
}"""

# Runs in the page: the focused element's indicator and what is behind it, as colours, and the
# indicator's thickness. The contrast is computed here from sRGB (WCAG's relative luminance).
FOCUS_APPEARANCE = """() => {
  const el = document.activeElement, style = getComputedStyle(el);
  const rgb = text => (text.match(/[\\d.]+/g) || []).slice(0, 4).map(Number);
  const opaque = text => { const c = rgb(text); return c.length === 3 || (c.length === 4 && c[3] > 0); };
  const behind = node => {
    for (let n = node.parentElement; n; n = n.parentElement) {
      const colour = getComputedStyle(n).backgroundColor;
      if (opaque(colour)) return colour;
    }
    return 'rgb(255, 255, 255)';
  };
  const luminance = text => {
    const [r, g, b] = rgb(text).slice(0, 3).map(v => v / 255).map(v => v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const background = behind(el);
  // The indicator's colours: the outline, each box-shadow, and a background drawn on focus.
  const shadows = style.boxShadow === 'none' ? [] : style.boxShadow.split(/,(?![^(]*\\))/).map(s => s.trim());
  const parts = [];
  if (style.outlineStyle !== 'none' && opaque(style.outlineColor)) parts.push({colour: style.outlineColor, px: parseFloat(style.outlineWidth)});
  for (const shadow of shadows) {
    const colour = shadow.match(/rgba?\\([^)]*\\)/)[0];
    const lengths = shadow.replace(colour, '').match(/-?[\\d.]+px/g).map(parseFloat);
    parts.push({colour, px: Math.max(Math.abs(lengths[1] || 0), lengths[3] || 0)});
  }
  if (opaque(style.backgroundColor) && style.backgroundColor !== background) parts.push({colour: style.backgroundColor, px: 99});
  const best = Math.max(0, ...parts.filter(p => p.px >= 2).map(p => contrast(p.colour, background)));
  return {background, parts, best, tag: el.outerHTML.slice(0, el.outerHTML.indexOf('>') + 1)};
}"""


def tab_until(page, done, most: int = MOST_TABS) -> list[dict]:
    """Press Tab until done(stop) is true or the page's stops run out; return every stop."""
    stops = []
    for _ in range(most):
        page.keyboard.press("Tab")
        stop = page.evaluate(WHERE_FOCUS_IS)
        stops.append(stop)
        if stop["body"] or done(stop):
            break
    return stops


@pytest.mark.parametrize("path", ["", "themes/domestic-abuse/", "roadmap/", "equality-impact-assessment/"])
def test_on_a_phone_the_closed_menu_and_search_take_no_tab_stops(phone_page, site_server, path):
    phone_page.goto(site_server + path)
    stops = tab_until(phone_page, lambda stop: False)
    assert len(stops) > 5, "too few Tab stops: is the page empty?"
    hidden = [stop["tag"] for stop in stops if stop["inMenu"] or stop["inSearch"]]
    assert not hidden, f"Tab reached the closed menu or search: {hidden[:5]}"


def test_on_a_phone_the_menu_opens_and_closes_with_the_keyboard(phone_page, site_server):
    phone_page.goto(site_server + "roadmap/")  # a page without Exit this page, whose link would come second
    menu = phone_page.get_by_role("button", name="Menu")
    expect(menu).to_be_visible()
    expect(menu).to_have_attribute("aria-expanded", "false")
    phone_page.keyboard.press("Tab")  # the skip link
    phone_page.keyboard.press("Tab")
    expect(menu).to_be_focused()
    phone_page.keyboard.press("Enter")
    expect(menu).to_have_attribute("aria-expanded", "true")
    drawer_link = phone_page.locator(".md-sidebar--primary").get_by_role("link", name="Words we use", exact=True)
    expect(drawer_link).to_be_in_viewport()
    # The next stops are in the open menu, on screen.
    stops = tab_until(phone_page, lambda stop: stop["inMenu"], most=10)
    assert stops[-1]["inMenu"], "Tab did not reach the open menu"
    phone_page.keyboard.press("Escape")
    expect(menu).to_be_focused()
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(drawer_link).not_to_be_in_viewport()


def test_on_a_phone_search_opens_with_the_keyboard(phone_page, site_server):
    phone_page.goto(site_server)
    search_button = phone_page.locator("button[data-site-toggle='__search']")
    search_button.focus()
    phone_page.keyboard.press("Enter")
    field = phone_page.get_by_role("textbox", name="Search")
    expect(field).to_be_visible()
    expect(field).to_be_focused()


def test_without_javascript_the_header_keeps_materials_menu_label(open_page, site_server):
    page = open_page(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page.goto(site_server)
    assert page.locator("label.site-toggle-label[for='__drawer']").is_visible()
    assert not page.locator("button[data-site-toggle]").first.is_visible()


@pytest.mark.parametrize("width", [390, 1280])
def test_the_skip_link_pushes_the_header_down_rather_than_covering_the_title(open_page, site_server, width):
    page = open_page(viewport={"width": width, "height": 900})
    page.goto(site_server + "themes/hate-crime/")
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    expect(skip).to_have_text("Skip to main content")
    skip_box = skip.bounding_box()
    for covered in (".md-header__title", "article h1"):
        box = page.locator(covered).bounding_box()
        assert box["y"] >= skip_box["y"] + skip_box["height"] - 1, f"the skip link covers {covered}"


def test_every_focus_indicator_has_3_to_1_contrast_and_is_at_least_2px(page, site_server, built_site):
    """WCAG 2.2 focus appearance: an indicator at least 2 CSS pixels thick, in a colour with
    3:1 contrast against what is behind it. Checked on every Tab stop of pages with the
    header, menu, content links, tables that scroll, the filters and the footer."""
    problems = []
    for path in ("", "roadmap/", "equality-impact-assessment/", "themes/domestic-abuse/"):
        page.goto(site_server + path)
        page.wait_for_load_state("load")
        for _ in range(MOST_TABS):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement === document.body"):
                break
            focus = page.evaluate(FOCUS_APPEARANCE)
            if focus["best"] < 3:
                problems.append(f"{path or '(home)'}: {focus['tag']} on {focus['background']}: best contrast {focus['best']:.2f}")
    assert not problems, "\n".join(problems[:20])


def test_the_focus_check_fails_on_materials_own_focus_colour(page, site_server):
    # Before this site's focus style: Material's light yellow-orange outline on white (about 1.6:1).
    page.goto(site_server)
    page.add_style_tag(content="[dir] :is(a, .md-typeset a, .md-nav a):focus-visible { background: none; box-shadow: none; outline: 3px solid #ffbf47; }")
    page.locator("article a[href]").first.focus()
    assert page.evaluate(FOCUS_APPEARANCE)["best"] < 3


def open_search_at_1280(open_page, site_server):
    page = open_page(viewport={"width": 1280, "height": 900})
    page.goto(site_server)
    page.locator("input.md-search__input").click()
    page.keyboard.type("crime")
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    expect(page.locator("#__search")).to_be_checked()
    expect(page.locator(".md-search__overlay")).to_have_css("opacity", "1")
    return page


def expect_search_closed(page):
    expect(page.locator("#__search")).not_to_be_checked()
    expect(page.locator(".md-search__overlay")).to_have_css("opacity", "0")  # the page is not dimmed


def test_at_1280_tabbing_out_of_search_closes_it_so_the_page_is_not_left_dimmed(open_page, site_server):
    page = open_search_at_1280(open_page, site_server)
    for _ in range(MOST_TABS):
        page.keyboard.press("Tab")
        if not page.evaluate(WHERE_FOCUS_IS)["inSearch"]:
            break
    assert not page.evaluate(WHERE_FOCUS_IS)["inSearch"]
    expect_search_closed(page)


def test_at_1280_search_closes_when_focus_leaves_it_without_a_tab(open_page, site_server):
    """A screen reader moving through the page, or a click on a link beside the search, moves
    focus without the Tab key that Material closes the search on."""
    page = open_search_at_1280(open_page, site_server)
    page.locator("article a").first.focus()
    assert not page.evaluate(WHERE_FOCUS_IS)["inSearch"]
    expect_search_closed(page)
    page.locator("input.md-search__input").focus()  # and it opens again from its field
    expect(page.locator("#__search")).to_be_checked()


# Runs in the page: every control a person can see that the keyboard should reach, each marked
# with data-test-control="<n>". Focusable kinds, less what is disabled, taken out of the Tab
# order (tabindex="-1") or not shown: display: none, visibility: hidden, opacity 0 (a ¶ link
# is drawn only on hover), inside [hidden] or a closed menu or dialog. A skip link, clipped
# to one pixel until focused, counts: it is opaque and rendered.
VISIBLE_CONTROLS = """() => {
  const kinds = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, [tabindex], [contenteditable=""], [contenteditable=true]';
  const controls = [...document.querySelectorAll(kinds)].filter(el =>
    !el.disabled && el.tabIndex >= 0 && !el.closest('[inert]') &&
    el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true}));
  controls.forEach((el, n) => el.setAttribute('data-test-control', String(n)));
  return controls.map(el => el.outerHTML.slice(0, el.outerHTML.indexOf('>') + 1));
}"""

# Runs in the page: the focused element, as its mark from VISIBLE_CONTROLS (null if unmarked),
# whether it is a heading's ¶ link, and its tag for messages.
FOCUSED_STOP = """() => {
  const el = document.activeElement;
  return {
    body: el === document.body || el === null,
    control: el.getAttribute('data-test-control'),
    headerlink: el.matches('a.headerlink'),
    tag: el.outerHTML.slice(0, el.outerHTML.indexOf('>') + 1),
  };
}"""


def tab_through(page, most: int = MOST_TABS) -> list[dict]:
    """Press Tab from the top of the page until focus leaves it (or comes back round)."""
    stops = []
    for _ in range(most):
        page.keyboard.press("Tab")
        stop = page.evaluate(FOCUSED_STOP)
        if stop["body"] or (stops and stop["tag"] == stops[0]["tag"] and stop["control"] == stops[0]["control"]):
            break
        stops.append(stop)
    return stops


@pytest.mark.parametrize("path", ["", "get-help/"])
def test_on_a_phone_tab_stops_only_at_the_controls_people_can_see(phone_page, site_server, path):
    phone_page.goto(site_server + path)
    assert phone_page.locator("a.headerlink").count() + phone_page.locator("h2").count() > 0, "no headings here"
    controls = phone_page.evaluate(VISIBLE_CONTROLS)
    stops = tab_through(phone_page)
    permalinks = [stop["tag"] for stop in stops if stop["headerlink"]]
    assert not permalinks, f"Tab stops at {len(permalinks)} heading permalink(s) (¶): {permalinks[:3]}"
    unseen = [stop["tag"] for stop in stops if stop["control"] is None]
    assert not unseen, f"Tab stops at what is not a visible control: {unseen[:5]}"
    reached = {int(stop["control"]) for stop in stops}
    missed = [tag for n, tag in enumerate(controls) if n not in reached]
    assert not missed, f"visible controls that Tab never reaches: {missed[:5]}"
    assert len(stops) == len(controls), "a control was reached twice"


@pytest.mark.parametrize("send", ["Enter in the field", "the submit button"])
def test_search_opens_a_result_however_the_form_is_sent(phone_page, site_server, send):
    # The form's submit button is there for a screen reader (and pa11y's H32): it opens the
    # first result, as Enter opens the best one, and never sends the form back to this page
    # with ?query= on the address.
    phone_page.goto(site_server)
    phone_page.locator("button[data-site-toggle='__search']").click()
    field = phone_page.get_by_role("textbox", name="Search")
    field.press_sequentially("graffiti")
    links = phone_page.locator("[data-md-component='search-result'] .md-search-result__list a[href]")
    expect(links.first).to_be_visible()
    results = links.evaluate_all("links => links.map(link => link.href)")
    if send == "Enter in the field":
        field.press("Enter")
    else:
        submit = phone_page.locator("form.md-search__form [type=submit]")
        expect(submit).to_have_accessible_name("Search")
        submit.evaluate("button => button.click()")  # as a screen reader does: it is out of the Tab order
    phone_page.wait_for_url(lambda url: url in results)
    if send == "the submit button":
        assert phone_page.url == results[0]
    assert "query=" not in phone_page.url
