"""A glossary word opens its meaning by keyboard and by tap, not by a mouse's tooltip alone
(issue 23): the first use of a word on a page links to its entry on "Words we use", which is
then in view below the sticky header, and a screen reader hears the meaning on the link."""

from __future__ import annotations

import re

from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from macros.data.glossary import read_glossary
from tests.sitebuild import ROOT

MOST_TABS = 300  # more than any page has

MEANINGS = {entry.anchor: entry.meaning for entry in read_glossary(ROOT / "includes" / "glossary.md")}

# Runs in the page: the targeted entry's word and meaning, below the header and inside the window.
TARGET_IN_VIEW = """() => {
  const word = document.querySelector('.glossary dt:target');
  const meaning = word && word.nextElementSibling;
  if (!meaning) return null;
  const header = document.querySelector('.md-header').getBoundingClientRect();
  const top = word.getBoundingClientRect(), bottom = meaning.getBoundingClientRect();
  return {below_header: top.top >= header.bottom - 1, inside: bottom.bottom <= window.innerHeight, meaning: meaning.textContent.trim()};
}"""


def anchor_of(href: str) -> str:
    return href.rsplit("#", 1)[1]


def assert_meaning_shown(page, anchor: str) -> None:
    expect(page).to_have_url(re.compile(rf"/glossary/#{re.escape(anchor)}$"))
    meaning = page.locator(f"dt#{anchor} + dd")
    expect(meaning).to_be_in_viewport()
    # The browser scrolls to the entry after the address changes: wait for it to settle (a slow
    # machine measured it mid-scroll), then check where it is.
    try:
        page.wait_for_function(f"() => {{ const placed = ({TARGET_IN_VIEW})(); return placed && placed.below_header && placed.inside; }}")
    except PlaywrightTimeout:
        pass  # the assertion below says where it is
    placed = page.evaluate(TARGET_IN_VIEW)
    assert placed == {"below_header": True, "inside": True, "meaning": MEANINGS[anchor]}


def test_a_glossary_word_opens_its_meaning_from_the_keyboard(page, site_server):
    page.goto(site_server)
    for _ in range(MOST_TABS):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('glossary-term')"):
            break
    else:
        raise AssertionError("no glossary word on the home page takes focus from the keyboard")
    focused = page.locator("a.glossary-term:focus")
    anchor = anchor_of(focused.get_attribute("href"))
    # What a screen reader says on focus: the word, then its meaning.
    expect(focused).to_have_accessible_description(f"Meaning: {MEANINGS[anchor]}")
    page.keyboard.press("Enter")
    assert_meaning_shown(page, anchor)


def test_a_glossary_word_opens_its_meaning_by_tap(phone_page, site_server):
    phone_page.goto(site_server + "themes/domestic-abuse/")
    word = phone_page.locator("article a.glossary-term").first
    anchor = anchor_of(word.get_attribute("href"))
    word.scroll_into_view_if_needed()
    word.tap()
    assert_meaning_shown(phone_page, anchor)
