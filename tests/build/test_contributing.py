"""Every example in CONTRIBUTING.md can be applied to the data as written, and the site builds."""

from __future__ import annotations

import re

import pytest

from tests.git_repos import commit_all, init
from tests.sitebuild import ROOT, build, copy_project

pytestmark = pytest.mark.build

EXAMPLE = re.compile(r'^```\w+ title="(?P<path>[^"]+)" (?P<action>create|replace)\n(?P<body>.*?)^```$', re.DOTALL | re.MULTILINE)


def examples() -> list[re.Match]:
    return list(EXAMPLE.finditer((ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")))


def apply(example: re.Match, project) -> None:
    target = project / example["path"]
    body = example["body"]
    if example["action"] == "create":
        assert not target.exists(), f"{example['path']} already exists"
    else:
        assert target.exists(), f"{example['path']} does not exist, so it cannot be replaced"
    target.write_text(body, encoding="utf-8")


def test_the_guide_has_an_example_for_each_task():
    actions = {(match["path"].rsplit("/", 1)[0], match["action"]) for match in examples()}
    assert ("docs/updates/posts", "create") in actions
    assert ("data/partners", "create") in actions
    assert ("data/commitments", "create") in actions
    assert ("data/milestones", "replace") in actions


def test_every_example_applies_and_the_site_builds(tmp_path):
    project = copy_project(tmp_path / "project")
    init(project)
    commit_all(project, "The site as it is", "2021-01-04")
    for example in examples():
        apply(example, project)
    commit_all(project, "The guide's examples", "2021-01-05")  # published as a merge to main would be
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.output
    assert "Example update about road safety" in (result.site / "themes" / "road-safety" / "index.html").read_text(encoding="utf-8")
    from macros.data.catalogue import load_catalogue

    changed = load_catalogue(project / "data")
    assert "example-community-group" in changed.partner_by_id
    assert [m.status.value for m in changed.milestones if m.id == "hate-crime-sub-strategy"] == ["in progress"]
    # One status, one place: the sub-strategy's commitment and theme page follow the milestone.
    assert changed.status_of(changed.commitment_by_id["hate-crime-sub-strategy"]).value == "in progress"
    theme_page = (result.site / "themes" / "hate-crime" / "index.html").read_text(encoding="utf-8")
    assert "In progress</span>" in theme_page
    # The example's change note is published on the pages that show the milestone, and listed.
    note = '<time datetime="2021-01-05">5 January 2021</time>: We have marked the hate crime sub-strategy as in progress.'
    assert note in theme_page
    assert note in (result.site / "roadmap" / "index.html").read_text(encoding="utf-8")
    assert "We have marked the hate crime sub-strategy as in progress.</p>" in (result.site / "changes" / "index.html").read_text(encoding="utf-8")
