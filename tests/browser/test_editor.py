"""The web editor at /admin/: an officer changes a milestone, and the form refuses what validate-data refuses.

The editor runs against Decap's local backend (decap-server, in git mode) on a throwaway git
copy of the project, served from the same origin as the built site (macros/tools/local_editor.py).
In git mode every save becomes a branch cms/<collection>/<id>, as it becomes a pull request on
GitHub, so the tests read the saved change from that branch.
"""

from __future__ import annotations

import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from macros.tools.cms_config import NEEDED_WHEN, PATTERN_MESSAGES
from macros.plugin.editor_files import DECAP_SERVER, ROOT, editor_scripts
from macros.tools.local_editor import decap_server, serve_site
from macros.data.models import Milestone, Status
from macros.data.partial_dates import PARTIAL_DATE_PATTERN
from macros.tools.validate import main as validate_data
from tests.data_copies import without_fields
from tests.sitebuild import copy_project

from .conftest import _new_page
from .helpers import EDITOR_PATH, assert_only_local, format_violations, record_requests, run_axe

NOTE = "The completed strategy was agreed by the partners."
CHANGE_NOTE = "The strategy is now complete."
SAVE_TIMEOUT_S = 15
EDITOR_TIMEOUT_MS = 30_000  # Decap's 5 MB script takes seconds to start on a busy machine
NOTE_RULE = next(rule for rule in NEEDED_WHEN if rule.model is Milestone and rule.field == "note")

# What axe finds in Decap CMS's own controls, which we cannot change from its configuration;
# each is listed, in plain words, in data/accessibility.yml's known issues.
CMS_FAILURES = {
    "aria-input-field-name": "the box for writing a news update has no name",
    "nested-interactive": "one control inside another",
    "aria-command-name": "no name that screen readers announce",
    "button-name": "no name that screen readers announce",
}


def git(project: Path, *arguments: str) -> str:
    result = subprocess.run(["git", "-C", str(project), *arguments], capture_output=True, text=True)
    assert result.returncode == 0, f"git {' '.join(arguments)} failed: {result.stderr.strip()}"
    return result.stdout


@dataclass
class Editor:
    page: object
    base_url: str
    project: Path
    requests: list[str]

    def open(self, screen: str, ready: str) -> None:
        """Go to a screen of the editor (the part after #/) and wait for a label on it."""
        self.page.goto(f"{self.base_url}{EDITOR_PATH}#/{screen}")
        # Reloaded, because Decap keeps the last form when only the address's #/ part changes.
        self.page.reload()
        self.page.get_by_text(ready, exact=True).first.wait_for()

    def choose(self, label: str, option: str) -> None:
        self.page.get_by_label(label, exact=True).click()
        self.page.get_by_role("option", name=option, exact=True).click()

    def type_into(self, label: str, text: str) -> None:
        box = self.page.get_by_label(label, exact=True)
        box.fill("")  # Decap's inputs re-render as they change: empty first, then type
        box.fill(text)

    def errors(self) -> list[str]:
        # text_content, not inner_text: Decap shows errors in capitals with CSS.
        return [text.strip() for text in self.page.locator('[class*="ControlErrorsList"] li').all_text_contents()]


@pytest.fixture
def planned_milestone(catalogue) -> Milestone:
    """A planned milestone as an officer meets one before any news of it: with no note yet
    (project_copy takes the note off in its copy of the data)."""
    milestone = next(milestone for milestone in catalogue.milestones if milestone.status is Status.PLANNED)
    return milestone.model_copy(update={"note": None})


@pytest.fixture
def project_copy(tmp_path, planned_milestone) -> Path:
    project = copy_project(tmp_path / "project")
    path = project / "data" / "milestones" / f"{planned_milestone.id}.yml"
    path.write_text(without_fields(path.read_text(encoding="utf-8"), "note"), encoding="utf-8")
    git(project, "init", "-q", "-b", "main")
    git(project, "add", "-A")
    git(project, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "The project as it is")
    return project


@pytest.fixture
def editor(browser, built_site, project_copy):
    if not DECAP_SERVER.is_file() or not editor_scripts():
        pytest.skip("the web editor is not installed: run scripts/install-editor")
    assert (built_site / EDITOR_PATH / "decap-cms.js").is_file(), "the build did not copy the editor's scripts into admin/"
    with decap_server(project_copy, mode="git") as backend, serve_site(built_site, backend.url) as base_url:
        context, page = _new_page(browser, base_url, viewport={"width": 1280, "height": 900})
        context.set_default_timeout(EDITOR_TIMEOUT_MS)
        requests = record_requests(context)
        page.goto(base_url + EDITOR_PATH)
        page.get_by_role("button", name="Login").click()  # the local backend's sign-in: no account
        page.get_by_text("Milestones", exact=True).first.wait_for()
        yield Editor(page, base_url, project_copy, requests)
        context.close()


def wait_for_branch(project: Path, branch: str) -> None:
    deadline = time.monotonic() + SAVE_TIMEOUT_S
    while branch not in git(project, "branch", "--list", branch):
        assert time.monotonic() < deadline, f"no branch {branch} after saving"
        time.sleep(0.2)


def test_marking_a_milestone_done_saves_exactly_that_change_as_a_change_for_review(editor, planned_milestone, tmp_path):
    path = f"data/milestones/{planned_milestone.id}.yml"
    before_text = (editor.project / path).read_text(encoding="utf-8")
    editor.open(f"collections/milestones/entries/{planned_milestone.id}", ready="Status")
    editor.choose("Status", "done")
    editor.type_into("Note (optional)", NOTE)
    expected_change = {"status": "done", "note": NOTE}
    if "change_note" in Milestone.model_fields:
        editor.type_into("Change note", CHANGE_NOTE)
        expected_change["change_note"] = CHANGE_NOTE
    editor.page.get_by_role("button", name="Save").click()
    editor.page.get_by_text("Entry saved").wait_for()

    branch = f"cms/milestones/{planned_milestone.id}"  # on GitHub: a pull request
    wait_for_branch(editor.project, branch)
    assert git(editor.project, "diff", "--name-only", "main", branch).split() == [path]
    assert git(editor.project, "status", "--porcelain") == "", "the main copy must be untouched until the change is merged"
    after_text = git(editor.project, "show", f"{branch}:{path}")
    before, after = yaml.safe_load(before_text), yaml.safe_load(after_text)
    assert after == {**before, **expected_change}
    # The policy for data files: fields in the model's order, no comments (the help is in the models).
    assert list(after) == [name for name in Milestone.model_fields if name in after]
    assert not [line for line in after_text.splitlines() if line.lstrip().startswith("#")]

    # The saved data must pass validate-data. Read from the branch, not checked out: decap-server
    # switches the copy's branches itself as the editor reloads, and a checkout here would race it.
    saved = tmp_path / "saved"
    saved.mkdir()
    archive = subprocess.run(["git", "-C", str(editor.project), "archive", branch], check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(saved)], input=archive.stdout, check=True)
    assert validate_data([str(saved / "data")]) == 0
    assert_only_local(editor.requests, editor.base_url)


def test_the_form_refuses_a_done_milestone_without_a_note_and_a_thirteenth_month(editor, planned_milestone):
    path = editor.project / f"data/milestones/{planned_milestone.id}.yml"
    before_text = path.read_text(encoding="utf-8")
    editor.open(f"collections/milestones/entries/{planned_milestone.id}", ready="Status")
    editor.choose("Status", "done")
    editor.type_into("Date", "2021-13")
    editor.page.get_by_role("button", name="Save").click()

    editor.page.locator('[class*="ControlErrorsList"] li').first.wait_for()  # the refusal, shown beside the fields
    errors = " ".join(editor.errors())
    assert NOTE_RULE.message in errors
    assert PATTERN_MESSAGES[PARTIAL_DATE_PATTERN] in errors
    time.sleep(1)  # a save, had one started, would have made its branch by now
    assert git(editor.project, "branch", "--format=%(refname:short)").split() == ["main"]
    assert path.read_text(encoding="utf-8") == before_text


def test_the_editor_has_no_accessibility_failures_but_the_cms_ones_in_the_statement(editor, planned_milestone, catalogue):
    screens = {
        "collections/milestones": "Milestones",
        f"collections/milestones/entries/{planned_milestone.id}": "Status",
        f"collections/themes/entries/{catalogue.themes[0].id}": "Summary",
        "collections/updates/new": "Title",
        "collections/documents/entries/eia": "Covers",
        "workflow": "Editorial Workflow",
    }
    found = {}
    for screen, ready in screens.items():
        editor.open(screen, ready)
        editor.page.wait_for_timeout(500)  # lists and the rich-text box finish drawing after the labels
        violations = run_axe(editor.page)
        print(f"\n/{EDITOR_PATH}#/{screen}: {format_violations(violations)}")  # the report: pytest -rP shows it
        found[screen] = [violation for violation in violations if violation["id"] not in CMS_FAILURES]
        for violation in violations:
            if violation["id"] in CMS_FAILURES:
                assert any(
                    CMS_FAILURES[violation["id"]] in issue.description for issue in catalogue.accessibility.known_issues
                ), f"{violation['id']} on {screen}: add it to data/accessibility.yml's known issues"
    assert not any(found.values()), "\n".join(f"{screen}: {format_violations(v)}" for screen, v in found.items() if v)
