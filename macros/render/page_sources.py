"""Which files each page shows, record by record, so its "Last updated" covers exactly them.

While a page is made (hooks.on_pre_page to hooks.on_page_content) every record a template
reads is noted against it: the Jinja environments in rendering.py report each attribute they
read from a record. What macros work out in Python (a count, a progress summary) they declare
in page_macros.DATA_READ_BY, as a file or as a whole folder ("data/milestones/": every record
of that kind, and any added or removed). One partner's edit then changes the date of the
pages that show that partner, not of every partner's page.

Sources are paths relative to the project: docs/about.md, data/partners/merseyside-police.yml,
or folders ending "/".
"""

from __future__ import annotations

from macros.data.registry import SPEC_OF_MODEL, source_of

_current: set[str] | None = None  # the sources of the page being made, while it is made


def shown(*items) -> None:
    """Note records (or source paths) as shown on the page being made; outside a page, nothing."""
    if _current is None:
        return
    for item in items:
        source = item if isinstance(item, str) else source_of(item)
        if source:
            _current.add(source)


def note_read(record) -> None:
    """Called for every attribute a template reads: only top-level records are noted."""
    if _current is not None and type(record) in SPEC_OF_MODEL:
        _current.add(source_of(record))


def collect_into(sources: set[str] | None) -> None:
    """Start noting into a page's sources, or stop (None)."""
    global _current
    _current = sources
