"""Every example in CONTRIBUTING.md can be applied to the data as written, and the site builds."""

from __future__ import annotations

import re

import pytest

from tests.sitebuild import ROOT, build, copy_project

pytestmark = pytest.mark.build

EXAMPLE = re.compile(r'^```\w+ title="(?P<path>[^"]+)" (?P<action>create|append|replace-entry)\n(?P<body>.*?)^```$', re.DOTALL | re.MULTILINE)


def examples() -> list[re.Match]:
    return list(EXAMPLE.finditer((ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")))


def apply(example: re.Match, project) -> None:
    target = project / example["path"]
    body = example["body"]
    if example["action"] == "create":
        assert not target.exists(), f"{example['path']} already exists"
        target.write_text(body, encoding="utf-8")
    elif example["action"] == "append":
        target.write_text(target.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + body, encoding="utf-8")
    else:
        entry_id = re.match(r"- id: (\S+)", body)[1]
        text = target.read_text(encoding="utf-8")
        entry = re.search(rf"^- id: {re.escape(entry_id)}\n.*?(?=^- id: |\Z)", text, re.DOTALL | re.MULTILINE)
        assert entry, f"{example['path']} has no entry {entry_id}"
        target.write_text(text[: entry.start()] + body + "\n" + text[entry.end():], encoding="utf-8")


def test_the_guide_has_an_example_for_each_task():
    actions = {(match["path"].split("/")[-1] if match["action"] != "create" else "new update", match["action"]) for match in examples()}
    assert ("new update", "create") in actions
    assert ("partners.yml", "append") in actions
    assert ("commitments.yml", "append") in actions
    assert ("milestones.yml", "replace-entry") in actions


def test_every_example_applies_and_the_site_builds(tmp_path):
    project = copy_project(tmp_path / "project")
    for example in examples():
        apply(example, project)
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.output
    assert "Example update about road safety" in (result.site / "themes" / "road-safety" / "index.html").read_text(encoding="utf-8")
    from macros.catalogue import load_catalogue

    changed = load_catalogue(project / "data")
    assert "example-community-group" in changed.partner_by_id
    assert [m.status.value for m in changed.milestones if m.id == "hate-crime-sub-strategy"] == ["in progress"]
