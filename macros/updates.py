"""News updates: one Markdown file each in docs/updates/posts/, read by Material's blog plugin.

Their front matter is checked here like a data file, so a misspelt theme id in
`categories` stops the build with the file, line and field, instead of quietly leaving
the update off its theme page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .catalogue import Catalogue
from .loading import DataError, DataErrors, FileSpec, LoadedFile, load_entry, parse_yaml, read_text, unknown_id
from .models import Update

POSTS_DIR = "updates/posts"  # inside docs/; Material's blog plugin: blog_dir "updates"
SPEC = FileSpec("updates", "update", Update)
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.DOTALL)


@dataclass(frozen=True)
class Post:
    src_path: str  # relative to docs/, as MkDocs names files
    update: Update
    body: str


def load_posts(docs_dir: Path, catalogue: Catalogue) -> list[Post]:
    """Every update, newest first; DataErrors lists every problem in every file."""
    posts, errors = [], []
    for path in sorted((docs_dir / POSTS_DIR).glob("**/*.md")):
        src_path = path.relative_to(docs_dir).as_posix()
        post, problems = _read_post(path, src_path, f"{docs_dir.name}/{src_path}", set(catalogue.theme_by_id))
        errors += problems
        if post and not post.update.draft:
            posts.append(post)
    if errors:
        raise DataErrors(errors)
    return sorted(posts, key=lambda post: (post.update.date, post.src_path), reverse=True)


def _read_post(path: Path, src_path: str, shown_as: str, theme_ids: set[str]) -> tuple[Post | None, list[DataError]]:
    text, errors = read_text(path, shown_as)
    if errors:
        return None, errors
    match = FRONT_MATTER.match(text)
    if not match:
        return None, [DataError(shown_as, 1, "", "", "an update starts with front matter between two '---' lines: date, title and categories")]
    front, errors = parse_yaml("\n" + match.group(1), shown_as)  # the newline keeps the file's line numbers
    if errors:
        return None, errors
    if not isinstance(front, dict):
        return None, [DataError(shown_as, 1, "", "", "the front matter must be 'key: value' lines")]
    loaded = LoadedFile(entries=[], raw_entries=[], ids_seen=set(), errors=[])
    entry = f'update "{path.stem}"'
    load_entry(SPEC, front, entry, shown_as, loaded)
    errors = list(loaded.errors)
    categories = front.get("categories")
    for theme_id in categories if isinstance(categories, list) else []:  # other types: the model's error
        if isinstance(theme_id, str) and theme_id not in theme_ids:
            message = unknown_id(theme_id, "theme", "data/themes/", theme_ids)
            errors.append(DataError(shown_as, front.key_lines.get("categories", front.line), entry, "categories", message))
    if errors:
        return None, errors
    return Post(src_path, loaded.entries[0].record, text[match.end():]), []
