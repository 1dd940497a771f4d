"""News updates: a new Markdown file appears on the updates page, in the feed and on its theme."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from macros.data.partial_dates import long_date
from macros.data.updates import address_of, read_posts
from tests.sitebuild import ROOT, build, copy_project

pytestmark = pytest.mark.build

ATOM = "{http://www.w3.org/2005/Atom}"
NEW_UPDATE = """---
date: 2030-01-02
title: Test update about hate crime & <friends>
categories:
  - hate-crime
---

Body of the test update.
"""


def feed_titles(site) -> list[str]:
    root = ET.parse(site / "updates" / "feed.xml").getroot()
    return [entry.find(f"{ATOM}title").text for entry in root.iter(f"{ATOM}entry")]


def test_the_updates_are_on_the_home_page_and_the_feed_and_the_seed_on_every_theme_it_names(built_site, catalogue):
    titles = ["What happened to the strategy after the 2020 report", "Report on how the strategy is being developed"]
    assert feed_titles(built_site) == titles  # newest first
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert all(title in home for title in titles)
    for theme in catalogue.themes:
        html = (built_site / "themes" / theme.id / "index.html").read_text(encoding="utf-8")
        assert "Updates about this theme" in html, theme.id


def test_an_added_update_shows_on_the_news_page_in_the_feed_and_on_its_theme(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "docs" / "updates" / "posts" / "test-update.md").write_text(NEW_UPDATE, encoding="utf-8")
    result = build(project, tmp_path / "site", today="2030-01-02")  # the update's day: not in the future
    assert result.returncode == 0, result.output
    escaped = "Test update about hate crime &amp; &lt;friends&gt;"
    # The blog's own pages too: the updates list and the update's page (the plugin escapes the title).
    updates_page = (result.site / "updates" / "index.html").read_text(encoding="utf-8")
    post_page = next((result.site / "updates").glob("test-update-about-hate-crime*/index.html")).read_text(encoding="utf-8")
    for html in (updates_page, post_page):
        assert "Test update about hate crime &" in html and "&lt;friends&gt;" in html
        assert "<friends>" not in html
    assert escaped in (result.site / "index.html").read_text(encoding="utf-8")
    assert feed_titles(result.site)[0] == "Test update about hate crime & <friends>"  # newest first
    assert escaped in (result.site / "themes" / "hate-crime" / "index.html").read_text(encoding="utf-8")
    assert escaped not in (result.site / "themes" / "road-safety" / "index.html").read_text(encoding="utf-8")


def test_an_unknown_theme_id_stops_the_build_naming_the_file_and_field(tmp_path):
    project = copy_project(tmp_path / "project")
    bad = NEW_UPDATE.replace("- hate-crime", "- hate-crimes")
    (project / "docs" / "updates" / "posts" / "bad-update.md").write_text(bad, encoding="utf-8")
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert 'docs/updates/posts/bad-update.md, line 4, update "bad-update", field "categories": "hate-crimes" is not the id of any theme' in result.output


def test_each_update_says_when_it_was_published_under_its_heading(built_site, catalogue):
    """"Published 9 November 2020" as a resident reads it, the date in a <time>; not Material's
    sidebar headed "Metadata" with a calendar icon (hidden: tests/browser/test_updates.py)."""
    posts, errors = read_posts(ROOT / "docs", {theme.id for theme in catalogue.themes})
    assert posts and not errors
    for post in posts:
        html = (built_site / "updates" / address_of(post.update.title) / "index.html").read_text(encoding="utf-8")
        day = post.update.date
        published = f'<p class="update-published">Published <time datetime="{day.isoformat()}">{long_date(day)}</time></p>'
        assert re.search(r"</h1>\s*" + re.escape(published), html), post.src_path
        assert html.count("update-published") == 1, post.src_path
