"""How each status is drawn: one shape a status, the same beside the word in a list, in the
roadmap's chart and in the chart's key, so that colour is never the only signal.

The shapes themselves are drawn twice, at their two sizes: as the icons' symbols
(overrides/partials/status-icons.html) and in the chart (templates/timeline.html). Which
status has which shape is said here alone.
"""

from __future__ import annotations

from enum import Enum

SHAPE_OF = {
    "planned": "planned",
    "in progress": "in-progress",
    "in development": "in-progress",
    "done": "done",
    "published": "done",
    "delayed": "delayed",
    "cancelled": "cancelled",
    "overdue": "overdue",
}
DEFAULT_SHAPE = "planned"


def shape_of(status) -> str:
    """The shape for a status (an enum member or its words): an empty circle for any not listed."""
    name = status.value if isinstance(status, Enum) else str(status)
    return SHAPE_OF.get(name, DEFAULT_SHAPE)
