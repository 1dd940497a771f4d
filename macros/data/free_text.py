"""The rules for text officers write, in one place.

A field written with nothing after its colon is a mistake, not a way to leave it out: an
empty change note would quietly make a change minor, and an empty optional field would be
dropped without a word. (Markup in text fields is escaped by the templates and shown as
typed; refusing it here is still to do.)
"""

from __future__ import annotations


def empty_keys(item: dict, optional: set[str]) -> list[str]:
    """Keys of an optional field written with nothing after the colon. (A required one is the
    model's own error: "expected ..., found nothing".)"""
    return [key for key, value in item.items() if key in optional and value is None]


def empty_message(key: str) -> str:
    if key == "change_note":
        return "the change note is empty: write one sentence for residents saying what changed, or remove the line for a minor change"
    return "nothing is written after the colon: write a value, or remove the line to leave it out"
