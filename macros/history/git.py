"""What git knows about the site's content: each content file's versions on main.

The history residents see is made of change notes (change_notes.py); this module only reads
git. It follows main's first-parent line, so a merge is one step dated the day it reached
main, and the commits a pull request brings in are never seen one by one: a change dated
before its merge is shown on the merge's date.

Two git processes for the whole history, whatever the number of pages: one `git log` lists
every content file each step changed, with the ids of its versions before and after, and one
`git cat-file --batch` reads those versions. Outside a git checkout, or where git is not
installed, there is simply no history: pages show no dates and the build goes on.
"""

from __future__ import annotations

import datetime
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

WATCHED = ("docs", "data")  # the folders officers edit
RECORD, FIELD, NUL = "\x1e", "\x1f", "\x00"
NO_BLOB = "0" * 40


def is_content(path: str) -> bool:
    """Pages and data: what residents read. Stylesheets, scripts and images in docs/ are
    the site's workings, not its content."""
    return (path.startswith("docs/") and path.endswith(".md")) or (path.startswith("data/") and path.endswith(".yml"))


@dataclass(frozen=True)
class FileChange:
    """One content file changed by one step of main: its text before and after."""

    path: str  # relative to the project, e.g. data/themes/hate-crime.yml
    old: str | None  # None when the step added the file
    new: str | None  # None when the step removed it


@dataclass(frozen=True)
class Step:
    """A commit on main's first-parent line that changed content, oldest first by `order`."""

    order: int
    date: datetime.date  # the committer date: when it was merged into (or committed on) main
    changes: tuple[FileChange, ...]


def read_steps(project: Path, ref: str = "HEAD") -> list[Step]:
    """Every step of `ref`'s first-parent line that changed content, oldest first."""
    if shutil.which("git") is None:
        return []
    log = run_git(
        project,
        ["log", ref, "--first-parent", "--diff-merges=first-parent", "--no-renames", "--raw", "--no-abbrev", "-z", "--relative",
         f"--format={RECORD}%H{FIELD}%cs{FIELD}", "--", *WATCHED],
    )  # fmt: skip
    if log is None:  # not a git checkout, or no commits yet
        return []
    listed = parse_log(log.decode("utf-8", errors="replace"))
    blobs = {blob for _, _, entries in listed for _, old, new in entries for blob in (old, new) if blob != NO_BLOB}
    texts = read_blobs(project, blobs)
    steps = []
    for order, (day, _, entries) in enumerate(reversed(listed)):
        changes = tuple(
            FileChange(path, texts.get(old) if old != NO_BLOB else None, texts.get(new) if new != NO_BLOB else None)
            for path, old, new in entries
        )
        if changes:
            steps.append(Step(order, day, changes))
    return steps


def parse_log(output: str) -> list[tuple[datetime.date, str, list[tuple[str, str, str]]]]:
    """(date, commit, [(path, old blob, new blob)]) for each commit, newest first, content files only."""
    commits = []
    for record in output.split(RECORD)[1:]:
        head, _, raw = record.partition(NUL)
        commit, day, _ = head.split(FIELD, 2)
        tokens = raw.split(NUL)
        entries = []
        for meta, path in zip(tokens[0::2], tokens[1::2]):
            fields = meta.strip().split()
            if len(fields) >= 5 and is_content(path):
                entries.append((path, fields[2], fields[3]))
        commits.append((datetime.date.fromisoformat(day.strip()), commit, entries))
    return commits


def read_blobs(project: Path, blobs: set[str]) -> dict[str, str]:
    """The text of each version, read by one `git cat-file --batch`."""
    if not blobs:
        return {}
    ordered = sorted(blobs)
    output = run_git(project, ["cat-file", "--batch"], stdin="".join(f"{blob}\n" for blob in ordered).encode())
    if output is None:
        return {}
    texts, position = {}, 0
    for blob in ordered:
        header_end = output.index(b"\n", position)
        header = output[position:header_end].split()
        position = header_end + 1
        if len(header) < 3 or header[1] != b"blob":  # "<id> missing": a shallow clone, say
            continue
        size = int(header[2])
        texts[blob] = output[position : position + size].decode("utf-8", errors="replace")
        position += size + 1  # the content is followed by a newline
    return texts


def head_commit(project: Path) -> str | None:
    """The commit checked out, or None outside a git checkout."""
    out = run_git(project, ["rev-parse", "--verify", "--quiet", "HEAD"])  # None too where git is missing
    return out.decode().strip() if out else None


def run_git(project: Path, arguments: list[str], stdin: bytes | None = None) -> bytes | None:
    """git's output, or None where git is missing or fails (not a checkout, an unknown ref)."""
    try:
        completed = subprocess.run(["git", *arguments], cwd=project, input=stdin, capture_output=True, timeout=120)
    except (OSError, subprocess.SubprocessError):
        return None
    return completed.stdout if completed.returncode == 0 else None
