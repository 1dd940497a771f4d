"""Glossary words that work by tap, keyboard and screen reader, not by a mouse's tooltip alone.

The `abbr` extension marks every use of a glossary word with <abbr title="meaning">, whose
meaning shows only while a mouse rests on it. This Markdown extension runs just after it and
turns the first use of each word on a page into a link to the word's entry on the glossary
page ("Words we use"), which takes the meaning as its accessible description:

    <a class="glossary-term" href="../glossary.md#sub-strategy"
       aria-describedby="glossary-meaning-sub-strategy--themes-road-safety">sub-strategy</a><span
       id="glossary-meaning-sub-strategy--themes-road-safety" hidden>Meaning: A plan for one theme.</span>

A tap or Enter follows the link to the meaning, highlighted there (:target); a screen reader
reads the meaning when the link takes focus, without leaving the page. MkDocs then makes the
address relative to the page and checks the entry's id, as for any link in Markdown. Later uses
of the word, and uses in headings or inside other links, become plain text again: a dotted line
that does nothing when tapped is what this replaces. The glossary page itself links nothing.

ElementTree writes the meaning and the word as text, escaped: nothing from the glossary becomes
markup.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from macros.data.glossary import Entry, entries_of, slug

# Where a link to the glossary would break the page: inside another link (nested links), in a
# heading (it would turn up in the contents and the page's title), or a definition itself.
UNLINKED = {"a", "dfn", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre"}
# The page is in the id too: the whole strategy on one page (the PDF's source) joins every
# page, and ids must stay unique there.
MEANING_ID = "glossary-meaning-{anchor}--{page}"


class GlossaryLinks(Treeprocessor):
    def __init__(self, md: Markdown, glossary_page: str):
        super().__init__(md)
        self.glossary_page = glossary_page

    def run(self, root: etree.Element) -> None:
        abbr = self.md.treeprocessors["abbr"] if "abbr" in self.md.treeprocessors else None
        if abbr is None or not abbr.abbrs:
            return
        entries = _entries_by_meaning(abbr.abbrs)
        page = self._page_path()
        linked: set[str] = set()

        def walk(element: etree.Element, linkable: bool) -> None:
            for child in list(element):
                if child.tag == "abbr" and child.get("title") in entries:
                    entry = entries[child.get("title")]
                    if linkable and page != self.glossary_page and entry.anchor not in linked:
                        linked.add(entry.anchor)
                        _link(element, child, entry, self._href(page, entry), slug((page or "page").removesuffix(".md")))
                    else:
                        _unwrap(element, child)
                else:
                    walk(child, linkable and child.tag not in UNLINKED)

        walk(root, True)

    def _page_path(self) -> str | None:
        """The page's path inside docs/, from MkDocs' link resolver (absent outside a build)."""
        relpath = self.md.treeprocessors["relpath"] if "relpath" in self.md.treeprocessors else None
        file = getattr(relpath, "file", None)
        return getattr(file, "src_uri", None)

    def _href(self, page: str | None, entry: Entry) -> str:
        target = self.glossary_page if page is None else posixpath.relpath(self.glossary_page, posixpath.dirname(page) or ".")
        return f"{target}#{entry.anchor}"


def _entries_by_meaning(abbrs: dict[str, str]) -> dict[str, Entry]:
    """The glossary's entries as its page lists them (macros/data/glossary.py), by meaning."""
    return {entry.meaning: entry for entry in entries_of((term, meaning) for term, meaning in abbrs.items() if meaning)}


def _link(parent: etree.Element, abbr: etree.Element, entry: Entry, href: str, page: str) -> None:
    index = list(parent).index(abbr)
    meaning_id = MEANING_ID.format(anchor=entry.anchor, page=page)
    link = etree.Element("a", {"class": "glossary-term", "href": href, "aria-describedby": meaning_id})
    link.text = abbr.text
    meaning = etree.Element("span", {"id": meaning_id, "hidden": "hidden", "data-search-exclude": ""})
    meaning.text = f"Meaning: {entry.meaning}"
    meaning.tail = abbr.tail
    parent.remove(abbr)
    parent.insert(index, link)
    parent.insert(index + 1, meaning)


def _unwrap(parent: etree.Element, abbr: etree.Element) -> None:
    """The word as plain text where the <abbr> was."""
    index = list(parent).index(abbr)
    text = (abbr.text or "") + (abbr.tail or "")
    if index == 0:
        parent.text = (parent.text or "") + text
    else:
        before = parent[index - 1]
        before.tail = (before.tail or "") + text
    parent.remove(abbr)


class GlossaryLinksExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {"glossary_page": ["glossary.md", "The glossary page, inside docs/"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        # After abbr (7), which makes the <abbr>s; before toc and MkDocs' anchors (5) and its
        # links (0), so the link's address is resolved and checked like any other.
        md.treeprocessors.register(GlossaryLinks(md, self.getConfig("glossary_page")), "glossary_links", 6)


def makeExtension(**kwargs) -> GlossaryLinksExtension:
    return GlossaryLinksExtension(**kwargs)
