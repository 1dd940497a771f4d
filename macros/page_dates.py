""""Last updated" for each page: the newest commit to its Markdown file or the data it shows."""

from __future__ import annotations

from pathlib import Path

from mkdocs.structure.pages import Page

from .build import build_for
from .generated_pages import data_files_of
from .partial_dates import long_date


def date_page(page: Page, config) -> None:
    """Set page.meta["last_updated"]; outside a git checkout nothing is set and nothing fails."""
    build = build_for(config)
    history = build.history
    # A page listing the history is as new as the newest change.
    sources = history.last_changed if page.meta.get("shows_history") else _sources_of(page, config, build)
    day = history.last_change_of(sources)
    if day:
        page.meta["last_updated"] = long_date(day)
        page.meta["last_updated_iso"] = day.isoformat()


def date_joined_page(joined: Page, pages: list[Page], config) -> None:
    """A page made of other pages (the whole-strategy print page) is as new as the newest of them."""
    build = build_for(config)
    day = build.history.last_change_of(sorted({source for page in pages for source in _sources_of(page, config, build)}))
    if day:
        joined.meta["last_updated"] = long_date(day)
        joined.meta["last_updated_iso"] = day.isoformat()


def _sources_of(page: Page, config, build) -> list[str]:
    docs = Path(config.docs_dir).resolve().relative_to(build.root.resolve()).as_posix()
    # Pages that call macros record the data files those macros read (page_macros.DATA_READ_BY).
    data_files = set(page.meta.get("data_files", ())) | set(data_files_of(page))
    lists_updates = page.file.src_path == "updates/index.md" or page.meta.get("shows_updates")
    posts = [f"{docs}/{post.src_path}" for post in build.posts] if lists_updates else []
    return [f"{docs}/{page.file.src_path}", *posts, *(f"data/{name}" for name in sorted(data_files))]
