"""The glossary: words a resident may not know, each with its meaning.

One file, includes/glossary.md, holds them in the `abbr` extension's syntax, one spelling a
line: `*[sub-strategy]: A plan for one theme of the strategy.` pymdownx.snippets adds the file
to the end of every page (mkdocs.yml), and `abbr` then marks up every use of each spelling on
the page's own Markdown with its meaning, which macros/render/glossary_links.py makes a link to
the word's entry on the glossary page at its first use. Spellings that share a meaning ("sub-strategy",
"Sub-strategies") are one entry of the glossary page, named by the first.

A blank line separates each definition from the next. `abbr` takes one definition off a
paragraph at a time and gives the rest back to every Markdown block test, so one paragraph of
30 definitions costs each page about 6 ms more: 3.5 CPU s of a build at 100 times today's data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from macros.data.errors import ProjectError

DEFINITION = re.compile(r"^\*\[(?P<term>[^\]]+)\]:\s*(?P<meaning>\S.*)$")


def slug(text: str) -> str:
    """Lower-case words joined by hyphens, as an id: "Sub-strategy" gives "sub-strategy"."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@dataclass(frozen=True)
class Entry:
    spellings: tuple[str, ...]
    meaning: str

    @property
    def term(self) -> str:
        return self.spellings[0]

    @property
    def anchor(self) -> str:
        return slug(self.term)


def entries_of(definitions: Iterable[tuple[str, str]]) -> list[Entry]:
    """(spelling, meaning) pairs, in order, as entries: spellings that share a meaning are one
    entry, named by the first."""
    spellings: dict[str, list[str]] = {}
    for term, meaning in definitions:
        spellings.setdefault(meaning, []).append(term)
    return [Entry(tuple(terms), meaning) for meaning, terms in spellings.items()]


def read_glossary(path: Path) -> list[Entry]:
    """Every entry, in the order of the file. A line that is not a definition stops the build
    with its line number: abbr would show it on every page as text."""
    definitions = []
    problems = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        match = DEFINITION.match(line)
        if not match:
            problems.append(f"{path.name}, line {number}: expected a definition written *[word]: what it means, found {line.strip()!r}")
            continue
        definitions.append((match["term"].strip(), match["meaning"].strip()))
    if problems:
        raise ProjectError("\n".join(problems))
    return entries_of(definitions)
