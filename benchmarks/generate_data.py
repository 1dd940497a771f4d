"""A copy of the project with N times today's data, valid, committed to its own git repository.

Today's data (1x) is the real one: 13 milestones, 5 partners, 9 commitments, 1 update. At a
scale of N the copy keeps all of it and adds synthetic records until there are about N times
as many milestones, partners and updates, and 50 x N commitments (the real ones are few
because co-production has just begun; 100x = 1,300 milestones, 500 partners, 5,000
commitments and 100 updates). Themes, sectors and contacts stay as they are: the strategy
has nine themes however much work is recorded against them.

The copy is committed to git (two commits, a day apart), so page dates and the change
history are read from git as in a real checkout.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/generate_data.py 100 /tmp/site-100x
"""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from macros.data.catalogue import load_catalogue  # noqa: E402
from tests.sitebuild import EDITOR_INSTALL, PROJECT_PARTS  # noqa: E402

STATUSES = ("planned", "in progress", "done", "delayed", "cancelled")
PHASES = ("development and co-production", "delivery")
FIRST_YEAR, LAST_YEAR = 2020, 2025
COMMITMENTS_PER_SCALE = 50


def counts(scale: int) -> dict[str, int]:
    """How many records of each kind the copy holds at this scale (real ones included)."""
    return {"milestones": 13 * scale, "partners": 5 * scale, "commitments": 9 if scale == 1 else COMMITMENTS_PER_SCALE * scale, "updates": scale}


def _milestone(n: int, theme_ids: list[str], partner_ids: list[str]) -> str:
    status = STATUSES[n % len(STATUSES)]
    # Each theme's milestones spread over the years (n % 9 picks the theme, n // 9 the year).
    year = FIRST_YEAR + (n // len(theme_ids)) % (LAST_YEAR - FIRST_YEAR + 1)
    month = 1 + (n * 7) % 12
    phase = PHASES[0] if year <= 2021 else PHASES[1]
    themes = "" if n % 10 == 0 else f"themes: [{theme_ids[n % len(theme_ids)]}]\n"
    lead = f"lead: {partner_ids[n % len(partner_ids)]}\n" if n % 4 else ""
    others = [partner_ids[(n + k) % len(partner_ids)] for k in (1, 2)]
    others = [p for p in dict.fromkeys(others) if f"lead: {p}\n" != lead]
    partners = f"partners: [{', '.join(others)}]\n" if others and n % 3 == 0 else ""
    end = f"end: {year + 1}-{month:02d}\n" if n % 5 == 1 and year < LAST_YEAR else ""
    note = f"note: Synthetic note for milestone {n}, what happened in a sentence.\n" if status in ("done", "delayed") else ""
    return (
        f"id: milestone-{n}\ntitle: Synthetic milestone number {n}, a step of the strategy\n"
        f"date: {year}-{month:02d}\n{end}phase: {phase}\n{themes}{lead}{partners}status: {status}\n{note}"
        f"source: Synthetic data for the scaling benchmark.\n"
    )


def _partner(n: int, sector_ids: list[str]) -> str:
    return (
        f"id: partner-{n}\nname: Synthetic Partner {n}\nsector: {sector_ids[n % len(sector_ids)]}\n"
        f"description: Synthetic partner number {n}, an organisation taking part in the strategy.\n"
        f"source:\n  name: Synthetic source {n}\n  url: https://example.org/partner-{n}\n"
    )


def _commitment(n: int, theme_ids: list[str], partner_ids: list[str], milestone_ids: list[str]) -> str:
    theme = theme_ids[n % len(theme_ids)]
    owner = f"owner: {partner_ids[n % len(partner_ids)]}\n" if n % 7 else ""  # some owners still to be agreed
    supporter = partner_ids[(n * 3 + 1) % len(partner_ids)]
    supporting = f"supporting: [{supporter}]\n" if f"owner: {supporter}\n" != owner else ""
    # Every fifth follows a synthetic milestone whose status it takes; the rest keep their own.
    if n % 5 == 0 and milestone_ids:
        follows = f"milestone: {milestone_ids[n % len(milestone_ids)]}\n"
    else:
        follows = f"status: {STATUSES[n % len(STATUSES)]}\n"
    return f"id: commitment-{n}\ntheme: {theme}\n{owner}{supporting}action: Synthetic commitment number {n}, an action in a sentence.\n{follows}"


def _update(n: int, theme_ids: list[str]) -> str:
    day = datetime.date(2021, 1, 1) + datetime.timedelta(days=9 * n)
    categories = "".join(f"  - {theme_ids[(n + k) % len(theme_ids)]}\n" for k in range(2))
    body = "\n\n".join(
        f"Paragraph {k} of synthetic update {n}, what partners did this month, in plain English, "
        "with enough words to look like a real update of the strategy's progress." for k in range(4)
    )
    return (
        f"---\ndate: {day.isoformat()}\ntitle: Synthetic update number {n}\n"
        f"description: A synthetic update for the scaling benchmark.\ncategories:\n{categories}---\n\n"
        f"{body.split(chr(10) * 2)[0]}\n\n<!-- more -->\n\n{body}\n"
    )


def add_records(project: Path, scale: int) -> None:
    """Add synthetic records to the copy's data/ and updates until it holds counts(scale)."""
    real = load_catalogue(project / "data")
    theme_ids = [theme.id for theme in real.themes]
    sector_ids = [sector.id for sector in real.sectors]
    want = counts(scale)
    data = project / "data"
    new_partners = [f"partner-{n}" for n in range(want["partners"] - len(real.partners))]
    partner_ids = [partner.id for partner in real.partners] + new_partners
    for n in range(len(new_partners)):
        (data / "partners" / f"partner-{n}.yml").write_text(_partner(n, sector_ids), encoding="utf-8")
    milestone_count = want["milestones"] - len(real.milestones)
    # Synthetic commitments follow only synthetic milestones with statuses a commitment can follow.
    for n in range(milestone_count):
        (data / "milestones" / f"milestone-{n}.yml").write_text(_milestone(n, theme_ids, partner_ids), encoding="utf-8")
    milestone_ids = [f"milestone-{n}" for n in range(milestone_count)]
    for n in range(want["commitments"] - len(real.commitments)):
        (data / "commitments" / f"commitment-{n}.yml").write_text(_commitment(n, theme_ids, partner_ids, milestone_ids), encoding="utf-8")
    posts = project / "docs" / "updates" / "posts"
    existing = len(list(posts.glob("*.md")))
    for n in range(want["updates"] - existing):
        (posts / f"synthetic-update-{n}.md").write_text(_update(n, theme_ids), encoding="utf-8")


def _git(project: Path, *args: str, day: str) -> None:
    stamp = f"{day}T12:00:00+00:00"
    environment = {
        **os.environ,
        "GIT_AUTHOR_DATE": stamp,
        "GIT_COMMITTER_DATE": stamp,
        "GIT_AUTHOR_NAME": "Benchmark",
        "GIT_AUTHOR_EMAIL": "benchmark@example.org",
        "GIT_COMMITTER_NAME": "Benchmark",
        "GIT_COMMITTER_EMAIL": "benchmark@example.org",
    }
    subprocess.run(["git", *args], cwd=project, env=environment, check=True, capture_output=True)


def copy_project(source: Path, destination: Path) -> Path:
    """What a build reads, from the checkout `source` (this one, or another to compare with),
    as tests/sitebuild.py copies it: the test files the accessibility statement names, and the
    web editor's install, are linked."""
    destination.mkdir(parents=True)
    for part in PROJECT_PARTS:
        if (source / part).is_dir():
            shutil.copytree(source / part, destination / part, ignore=shutil.ignore_patterns("__pycache__"))
        elif (source / part).exists():
            shutil.copy2(source / part, destination / part)
    for linked in ("tests", EDITOR_INSTALL):
        if (source / linked).is_dir():
            (destination / linked).parent.mkdir(parents=True, exist_ok=True)
            (destination / linked).symlink_to((source / linked).resolve(), target_is_directory=True)
    return destination


def make_project(scale: int, destination: Path, source: Path = ROOT) -> Path:
    """A git-committed copy of the project at `scale` times today's data."""
    project = copy_project(source, destination)
    _git(project, "init", "--quiet", "--initial-branch=main", day="2021-01-01")
    _git(project, "add", "--all", day="2021-01-01")
    _git(project, "commit", "--quiet", "--message", "The project as it is", day="2021-01-01")
    add_records(project, scale)
    _git(project, "add", "--all", day="2021-01-02")
    _git(project, "commit", "--quiet", "--allow-empty", "--message", f"Synthetic data at {scale}x", day="2021-01-02")
    return project


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: generate_data.py SCALE DESTINATION")
    made = make_project(int(sys.argv[1]), Path(sys.argv[2]))
    catalogue = load_catalogue(made / "data")
    print(f"{made}: {len(catalogue.milestones)} milestones, {len(catalogue.partners)} partners, {len(catalogue.commitments)} commitments")
