"""Checks between records that could otherwise disagree.

Progress is kept in one place: a sub-strategy's status is its milestone's, and a commitment
without a status of its own follows its milestone. Where a commitment does keep its own
status, it must not contradict its milestone's; these checks say which two records disagree
and where. They run on records that passed their own validation.
"""

from __future__ import annotations

from macros.data.errors import DataError, unknown_id
from macros.data.loading import Entry, LoadedFile
from macros.data.models import Status

SETTLED = {Status.DONE, Status.CANCELLED}


def check_sub_strategies(themes: LoadedFile, milestones: LoadedFile, milestones_place: str) -> list[DataError]:
    """Each theme's sub-strategy milestone exists and is about that theme."""
    by_id = {entry.record.id: entry for entry in milestones.entries}
    errors = []
    for theme in themes.entries:
        milestone_id = theme.record.sub_strategy.milestone
        line = theme.source.line_of("sub_strategy")
        if milestone_id not in milestones.ids_seen:
            message = unknown_id(milestone_id, "milestone", milestones_place, milestones.ids_seen)
            errors.append(DataError(theme.source.file, line, theme.source.entry, "sub_strategy.milestone", message))
        elif milestone_id in by_id and theme.record.id not in by_id[milestone_id].record.themes:
            message = f'the milestone "{milestone_id}" must list this theme in its themes ({by_id[milestone_id].source.file})'
            errors.append(DataError(theme.source.file, line, theme.source.entry, "sub_strategy.milestone", message))
    return errors


def check_commitment_statuses(commitments: LoadedFile, milestones: LoadedFile) -> list[DataError]:
    """A commitment's own status may not contradict the milestone it delivers."""
    by_id = {entry.record.id: entry for entry in milestones.entries}
    errors = []
    for entry in commitments.entries:
        commitment = entry.record
        milestone_entry = by_id.get(commitment.milestone)
        if commitment.status is None or milestone_entry is None:
            continue
        milestone = milestone_entry.record
        if milestone.status is Status.DONE and commitment.status not in SETTLED:
            reason = "is done, so this commitment must be done or cancelled"
        elif commitment.status is Status.DONE and milestone.status is Status.PLANNED:
            reason = "is still planned although this commitment is done"
        else:
            continue
        message = (
            f'"{commitment.status.value}" disagrees with its milestone "{milestone.id}", which {reason} '
            f"({milestone_entry.source.file}, line {milestone_entry.source.line_of('status')}). "
            "Change one of them, or leave this status out to follow the milestone"
        )
        errors.append(DataError(entry.source.file, entry.source.line_of("status"), entry.source.entry, "status", message))
    return errors


def check_unique_order(loaded: LoadedFile) -> list[DataError]:
    """Two records with the same `order` would be listed in an order nobody chose."""
    first: dict[int, Entry] = {}
    errors = []
    for entry in sorted(loaded.entries, key=lambda entry: entry.source.file):
        number = entry.record.order
        if number in first:
            message = f"{number} is already the order of {first[number].source.entry} ({first[number].source.file}); give each a different number"
            errors.append(DataError(entry.source.file, entry.source.line_of("order"), entry.source.entry, "order", message))
        else:
            first[number] = entry
    return errors
