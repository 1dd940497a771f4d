"""The fields this site reads from pages' front matter, checked like data: change_note (the
page's history), owner and review_by (review reminders for officers).

Only these are checked: the other keys belong to MkDocs and Material. News updates are
checked in full by updates.py.
"""

from __future__ import annotations

from pathlib import Path

from .loading import DataError, FileSpec, LoadedFile, load_entry, parse_yaml, read_text
from .models import PageFrontMatter
from .updates import FRONT_MATTER, POSTS_DIR

SPEC = FileSpec("pages", "page", PageFrontMatter)


def check_front_matter(docs_dir: Path) -> list[DataError]:
    errors = []
    for path in sorted(docs_dir.rglob("*.md")):
        src_path = path.relative_to(docs_dir).as_posix()
        if src_path.startswith(POSTS_DIR + "/"):
            continue
        shown_as = f"{docs_dir.name}/{src_path}"
        text, problems = read_text(path, shown_as)
        match = FRONT_MATTER.match(text) if not problems else None
        if match is None:
            errors += problems
            continue
        front, problems = parse_yaml("\n" + match.group(1), shown_as)  # the newline keeps the file's line numbers
        if problems or not isinstance(front, dict):
            errors += problems  # MkDocs reports front matter it cannot read as well
            continue
        loaded = LoadedFile(entries=[], raw_entries=[], ids_seen=set(), errors=[])
        load_entry(SPEC, front, "front matter", shown_as, loaded)
        errors += loaded.errors
    return errors
