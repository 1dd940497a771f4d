"""Every page mistake gives a message with the page, its real line and what to do, from
validate-data and (tests/build/test_page_mistakes.py) from the build alike.

Each folder in tests/fixtures/pages/ holds pages laid over a copy of the project, and
expected.txt: the exact lines validate-data must print, all of them in one run. The pages
are new files, so the real pages' words can change without changing these tests.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from macros.tools.validate import main as validate
from tests.sitebuild import copy_project

FIXTURES = Path(__file__).parents[1] / "fixtures" / "pages"
CASES = sorted(path.name for path in FIXTURES.iterdir() if path.is_dir())


def project_with(case: str, tmp_path: Path) -> Path:
    project = copy_project(tmp_path / "project")
    shutil.copytree(FIXTURES / case, project, dirs_exist_ok=True, ignore=shutil.ignore_patterns("expected.txt"))
    return project


def reported(project: Path, capsys) -> list[str]:
    assert validate([str(project / "data")]) == 1
    report = capsys.readouterr().err
    assert "Traceback" not in report
    return [line.removeprefix("  - ") for line in report.splitlines()[1:]]


@pytest.mark.parametrize("case", CASES)
def test_each_page_mistake_is_reported_exactly(case, tmp_path, capsys):
    expected = (FIXTURES / case / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert reported(project_with(case, tmp_path), capsys) == expected


def test_the_line_is_the_markdown_file_s_own_counting_the_front_matter(tmp_path, capsys):
    project = project_with("macro-calls", tmp_path)
    lines = (project / "docs" / "checks" / "macro-calls.md").read_text(encoding="utf-8").splitlines()
    for message in reported(project, capsys):
        line = int(message.split(", line ")[1].split(",")[0].split(":")[0])
        assert "{{" in lines[line - 1], message


def test_validate_data_works_from_any_folder_of_the_project(tmp_path, capsys, monkeypatch):
    project = project_with("unclosed-call", tmp_path)
    monkeypatch.chdir(project / "docs" / "themes")
    assert validate([]) == 1
    report = capsys.readouterr().err
    assert report.splitlines()[0].endswith("Checked by validate-data: mend them, then run it again before merging.")
    assert "docs/checks/unclosed.md, line 9" in report


def test_validate_data_says_checked_when_all_is_well(tmp_path, capsys, monkeypatch):
    project = copy_project(tmp_path / "project")
    monkeypatch.chdir(project / "data" / "themes")
    assert validate([]) == 0
    assert capsys.readouterr().out.startswith("Checked data/ and docs/: no problems.")


def test_a_partner_page_named_after_no_partner_is_reported_by_validate_data(tmp_path, capsys):
    project = copy_project(tmp_path / "project")
    (project / "docs" / "partners" / "merseyside-polise.md").write_text("More about the police.\n", encoding="utf-8")
    [message] = reported(project, capsys)
    assert message.startswith('docs/partners/merseyside-polise.md: "merseyside-polise" is not the id of any partner in data/partners/;')
    assert message.endswith("This page adds words to the page of the partner it is named after: rename it to <partner id>.md")


def test_a_page_saved_with_a_byte_order_mark_is_read_as_mkdocs_reads_it(tmp_path, capsys):
    """Notepad and some other Windows editors start a UTF-8 file with one; it is not text."""
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "about.md"
    page.write_bytes(b"\xef\xbb\xbf" + page.read_bytes())
    assert validate([str(project / "data")]) == 0, capsys.readouterr().err


def test_a_long_value_is_cut_in_its_message(tmp_path, capsys):
    """A name 200,000 characters long is quoted by its start, not whole."""
    project = copy_project(tmp_path / "project")
    long_name = "x" * 200_000
    page = project / "docs" / "long.md"
    page.write_text(f"---\nrender_macros: true\n---\n\n# Long\n\n{{{{< {long_name}() >}}}} {{{{< theme_cards({long_name}=2) >}}}}\n", encoding="utf-8")
    messages = reported(project, capsys)
    assert len(messages) == 2
    for message in messages:
        assert len(message) <= 300 and '..." (200000 characters)' in message, message
