"""Checks on the Get help page's data: local routes before national ones in each situation,
and contacts whose details are due to be checked again.

A phone number that has changed sends someone in trouble nowhere, so every contact carries
the day it was checked against its source, and each build lists those not checked for
six months (the plugin, plugin/strategy.py, at INFO level like overdue milestones).
"""

from __future__ import annotations

import calendar
import datetime

from macros.data.errors import DataError
from macros.data.loading import LoadedFile
from macros.data.models import ContactScope

MONTHS_BETWEEN_CHECKS = 6


def check_local_routes_first(situations: LoadedFile, contacts: LoadedFile) -> list[DataError]:
    """Within a situation, no national service before a local one: residents are sent to the
    local route first where there is one. The numbers to call now (999, 101: on_every_theme)
    may lead, wherever they are from."""
    scope = {entry.record.id: entry.record.scope for entry in contacts.entries if not entry.record.on_every_theme}
    errors = []
    for entry in situations.entries:
        first_national = None
        for position, contact_id in enumerate(entry.record.contacts):
            if scope.get(contact_id) is ContactScope.NATIONAL and first_national is None:
                first_national = contact_id
            elif scope.get(contact_id) is ContactScope.LOCAL and first_national is not None:
                message = f'the local contact "{contact_id}" comes after the national one "{first_national}"; list local routes first'
                errors.append(DataError(entry.source.file, entry.source.line_of_item("contacts", position), entry.source.entry, "contacts", message))
    return errors


def months_after(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` later, or the month's last day when it has no such day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def due_for_a_check(records: list, today: datetime.date) -> list:
    """Records with a `checked` day (contacts, facts) last checked more than six months before
    `today`, oldest check first."""
    due = [record for record in records if months_after(record.checked, MONTHS_BETWEEN_CHECKS) < today]
    return sorted(due, key=lambda record: (record.checked, record.id))
