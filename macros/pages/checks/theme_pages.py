"""Each theme in data/themes/ has its page in docs/themes/<id>.md, and each page there its theme;
each page in docs/partners/<id>.md adds words to a partner's page, so its name is a partner's id.

These pages are written by officers, so a missing or misnamed one is an officer's mistake: it
is reported like a data error, by `validate-data` and by the build.
"""

from __future__ import annotations

from pathlib import Path

from macros.data.catalogue import Catalogue
from macros.data.errors import DataError, unknown_id
from macros.data.registry import FILE_OF, PARTNER_PAGES, THEME_PAGES


def check_theme_pages(docs_dir: Path, catalogue: Catalogue) -> list[DataError]:
    folder = THEME_PAGES.folder
    pages = {THEME_PAGES.id_of(f"{folder}/{path.name}") for path in (docs_dir / folder).glob("*.md")} - {None}
    errors = []
    for theme in catalogue.themes:
        if theme.id not in pages:
            message = (
                f'the theme "{theme.id}" has no page: add docs/{THEME_PAGES.page_of(theme.id)} '
                "(copy another theme's page and change its words)"
            )
            errors.append(DataError(f"{FILE_OF['theme']}{theme.id}.yml", 0, f'theme "{theme.id}"', "id", message))
    for page_id in sorted(pages - set(catalogue.theme_by_id)):
        known = ", ".join(theme.id for theme in catalogue.themes)
        message = f'"{page_id}" is not the id of any theme in {FILE_OF["theme"]}, so this page has no theme; rename it to one of: {known}'
        errors.append(DataError(f"docs/{THEME_PAGES.page_of(page_id)}", 0, "", "", message))
    return errors


def check_partner_pages(docs_dir: Path, catalogue: Catalogue) -> list[DataError]:
    errors = []
    folder = PARTNER_PAGES.folder
    for path in sorted((docs_dir / folder).glob("*.md")):
        partner_id = PARTNER_PAGES.id_of(f"{folder}/{path.name}")
        if partner_id and partner_id not in catalogue.partner_by_id:
            message = unknown_id(partner_id, "partner", FILE_OF["partner"], set(catalogue.partner_by_id))
            message += ". This page adds words to the page of the partner it is named after: rename it to <partner id>.md"
            errors.append(DataError(f"{docs_dir.name}/{folder}/{path.name}", 0, "", "", message))
    return errors
