"""The published site is built by the same commands README.md gives officers."""

from __future__ import annotations

import re

import yaml

from tests.sitebuild import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "site.yml"


def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def triggers(document: dict) -> dict:
    # PyYAML reads the bare key `on` as the boolean True (YAML 1.1).
    return document.get("on", document.get(True))


def commands(job: dict) -> list[str]:
    return [step["run"].strip() for step in job["steps"] if "run" in step]


def uses(job: dict) -> list[str]:
    return [step["uses"].split("@")[0] for step in job["steps"] if "uses" in step]


def readme_commands() -> set[str]:
    return set(re.findall(r"\./scripts/[a-z-]+", (ROOT / "README.md").read_text(encoding="utf-8")))


def test_pull_requests_run_the_readme_test_command():
    document = workflow()
    assert "pull_request" in triggers(document)
    jobs = [job for job in document["jobs"].values() if "pull_request" in job.get("if", "") and "==" in job["if"]]
    assert jobs, "no job runs on pull requests"
    assert "./scripts/test" in commands(jobs[0])
    assert "./scripts/test" in readme_commands()


def test_pull_requests_show_the_data_check_on_the_pull_request():
    """Changes saved in the web editor are checked like any other, in the officer's words."""
    job = next(job for job in workflow()["jobs"].values() if "pull_request" in job.get("if", ""))
    assert any("validate-data" in command and "GITHUB_STEP_SUMMARY" in command for command in commands(job))


def test_pushes_to_main_build_with_the_readme_command_and_deploy_site():
    document = workflow()
    assert triggers(document)["push"]["branches"] == ["main"]
    build = document["jobs"]["build"]
    assert "./scripts/build" in commands(build)
    assert "./scripts/build" in readme_commands()
    assert "actions/upload-pages-artifact" in uses(build)
    upload = next(step for step in build["steps"] if step.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"].rstrip("/") == "site"
    deploy = document["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert "actions/deploy-pages" in uses(deploy)
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}


def test_every_script_the_workflow_runs_exists():
    document = workflow()
    for job in document["jobs"].values():
        for command in commands(job):
            for script in re.findall(r"\./scripts/[a-z-]+", command):
                assert (ROOT / script).is_file(), script
