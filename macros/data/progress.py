"""Where the roadmap stands on a given day: overdue milestones, progress counts, timeline.

"Today" is an input (see build.today_for), never read here, so that tests can fix it and
a page says which day its progress is measured on.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass

from macros.data.models import Milestone, Phase, Status
from macros.data.numbers import counted, number_in_words

CLOSED = {Status.DONE, Status.CANCELLED}
# The order the counts are told in, after "n of m milestones done".
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
        """'one of 13 milestones done, one delayed, 11 overdue': counts that are zero are left out."""
        if not self.total:
            return f"{counted(0, 'milestone')} yet"
        # One milestone is told by its states, uncounted: "none of one milestone done, one
        # overdue" is not English.
        alone = self.total == 1

        def told(count: int, word: str) -> str:
            return word if alone else f"{number_in_words(count)} {word}"

        if alone:
            parts = ["one milestone, " + ("done" if self.done else "not done")]
        else:
            parts = [f"{number_in_words(self.done)} of {counted(self.total, 'milestone')} done"]
        parts += [told(self.counts[status], status.value) for status in OTHER_STATUSES if self.counts[status]]
        if self.overdue:
            parts.append(told(self.overdue, "overdue"))
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
    def first_day(self) -> datetime.date:
        return min(milestone.first_day for milestone in self.milestones)

    @property
    def last_day(self) -> datetime.date:
        return max(milestone.last_day for milestone in self.milestones)

    @property
    def period(self) -> str:
        first = min(milestone.first_day.year for milestone in self.milestones)
        last = max(milestone.last_day.year for milestone in self.milestones)
        return str(first) if first == last else f"{first} to {last}"


def timeline(milestones: list[Milestone], today: datetime.date, mark_today: bool = True) -> list[PhaseGroup]:
    """Milestones (already in timeline order) grouped by phase, with today marked in each
    phase under way today, before its first milestone still to start. Phases overlap
    (delivery began before co-production ended), so while both are under way each gets a
    mark, else a started milestone would sit below the line. When no phase is under way,
    one mark goes before the first phase still to start, or after the last. A past or
    future year's page has none."""
    groups: list[PhaseGroup] = []
    for milestone in milestones:
        if not groups or groups[-1].phase is not milestone.phase:
            groups.append(PhaseGroup(milestone.phase, []))
        groups[-1].items.append(milestone)
    if not (mark_today and groups):
        return groups
    under_way = [group for group in groups if group.first_day <= today <= group.last_day]
    for group in under_way:
        position = next((i for i, m in enumerate(group.items) if m.first_day > today), len(group.items))
        group.items.insert(position, TodayMarker(today))
    if not under_way:
        still_to_start = [group for group in groups if group.first_day > today]
        if still_to_start:
            still_to_start[0].items.insert(0, TodayMarker(today))
        else:
            groups[-1].items.append(TodayMarker(today))
    return groups
