"""Each theme in data/themes/ has its page in docs/themes/<id>.md, and each page there its theme.

A theme page is written by officers, so a missing or misnamed one is an officer's mistake:
it is reported like a data error, by `validate-data` and by the build.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from macros.data.catalogue import Catalogue
from macros.data.errors import DataError

FOLDER = "themes"
OWN_PAGES = frozenset({"index.md"})  # the themes index is not a theme's page


def theme_id_of(src_path: str) -> str | None:
    """The theme a page (path relative to docs/) is about, from its file name."""
    path = PurePosixPath(src_path)
    if path.parent == PurePosixPath(FOLDER) and path.suffix == ".md" and path.name not in OWN_PAGES:
        return path.stem
    return None


def check_theme_pages(docs_dir: Path, catalogue: Catalogue) -> list[DataError]:
    folder = docs_dir / FOLDER
    pages = {theme_id_of(f"{FOLDER}/{path.name}") for path in folder.glob("*.md")} - {None}
    errors = []
    for theme in catalogue.themes:
        if theme.id not in pages:
            message = (
                f'the theme "{theme.id}" has no page: add docs/{FOLDER}/{theme.id}.md '
                "(copy another theme's page and change its words)"
            )
            errors.append(DataError(f"data/themes/{theme.id}.yml", 0, f'theme "{theme.id}"', "id", message))
    for page_id in sorted(pages - set(catalogue.theme_by_id)):
        known = ", ".join(theme.id for theme in catalogue.themes)
        message = f'"{page_id}" is not the id of any theme in data/themes/, so this page has no theme; rename it to one of: {known}'
        errors.append(DataError(f"docs/{FOLDER}/{page_id}.md", 0, "", "", message))
    return errors
