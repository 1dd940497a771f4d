"""The history residents read: change notes, taken from each content file's versions on main.

A record in data/, a page's front matter and an update's front matter may carry
`change_note:`, a sentence for residents saying what changed. A step of main (history.py)
that gives a file a note it did not have before publishes that note, on that step's date.

- A change without a new note is a minor change (a typo, say), as on GOV.UK: it is
  published, but it is not listed and it does not change any page's "Last updated".
- A removed record or page cannot carry a note, so its removal is listed by itself:
  'Removed the partner "..."', named from its last version.
- "Statuses last updated" is the last step that changed the status of a milestone or a
  commitment, noted or not: it says how fresh the progress on the site is.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from macros.data.front_matter import front_matter_text
from macros.data.registry import KIND_OF_FOLDER, RECORD_PAGES, REFERENCES
from macros.data.updates import POSTS_DIR
from macros.data.yaml_reading import fields_or_none
from macros.history.git import Step, head_commit, read_steps

NOTE_FIELD = "change_note"
STATUS_FOLDERS = {"milestones": "milestone", "commitments": "commitment"}


@dataclass(frozen=True)
class Note:
    order: int  # the step's place on main's first-parent line: later steps have larger numbers
    date: datetime.date
    path: str  # the file it is about, relative to the project
    text: str
    removed: bool = False  # a file taken away: its note says only what it was
    # A removed or withdrawn record: the pages of the records it named (its theme's, its
    # owner's), which listed it; pages that list every record of its kind count it through its folder.
    reach: tuple[str, ...] = ()
    withdrawn: bool = False  # a record taken off the site with its file kept: its note says why


@dataclass(frozen=True)
class History:
    notes: tuple[Note, ...]  # newest first
    published: dict[str, tuple[int, datetime.date]]  # path -> the step that added it, and its date
    statuses_updated: datetime.date | None = None
    notes_by_source: dict[str, tuple[Note, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Each note under its file, every folder above it (pages that list every record of a
        # kind) and, for a removal, the pages it reached.
        index: dict[str, list[Note]] = {}
        for note in self.notes:
            parts = note.path.split("/")
            keys = {note.path, *note.reach, *("/".join(parts[:depth]) + "/" for depth in range(1, len(parts)))}
            for key in keys:
                index.setdefault(key, []).append(note)
        object.__setattr__(self, "notes_by_source", {key: tuple(notes) for key, notes in index.items()})

    @property
    def known(self) -> bool:
        """False outside a git checkout: there is no history to show."""
        return bool(self.published)

    def notes_on(self, sources) -> list[Note]:
        """The notes about any of these sources (files, or folders ending "/"), newest first."""
        found = {note for source in sources for note in self.notes_by_source.get(source, ())}
        return sorted(found, key=_newest_first)


def read_history(project: Path, ref: str = "HEAD") -> History:
    return history_of(read_steps(project, ref))


class HistoryReader:
    """Reads the history once a commit: `mkdocs serve` builds again for an edit not yet
    committed, which the history does not hold, so what was read serves until the checkout's
    commit changes (reading it costs about 0.3 CPU s with today's history, 1 s at 100 times
    the data). Whoever keeps the reader (the plugin, for as long as serve runs) keeps it."""

    def __init__(self) -> None:
        self._read: tuple[Path, str, History] | None = None

    def read(self, project: Path) -> History:
        head = head_commit(project)
        if head is None:
            return read_history(project)
        if not (self._read and self._read[:2] == (project, head)):
            self._read = (project, head, read_history(project, head))
        return self._read[2]


def history_of(steps: list[Step]) -> History:
    """Notes, publication steps and the last status change, from the steps oldest first."""
    notes, published, statuses_updated = [], {}, None
    read = _Reader()
    for step in steps:
        before, after = {}, {}
        for change in step.changes:
            if _keeps_statuses(change.path):
                before |= _statuses(change.path, read.fields(change.path, change.old))
                after |= _statuses(change.path, read.fields(change.path, change.new))
            if change.old is None:
                published[change.path] = (step.order, step.date)
            if change.new is None:
                if removal := removal_note(change.path, change.old, read.fields(change.path, change.old), step.order, step.date):
                    notes.append(removal)
            elif (text := read.note(change.path, change.new)) and text != read.note(change.path, change.old):
                withdrawn = is_withdrawn(read.fields(change.path, change.new))
                reach = _reach(change.path, read.fields(change.path, change.old)) if withdrawn else ()
                notes.append(Note(step.order, step.date, change.path, text, reach=reach, withdrawn=withdrawn))
        if before != after:
            statuses_updated = step.date
    notes.sort(key=_newest_first)
    return History(tuple(_explained(notes)), published, statuses_updated)


def is_withdrawn(fields) -> bool:
    """A record taken off the site keeps its file, saying withdrawn: true (data/models.py, Withdrawn)."""
    return isinstance(fields, dict) and fields.get("withdrawn") is True


def _explained(notes: list[Note]) -> list[Note]:
    """A record removed, then given back its file as withdrawn with the reason, is told by that
    reason alone: the bare "Removed the ..." it had before is dropped."""
    withdrawn_at = {note.path: note.order for note in notes if note.withdrawn}
    return [note for note in notes if not (note.removed and withdrawn_at.get(note.path, -1) > note.order)]


class _Reader:
    """Each version is parsed once, and only when it may hold what is asked: most versions
    carry no note, and a version is usually both one step's "after" and the next's "before"."""

    def __init__(self) -> None:
        self._parsed: dict[tuple[str, str], object] = {}

    def fields(self, path: str, text: str | None):
        if text is None:
            return None
        key = (path.rsplit(".", 1)[-1], text)
        if key not in self._parsed:
            self._parsed[key] = fields_of(path, text)
        return self._parsed[key]

    def note(self, path: str, text: str | None) -> str | None:
        return note_in(self.fields(path, text)) if text and NOTE_FIELD in text else None


def _newest_first(note: Note) -> tuple:
    return (-note.order, note.path)


def fields_of(path: str, text: str | None):
    """A version's fields: a data file's YAML, or a page's front matter; None if unreadable
    (a broken version in the past never stops today's build)."""
    if text is not None and path.endswith(".md"):
        text = front_matter_text(text) or ""
    return fields_or_none(text)


def note_in(fields) -> str | None:
    note = fields.get(NOTE_FIELD) if isinstance(fields, dict) else None
    return " ".join(note.split()) if isinstance(note, str) and note.strip() else None


def _keeps_statuses(path: str) -> bool:
    name = PurePosixPath(path)
    return (name.parent.name if name.parent.name != "data" else name.stem) in STATUS_FOLDERS


def _statuses(path: str, fields) -> dict[tuple[str, str], object]:
    """(kind, id) -> status for the milestones or commitments in one version of a file: one
    record per file now, a list in the old single files, so moving records between the two
    changes no status."""
    name = PurePosixPath(path)
    kind = STATUS_FOLDERS.get(name.parent.name if name.parent.name != "data" else name.stem)
    if kind is None or fields is None:
        return {}
    records = fields if isinstance(fields, list) else [fields]
    return {(kind, str(record["id"])): record.get("status") for record in records if isinstance(record, dict) and "id" in record}


def removal_note(path: str, old: str | None, fields, order: int = 0, date: datetime.date = datetime.date.min) -> Note | None:
    """The note for a removed record or page, named from its last version."""
    parts = PurePosixPath(path).parts
    if path.endswith(".md"):
        kind = "update" if path.startswith(f"docs/{POSTS_DIR}/") else "page"
        return Note(order, date, path, f'Removed the {kind} "{_title_of_page(fields, old, path)}".', removed=True)
    if len(parts) != 3 or parts[1] not in KIND_OF_FOLDER:
        return None  # a file of an older layout, replaced in the same step
    kind = KIND_OF_FOLDER[parts[1]]
    record = fields if isinstance(fields, dict) else {}
    name = next((str(record[key]) for key in ("name", "title", "action") if isinstance(record.get(key), str)), PurePosixPath(path).stem)
    return Note(order, date, path, f'Removed the {kind} "{" ".join(name.split())}".', removed=True, reach=_reach(path, fields))


def _reach(path: str, fields) -> tuple[str, ...]:
    """The pages that listed a record beside the records it named: its theme's page, its partners' pages."""
    parts = PurePosixPath(path).parts
    kind = KIND_OF_FOLDER.get(parts[1]) if len(parts) == 3 else None
    record = fields if isinstance(fields, dict) else {}
    return tuple(
        RECORD_PAGES[target].source_of_page(value)
        for (source_kind, field_name), target in REFERENCES.items()
        if source_kind == kind and target in RECORD_PAGES
        for value in _ids(record.get(field_name))
    )


def _title_of_page(front, old: str | None, path: str) -> str:
    if isinstance(front, dict) and isinstance(front.get("title"), str):
        return front["title"]
    return next((line[2:].strip() for line in (old or "").splitlines() if line.startswith("# ")), PurePosixPath(path).stem)


def _ids(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []
