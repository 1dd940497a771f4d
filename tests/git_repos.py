"""Throwaway git repositories with commits on chosen days, for tests of the change history."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path


def git(project: Path, *arguments: str, day: str = "2020-11-09") -> str:
    stamp = f"{day}T12:00:00+00:00"
    environment = {**os.environ, "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp,
                   "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
                   "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org"}  # fmt: skip
    completed = subprocess.run(["git", *arguments], cwd=project, check=True, env=environment, capture_output=True, text=True)
    return completed.stdout


def init(project: Path) -> None:
    git(project, "init", "-q", "-b", "main")


def commit_all(project: Path, message: str, day: str) -> None:
    git(project, "add", "-A", day=day)
    git(project, "commit", "-q", "-m", message, day=day)


def merge(project: Path, branch: str, message: str, day: str) -> None:
    """Merge as GitHub does: a merge commit on main, dated the day of the merge."""
    git(project, "checkout", "-q", "main", day=day)
    git(project, "merge", "-q", "--no-ff", "-m", message, branch, day=day)
