"""The core's relative addresses are MkDocs' own: pages link to each other the same way
whichever of the two writes the link."""

from __future__ import annotations

import pytest
from mkdocs.utils import get_relative_url

from macros.render.urls import relative_url

CASES = [
    ("roadmap/", "themes/hate-crime/"),
    ("roadmap/", ""),
    ("", "roadmap/"),
    ("wirral-community-safety-strategy-2021-to-2025.pdf", "about/"),
    ("data/milestones.csv", "roadmap/2022/"),
    ("partners/wirral-council/", "print_page/"),
    ("themes/", "themes/index.html"),
    ("about/", "404.html"),
    ("a/b/../c/", "a/./d/"),
    ("updates/feed.xml", "updates/"),
    (".", "."),
]


@pytest.mark.parametrize("url, other", CASES)
def test_a_relative_address_is_the_one_mkdocs_would_write(url, other):
    assert relative_url(url, other) == get_relative_url(url, other)


def test_a_link_to_a_page_in_another_folder_climbs_out_first():
    assert relative_url("roadmap/", "themes/hate-crime/") == "../../roadmap/"
