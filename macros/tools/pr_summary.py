"""`pr-summary`: what a change does to the site, in plain English, for a pull request.

Compares the project as it is now (the pull request's head, uncommitted changes included)
with where it branched from the base (main):

- the data checks (`validate-data`'s result);
- pages added, removed and changed, from two builds compared page by page (site_diff.py);
- milestones and commitments whose status changed;
- for each changed page or record, the change note residents will read, or that it has none
  (then it is a minor change: published, but not listed and not dating any page).

The workflow posts the result as the job's summary and as a comment on the pull request.

    .venv/bin/pr-summary --base origin/main [--output summary.md] [--no-build]
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from macros.data.numbers import counted
from macros.data.project import Project
from macros.data.yaml_reading import fields_or_none
from macros.history.change_notes import fields_of, note_in, removal_note
from macros.history.git import is_content, read_blobs, run_git
from macros.pages.checks.project import check_project
from macros.tools.site_diff import PageChanges, build_copy, compare, copy_working_tree, export_commit

STATUS_WORDS = {None: "no status"}
PAGES_LISTED = 25  # past this, "and N more"


@dataclass(frozen=True)
class ContentChange:
    path: str
    old: str | None  # None: added
    new: str | None  # None: removed

    @property
    def note(self) -> str | None:
        """The note residents will read: a new one, or None (a minor change)."""
        if self.new is None:
            removal = removal_note(self.path, self.old, fields_of(self.path, self.old))
            return removal.text if removal else None
        note = note_in(fields_of(self.path, self.new))
        return note if note != note_in(fields_of(self.path, self.old)) else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pr-summary", description="Say in plain English what a change does to the site.")
    parser.add_argument("--base", default=_default_base(), help="the branch the change will be merged into (default: origin/<base> on GitHub, else main)")
    parser.add_argument("--project", type=Path, default=Path.cwd(), help="the project folder (default: here)")
    parser.add_argument("--today", default=datetime.date.today().isoformat(), help="the day progress is measured on, for both builds")
    parser.add_argument("--output", type=Path, help="also write the summary to this file (Markdown)")
    parser.add_argument("--no-build", action="store_true", help="skip building the two sites (no list of pages)")
    arguments = parser.parse_args(argv)
    project = arguments.project.resolve()
    fork = run_git(project, ["merge-base", arguments.base, "HEAD"])
    if fork is None:
        print(f"pr-summary: cannot find where this branch left {arguments.base}; fetch it first (git fetch origin)", file=sys.stderr)
        return 2
    fork_commit = fork.decode().strip()
    changes = content_changes(project, fork_commit)
    problems = data_problems(project)
    pages = None
    if not arguments.no_build:
        pages = page_changes(project, fork_commit, arguments.today)
    summary = render_summary(arguments.base, changes, problems, statuses_changed(project, fork_commit), pages)
    print(summary)
    if arguments.output:
        arguments.output.write_text(summary + "\n", encoding="utf-8")
    if os.environ.get("GITHUB_ACTIONS") == "true":
        _annotate(changes)
    return 0


def _default_base() -> str:
    base = os.environ.get("GITHUB_BASE_REF")
    return f"origin/{base}" if base else "main"


# --- what changed in docs/ and data/ -----------------------------------------------------


def content_changes(project: Path, fork: str) -> list[ContentChange]:
    """Every page and data file that differs from the fork point, as it is now."""
    listed = run_git(project, ["diff", "--name-only", "--no-renames", "-z", fork, "--", "docs", "data"]) or b""
    untracked = run_git(project, ["ls-files", "--others", "--exclude-standard", "-z", "--", "docs", "data"]) or b""
    paths = sorted({name for name in (listed + b"\0" + untracked).decode().split("\0") if name and is_content(name)})
    blobs = {}
    names = run_git(project, ["ls-tree", "-r", "-z", fork, "--", *paths]) if paths else b""
    for entry in (names or b"").decode().split("\0"):
        if entry:
            meta, _, path = entry.partition("\t")
            blobs[path] = meta.split()[2]
    texts = read_blobs(project, set(blobs.values()))
    changes = []
    for path in paths:
        old = texts.get(blobs[path]) if path in blobs else None
        new = (project / path).read_text(encoding="utf-8") if (project / path).is_file() else None
        if old != new:
            changes.append(ContentChange(path, old, new))
    return changes


def data_problems(project: Path) -> list[str]:
    """What validate-data says about the data and the pages now (the same checks); empty when they pass."""
    return [str(error) for error in sorted(set(check_project(Project.at(project)).errors))]


def statuses_changed(project: Path, fork: str) -> list[str]:
    """Milestones and commitments whose status differs, in words."""
    with tempfile.TemporaryDirectory() as folder:
        before = export_commit(project, fork, Path(folder) / "base")
        old = _progress(before / "data") if before else ({}, {})
    new = _progress(project / "data")
    lines = []
    for kind, index in (("Milestone", 0), ("Commitment", 1)):
        for record_id in sorted(old[index].keys() | new[index].keys()):
            was, now = old[index].get(record_id), new[index].get(record_id)
            if was is None:
                lines.append(f'{kind} "{now[0]}" added: {_word(now[1])}')
            elif now is None:
                lines.append(f'{kind} "{was[0]}" removed (it was {_word(was[1])})')
            elif was[1] != now[1]:
                lines.append(f'{kind} "{now[0]}": {_word(was[1])} → {_word(now[1])}')
    return lines


def _progress(data: Path) -> tuple[dict, dict]:
    """(id -> (title, status)) for milestones and for commitments, read as plain YAML so that
    the base's data can be read even when today's rules would refuse it. A commitment without
    its own status follows its milestone's."""
    milestones = {path.stem: _yaml(path) for path in sorted((data / "milestones").glob("*.yml"))}
    commitments = {path.stem: _yaml(path) for path in sorted((data / "commitments").glob("*.yml"))}
    milestone_status = {key: (record.get("title", key), record.get("status")) for key, record in milestones.items()}
    commitment_status = {}
    for key, record in commitments.items():
        status = record.get("status") or milestone_status.get(record.get("milestone"), (None, None))[1]
        commitment_status[key] = (str(record.get("action", key)), status)
    return milestone_status, commitment_status


def _yaml(path: Path) -> dict:
    try:
        record = fields_or_none(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return {}
    return record if isinstance(record, dict) else {}


def _word(status) -> str:
    return STATUS_WORDS.get(status, str(status))


def page_changes(project: Path, fork: str, today: str) -> PageChanges | str:
    """Pages added, removed and changed; or, when the change's site does not build, why."""
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        base = export_commit(project, fork, folder / "base")
        head = copy_working_tree(project, folder / "head")
        head_build = build_copy(head, folder / "head-site", today)
        if not head_build.ok:
            return "The site does not build with this change:\n\n" + _last_lines(head_build.output)
        base_build = build_copy(base, folder / "base-site", today) if base else None
        if base_build is None or not base_build.ok:
            return "The pages could not be compared: the site as it was before this change does not build."
        return compare(base_build.site, head_build.site)


def _last_lines(output: str, count: int = 15) -> str:
    lines = [line for line in output.splitlines() if line.strip() and not line.startswith("INFO")]
    return "\n".join(f"    {line}" for line in lines[-count:])


# --- the summary -----------------------------------------------------------------------


def render_summary(base: str, changes: list[ContentChange], problems: list[str], statuses: list[str], pages: PageChanges | str | None) -> str:
    out = ["## What this change does to the site", ""]
    if problems:
        out += [f"**Data checks: {counted(len(problems), 'problem')}.** Nothing can be published until each is fixed:", ""]
        out += [f"- {problem}" for problem in problems]
    else:
        out += ["**Data checks: passed.**"]
    out += ["", "### Pages", ""]
    if pages is None:
        out += ["Not compared (run without --no-build to compare the pages)."]
    elif isinstance(pages, str):
        out += [pages]
    elif not (pages.added or pages.removed or pages.changed):
        out += ["No page changes."]
    else:
        for label, listed in (("Added", pages.added), ("Removed", pages.removed), ("Changed", pages.changed)):
            named = ", ".join(f"{title} (`{address}`)" for address, title in listed[:PAGES_LISTED]) or "none"
            more = f" and {len(listed) - PAGES_LISTED} more" if len(listed) > PAGES_LISTED else ""
            out.append(f"- {label} ({len(listed)}): {named}{more}")
    out += ["", "### Progress", ""]
    out += [f"- {line}" for line in statuses] or ["No milestone or commitment changed status."]
    out += ["", "### Change notes (what residents will read)", ""]
    if not changes:
        out += [f"No page or data file differs from {base}."]
    for change in changes:
        where = f"`{change.path}`" + (" (new)" if change.old is None else " (removed)" if change.new is None else "")
        if change.note and change.new is None and change.path.startswith("data/"):
            out.append(
                f"- {where}: “{change.note}” ⚠ That is all residents will read. To tell them why, keep the file "
                "with only its `id`, `name`, `withdrawn: true` and a `change_note:` that says \"We no longer list ... here because ...\"."
            )
        elif change.note:
            out.append(f"- {where}: “{change.note}”")
        else:
            out.append(
                f"- {where}: ⚠ no new change note. It will be published as a minor change: not listed under "
                "\"What's changed\" and not changing any page's \"Last updated\". Add `change_note:` if residents should know."
            )
    missing = sum(1 for change in changes if not change.note)
    if missing:
        out += ["", f"Of {counted(len(changes), 'changed file')}, {counted(missing, 'file', verb=('has', 'have'))} no new change note."]
    return "\n".join(out)


def _annotate(changes: list[ContentChange]) -> None:
    """GitHub shows these beside the file in the pull request."""
    for change in changes:
        if not change.note:
            print(f"::warning file={change.path}::No new change_note: this will be a minor change, not listed for residents.")


if __name__ == "__main__":
    sys.exit(main())
