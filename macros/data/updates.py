"""News updates: one Markdown file each in docs/updates/posts/, read by Material's blog plugin.

Their front matter is checked here like a data file, so a misspelt theme id in
`categories` stops the build with the file, line and field, instead of quietly leaving
the update off its theme page.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from pymdownx.slugs import slugify

from macros.data.errors import DataError, unknown_id
from macros.data.front_matter import FRONT_MATTER
from macros.data.loading import FileSpec, LoadedFile, load_entry
from macros.data.partial_dates import long_date
from macros.data.past_dates import build_day, latest_past_day
from macros.data.yaml_reading import parse_yaml, read_text
from macros.data.models import Update

POSTS_DIR = "updates/posts"  # inside docs/; Material's blog plugin: blog_dir "updates"
SPEC = FileSpec("updates", "update", Update)
# Material's blog plugin's default post_slugify: the same function makes the same addresses.
_slugify = slugify(case="lower")


@dataclass(frozen=True)
class Post:
    src_path: str  # relative to docs/, as MkDocs names files
    update: Update
    body: str
    source: str  # relative to the project, as history and "Last updated" name files


def read_posts(docs_dir: Path, theme_ids: set[str], today: datetime.date | None = None) -> tuple[list[Post], list[DataError]]:
    """Every update that is not a draft, newest first, and every problem found in them.
    An update is published on its date, so one dated after `today` is refused, not held back:
    the site has no scheduled publishing, and a future date would be shown as published."""
    posts, errors, titles = [], [], []
    today = latest_past_day(today or build_day())
    for path in sorted((docs_dir / POSTS_DIR).glob("**/*.md")):
        src_path = path.relative_to(docs_dir).as_posix()
        shown_as = f"{docs_dir.name}/{src_path}"
        post, problems, front = _read_post(path, src_path, shown_as, theme_ids, today)
        errors += problems
        if post and not post.update.draft:
            posts.append(post)
        # Addresses are compared for every update with a title, even one with other mistakes,
        # so that all of its mistakes are reported in the same run.
        if isinstance(front, dict) and isinstance(front.get("title"), str) and front.get("draft") is not True:
            titles.append((shown_as, f'update "{path.stem}"', front.key_lines.get("title", 0), front["title"]))
    errors += _same_address(titles)
    return sorted(posts, key=lambda post: (post.update.date, post.src_path), reverse=True), errors


def address_of(title: str) -> str:
    """Where Material's blog publishes an update (post_url_format "{slug}"): made from its title."""
    return _slugify(title, "-")


def _same_address(titles: list[tuple[str, str, int, str]]) -> list[DataError]:
    """Two updates whose titles make the same address: the second would overwrite the first."""
    first_at: dict[str, str] = {}
    errors = []
    for shown_as, entry, line, title in titles:
        address = address_of(title)
        if not address:
            errors.append(DataError(shown_as, line, entry, "title", "the title needs letters or digits, from which the update's web address is made"))
        elif address in first_at:
            message = (
                f"this update would be published at the same address as {first_at[address]} (updates/{address}/), "
                "because their titles make the same address, and would replace it: change one of the titles"
            )
            errors.append(DataError(shown_as, line, entry, "title", message))
        else:
            first_at[address] = shown_as
    return errors


def _read_post(path: Path, src_path: str, shown_as: str, theme_ids: set[str], today: datetime.date) -> tuple[Post | None, list[DataError], dict | None]:
    text, errors = read_text(path, shown_as)
    if errors:
        return None, errors, None
    match = FRONT_MATTER.match(text)
    if not match:
        return None, [DataError(shown_as, 1, "", "", "an update starts with front matter between two '---' lines: date, title and categories")], None
    front, errors = parse_yaml("\n" + match.group(1), shown_as)  # the newline keeps the file's line numbers
    if errors:
        return None, errors, None
    if not isinstance(front, dict):
        return None, [DataError(shown_as, 1, "", "", "the front matter must be 'key: value' lines")], None
    loaded = LoadedFile(entries=[], raw_entries=[], ids_seen=set(), errors=[])
    entry = f'update "{path.stem}"'
    load_entry(SPEC, front, entry, shown_as, loaded)
    errors = list(loaded.errors)
    categories = front.get("categories")
    for theme_id in categories if isinstance(categories, list) else []:  # other types: the model's error
        if isinstance(theme_id, str) and theme_id not in theme_ids:
            message = unknown_id(theme_id, "theme", "data/themes/", theme_ids)
            errors.append(DataError(shown_as, front.key_lines.get("categories", front.line), entry, "categories", message))
    record = loaded.entries[0].record if loaded.entries else None
    if record is not None and not record.draft and record.date > today:
        message = (
            f"{long_date(record.date)} is in the future, and an update is published as soon as it is merged: "
            "write the day it is published, or keep it as a draft until then"
        )
        errors.append(DataError(shown_as, front.key_lines.get("date", front.line), entry, "date", message))
    if errors:
        return None, errors, front
    return Post(src_path, loaded.entries[0].record, text[match.end():], shown_as), [], front
