"""'Last updated' on every page and the 'What's changed' page, with and without git."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.sitebuild import build, copy_project, public_pages

pytestmark = pytest.mark.build


def pages_of(site: Path) -> list[Path]:
    return public_pages(site, "index.html")


def test_every_built_page_shows_when_it_was_last_updated(built_site):
    for page in pages_of(built_site):
        assert "Last updated: <time datetime=" in page.read_text(encoding="utf-8"), page


def test_whats_changed_lists_commits_with_links_to_the_pages_they_touched(built_site):
    html = (built_site / "changes" / "index.html").read_text(encoding="utf-8")
    assert '<ol class="changes">' in html
    assert 'href="../about/">About the strategy</a>' in html


def commit_all(project: Path, message: str, day: str) -> None:
    stamp = f"{day}T12:00:00+00:00"
    environment = {**os.environ, "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp,
                   "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
                   "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org"}
    subprocess.run(["git", "add", "-A"], cwd=project, check=True, env=environment)
    subprocess.run(["git", "commit", "-q", "-m", message], cwd=project, check=True, env=environment)


def test_a_page_is_dated_by_its_markdown_and_the_data_it_shows(tmp_path):
    project = copy_project(tmp_path / "project")
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    commit_all(project, "Start the site", "2020-11-09")
    theme = project / "data" / "themes" / "hate-crime.yml"
    theme.write_text(theme.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    commit_all(project, "Reword a theme <b>", "2021-03-04")
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.output

    def date_on(path: str) -> str:
        html = (result.site / path / "index.html").read_text(encoding="utf-8")
        return html.split("Last updated: ")[1].split("</time>")[0].split(">")[1]

    assert date_on("themes/hate-crime") == "4 March 2021"  # it shows the theme's record
    assert date_on("") == "4 March 2021"  # the home page shows the theme cards
    assert date_on("get-help") == "9 November 2020"  # contacts and situations only
    assert date_on("about") == "4 March 2021"  # it gives the number of themes
    changes = (result.site / "changes" / "index.html").read_text(encoding="utf-8")
    assert "4 March 2021</time>: Reword a theme &lt;b&gt;" in changes  # subjects are escaped
    assert "<code>data/themes/hate-crime.yml</code>" in changes


def test_a_copy_without_git_builds_without_dates(tmp_path):
    project = copy_project(tmp_path / "project")
    assert not (project / ".git").exists()
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.output
    for page in pages_of(result.site):
        assert "Last updated" not in page.read_text(encoding="utf-8"), page
    assert "not available in this copy" in (result.site / "changes" / "index.html").read_text(encoding="utf-8")
