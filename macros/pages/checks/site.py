"""Everything the build reads besides data/: the pages, the updates, and the files data names.

`validate-data` and the build call the same functions, so the build can never find a
mistake that `validate-data` passed.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment

from macros.data.catalogue import Catalogue
from macros.data.registry import FILES
from macros.pages.generated_pages import PARTNERS_FOLDER, partner_id_of
from macros.data.errors import DataError, unknown_id
from macros.data.loading import field_name, line_at, load_file
from macros.data.documents import AccessibilityStatement
from macros.data.models import PageFrontMatter
from macros.pages.checks.page import check_page, read_page
from macros.pages.checks.theme_pages import check_theme_pages
from macros.data.updates import POSTS_DIR, Post, read_posts


def check_docs(docs_dir: Path, environment: Environment, catalogue: Catalogue | None, theme_ids: set[str]) -> tuple[list[Post], list[DataError]]:
    """The updates, newest first, and every problem in docs/: front matter, macro calls,
    updates, and theme pages (when the catalogue could be read, to compare them with)."""
    from macros.pages.page_macros import site_macros  # the macros import the build, which imports this

    macros = site_macros()
    errors: list[DataError] = []
    for path in sorted(docs_dir.rglob("*.md")):
        page, problems = read_page(path, docs_dir)
        is_update = page is not None and page.src_path.startswith(POSTS_DIR + "/")
        if not is_update:
            errors += problems  # an update's front matter is read, and reported, by read_posts
        if page is not None and not problems:
            errors += check_page(page, environment, macros, model=None if is_update else PageFrontMatter)
    posts, problems = read_posts(docs_dir, theme_ids)
    errors += problems
    if catalogue is not None:
        errors += check_theme_pages(docs_dir, catalogue) + check_partner_pages(docs_dir, catalogue)
    return posts, errors


def theme_ids_in(data_dir: Path) -> set[str]:
    """The themes' ids by their files' names, to check the updates with when data/ has mistakes."""
    return {path.stem for path in (data_dir / "themes").glob("*.yml")}


def check_partner_pages(docs_dir: Path, catalogue: Catalogue) -> list[DataError]:
    """docs/partners/<id>.md adds words to a partner's page, so its name must be a partner's id."""
    errors = []
    for path in sorted((docs_dir / PARTNERS_FOLDER).glob("*.md")):
        partner_id = partner_id_of(f"{PARTNERS_FOLDER}/{path.name}")
        if partner_id and partner_id not in catalogue.partner_by_id:
            message = unknown_id(partner_id, "partner", "data/partners/", set(catalogue.partner_by_id))
            message += ". This page adds words to the page of the partner it is named after: rename it to <partner id>.md"
            errors.append(DataError(f"{docs_dir.name}/{PARTNERS_FOLDER}/{path.name}", 0, "", "", message))
    return errors


def check_test_files(data_dir: Path, root: Path) -> list[DataError]:
    """Each accessibility claim names the tests that back it: each must exist in the project."""
    spec = next(spec for spec in FILES if spec.model is AccessibilityStatement)
    loaded = load_file(spec, data_dir)
    errors = []
    for item, source in loaded.raw_entries:
        checks = item.get("checks")
        for check_number, check in enumerate(checks if isinstance(checks, list) else []):
            test_files = check.get("test_files") if isinstance(check, dict) else None
            for file_number, name in enumerate(test_files if isinstance(test_files, list) else []):
                if isinstance(name, str) and name.startswith("tests/") and not (root / name).is_file():
                    location = ("checks", check_number, "test_files", file_number)
                    message = f'"{name}" is not a file of the project: name a test file that exists, by its path from the folder that holds mkdocs.yml'
                    errors.append(DataError(source.file, line_at(item, location), source.entry, field_name(location), message))
    return errors
