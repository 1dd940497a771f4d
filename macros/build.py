"""What the MkDocs hooks and the macros share during one build: the catalogue and links."""

from __future__ import annotations

import datetime
import os
from functools import lru_cache
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from .catalogue import Catalogue, load_catalogue
from .history import History, read_history
from .updates import Post, load_posts
from .loading import DataErrors


def project_root(config) -> Path:
    return Path(config.config_file_path).parent


def data_dir(config) -> Path:
    return project_root(config) / "data"


def catalogue_for(config) -> Catalogue:
    """The build's catalogue, read once and again only when a data file changes (mkdocs serve)."""
    folder = data_dir(config)
    fingerprint = tuple((path.name, path.stat().st_mtime_ns, path.stat().st_size) for path in sorted(folder.glob("*.yml")))
    try:
        return _load(folder, fingerprint)
    except DataErrors as problems:
        # A PluginError is printed by MkDocs as one clear message, without a traceback.
        raise PluginError(problems.report()) from None


@lru_cache(maxsize=4)
def _load(folder: Path, fingerprint: tuple) -> Catalogue:
    return load_catalogue(folder)


def today_for(config) -> datetime.date:
    """The day progress is measured on: STRATEGY_TODAY, else mkdocs.yml `extra: today:`,
    else the day of the build. Fixing it makes a build (and a test) repeatable."""
    value = os.environ.get("STRATEGY_TODAY") or (config.extra or {}).get("today")
    if not value:
        return datetime.date.today()
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        where = "STRATEGY_TODAY" if os.environ.get("STRATEGY_TODAY") else "mkdocs.yml extra: today:"
        raise PluginError(f"{where}: expected a date written as YYYY-MM-DD, found {value!r}") from None


def theme_page_path(theme_id: str) -> str:
    return f"themes/{theme_id}.md"


def partner_page_path(partner_id: str) -> str:
    return f"partners/{partner_id}.md"


class Links:
    """Relative links from the page being rendered to other pages, checked as they are made."""

    def __init__(self, page: Page, files: Files):
        self.page, self.files = page, files

    def to(self, src_path: str) -> str:
        target = self.files.get_file_from_path(src_path)
        if target is None:
            raise PluginError(f"{self.page.file.src_path}: a link points at {src_path}, which is not a page of the site")
        return get_relative_url(target.url, self.page.url) if self.page.url else target.url

    def theme(self, theme_id: str) -> str:
        return self.to(theme_page_path(theme_id))

    def partner(self, partner_id: str) -> str:
        return self.to(partner_page_path(partner_id))

    def download(self, site_path: str) -> str:
        """A file the build writes after the pages (open data), so MkDocs cannot check it;
        tests/build checks that every such link leads to a file."""
        return get_relative_url(site_path, self.page.url) if self.page.url else site_path


_histories: dict[Path, History] = {}


def history_for(config) -> History:
    """The project's git history, read once per build (forget_history starts a new build)."""
    root = project_root(config)
    if root not in _histories:
        _histories[root] = read_history(root)
    return _histories[root]


def forget_history() -> None:
    _histories.clear()


_posts: dict[Path, list] = {}


def posts_for(config) -> list[Post]:
    """The news updates, checked and newest first, read once per build."""
    docs = Path(config.docs_dir)
    if docs not in _posts:
        try:
            _posts[docs] = load_posts(docs, catalogue_for(config))
        except DataErrors as problems:
            raise PluginError(problems.report().replace("data files", "updates")) from None
    return _posts[docs]


def forget_posts() -> None:
    _posts.clear()
