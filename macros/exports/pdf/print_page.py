"""The whole strategy on one page, for the PDF: which pages it joins, in what order, and how the
joined page is mended.

mkdocs-print-site-plugin joins the pages into one (print_page/), fixing links between them
into links within it. The PDF is a document for committee papers, in its own order
(PRINT_ORDER); the plugin's adapter (plugin/print_site.py) hands the plugin these pages. What
the plugin writes is then mended here, as text: plain strings in, plain strings out.
"""

from __future__ import annotations

import re

from markupsafe import escape

from macros.data.registry import THEME_PAGES
from macros.render.urls import relative_url

THEME_PAGES_IN_ORDER = "the page of every theme, in the order of the themes' data"
# What the PDF holds, in order, after its front matter (templates/print_front_matter.html).
PRINT_ORDER = (
    "about.md",
    "where-the-strategy-is-now.md",
    "adopted-strategy.md",
    "themes/index.md",
    THEME_PAGES_IN_ORDER,
    "roadmap.md",
    "partners/index.md",
    "partners/overview.md",
    "equality-impact-assessment.md",
    "get-help.md",
)


def paths_in_print_order(theme_ids: list[str]) -> list[str]:
    """The pages the document joins (their paths inside docs/), in its order."""
    paths = []
    for entry in PRINT_ORDER:
        paths += [THEME_PAGES.page_of(theme_id) for theme_id in theme_ids] if entry == THEME_PAGES_IN_ORDER else [entry]
    return paths


def heading_first(html: str, title: str) -> str:
    """A page whose content has no heading of its own (a theme's page takes its title from
    data) gets it here, as Material would show it; the plugin joins pages by their headings."""
    return html if "<h1" in html else f"<h1>{escape(title)}</h1>\n{html}"


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
        return f'href="{relative_url(left_out[key], print_url)}{"#" + fragment if fragment else ""}"'

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
