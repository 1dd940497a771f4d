"""The pull request summary, run on a change to a copy of the site's data."""

from __future__ import annotations

import pytest

from macros.tools.pr_summary import main as pr_summary
from tests.data_copies import with_fields
from tests.git_repos import commit_all, git, init
from tests.sitebuild import TEST_TODAY, copy_project

pytestmark = pytest.mark.build

NOTE = "We have marked the hate crime sub-strategy as done."


@pytest.fixture
def project(tmp_path):
    project = copy_project(tmp_path / "project")
    init(project)
    commit_all(project, "Start", "2020-11-09")
    git(project, "checkout", "-q", "-b", "officer/change")
    return project


def run(project, tmp_path, *options) -> str:
    output = tmp_path / "summary.md"
    assert pr_summary(["--base", "main", "--project", str(project), "--today", TEST_TODAY, "--output", str(output), *options]) == 0
    return output.read_text(encoding="utf-8")


def test_the_summary_says_what_a_change_does_to_pages_progress_and_notes(project, tmp_path):
    data = project / "data"
    milestone = data / "milestones" / "hate-crime-sub-strategy.yml"
    with_fields(milestone, status="done", note="Agreed by partners.", change_note=NOTE)
    police = data / "partners" / "merseyside-police.yml"
    police.write_text(police.read_text().replace("which includes Wirral.", "which covers Wirral."))  # no note
    commit_all(project, "Hate crime sub-strategy done", "2021-02-01")
    (data / "partners" / "example-community-group.yml").write_text(  # not committed yet: still in the summary
        "id: example-community-group\nname: Example Community Group\nsector: community\n"
        "description: A group.\nsource:\n  name: Example source\n  url: https://www.example.org/\nchange_note: We have added Example Community Group as a partner.\n"
    )
    summary = run(project, tmp_path)
    assert "**Data checks: passed.**" in summary
    pages = {line.split(" (", 1)[0][2:]: line for line in summary.splitlines() if line.startswith(("- Added", "- Removed", "- Changed"))}
    assert pages["Added"] == "- Added (1): Example Community Group (`/partners/example-community-group/`)"
    assert pages["Removed"] == "- Removed (0): none"
    for changed in ("Hate crime (`/themes/hate-crime/`)", "Roadmap", "Merseyside Police (`/partners/merseyside-police/`)", "Partners"):
        assert changed in pages["Changed"]
    for unchanged in ("Report a concern or get help", "Road safety", "Wirral Council"):
        assert unchanged not in pages["Changed"]
    assert '- Milestone "Hate crime sub-strategy": planned → done' in summary
    assert '- Commitment "Develop a hate crime sub-strategy with partners, to feed into the overall strategy.": planned → done' in summary
    assert f"- `data/milestones/hate-crime-sub-strategy.yml`: “{NOTE}”" in summary
    assert "- `data/partners/example-community-group.yml` (new): “We have added Example Community Group as a partner.”" in summary
    assert "- `data/partners/merseyside-police.yml`: ⚠ no new change note." in summary
    assert "Of three changed files, one file has no new change note." in summary


def test_a_data_mistake_is_reported_with_the_officers_message(project, tmp_path):
    milestone = project / "data" / "milestones" / "road-safety-sub-strategy.yml"
    milestone.write_text(milestone.read_text().replace("status: planned", "status: finished"))
    summary = run(project, tmp_path, "--no-build")
    assert "**Data checks: one problem.**" in summary
    assert '- data/milestones/road-safety-sub-strategy.yml, line 6, milestone "road-safety-sub-strategy", field "status": "finished" is not one of' in summary
    assert "- `data/milestones/road-safety-sub-strategy.yml`: ⚠ no new change note." in summary


def test_a_deleted_record_is_flagged_and_a_withdrawn_one_is_told_by_its_reason(project, tmp_path):
    partner = project / "data" / "partners" / "probation-service.yml"
    partner.unlink()
    summary = run(project, tmp_path)
    line = next(line for line in summary.splitlines() if line.startswith("- `data/partners/probation-service.yml` (removed)"))
    assert '“Removed the partner "The Probation Service".” ⚠ That is all residents will read.' in line
    assert "`withdrawn: true`" in line and "We no longer list ... here because ..." in line
    reason = "We no longer list the Probation Service here because it asked to be listed under the Ministry of Justice."
    partner.write_text(f"id: probation-service\nname: The Probation Service\nwithdrawn: true\nchange_note: {reason}\n")
    summary = run(project, tmp_path)
    assert f"- `data/partners/probation-service.yml`: “{reason}”" in summary
    assert "⚠" not in summary.split("### Change notes", 1)[1]
    assert "**Data checks: passed.**" in summary
