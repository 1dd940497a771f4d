"""The notice every page shows once the strategy's planned period has ended, as a resident on a
phone meets it: two lines at most, above everything, with a link to where the strategy is now."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

PAGES = ("", "get-help/", "roadmap/", "themes/domestic-abuse/", "partners/merseyside-police/")


def notice_lines(page) -> dict:
    """How many lines the notice's text takes, from its height and its line height."""
    return page.evaluate(
        """() => {
            const notice = document.querySelector('.strategy-notice');
            const style = getComputedStyle(notice);
            const range = document.createRange();
            range.selectNodeContents(notice);
            const lines = new Set([...range.getClientRects()].map(rect => Math.round(rect.top)));
            return {lines: lines.size, height: notice.getBoundingClientRect().height,
                    lineHeight: parseFloat(style.lineHeight), link: notice.querySelector('a')?.textContent};
        }"""
    )


@pytest.mark.parametrize("path", PAGES)
def test_the_notice_fits_in_two_lines_on_a_phone_and_links_to_where_the_strategy_is_now(ended_phone_page, ended_server, path):
    page = ended_phone_page
    page.goto(ended_server + path)
    measured = notice_lines(page)
    assert measured["lines"] <= 2, measured
    assert measured["height"] <= 2 * measured["lineHeight"] + 24, measured  # two lines and the banner's padding
    assert measured["link"] == "Where the strategy is now"
    page.click(".strategy-notice a")
    page.wait_for_load_state()
    assert page.url.endswith("/where-the-strategy-is-now/")
    assert page.locator("h1").inner_text().rstrip("¶") == "Where the strategy is now"


def test_the_line_count_sees_a_notice_that_wraps_to_three_lines(ended_phone_page, ended_server):
    """The measure can fail: a notice made longer is counted as more than two lines."""
    page = ended_phone_page
    page.goto(ended_server)
    page.evaluate("() => document.querySelector('.strategy-notice strong').textContent += ' ' + 'More words here. '.repeat(6)")
    assert notice_lines(page)["lines"] >= 3
