"""The journeys residents make, done the way they do them: tapping on a phone, typing a
search, or using only the keyboard."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from macros.data.catalogue import load_catalogue
from tests.sitebuild import build, copy_project

from .conftest import _new_page
from .helpers import page_paths, serve_directory


def theme_named_by_id(catalogue, theme_id: str):
    return next(theme for theme in catalogue.themes if theme.id == theme_id)


class Taps:
    """Taps a link or control and counts, so a journey can say how many it took."""

    def __init__(self):
        self.count = 0

    def __call__(self, locator):
        locator.tap()
        self.count += 1


def test_on_a_phone_how_to_report_a_hate_crime_is_one_tap_from_home(phone_page, site_server, catalogue):
    hate_crime = theme_named_by_id(catalogue, "hate-crime")
    tap = Taps()
    phone_page.goto(site_server)

    # A phone user scrolls the home page to the theme cards (scrolling is not a tap) and taps one.
    # The other way in, menu > Themes > Hate crime, would take three.
    tap(phone_page.locator("article .theme-cards").get_by_role("link", name=hate_crime.name, exact=True))
    phone_page.wait_for_url(re.compile(rf"/themes/{hate_crime.id}/$"))

    assert tap.count <= 2
    article = phone_page.locator("article")
    expect(article.get_by_role("heading", name="Report a concern or get help")).to_be_visible()
    for number in ("999", "101"):
        call = article.get_by_role("link", name=number, exact=True)
        expect(call).to_be_visible()
        expect(call).to_have_attribute("href", f"tel:{number}")
        # On screen as the page opens, not somewhere below: no scrolling needed in an emergency.
        expect(call).to_be_in_viewport()


def test_on_a_phone_searching_graffiti_finds_and_opens_how_to_report_it(phone_page, site_server, catalogue):
    asb = catalogue.situation_by_id["anti-social-behaviour"]
    assert "graffiti" in asb.search_words, "the journey assumes graffiti is a word for anti-social behaviour"
    phone_page.goto(site_server)

    # On a phone the search box is behind the magnifying glass in the header.
    phone_page.get_by_role("button", name="Search").tap()
    search = phone_page.get_by_role("textbox", name="Search")
    expect(search).to_be_visible()
    search.press_sequentially("graffiti")

    # The first result is the help for it, where the council's graffiti service is.
    result = phone_page.locator("a.md-search-result__link").first
    expect(result.get_by_role("heading", level=1)).to_have_text(asb.title)
    result.tap()
    phone_page.wait_for_url(re.compile(rf"/get-help/{asb.id}/"))
    expect(phone_page.locator("article h1")).to_have_text(asb.title)
    expect(phone_page.locator('article [data-contact="wirral-council-graffiti"]')).to_be_visible()


# Runs in the page: a log of every element that receives focus, with what the test needs to
# know about it, and a number on each link in the article (in document order) to compare.
FOCUS_LOG = """() => {
  const article = document.querySelector('article');
  const shown = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  // Links inside content hidden from assistive technology are out of the tab order on
  // purpose (the timeline chart's marks: the list after the chart is their alternative), and
  // so are headings' permalinks (tabindex="-1").
  const links = [...article.querySelectorAll('a[href]')].filter(shown)
    .filter(link => !link.closest('[aria-hidden="true"]') && link.tabIndex >= 0);
  links.forEach((link, index) => link.dataset.tabOrder = index);
  window.focusLog = [];
  document.addEventListener('focusin', event => {
    const el = event.target, style = getComputedStyle(el);
    window.focusLog.push({
      order: el.dataset.tabOrder === undefined ? null : Number(el.dataset.tabOrder),
      pastArticle: !article.contains(el) &&
        Boolean(article.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING),
      indicator: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== 'none',
      element: el.outerHTML.slice(0, el.outerHTML.indexOf('>') + 1),
    });
  });
  return links.length;
}"""
OPENING_TAG = "el => el.outerHTML.slice(0, el.outerHTML.indexOf('>') + 1)"
TABS_PER_BATCH = 10
MOST_TABS = 1000  # far more than any page has (the whole strategy on one page has about 460 links); stops a focus trap from hanging the test


def tab_through_article(page) -> tuple[int, list[dict]]:
    """Press Tab from the top until focus leaves the article; return (links in article, focus log)."""
    link_count = page.evaluate(FOCUS_LOG)
    for _ in range(0, MOST_TABS, TABS_PER_BATCH):
        for _ in range(TABS_PER_BATCH):
            page.keyboard.press("Tab")
        log = page.evaluate("window.focusLog")
        if any(stop["pastArticle"] for stop in log):
            break
    return link_count, log


def test_tab_reaches_every_link_in_the_content_in_order_with_a_visible_focus(page, site_server, built_site, catalogue):
    problems, links_checked = [], 0
    for path in page_paths(built_site):
        page.goto(site_server + path)
        link_count, log = tab_through_article(page)
        links_checked += link_count
        stops = log[: next((i for i, stop in enumerate(log) if stop["pastArticle"]), len(log))]
        reached = [stop["order"] for stop in stops if stop["order"] is not None]
        if reached != list(range(link_count)):
            problems.append(f"{path or '(home)'}: Tab reached article links {reached}, expected 0..{link_count - 1} in order")
        problems += [f"{path or '(home)'}: no visible focus on {stop['element']}" for stop in stops if not stop["indicator"]]
    assert not problems, "\n".join(problems)
    assert links_checked >= len(catalogue.themes), "too few links found: is the article selector still right?"


def test_the_first_tab_stop_is_a_skip_link_to_the_main_content(page, site_server, built_site):
    problems = []
    for path in page_paths(built_site):
        page.goto(site_server + path)
        page.keyboard.press("Tab")
        skip = page.locator(":focus")
        if skip.get_attribute("href") != "#main-content" or skip.inner_text().strip() != "Skip to main content":
            problems.append(f"{path or '(home)'}: first Tab stop is {skip.evaluate(OPENING_TAG)}")
            continue
        if not skip.is_visible() or skip.evaluate("el => el.getBoundingClientRect().top < 0"):
            problems.append(f"{path or '(home)'}: the skip link is focused but not on screen")
        page.keyboard.press("Enter")
        if page.evaluate("document.activeElement.id") != "main-content":
            problems.append(f"{path or '(home)'}: Enter on the skip link left focus on {page.evaluate('document.activeElement.tagName')}")
            continue
        # From the main content, the next Tab stays in it, not back in the header. (The updates
        # index is a list of article elements after an introduction, so this checks the content area;
        # a page whose content has no link in the Tab order, headings' permalinks aside, has nowhere to stay.)
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('.md-content') === null && document.querySelector('.md-content a[href]:not([tabindex=\"-1\"])') !== null"):
            problems.append(f"{path or '(home)'}: Tab after skipping left the main content")
    assert not problems, "\n".join(problems)


# The report names no partner as the owner of anything, so the real data has no commitment a
# partner owns or supports yet. The journey adds one to a copy of the site, as an officer would.
OWNED_COMMITMENT = """\
id: journey-commitment
theme: road-safety
owner: wirral-council
supporting: [merseyside-police]
action: A commitment added for the partner journey.
status: planned
due: 2021-04-30
"""


@pytest.fixture(scope="module")
def site_with_partner_commitments(tmp_path_factory):
    """(base URL, catalogue) of a copy of the site where partners own and support commitments."""
    folder = tmp_path_factory.mktemp("partner-journey")
    project = copy_project(folder / "project")
    (project / "data" / "commitments" / "journey-commitment.yml").write_text(OWNED_COMMITMENT, encoding="utf-8")
    result = build(project, folder / "site")
    assert result.returncode == 0, result.output
    with serve_directory(result.site) as base_url:
        yield base_url, load_catalogue(project / "data")


@pytest.fixture
def partner_journey(browser, site_with_partner_commitments):
    """A desktop page on that copy, cut off from the internet like `page`, with its URL and catalogue."""
    site_server, catalogue = site_with_partner_commitments
    context, page = _new_page(browser, site_server)
    yield page, site_server, catalogue
    context.close()


def test_a_partner_finds_its_page_and_sees_its_commitments(partner_journey):
    page, site_server, catalogue = partner_journey
    # The partner with the most commitments, so the check covers as many as the data has.
    partner = max(catalogue.partners, key=lambda p: len(catalogue.owned_by(p)) + len(catalogue.supported_by(p)))
    commitments = catalogue.owned_by(partner) + catalogue.supported_by(partner)
    assert commitments, "the journey needs a partner with at least one commitment in the data"
    page.goto(site_server + "about/")  # the home page has no menu column: residents' pages go without

    # Desktop: Partners in the main navigation, then the partner in the directory.
    page.get_by_role("navigation", name="Navigation").get_by_role("link", name="Partners", exact=True).first.click()
    page.wait_for_url(re.compile(r"/partners/$"))
    page.locator("article").get_by_role("link", name=partner.name, exact=True).first.click()
    page.wait_for_url(re.compile(rf"/partners/{partner.id}/$"))

    article = page.locator("article")
    expect(article.get_by_role("heading", level=1)).to_have_text(partner.name)
    for commitment in commitments:
        item = article.locator(f'[data-commitment="{commitment.id}"]')
        expect(item).to_be_visible()
        expect(item).to_contain_text(commitment.action)
        expect(item).to_contain_text(catalogue.status_of(commitment).value.capitalize())


# --- Get help, by what is happening (issue 13) ----------------------------------------------

EXIT_URL = "https://www.bbc.co.uk/weather"


def help_section(page, situation_id: str):
    """The situation's own page, once reached."""
    return page.locator("article")


def reach_situation_from_home(page, site_server: str, situation) -> None:
    """From the home page to the situation's page under Get help, in two taps or fewer.
    Scrolling the home page is not a tap: "Get help, by what is happening" is under the
    emergency numbers."""
    tap = Taps()
    page.goto(site_server)
    tap(page.locator("article").get_by_role("link", name=situation.title, exact=True))
    page.wait_for_url(re.compile(rf"/get-help/{situation.id}/$"))
    assert tap.count <= 2


def test_on_a_phone_a_friend_of_someone_being_abused_reaches_the_local_24_hour_line_and_the_national_helpline_in_two_taps(phone_page, site_server, catalogue):
    situation = catalogue.situation_by_id["domestic-abuse"]
    local = catalogue.contact_by_id["wirral-womens-and-childrens-aid"]
    national = catalogue.contact_by_id["national-domestic-abuse-helpline"]
    reach_situation_from_home(phone_page, site_server, situation)

    section = help_section(phone_page, situation.id)
    heading = phone_page.locator("article h1")
    expect(heading).to_have_text(situation.title)
    expect(heading).to_be_in_viewport()
    # Not hidden under the header or the Exit this page button that stay at the top.
    assert heading.evaluate("h => { const r = h.getBoundingClientRect(); const top = document.elementFromPoint(r.left + 5, r.top + r.height / 2); return h.contains(top); }")
    for contact in (local, national):
        card = section.locator(f'[data-contact="{contact.id}"]')
        call = card.get_by_role("link", name=contact.phone, exact=True)
        expect(call).to_be_visible()
        expect(call).to_have_attribute("href", "tel:" + contact.phone.replace(" ", ""))
    expect(section.locator(f'[data-contact="{local.id}"]')).to_contain_text("24 hours")
    expect(section.locator(f'[data-contact="{local.id}"]')).to_be_in_viewport()
    expect(section.locator(f'[data-contact="{national.id}"]')).to_contain_text("24 hours")


def test_on_a_phone_a_deaf_resident_finds_how_to_contact_999_by_text(phone_page, site_server, catalogue):
    situation = catalogue.situation_by_id["deaf-or-cannot-speak"]
    reach_situation_from_home(phone_page, site_server, situation)

    sms = help_section(phone_page, situation.id).locator('[data-contact="emergency-sms"]')
    # After the one local service (101, by text relay), within the first two screens.
    expect(sms).to_be_visible()
    assert sms.bounding_box()["y"] < 2 * 844
    expect(sms).to_contain_text("text the word register to 999")
    expect(sms.get_by_role("link", name="999", exact=True)).to_have_attribute("href", "sms:999")
    # Text relay and British Sign Language are in the same section.
    expect(help_section(phone_page, situation.id).locator('[data-contact="relay-uk-999"]')).to_contain_text("18000")
    expect(help_section(phone_page, situation.id).locator('[data-contact="bsl-999"]')).to_contain_text("British Sign Language")


def test_on_a_phone_exit_this_page_leaves_on_a_tap_and_on_shift_pressed_3_times(phone_page, site_server):
    phone_page.context.route(re.compile("^" + re.escape(EXIT_URL)), lambda route: route.fulfill(body="<title>Weather</title>", content_type="text/html"))
    phone_page.goto(site_server + "get-help/domestic-abuse/")
    button = phone_page.locator("a.exit-this-page__button")
    # It stays on screen wherever the page is scrolled to.
    phone_page.locator('[data-contact="bright-sky"]').scroll_into_view_if_needed()
    expect(button).to_be_in_viewport()
    button.tap()
    phone_page.wait_for_url(EXIT_URL + "**")

    phone_page.goto(site_server + "themes/domestic-abuse/")
    for _ in range(3):
        phone_page.keyboard.press("Shift")
    phone_page.wait_for_url(EXIT_URL + "**")
