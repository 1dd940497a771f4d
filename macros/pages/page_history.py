"""Each page's own history, as GOV.UK shows it: published, last updated, and every note.

A page's sources are its own file and every record, update and page it shows (noted while
it is made: page_sources.py). Its history is the notes on those sources from the steps of
main after the page was published, so its "Last updated" changes only when something it
shows changes with a note. The "What's changed" page lists every note with the pages it
changed: it is filled in here, once every page has been made and its sources are known.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from markupsafe import Markup
from mkdocs.structure.pages import Page

from macros.data.registry import page_source
from macros.history.change_notes import Note
from macros.pages.context import BuildContext
from macros.pages.update_macros import CHANGES_PLACEHOLDER

RECENT_CHANGES = 50
PAGES_PER_CHANGE = 8  # past this, "and N other pages"


@dataclass(frozen=True)
class Entry:
    date: datetime.date
    text: str


@dataclass(frozen=True)
class PageHistory:
    published: datetime.date
    updates: tuple[Entry, ...]  # newest first

    @property
    def last_updated(self) -> datetime.date | None:
        return self.updates[0].date if self.updates else None


def own_source(page: Page, build: BuildContext) -> str | None:
    """The file a page is published from: its Markdown, or a generated page's record."""
    return page_source(page.file.src_path, page.file.generated_by is not None, build.docs_prefix)


def history_of_page(page: Page, build: BuildContext) -> PageHistory | None:
    """None when git does not know the page (outside a checkout, or not yet committed)."""
    own = own_source(page, build)
    if own not in build.history.published:
        return None
    published_at, published_on = build.history.published[own]
    notes = [note for note in build.history.notes_on(build.sources_of(page)) if note.order > published_at]
    return PageHistory(published_on, tuple(Entry(note.date, note.text) for note in _distinct(notes)))


def date_joined_page(joined: Page, pages: list[Page], build: BuildContext) -> None:
    """A page made of other pages (the whole-strategy print page) has their histories together:
    published with the first of them, updated with each."""
    histories = [history for page in pages if (history := history_of_page(page, build))]
    if not histories:
        return
    # By date, then by text: notes of one day come from a set, whose order changes from run to run.
    updates = sorted({entry for history in histories for entry in history.updates}, key=lambda entry: (entry.date, entry.text), reverse=True)
    joined.meta["page_history"] = build.renderer.html(
        "page_history.html", history=PageHistory(min(history.published for history in histories), tuple(updates))
    )


def date_page(page: Page, build: BuildContext) -> None:
    """Put the page's history in its meta, for the footer (overrides/partials/last-updated.html)."""
    history = history_of_page(page, build)
    if history:
        page.meta["page_history"] = build.renderer.html("page_history.html", history=history)
    if CHANGES_PLACEHOLDER in (page.content or ""):
        page.content = page.content.replace(CHANGES_PLACEHOLDER, _site_changes(page, build))


def _site_changes(page: Page, build: BuildContext) -> Markup:
    """Every note, newest first, with links to the pages it changed."""
    if not build.history.known:
        return build.renderer.html("changes.html", known=False, changes=[])
    links = build.links(page, build.files)
    pages_of = _pages_changed_by_each_note(build)
    changes = []
    for note in _distinct(build.history.notes)[:RECENT_CHANGES]:
        pages = sorted(pages_of.get((note.order, note.text), ()), key=lambda other: (other.title or "").casefold())
        changes.append(
            {
                "date": note.date,
                "text": note.text,
                "pages": [(other.title, links.to(other.file.src_path)) for other in pages[:PAGES_PER_CHANGE]],
                "more": max(0, len(pages) - PAGES_PER_CHANGE),
            }
        )
    return build.renderer.html("changes.html", known=True, changes=changes)


def _pages_changed_by_each_note(build: BuildContext) -> dict[tuple[int, str], list[Page]]:
    changed: dict[tuple[int, str], list[Page]] = {}
    for other in build.pages.values():
        if build.shows_history(other):
            continue  # the list of changes itself, which every note changes
        published = build.history.published.get(own_source(other, build))
        for note in build.history.notes_on(build.sources_of(other)):
            if published and note.order >= published[0]:  # a page new in that step is changed by it too
                changed.setdefault((note.order, note.text), []).append(other)
    return changed


def _distinct(notes: list[Note] | tuple[Note, ...]) -> list[Note]:
    """One entry for one note written on several files in the same step."""
    seen, distinct = set(), []
    for note in notes:
        if (note.order, note.text) not in seen:
            seen.add((note.order, note.text))
            distinct.append(note)
    return distinct
