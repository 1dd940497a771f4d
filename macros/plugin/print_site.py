"""The whole-strategy document through one build's events: the pages mkdocs-print-site-plugin
joins, their headings, its cover's front matter, the mending of its page and the printing.

What the document is (its order, its title, its mending, its printing) is the core's
(exports/pdf/); this is the part that meets MkDocs' pages and the plugin's insides, which
upstream.py gathers.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from macros.data.numbers import counted
from macros.exports.pdf.document import ContentsEntry, file_name_of, front_matter, print_document, size_text
from macros.exports.pdf.print_page import heading_first, paths_in_print_order, repair_print_page
from macros.exports.pdf.printer import why_not
from macros.pages.context import BuildContext
from macros.pages.strategy_macros import NOW_PAGE
from macros.plugin import upstream

log = logging.getLogger("mkdocs.plugins.strategy")

# The print-site plugin renders its cover page template with `config` in reach; the front
# matter is made by our own autoescaped template and handed over in config.extra
# (render/templates/print_cover.tpl).
FRONT_MATTER_KEY = "print_front_matter"
# overrides/main.html compares each page with this, to give the print page alone its
# stylesheet and the plugin's script (which every other page is spared).
PRINT_PAGE_KEY = "print_page"


class PrintDocument:
    """One build's whole-strategy document. Each method is called by one event of the plugin."""

    def __init__(self) -> None:
        self.pages: list[Page] = []
        self.left_out: dict[str, str] = {}  # the print page's id for each page it leaves out -> its address

    def keep_script_to_print_page(self, config) -> None:
        """on_files, after the print-site plugin's on_config added its script to every page."""
        if plugin := upstream.print_site_plugin(config):
            upstream.without_print_site_script(config)
            config.extra[PRINT_PAGE_KEY] = upstream.print_page(plugin).file.src_uri

    def choose_pages(self, config, files: Files, build: BuildContext) -> None:
        """on_nav, after the plugin's: the pages to join, in the document's order."""
        plugin = upstream.print_site_plugin(config)
        if not plugin:
            return
        paths = paths_in_print_order([theme.id for theme in build.catalogue.themes])
        missing = [path for path in paths if files.get_file_from_path(path) is None or files.get_file_from_path(path).page is None]
        if missing:
            raise PluginError(f"The whole-strategy PDF needs these pages, which the site does not have: {', '.join(missing)} (macros/exports/pdf/print_page.py)")
        self.pages = [files.get_file_from_path(path).page for path in paths]
        upstream.set_print_order(plugin, self.pages)

    def page_content(self, content: str, page: Page) -> str:
        """on_page_content, before the plugin keeps each page's HTML."""
        return heading_first(content, page.title) if page in self.pages else content

    def hand_over(self, config, files: Files, build: BuildContext) -> None:
        """on_env: every page's heading is known, and the plugin has not yet joined them."""
        if not upstream.print_site_plugin(config):
            return
        contents = [ContentsEntry(heading_of(page), upstream.print_section_id(page.url)) for page in self.pages]
        now_section = next((upstream.print_section_id(page.url) for page in self.pages if page.file.src_path == NOW_PAGE), None)
        config.extra[FRONT_MATTER_KEY] = front_matter(build.catalogue, build.today, contents, build.renderer, now_section)
        printed = {page.file.src_path for page in self.pages}
        self.left_out = {
            upstream.print_section_id(file.page.url): file.page.url
            for file in files.documentation_pages()
            if file.page and file.src_path not in printed
        }

    def publish(self, config, build: BuildContext, wanted: bool, command: str | None) -> None:
        """on_post_build, after the plugin's: mend its page, print it, write the links to it."""
        plugin = upstream.print_site_plugin(config)
        if plugin:
            joined = upstream.print_page(plugin)
            path = Path(joined.file.abs_dest_path)
            path.write_text(repair_print_page(path.read_text(encoding="utf-8"), self.left_out, joined.file.url), encoding="utf-8")
        reason = why_not(wanted, command) or (None if plugin else "mkdocs.yml does not use the print-site plugin")
        if reason:
            log.info(f"The whole-strategy PDF was not made: {reason}. No page links to it.")
            build.pdf_links.write_links(build.renderer, None)
            return
        anchors = [upstream.print_section_id(page.url) for page in self.pages]
        pdf = print_document(path, Path(config.site_dir), build.catalogue, anchors, build.renderer)
        name = file_name_of(build.catalogue)
        build.pdf_links.write_links(build.renderer, name, pdf.pages, pdf.size)
        log.info(f"The whole-strategy PDF: {name}, {counted(pdf.pages, 'page')}, {size_text(pdf.size)}")


def heading_of(page: Page) -> str:
    """A page's own heading, as the PDF's outline shows it; else its title."""
    heading = next((item.title for item in page.toc if item.level == 1), None)
    return html.unescape(heading) if heading else page.title
