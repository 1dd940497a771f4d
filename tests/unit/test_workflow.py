"""The published site is built by the same commands README.md gives officers."""

from __future__ import annotations

import re
import tomllib

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


def test_pull_requests_get_a_preview_and_a_plain_english_summary():
    document = workflow()
    preview, summary = document["jobs"]["preview"], document["jobs"]["summary"]
    for job in (preview, summary):
        assert job["if"] == "github.event_name == 'pull_request'"
        assert next(step for step in job["steps"] if step.get("uses", "").startswith("actions/checkout"))["with"]["fetch-depth"] == 0
    assert any(command.startswith("./scripts/build --no-directory-urls --site-dir preview") for command in commands(preview))
    upload = next(step for step in preview["steps"] if step.get("uses", "").startswith("actions/upload-artifact"))
    assert upload["with"]["path"].rstrip("/") == "preview"
    run = " ".join(commands(summary))
    assert ".venv/bin/pr-summary --base" in run and "GITHUB_STEP_SUMMARY" in run
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts["pr-summary"] == "macros.tools.pr_summary:main"


def needed_by(document: dict, name: str) -> set[str]:
    """Every job `name` waits for, directly or through another job."""
    needs = document["jobs"][name].get("needs", [])
    direct = {needs} if isinstance(needs, str) else set(needs)
    return direct.union(*(needed_by(document, job) for job in direct))


def test_tests_run_on_pull_requests_and_on_main_before_every_deploy():
    document = workflow()
    test = document["jobs"]["test"]
    assert "./scripts/test" in commands(test)
    condition = test.get("if", "")
    assert "github.event_name == 'pull_request'" in condition and "github.ref == 'refs/heads/main'" in condition, condition
    assert "test" in needed_by(document, "build")
    assert "test" in needed_by(document, "deploy")


def test_a_deploy_is_never_cancelled_half_way():
    document = workflow()
    # A workflow-wide group with cancel-in-progress would cancel a running deploy on the next push.
    assert document.get("concurrency", {}).get("cancel-in-progress") is not True
    group = document["jobs"]["deploy"]["concurrency"]
    assert group["cancel-in-progress"] is False
    for name, job in document["jobs"].items():
        if name != "deploy" and job.get("concurrency", {}).get("group") == group["group"]:
            assert job["concurrency"]["cancel-in-progress"] is False, name


def test_the_published_address_is_set_in_one_place():
    document = workflow()
    assert document["jobs"]["build"]["env"]["SITE_URL"] == "${{ vars.SITE_URL }}"
    mkdocs_yml = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.findall(r"^site_url:.*$", mkdocs_yml, re.MULTILINE) == ["site_url: !ENV SITE_URL"]
    assert "SITE_URL" in (ROOT / "README.md").read_text(encoding="utf-8")
