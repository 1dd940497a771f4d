"""An update's page at 390 and 1280 px: under its heading, "Published 9 November 2020" as a
resident reads it, and none of Material's sidebar headed "Metadata" with a calendar icon."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from macros.data.partial_dates import long_date
from macros.data.updates import address_of, read_posts
from tests.sitebuild import ROOT


def posts(catalogue):
    found, _ = read_posts(ROOT / "docs", {theme.id for theme in catalogue.themes})
    return found


@pytest.mark.parametrize("width", [390, 1280])
def test_an_update_says_when_it_was_published_and_shows_no_metadata_heading(open_page, site_server, catalogue, width):
    page = open_page(viewport={"width": width, "height": 900})
    for post in posts(catalogue):
        page.goto(f"{site_server}updates/{address_of(post.update.title)}/")
        published = page.locator("article h1 + p.update-published")
        expect(published).to_be_visible()
        expect(published).to_have_text(f"Published {long_date(post.update.date)}")
        expect(published.locator("time")).to_have_attribute("datetime", post.update.date.isoformat())
        expect(page.get_by_text("Metadata", exact=True)).to_be_hidden()
        expect(page.locator(".md-post__meta")).to_be_hidden()
        back = page.locator(".md-post__back a")
        if width == 1280:  # on a phone the sidebar is in the closed menu
            expect(back).to_be_visible()
        expect(back).to_have_text("All updates")
