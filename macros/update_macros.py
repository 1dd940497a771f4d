"""Page macros for news updates and the "What's changed" page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from markupsafe import Markup

from .build import Build, Links
from .rendering import render

RECENT_CHANGES = 30


def register_updates(env, build: Build, links: Callable[[], Links]) -> None:
    @env.macro
    def latest_updates(count: int = 3) -> Markup:
        env.page.meta["shows_updates"] = True  # so the page's "Last updated" counts new updates
        return render("update_list.html", updates=build.posts[:count], links=links())

    @env.macro
    def recent_changes() -> Markup:
        env.page.meta["shows_history"] = True
        return render("changes.html", changes=[_described(change, links()) for change in build.history.changes[:RECENT_CHANGES]])


def _described(change, links: Links) -> dict:
    """A commit in plain words: the pages it changed (linked while they exist) and the data files."""
    pages = []
    for name in change.files:
        if name.startswith("docs/") and name.endswith(".md"):
            src = name.removeprefix("docs/")
            target = links.files.get_file_from_path(src)
            title = _title_of(target) or src
            pages.append((title, links.to(src) if target else None))
    data = [name for name in change.files if name.startswith("data/")]
    return {"date": change.date, "subject": change.subject, "pages": pages, "data": data}


def _title_of(file) -> str | None:
    """The nav title, else the page's first heading (pages may not have been read yet)."""
    if file is None:
        return None
    if file.page is not None and file.page.title:
        return file.page.title
    text = file.content_string if file.generated_by else Path(file.abs_src_path).read_text(encoding="utf-8")
    return next((line[2:].strip() for line in text.splitlines() if line.startswith("# ")), None)
