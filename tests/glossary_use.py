"""Where a page first uses each glossary word, and whether it is explained there.

A word is explained where it is marked up with its meaning: inside <abbr title="meaning">
(what the `abbr` extension makes of the page's own Markdown) or inside <dfn> (the glossary
page, which defines it). Words are found whatever their case or spelling in the glossary,
so a spelling the glossary lacks ("Co-produced" when only "co-produced" is defined) shows up
as a first use that is not explained. The page's own words are read as tests/readability.py
reads them: quotes of the report, navigation and code are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from macros.data.glossary import Entry
from tests.html_tree import Element
from tests.readability import skipped, content_of

INLINE = {"a", "abbr", "b", "dfn", "em", "i", "q", "small", "span", "strong", "time"}


@dataclass(frozen=True)
class Use:
    term: str  # the glossary entry's first spelling
    found: str  # the words as the page writes them
    explained: bool
    context: str


DEFINED_HERE = object()  # inside <dfn>: the page defines the word itself


def _marked_text(element: Element) -> tuple[str, list]:
    """The element's text, and for each character the meaning it is marked up with: an
    <abbr>'s title, DEFINED_HERE inside <dfn>, else None."""
    text: list[str] = []
    marked: list = []

    def walk(node: Element, meaning) -> None:
        for child in node.children:
            if isinstance(child, str):
                text.append(child)
                marked.extend([meaning] * len(child))
                continue
            if not skipped(child):
                if child.tag == "dfn":
                    walk(child, DEFINED_HERE)
                elif child.tag == "abbr" and child.attrs.get("title"):
                    walk(child, child.attrs["title"])
                else:
                    walk(child, meaning)
            if child.tag not in INLINE:  # words in two blocks never join into one term
                text.append(" ")
                marked.append(None)

    walk(element, None)
    return "".join(text), marked


def first_uses(html: str, entries: list[Entry]) -> list[Use]:
    """For each glossary entry the page uses, its first use."""
    text, marked = _marked_text(content_of(html))
    uses = []
    for entry in entries:
        # Each spelling, in any case; whitespace inside a term may be a line break in the HTML.
        pattern = re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, s.split())) for s in entry.spellings) + r")\b", re.IGNORECASE)
        match = pattern.search(text)
        if match:
            explained = all(mark in (entry.meaning, DEFINED_HERE) for mark in marked[match.start() : match.end()])
            context = " ".join(text[max(0, match.start() - 60) : match.end() + 20].split())
            uses.append(Use(entry.term, match.group(0), explained, context))
    return uses
