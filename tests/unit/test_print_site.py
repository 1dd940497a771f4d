"""What macros/exports/pdf/print_page.py relies on in mkdocs-print-site-plugin, and how it repairs the
plugin's page. These fail when a new version of the plugin moves what the module uses."""

from __future__ import annotations

import pytest
from mkdocs.config import load_config

from macros.exports.pdf import print_page as print_site
from macros.exports.pdf.document import link_text, size_text
from tests.sitebuild import ROOT

fix_internal_links = pytest.importorskip("mkdocs_print_site_plugin.urls").fix_internal_links


@pytest.fixture
def configured():
    config = load_config(str(ROOT / "mkdocs.yml"))
    plugin = print_site.plugin_of(config)
    assert plugin is not None, "mkdocs.yml no longer uses the print-site plugin"
    config = plugin.on_config(config)
    return config, plugin


def test_the_plugin_still_has_the_parts_the_module_uses(configured):
    config, plugin = configured
    assert hasattr(plugin.renderer, "items"), "the plugin no longer keeps the pages it joins in renderer.items"
    assert plugin.print_page.file.src_uri.endswith(".md")
    assert print_site.PLUGIN_SCRIPT in [str(script) for script in config.extra_javascript]
    print_site.keep_plugin_script_to_print_page(config)
    assert print_site.PLUGIN_SCRIPT not in [str(script) for script in config.extra_javascript]
    assert config.extra[print_site.PRINT_PAGE_KEY] == plugin.print_page.file.src_uri


def test_serve_switches_the_print_page_off(monkeypatch):
    """scripts/serve sets STRATEGY_PRINT_PAGE=false: no print page, and the module treats the
    plugin as absent, as where mkdocs.yml does not use it."""
    monkeypatch.setenv("STRATEGY_PRINT_PAGE", "false")
    assert print_site.plugin_of(load_config(str(ROOT / "mkdocs.yml"))) is None
    assert "STRATEGY_PRINT_PAGE=false" in (ROOT / "scripts" / "serve").read_text(encoding="utf-8")
    monkeypatch.delenv("STRATEGY_PRINT_PAGE")
    assert print_site.plugin_of(load_config(str(ROOT / "mkdocs.yml"))) is not None


def joined(*pages: tuple[str, str]) -> str:
    """Pages joined the way the plugin joins them (with its own function)."""
    return "".join(fix_internal_links(html, url, directory_urls=True, heading_number=str(i)) for i, (url, html) in enumerate(pages, 1))


def test_the_plugins_made_up_attribute_is_removed():
    html = joined(("about/", "<h1 id='about'>About</h1><p>Text</p>".replace("'", '"')))
    assert "heading-number" in html, "the plugin no longer writes heading-number: remove this repair"
    repaired = print_site.repair_print_page(html, {}, "print_page/")
    assert "heading-number" not in repaired
    assert '<section class="print-page" id="about">' in repaired


def test_a_label_names_the_heading_the_plugin_renamed():
    theme = '<aside aria-labelledby="get-help">\n<h2 id="get-help">Get help</h2>\n</aside>'  # one element a line, as built
    html = joined(("themes/hate-crime/", theme), ("get-help/", '<h1 id="help">Help</h1>'))
    repaired = print_site.repair_print_page(html, {}, "print_page/")
    assert 'aria-labelledby="themes-hate-crime-get-help"' in repaired
    assert 'id="themes-hate-crime-get-help"' in repaired


def test_a_link_to_a_page_left_out_leads_to_that_page_on_the_site():
    html = joined(("roadmap/", '<p><a href="../partners/wirral-council/#owns">Wirral Council</a> <a href="../about/">About</a></p>'), ("about/", "<h1>About</h1>"))
    left_out = {"partners-wirral-council": "partners/wirral-council/"}
    repaired = print_site.repair_print_page(html, left_out, "print_page/")
    assert 'href="../partners/wirral-council/#owns"' in repaired
    assert 'href="#about"' in repaired  # a page in the document: a link within it


def test_a_number_to_text_stays_a_number_to_text():
    help_page = '<p>Text <a href="sms:999">999</a> or call <a href="tel:999">999</a></p>'
    html = joined(("get-help/", help_page))
    assert 'href="#get-help-sms:999"' in html, "the plugin now leaves sms: links alone: remove this repair"
    repaired = print_site.repair_print_page(html, {}, "print_page/")
    assert 'href="sms:999"' in repaired and 'href="tel:999"' in repaired


def test_the_plugins_numbering_style_is_removed_from_the_body():
    html = '<div id="print-site-page"></div><style>.print-site-enumerate-headings #about > h1:before { content: "1 " }</style>'
    assert "<style>" not in print_site.repair_print_page(html, {}, "print_page/")


@pytest.mark.parametrize("size, shown", [(900, "1 KB"), (75_000, "73 KB"), (1023 * 1024, "1023 KB"), (1_500_000, "1.4 MB")])
def test_sizes_are_written_the_gov_uk_way(size, shown):
    assert size_text(size) == shown


def test_the_link_text_says_what_the_file_is():
    assert link_text(42, 760_000) == "Download the strategy (PDF, 42 pages, 742 KB)"
