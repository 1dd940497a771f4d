"""Text fields take plain words: markup is found whole, and ordinary punctuation is not markup."""

from __future__ import annotations

import pytest

from macros.data.free_text import markup_in


@pytest.mark.parametrize(
    "text, found",
    [
        ("We have <b>marked</b> it done.", "<b>"),
        ("Read <a href='x'>this</a>", "<a href='x'>"),
        ("A comment <!-- here", "<!--"),
        ("Fish &amp; chips", "&amp;"),
        ("See [the report](https://example.org/report).", "[the report](https://example.org/report)"),
        ("![a picture](x.png)", "![a picture](x.png)"),
        ("A **bold** claim", "**bold**"),
        ("An *emphasised* word", "*emphasised*"),
        ("An _emphasised_ word", "_emphasised_"),
        ("Run `rm`", "`rm`"),
        ("# A heading", "# "),
    ],
)
def test_markup_is_found(text, found):
    assert markup_in(text) == found.strip()


@pytest.mark.parametrize(
    "text",
    [
        "5 * 3 is 15",
        "Community safety & road safety",
        "Call 0800 555 111 (free) [24 hours]",
        "a file_name or snake_case word",
        "Section 3.2 - the co-production roadmap < April 2021",
        "Press # then 1",
        "3 < 4 and 5 > 2",
    ],
)
def test_ordinary_punctuation_is_not_markup(text):
    assert markup_in(text) is None


def test_a_long_piece_of_markup_is_cut_in_the_message():
    found = markup_in("<span class='" + "x" * 200 + "'>")
    assert found.endswith("...") and len(found) <= 43
