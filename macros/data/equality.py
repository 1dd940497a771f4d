"""Checks on the Equality Impact Assessment that span its rows.

The Equality Act 2010 names nine protected characteristics; the assessment must have one
row for each, once. Any other row is a local addition and must say so (local: true), so a
misspelt id such as "sexual-orientaton" is reported rather than shown as a tenth row.
"""

from __future__ import annotations

import difflib

from macros.data.errors import DataError, unknown_id
from macros.data.loading import Entry
from macros.data.documents import EqualityImpactAssessment

# Equality Act 2010, section 4: id -> name, in the order the Act lists them.
PROTECTED_CHARACTERISTICS = {
    "age": "age",
    "disability": "disability",
    "gender-reassignment": "gender reassignment",
    "marriage-and-civil-partnership": "marriage and civil partnership",
    "pregnancy-and-maternity": "pregnancy and maternity",
    "race": "race",
    "religion-or-belief": "religion or belief",
    "sex": "sex",
    "sexual-orientation": "sexual orientation",
}

FIELD = "characteristics"


def check_characteristics(entry: Entry) -> list[DataError]:
    assessment: EqualityImpactAssessment = entry.record
    source = entry.source
    errors: list[DataError] = []
    first_line: dict[str, int] = {}
    for position, row in enumerate(assessment.characteristics):
        line = source.line_of_item(FIELD, position)
        row_entry = f'characteristic "{row.id}"'
        if row.id in first_line:
            message = f'"{row.id}" is listed again; it is already at line {first_line[row.id]}. Keep one row for each characteristic'
            errors.append(DataError(source.file, line, row_entry, FIELD, message))
            continue
        first_line[row.id] = line
        errors += _check_local_marking(row.id, row.local, source.file, line, row_entry)
    for characteristic_id, name in PROTECTED_CHARACTERISTICS.items():
        if characteristic_id not in first_line:
            message = (
                f'the protected characteristic "{name}" (id: {characteristic_id}) is missing. The Equality Act 2010 '
                'names nine and each needs a row; use impact "not yet assessed" if it has not been assessed'
            )
            errors.append(DataError(source.file, source.line_of(FIELD), source.entry, FIELD, message))
    return errors


def _check_local_marking(row_id: str, local: bool, file: str, line: int, row_entry: str) -> list[DataError]:
    if row_id in PROTECTED_CHARACTERISTICS and local:
        message = f'"{row_id}" is one of the Equality Act\'s nine protected characteristics, so it cannot be local: true'
        return [DataError(file, line, row_entry, "local", message)]
    if row_id not in PROTECTED_CHARACTERISTICS and not local:
        close = difflib.get_close_matches(row_id, PROTECTED_CHARACTERISTICS, n=1)
        add_local = "add local: true to mark it as a characteristic the council adds"
        hint = f'did you mean "{close[0]}"? If not, {add_local}' if close else add_local
        message = f'"{row_id}" is not one of the Equality Act\'s nine protected characteristics; {hint}'
        return [DataError(file, line, row_entry, "local", message)]
    return []


def check_mitigation_references(
    entry: Entry, partners: tuple[set[str], str], commitments: tuple[set[str], str], milestones: tuple[set[str], str]
) -> list[DataError]:
    """Each row's mitigation_owner must be a partner id, and its mitigation a commitment or milestone id."""
    assessment: EqualityImpactAssessment = entry.record
    errors = []
    targets = {
        "mitigation_owner": ("partner", *partners),
        "mitigation_commitment": ("commitment", *commitments),
        "mitigation_milestone": ("milestone", *milestones),
    }
    for position, row in enumerate(assessment.characteristics):
        for field_name, (kind, known, file_name) in targets.items():
            value = getattr(row, field_name)
            if value is not None and value not in known:
                message = unknown_id(value, kind, file_name, known)
                line = entry.source.line_of_item(FIELD, position)
                errors.append(DataError(entry.source.file, line, f'characteristic "{row.id}"', field_name, message))
    return errors
