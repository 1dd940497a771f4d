"""The whole strategy on one page, for the PDF: what mkdocs-print-site-plugin is given.

The plugin joins pages into one (print_page/), fixing links between them into links within
it. It takes the pages of the navigation in the navigation's order, and has no option for
another order or for leaving pages out by anything but a pattern. The PDF is a document for
committee papers, in its own order, so this module hands the plugin the list of pages it
joins (its `renderer.items`, which the plugin sets in its on_nav). That is a door the plugin
does not document: every use of the plugin's insides is in this module, and
tests/unit/test_print_site.py fails if a new version of the plugin moves them.
"""

from __future__ import annotations

import re
from pathlib import Path

from markupsafe import Markup, escape
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from macros.data.catalogue import Catalogue
from macros.pages.checks.theme_pages import FOLDER as THEMES_FOLDER

PLUGIN = "print-site"
THEME_PAGES = "the page of every theme, in the order of the themes' data"
# What the PDF holds, in order, after its front matter (templates/print_front_matter.html).
PRINT_ORDER = (
    "about.md",
    "themes/index.md",
    THEME_PAGES,
    "roadmap.md",
    "partners/index.md",
    "partners/overview.md",
    "equality-impact-assessment.md",
    "get-help.md",
)
# The plugin renders its cover page template with `config` in reach; the front matter is
# made by our own autoescaped template and handed over here (macros/render/templates/print_cover.tpl).
FRONT_MATTER_KEY = "print_front_matter"
# overrides/main.html compares each page with this, to give the print page alone its
# stylesheet and the plugin's script (which every other page is spared).
PRINT_PAGE_KEY = "print_page"
PLUGIN_SCRIPT = "js/print-site.js"


def plugin_of(config):
    """The print-site plugin, or None when mkdocs.yml does not use it or it is switched off
    (scripts/serve switches it off: the print page is only the PDF's source, and serve makes
    no PDF)."""
    plugin = config.plugins.get(PLUGIN)
    return plugin if plugin is not None and plugin.config.get("enabled", True) else None


def pages_in_print_order(files: Files, catalogue: Catalogue) -> list[Page]:
    paths = []
    for entry in PRINT_ORDER:
        paths += [f"{THEMES_FOLDER}/{theme.id}.md" for theme in catalogue.themes] if entry == THEME_PAGES else [entry]
    missing = [path for path in paths if files.get_file_from_path(path) is None or files.get_file_from_path(path).page is None]
    if missing:
        raise PluginError(f"The whole-strategy PDF needs these pages, which the site does not have: {', '.join(missing)} (macros/exports/pdf/print_page.py)")
    return [files.get_file_from_path(path).page for path in paths]


def use_print_order(config, pages: list[Page]) -> None:
    """Hand the plugin the pages it joins (after its on_nav, which set the navigation's)."""
    plugin_of(config).renderer.items = pages


def anchor_of(page: Page) -> str:
    """The id the plugin gives the section that holds a page on the print page."""
    from mkdocs_print_site_plugin.urls import get_page_key

    return get_page_key(page.url)


def heading_first(html: str, page: Page) -> str:
    """A page whose content has no heading of its own (a theme's page takes its title from
    data) gets it here, as Material would show it; the plugin joins pages by their headings."""
    return html if "<h1" in html else f"<h1>{escape(page.title)}</h1>\n{html}"


def hand_over_front_matter(config, front_matter: Markup) -> None:
    config.extra[FRONT_MATTER_KEY] = front_matter


def keep_plugin_script_to_print_page(config) -> None:
    """The plugin adds its script to every page; only the print page uses it (overrides/main.html
    loads it there), so the other pages are spared a request. Runs after the plugin's on_config."""
    config.extra_javascript[:] = [script for script in config.extra_javascript if str(script) != PLUGIN_SCRIPT]
    config.extra[PRINT_PAGE_KEY] = plugin_of(config).print_page.file.src_uri


def print_page_of(config) -> Page:
    return plugin_of(config).print_page


def print_page_path(config) -> Path:
    """Where the plugin writes the print page, in the built site."""
    return Path(plugin_of(config).print_page.file.abs_dest_path)


def print_page_url(config) -> str:
    """The print page's address within the site ("print_page/")."""
    return plugin_of(config).print_page.file.url


# The plugin wraps each page in <section class="print-page" id="<page key>" heading-number="...">,
# gives headings and list items ids prefixed with the page key, and rewrites links to match;
# three things in what it writes are not valid HTML, or leave references dangling:
_SECTION = re.compile(r'(<section class="print-page" id="([^"]+)") heading-number="[^"]*">')
_IDS = re.compile(r'\bid="([^"]+)"')
_REFERENCES = re.compile(r'\b(aria-labelledby|aria-describedby)="([^"]+)"')
# links to pages that the document leaves out, which it turns into links to places in itself;
# its numbering rules, which we do not use (enumerate_headings: false), as a <style> at the end of <body>;
_NUMBERING_STYLE = re.compile(r"<style>\s*\.print-site-enumerate-headings.*?</style>", re.DOTALL)


_IN_DOCUMENT_LINK = re.compile(r'\bhref="#([^"]+)"')
# and "sms:" links (a number to text, on the Get help page), which it takes for links within
# the site, as its urls.py leaves alone only the schemes it lists (http, mailto:, tel: ...).
_TEXT_NUMBER_LINK = re.compile(r'\bhref="#[^"#]*?-(sms:[0-9]+)"')


# The plugin's two link and id fixes (its urls.py) replace each match they find in the whole
# page, one after another: time that grows with the square of a page's size (about 5 CPU s for
# the print page at 100 times today's data). These run the plugin's own function on each match
# alone, with the plugin's own patterns, in one pass: the same output
# (tests/build/test_print_page_links.py compares them on every page of the site).
_PLUGIN_LINK = re.compile(r"<a\s+([^>]*?\s+)?href=\"(.*?)\"", flags=re.IGNORECASE)
_PLUGIN_ID = re.compile(r"<([^\s]+).*?id=\"([^\"]*?)\".*?>", flags=re.IGNORECASE)


def fix_links_in_one_pass() -> None:
    from mkdocs_print_site_plugin import urls

    if getattr(urls.fix_href_links, "in_one_pass", False):
        return
    by_match_links, by_match_ids = urls.fix_href_links, urls.update_anchor_ids

    def fix_href_links(page_html, page_key, page_url, directory_urls=False):
        return _PLUGIN_LINK.sub(lambda link: by_match_links(link.group(), page_key, page_url, directory_urls), page_html)

    def update_anchor_ids(page_html, page_key):
        return _PLUGIN_ID.sub(lambda tag: by_match_ids(tag.group(), page_key), page_html)

    fix_href_links.in_one_pass = update_anchor_ids.in_one_pass = True
    urls.fix_href_links, urls.update_anchor_ids = fix_href_links, update_anchor_ids


def _longest_key(target: str, keys: dict[str, str]) -> str | None:
    """The longest key that is `target` or starts it followed by "-": the plugin joins a page's
    key and an id within it with a "-", and a key can hold "-" too."""
    cuts = [index for index, character in enumerate(target) if character == "-"] + [len(target)]
    return next((target[:cut] for cut in reversed(cuts) if target[:cut] in keys), None)


def repair_print_page(html: str, left_out: dict[str, str], print_url: str) -> str:
    """The print page as the plugin wrote it, made valid: no made-up `heading-number`
    attribute, no unused <style> in <body>, each aria-labelledby (or -describedby) that
    names an id the plugin prefixed names the prefixed id, and each link to a page the
    document leaves out (`left_out`: the plugin's key for the page, and its address) leads
    to that page on the site again, as each link to a number to text does to that number."""
    all_ids = set(_IDS.findall(html))

    def to_left_out_page(match: re.Match) -> str:
        target = match.group(1)
        if target in all_ids:  # most links
            return match.group(0)
        key = _longest_key(target, left_out)
        if key is None:
            return match.group(0)
        fragment = target[len(key) + 1 :]
        return f'href="{get_relative_url(left_out[key], print_url)}{"#" + fragment if fragment else ""}"'

    html = _IN_DOCUMENT_LINK.sub(to_left_out_page, _TEXT_NUMBER_LINK.sub(r'href="\1"', html))
    parts = _SECTION.split(html)
    # split() gives: text before the first section, then (opening, key, text) for each section.
    repaired = [parts[0]]
    for opening, key, text in zip(parts[1::3], parts[2::3], parts[3::3]):
        own_ids = set(_IDS.findall(text))

        def prefixed(match: re.Match) -> str:
            names = [
                f"{key}-{name}" if name not in own_ids and f"{key}-{name}" in own_ids else name for name in match.group(2).split()
            ]
            return f'{match.group(1)}="{" ".join(names)}"'

        repaired.append(opening + ">" + _REFERENCES.sub(prefixed, text))
    return _NUMBERING_STYLE.sub("", "".join(repaired))


def left_out_pages(files: Files, printed: list[Page]) -> dict[str, str]:
    """The pages of the site that the document leaves out, by the plugin's key for each."""
    printed_paths = {page.file.src_path for page in printed}
    return {anchor_of(file.page): file.page.url for file in files.documentation_pages() if file.page and file.src_path not in printed_paths}


def repair_print_page_file(config, left_out: dict[str, str]) -> None:
    path = print_page_path(config)
    path.write_text(repair_print_page(path.read_text(encoding="utf-8"), left_out, print_page_url(config)), encoding="utf-8")
