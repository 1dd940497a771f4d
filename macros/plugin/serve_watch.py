"""How `mkdocs serve` (scripts/serve) notices a saved file.

MkDocs looks for changes by listing every watched file twice a second. With thousands of data
files that listing takes tens of milliseconds each time, and it runs beside the rebuild,
slowing it (PERFORMANCE.md); an edit also waits up to half a second to be seen. The system's
own file events (inotify on Linux, FSEvents on macOS) report a save at once and cost nothing
between saves.

They do not reach programs for every kind of folder: files on a network drive, or a Windows
folder opened from WSL. For those, `STRATEGY_WATCH=poll` keeps MkDocs' own listing (README).
"""

from __future__ import annotations

import logging
import os

from watchdog.events import (
    FileAttribEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
)
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

from macros.plugin.upstream import watch_with

log = logging.getLogger("mkdocs.plugins.serve_watch")
POLL = "poll"
# Whatever MkDocs' listing would notice: a file made, written, removed or moved, or its time changed (touch).
SAVES = [FileCreatedEvent, FileModifiedEvent, FileClosedEvent, FileDeletedEvent, FileMovedEvent, FileAttribEvent]


class _SavesObserver(Observer):
    """Reports only what changes a file. The system also reports each file opened or read, and
    the build reads every watched file: each build would start the next."""

    def schedule(self, event_handler, path, *, recursive=False, event_filter=None, **options):
        return super().schedule(event_handler, path, recursive=recursive, event_filter=event_filter or SAVES, **options)


def watch_with_file_events(server) -> None:
    """Watch with the system's file events instead of MkDocs' listing, unless STRATEGY_WATCH=poll."""
    if os.environ.get("STRATEGY_WATCH") == POLL:
        return
    events = _SavesObserver()
    if isinstance(events, PollingObserver):  # watchdog found no file events on this system
        return
    if watch_with(server, events):
        log.debug("Watching for saved files with the system's file events")
