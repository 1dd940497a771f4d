"""Which files each page shows, record by record, so its "Last updated" covers exactly them.

While a page is made (from the plugin's on_pre_page to its on_page_content) every record a
template reads is noted against it: the renderer's Jinja environments (jinja.py) report each
attribute they read from a record. What macros work out in Python (a count, a progress
summary) they declare in page_macros.DATA_READ_BY, as a file or as a whole folder
("data/milestones/": every record of that kind, and any added or removed). One partner's
edit then changes the date of the pages that show that partner, not of every partner's page.

Sources are paths relative to the project: docs/about.md, data/partners/merseyside-police.yml,
or folders ending "/".
"""

from __future__ import annotations

from macros.data.registry import SPEC_OF_MODEL, source_of


class PageSources:
    """The sources of every page of one build, and of the page being made."""

    def __init__(self) -> None:
        self._of: dict[str, set[str]] = {}
        self._making: set[str] | None = None

    def begin(self, src_path: str, own_source: str | None) -> None:
        """Start noting what the page (its path inside docs/) shows, from its own file onwards."""
        self._making = self._of[src_path] = {own_source} if own_source else set()

    def end(self) -> None:
        self._making = None

    def shown(self, *items) -> None:
        """Note records (or source paths) as shown on the page being made; outside a page, nothing."""
        if self._making is None:
            return
        for item in items:
            source = item if isinstance(item, str) else source_of(item)
            if source:
                self._making.add(source)

    def note_read(self, record) -> None:
        """Called for every attribute a template reads: only top-level records are noted."""
        if self._making is not None and type(record) in SPEC_OF_MODEL:
            self._making.add(source_of(record))

    def of(self, src_path: str) -> set[str]:
        return self._of.get(src_path, set())
