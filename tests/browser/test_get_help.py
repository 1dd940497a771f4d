"""Get help as a resident on a phone meets it: a short way in, then one page per situation
with its own help first, each service once, on the site as it is published today (after the
strategy's period, so with the notice under the header)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .helpers import PHONE

pytestmark = pytest.mark.browser

def screens(page) -> float:
    return page.evaluate("document.documentElement.scrollHeight") / PHONE["viewport"]["height"]


def test_the_get_help_index_is_at_most_two_and_a_half_phone_screens(ended_phone_page, ended_server, catalogue):
    ended_phone_page.goto(ended_server + "get-help/")
    assert screens(ended_phone_page) <= 2.5, f"{screens(ended_phone_page):.2f} screens"
    # 999 and 101 first, on the first screen; then one link for each situation.
    for contact in catalogue.contacts_on_every_theme:
        expect(ended_phone_page.locator("article").get_by_role("link", name=contact.phone, exact=True).first).to_be_in_viewport()
    links = ended_phone_page.locator("article .situation-index__link")
    expect(links).to_have_count(len(catalogue.situations))
    assert links.all_inner_texts() == [situation.title for situation in catalogue.situations]


def test_the_screen_count_sees_a_long_page(ended_phone_page, ended_server):
    """The measure can fail: the page made longer is counted as more screens."""
    ended_phone_page.goto(ended_server + "get-help/")
    ended_phone_page.evaluate("() => document.querySelector('article').insertAdjacentHTML('beforeend', '<p style=\"height:2000px\">x</p>')")
    assert screens(ended_phone_page) > 2.5


def test_each_situation_page_is_at_most_six_screens_with_each_service_once(ended_phone_page, ended_server, catalogue):
    for situation in catalogue.situations:
        ended_phone_page.goto(ended_server + f"get-help/{situation.id}/")
        expect(ended_phone_page.locator("article h1")).to_have_text(situation.title)
        assert screens(ended_phone_page) <= 6, f"{situation.id}: {screens(ended_phone_page):.2f} screens"
        shown = ended_phone_page.locator("article [data-contact]").evaluate_all("items => items.map(item => item.dataset.contact)")
        assert len(shown) == len(set(shown)), f"{situation.id}: a contact twice: {shown}"
        # Every number to call is shown once: a ended_phone_page link's number appears in one card or line only.
        numbers = ended_phone_page.locator("article a[href^='tel:']").evaluate_all("links => links.map(link => link.closest('[data-contact]').dataset.contact + ' ' + link.getAttribute('href'))")
        assert len(numbers) == len(set(numbers)), situation.id


def test_the_domestic_abuse_page_shows_wirrals_24_hour_line_on_the_first_screen(ended_phone_page, ended_server, catalogue):
    local = catalogue.contact_by_id["wirral-womens-and-childrens-aid"]
    ended_phone_page.goto(ended_server + "get-help/domestic-abuse/")
    card = ended_phone_page.locator(f'[data-contact="{local.id}"]')
    call = card.get_by_role("link", name=local.phone, exact=True)
    expect(call).to_be_in_viewport()
    expect(card).to_contain_text("24 hours")
    # Local help first: no national service comes before it.
    first = ended_phone_page.locator("article .contact-card").first
    expect(first).to_have_attribute("data-contact", local.id)


def test_the_home_page_has_exit_this_page_on_its_first_screen_with_999_and_101(ended_phone_page, ended_server, catalogue):
    ended_phone_page.goto(ended_server)
    expect(ended_phone_page.locator("article a.exit-this-page__button")).to_be_in_viewport()
    for contact in catalogue.contacts_on_every_theme:
        expect(ended_phone_page.locator(".emergency-box").get_by_role("link", name=contact.phone, exact=True)).to_be_in_viewport()


def test_an_old_address_of_a_section_lands_on_its_way_in(ended_phone_page, ended_server):
    """get-help/#domestic-abuse led to the section when the page held every service: it now
    lands on the situation's item, on screen, whose link opens its page."""
    ended_phone_page.goto(ended_server + "get-help/#domestic-abuse")
    item = ended_phone_page.locator("li#domestic-abuse")
    expect(item).to_be_in_viewport()
    item.get_by_role("link").tap()
    ended_phone_page.wait_for_url(re.compile(r"/get-help/domestic-abuse/$"))


def test_the_notice_comes_after_the_skip_link(ended_phone_page, ended_server):
    ended_phone_page.goto(ended_server)
    ended_phone_page.keyboard.press("Tab")
    expect(ended_phone_page.locator(":focus")).to_have_text("Skip to main content")
    skip_first = ended_phone_page.evaluate(
        "() => Boolean(document.querySelector('.site-skip').compareDocumentPosition(document.querySelector('.strategy-notice')) & Node.DOCUMENT_POSITION_FOLLOWING)"
    )
    assert skip_first
