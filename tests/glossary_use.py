"""Where a page first uses each glossary word, and whether it is explained there.

A word is explained where it links to its meaning (macros/render/glossary_links.py): an
<a class="glossary-term"> whose aria-describedby names the element holding "Meaning: ..."),
or where it is defined (<dfn>, on the glossary page). A use in a heading or inside another
link is not where a word can be explained (a link there would break the heading or nest
links), so the first use is the first one outside them. Words are found whatever their case or
spelling in the glossary, so a spelling the glossary lacks ("Co-produced" when only
"co-produced" is defined) shows up as a first use that is not explained. The page's own words
are read as tests/readability.py reads them: quotes of the report, navigation, code and
hidden text (the meanings themselves) are left out.
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
NOT_HERE = object()  # in a heading or another link: not where the word is explained
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def meanings_by_id(root: Element) -> dict[str, str]:
    return {element.attrs["id"]: element.text for element in root.iter() if element.attrs.get("id")}


def glossary_meaning(link: Element, meanings: dict[str, str]) -> str | None:
    """The meaning a glossary link carries as its description, without its "Meaning: "."""
    described = meanings.get(link.attrs.get("aria-describedby", ""), "")
    return described.removeprefix("Meaning: ") if link.has_class("glossary-term") and described else None


def _marked_text(element: Element) -> tuple[str, list]:
    """The element's text, and for each character the meaning it is marked up with: a
    glossary link's meaning, DEFINED_HERE inside <dfn>, NOT_HERE in a heading or another
    link, else None."""
    text: list[str] = []
    marked: list = []
    meanings = meanings_by_id(element)

    def walk(node: Element, meaning) -> None:
        for child in node.children:
            if isinstance(child, str):
                text.append(child)
                marked.extend([meaning] * len(child))
                continue
            if not skipped(child):
                if child.tag == "dfn":
                    walk(child, DEFINED_HERE)
                elif child.tag == "a" and glossary_meaning(child, meanings):
                    walk(child, glossary_meaning(child, meanings))
                elif child.tag in HEADINGS or child.tag == "a":
                    walk(child, NOT_HERE)
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
        match = next((m for m in pattern.finditer(text) if NOT_HERE not in marked[m.start() : m.end()]), None)
        if match:
            explained = all(mark in (entry.meaning, DEFINED_HERE) for mark in marked[match.start() : match.end()])
            context = " ".join(text[max(0, match.start() - 60) : match.end() + 20].split())
            uses.append(Use(entry.term, match.group(0), explained, context))
    return uses
