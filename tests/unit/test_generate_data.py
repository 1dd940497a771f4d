"""The benchmark's data generator makes valid data at the size asked for, committed to git."""

from __future__ import annotations

import subprocess

from benchmarks.generate_data import counts, make_project
from macros.data.catalogue import load_catalogue
from macros.history.change_notes import read_history
from macros.history.git import read_steps
from macros.data.updates import read_posts


def test_scaled_data_is_valid_and_as_big_as_asked(tmp_path):
    project = make_project(3, tmp_path / "project")
    catalogue = load_catalogue(project / "data")  # raises DataErrors on any invalid record
    want = counts(3)
    assert len(catalogue.milestones) == want["milestones"] == 39
    assert len(catalogue.partners) == want["partners"] == 15
    assert len(catalogue.commitments) == want["commitments"] == 150
    posts, errors = read_posts(project / "docs", set(catalogue.theme_by_id))
    assert errors == [] and len(posts) == want["updates"] == 3
    # Synthetic records refer to each other, not only to the real ones.
    assert any(commitment.owner and commitment.owner.startswith("partner-") for commitment in catalogue.commitments)
    assert any(commitment.milestone and commitment.milestone.startswith("milestone-") for commitment in catalogue.commitments)


def test_scaled_data_is_committed_so_pages_get_dates(tmp_path):
    project = make_project(2, tmp_path / "project")
    status = subprocess.run(["git", "status", "--porcelain"], cwd=project, capture_output=True, text=True, check=True)
    assert status.stdout == ""
    assert "data/partners/partner-0.yml" in read_history(project).published
    assert len(read_steps(project)) == 2


def test_at_today_s_size_the_data_is_the_real_data(tmp_path):
    project = make_project(1, tmp_path / "project")
    assert not list((project / "data" / "partners").glob("partner-*.yml"))
    assert not list((project / "data" / "milestones").glob("milestone-*.yml"))
