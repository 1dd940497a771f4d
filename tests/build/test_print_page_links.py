"""The print-site plugin's link and id fixes, run in one pass (macros/plugin/upstream.py), give what
the plugin's own functions give, on every page of the built site, and fix each link once."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.exports.pdf import print_page
from macros.plugin import upstream
from tests.sitebuild import public_pages

urls = pytest.importorskip("mkdocs_print_site_plugin.urls")


def content_of(page: Path) -> str:
    """What the plugin is given of a page: its content, without the theme's menus around it."""
    html = page.read_text(encoding="utf-8")
    return html[html.index("<article") : html.rindex("</article>")]


@pytest.fixture
def plugin_and_one_pass(monkeypatch):
    """The plugin's functions, and the one-pass ones, put back as they were after the test."""
    monkeypatch.setattr(urls, "fix_href_links", urls.fix_href_links)
    monkeypatch.setattr(urls, "update_anchor_ids", urls.update_anchor_ids)
    plugin = (urls.fix_href_links, urls.update_anchor_ids)
    upstream.print_links_fixed_in_one_pass()
    one_pass = (urls.fix_href_links, urls.update_anchor_ids)
    assert one_pass != plugin
    return plugin, one_pass


def test_every_page_comes_out_the_same(built_site, plugin_and_one_pass):
    (plugin_links, plugin_ids), (links, ids) = plugin_and_one_pass
    pages = [page for page in public_pages(built_site) if page.parent.name != "print_page"]  # the plugin's output, not its input
    assert len(pages) > 20
    changed = 0
    for path in pages:
        html = content_of(path)
        url = path.relative_to(built_site).parent.as_posix() + "/"
        expected = plugin_ids(plugin_links(html, "key", url, True), "key")
        assert ids(links(html, "key", url, True), "key") == expected, path
        changed += expected != html
    assert changed == len(pages), "every page has links and headings the fixes change"


def test_each_link_is_fixed_once(plugin_and_one_pass):
    """The plugin replaces each fixed link everywhere in the page, so a link it has just written
    can be rewritten again by a later one: here the link to the Get help page became a link
    within this page. The site's pages have no such pair (the test above)."""
    (plugin_links, _), (links, _) = plugin_and_one_pass
    html = '<a href="../get-help/">Get help</a> <a href="#get-help">This page</a>'
    assert links(html, "about", "about/", True) == '<a href="#get-help">Get help</a> <a href="#about-get-help">This page</a>'
    assert plugin_links(html, "about", "about/", True) == '<a href="#about-get-help">Get help</a> <a href="#about-get-help">This page</a>'


def test_a_page_key_with_hyphens_is_found_by_its_longest_match():
    keys = {"partners": "partners/", "partners-overview": "partners/overview/"}
    assert print_page._longest_key("partners-overview-by-theme", keys) == "partners-overview"
    assert print_page._longest_key("partners", keys) == "partners"
    assert print_page._longest_key("partnership", keys) is None
