"""Where the roadmap stands on a given day: overdue milestones, progress counts, timeline.

"Today" is an input (see build.today_for), never read here, so that tests can fix it and
a page says which day its progress is measured on.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass

from .models import Milestone, Phase, Status

CLOSED = {Status.DONE, Status.CANCELLED}
# The order the counts are told in, after "n of m done".
OTHER_STATUSES = (Status.IN_PROGRESS, Status.DELAYED, Status.CANCELLED)


def is_late(status: Status, last_day: datetime.date | None, today: datetime.date) -> bool:
    """Its last day has passed and nobody has marked it done or cancelled."""
    return status not in CLOSED and last_day is not None and last_day < today


def is_overdue(milestone: Milestone, today: datetime.date) -> bool:
    return is_late(milestone.status, milestone.last_day, today)


@dataclass(frozen=True)
class Progress:
    total: int
    counts: dict[Status, int]
    overdue: int

    @classmethod
    def of(cls, milestones: list[Milestone], today: datetime.date) -> "Progress":
        counts = Counter(milestone.status for milestone in milestones)
        overdue = sum(is_overdue(milestone, today) for milestone in milestones)
        return cls(len(milestones), {status: counts.get(status, 0) for status in Status}, overdue)

    @property
    def done(self) -> int:
        return self.counts[Status.DONE]

    @property
    def summary(self) -> str:
        """'1 of 13 done, 1 delayed, 11 overdue': counts that are zero are left out."""
        if not self.total:
            return "No milestones yet"
        parts = [f"{self.done} of {self.total} done"]
        parts += [f"{self.counts[status]} {status.value}" for status in OTHER_STATUSES if self.counts[status]]
        if self.overdue:
            parts.append(f"{self.overdue} overdue")
        return ", ".join(parts)


@dataclass(frozen=True)
class TodayMarker:
    """Where today falls in the timeline: shown as a list item between milestones."""

    day: datetime.date


@dataclass(frozen=True)
class PhaseGroup:
    phase: Phase
    items: list  # Milestones, and one TodayMarker

    @property
    def milestones(self) -> list[Milestone]:
        return [item for item in self.items if isinstance(item, Milestone)]

    @property
    def period(self) -> str:
        first = min(milestone.first_day.year for milestone in self.milestones)
        last = max(milestone.last_day.year for milestone in self.milestones)
        return str(first) if first == last else f"{first} to {last}"


def timeline(milestones: list[Milestone], today: datetime.date, mark_today: bool = True) -> list[PhaseGroup]:
    """Milestones (already in timeline order) grouped by phase, with today marked in each
    group: before its first milestone that starts after today, else at its end. Phases
    overlap (delivery began before co-production ended), so one mark for the whole page
    would put a started milestone below the line. A past or future year's page has none."""
    groups: list[PhaseGroup] = []
    for milestone in milestones:
        if not groups or groups[-1].phase is not milestone.phase:
            groups.append(PhaseGroup(milestone.phase, []))
        groups[-1].items.append(milestone)
    for group in groups if mark_today else ():
        position = next((i for i, m in enumerate(group.items) if m.first_day > today), len(group.items))
        group.items.insert(position, TodayMarker(today))
    return groups
