"""How the print page that mkdocs-print-site-plugin joins is mended (macros/exports/pdf/print_page.py),
with the plugin's own joining: these fail when a new version of the plugin writes its page
another way. What the site relies on of the plugin's insides: tests/unit/test_upstream.py."""

from __future__ import annotations

import pytest

from macros.exports.pdf import print_page
from macros.exports.pdf.document import link_text, size_text

fix_internal_links = pytest.importorskip("mkdocs_print_site_plugin.urls").fix_internal_links


def joined(*pages: tuple[str, str]) -> str:
    """Pages joined the way the plugin joins them (with its own function)."""
    return "".join(fix_internal_links(html, url, directory_urls=True, heading_number=str(i)) for i, (url, html) in enumerate(pages, 1))


def test_the_plugins_made_up_attribute_is_removed():
    html = joined(("about/", "<h1 id='about'>About</h1><p>Text</p>".replace("'", '"')))
    assert "heading-number" in html, "the plugin no longer writes heading-number: remove this repair"
    repaired = print_page.repair_print_page(html, {}, "print_page/")
    assert "heading-number" not in repaired
    assert '<section class="print-page" id="about">' in repaired


def test_a_label_names_the_heading_the_plugin_renamed():
    theme = '<aside aria-labelledby="get-help">\n<h2 id="get-help">Get help</h2>\n</aside>'  # one element a line, as built
    html = joined(("themes/hate-crime/", theme), ("get-help/", '<h1 id="help">Help</h1>'))
    repaired = print_page.repair_print_page(html, {}, "print_page/")
    assert 'aria-labelledby="themes-hate-crime-get-help"' in repaired
    assert 'id="themes-hate-crime-get-help"' in repaired


def test_a_link_to_a_page_left_out_leads_to_that_page_on_the_site():
    html = joined(("roadmap/", '<p><a href="../partners/wirral-council/#owns">Wirral Council</a> <a href="../about/">About</a></p>'), ("about/", "<h1>About</h1>"))
    left_out = {"partners-wirral-council": "partners/wirral-council/"}
    repaired = print_page.repair_print_page(html, left_out, "print_page/")
    assert 'href="../partners/wirral-council/#owns"' in repaired
    assert 'href="#about"' in repaired  # a page in the document: a link within it


def test_a_number_to_text_stays_a_number_to_text():
    help_page = '<p>Text <a href="sms:999">999</a> or call <a href="tel:999">999</a></p>'
    html = joined(("get-help/", help_page))
    assert 'href="#get-help-sms:999"' in html, "the plugin now leaves sms: links alone: remove this repair"
    repaired = print_page.repair_print_page(html, {}, "print_page/")
    assert 'href="sms:999"' in repaired and 'href="tel:999"' in repaired


def test_the_plugins_numbering_style_is_removed_from_the_body():
    html = '<div id="print-site-page"></div><style>.print-site-enumerate-headings #about > h1:before { content: "1 " }</style>'
    assert "<style>" not in print_page.repair_print_page(html, {}, "print_page/")


@pytest.mark.parametrize("size, shown", [(900, "1 KB"), (75_000, "73 KB"), (1023 * 1024, "1023 KB"), (1_500_000, "1.4 MB")])
def test_sizes_are_written_the_gov_uk_way(size, shown):
    assert size_text(size) == shown


def test_the_link_text_says_what_the_file_is():
    assert link_text(42, 760_000) == "Download the strategy (PDF, 42 pages, 742 KB)"
