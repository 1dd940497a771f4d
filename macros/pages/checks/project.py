"""Every check of the project, in one run: check_project() is what the build, `validate-data`
and `pr-summary` all call, so the build can never find a mistake that `validate-data` passed.

It checks data/ (the catalogue), every page in docs/ (front matter and macro calls), the
updates, theme and partner pages against their records, and the test files the accessibility
statement names; and it lists every problem it finds, all of them at once.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment

from macros.data.catalogue import Catalogue, CatalogueReader
from macros.data.documents import AccessibilityStatement
from macros.data.errors import DataError, DataErrors
from macros.data.past_dates import build_day
from macros.data.loading import field_name, line_at, load_file
from macros.data.models import PageFrontMatter
from macros.data.project import Project
from macros.data.registry import SPEC_OF_MODEL
from macros.data.updates import POSTS_DIR, Post, read_posts
from macros.data.yaml_reading import YamlFiles
from macros.pages.checks.page import check_page, read_page
from macros.pages.checks.theme_pages import check_partner_pages, check_theme_pages
from macros.pages.macro_calls import checking_environment
from macros.pages.page_macros import site_macros


@dataclass
class ProjectCheck:
    catalogue: Catalogue | None  # None when data/ has mistakes
    posts: list[Post] = field(default_factory=list)  # the news updates, newest first
    errors: list[DataError] = field(default_factory=list)


def check_project(project: Project, catalogues: CatalogueReader | None = None, today: datetime.date | None = None) -> ProjectCheck:
    """The catalogue and the updates, and every problem in the project. `catalogues` keeps what
    it has read for the next build of `mkdocs serve`. mkdocs.yml must be readable: the pages
    are checked with the Jinja settings of its macros plugin. `today` is the build's day
    (unset: STRATEGY_TODAY, or the day it runs), which records of what happened must not pass."""
    catalogues = catalogues or CatalogueReader()
    today = today or build_day()
    errors: list[DataError] = []
    try:
        catalogue = catalogues.read(project.data_dir, today)
    except DataErrors as problems:
        catalogue, errors = None, list(problems.errors)
    posts: list[Post] = []
    if project.docs_dir.is_dir():
        theme_ids = set(catalogue.theme_by_id) if catalogue else theme_ids_in(project.data_dir)
        posts, problems = check_docs(project.docs_dir, checking_environment(project.mkdocs_yml), catalogue, theme_ids, today)
        errors += problems
    if catalogue is not None:
        errors += check_test_files(project.data_dir, project.root, catalogues.files)
    return ProjectCheck(catalogue, posts, errors)


def check_docs(
    docs_dir: Path, environment: Environment, catalogue: Catalogue | None, theme_ids: set[str], today: datetime.date
) -> tuple[list[Post], list[DataError]]:
    """The updates, newest first, and every problem in docs/: front matter, macro calls,
    updates, and theme pages (when the catalogue could be read, to compare them with)."""
    macros = site_macros()
    errors: list[DataError] = []
    for path in sorted(docs_dir.rglob("*.md")):
        page, problems = read_page(path, docs_dir)
        is_update = page is not None and page.src_path.startswith(POSTS_DIR + "/")
        if not is_update:
            errors += problems  # an update's front matter is read, and reported, by read_posts
        if page is not None and not problems:
            errors += check_page(page, environment, macros, model=None if is_update else PageFrontMatter)
    posts, problems = read_posts(docs_dir, theme_ids, today)
    errors += problems
    if catalogue is not None:
        errors += check_theme_pages(docs_dir, catalogue) + check_partner_pages(docs_dir, catalogue)
    return posts, errors


def theme_ids_in(data_dir: Path) -> set[str]:
    """The themes' ids by their files' names, to check the updates with when data/ has mistakes."""
    return {path.stem for path in (data_dir / "themes").glob("*.yml")}


def check_test_files(data_dir: Path, root: Path, files: YamlFiles | None = None) -> list[DataError]:
    """Each accessibility claim names the tests that back it: each must exist in the project."""
    loaded = load_file(SPEC_OF_MODEL[AccessibilityStatement], data_dir, files)
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
