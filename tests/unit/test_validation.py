"""Every kind of data mistake gives the officer a message naming file, line, entry and field.

Each folder in tests/fixtures/invalid/ holds record files laid over the valid fixture's
(replacing those of the same name), and expected.txt: the exact lines the officer must see,
all of them in one run.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from macros.data.catalogue import load_catalogue
from macros.data.errors import DataErrors
from macros.pages.checks.project import check_test_files
from macros.tools.validate import main as validate

FIXTURES = Path(__file__).parents[1] / "fixtures"
CASES = sorted(path.name for path in (FIXTURES / "invalid").iterdir() if path.is_dir())


def data_with(case: str, tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(FIXTURES / "valid", data)
    shutil.copytree(FIXTURES / "invalid" / case, data, dirs_exist_ok=True, ignore=shutil.ignore_patterns("expected.txt"))
    return data


def test_the_valid_fixture_loads():
    catalogue = load_catalogue(FIXTURES / "valid")
    assert [theme.id for theme in catalogue.themes] == ["hate-crime", "road-safety"]


@pytest.mark.parametrize("case", CASES)
def test_each_mistake_is_reported_exactly(case, tmp_path):
    with pytest.raises(DataErrors) as raised:
        load_catalogue(data_with(case, tmp_path))
    expected = (FIXTURES / "invalid" / case / "expected.txt").read_text().splitlines()
    assert [str(error) for error in raised.value.errors] == expected


@pytest.mark.parametrize("case", CASES)
def test_every_message_names_the_file_and_what_was_expected(case, tmp_path):
    with pytest.raises(DataErrors) as raised:
        load_catalogue(data_with(case, tmp_path))
    for error in raised.value.errors:
        assert error.file.startswith("data/"), str(error)
        assert error.message
        # An entry-level problem names the entry and the field; only file-level ones (syntax, empty) may not.
        if error.entry:
            assert error.field, str(error)


def test_ten_different_mistakes_in_one_file_are_all_reported_in_one_run(tmp_path):
    with pytest.raises(DataErrors) as raised:
        load_catalogue(data_with("ten-errors", tmp_path))
    themes_errors = [error for error in raised.value.errors if error.file.startswith("data/themes/")]
    assert len(themes_errors) >= 10
    assert len({(error.entry, error.field) for error in themes_errors}) == len(themes_errors)


def test_a_typo_in_a_field_name_suggests_the_right_one(tmp_path):
    with pytest.raises(DataErrors) as raised:
        load_catalogue(data_with("unknown-field", tmp_path))
    assert any('did you mean "status"?' in str(error) for error in raised.value.errors)


def test_validate_command_exits_non_zero_and_lists_every_problem(tmp_path, capsys):
    assert validate([str(data_with("ten-errors", tmp_path))]) == 1
    report = capsys.readouterr().err
    expected = (FIXTURES / "invalid" / "ten-errors" / "expected.txt").read_text().splitlines()
    assert report.splitlines()[0] == (
        f"{len(expected)} problems in the data files and pages. Checked by validate-data: mend them, then run it again before merging."
    )
    assert "Traceback" not in report


def test_validate_command_passes_the_real_data(capsys):
    assert validate([str(Path(__file__).parents[2] / "data")]) == 0
    assert capsys.readouterr().out.startswith("Checked data/ and docs/: no problems. Nine themes,")


def test_a_missing_folder_is_reported_once_not_as_every_reference_to_it(tmp_path):
    data = data_with("duplicate-id", tmp_path)
    shutil.rmtree(data / "contacts")
    with pytest.raises(DataErrors) as raised:
        load_catalogue(data)
    assert [str(error) for error in raised.value.errors if "contact" in str(error)] == [
        "data/contacts/: expected a folder with one .yml file for each contact, but it is missing"
    ]


def test_a_file_where_a_folder_should_be_is_reported(tmp_path):
    data = data_with("duplicate-id", tmp_path)
    shutil.rmtree(data / "sectors")
    (data / "sectors").write_text("- id: statutory\n  name: Statutory\n")
    with pytest.raises(DataErrors) as raised:
        load_catalogue(data)
    assert "data/sectors/: expected a folder with one .yml file for each sector, but it is a file" in [str(e) for e in raised.value.errors]


def test_a_key_written_twice_in_one_entry_is_reported(tmp_path):
    data = data_with("duplicate-id", tmp_path)
    (data / "sectors" / "statutory.yml").write_text("id: statutory\nname: One\nname: Two\norder: 1\n")
    with pytest.raises(DataErrors) as raised:
        load_catalogue(data)
    assert any(error.line == 3 and error.field == "name" and "more than once" in error.message for error in raised.value.errors)


def test_hidden_files_beside_records_are_ignored(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(FIXTURES / "valid", data)
    (data / "themes" / ".DS_Store").write_bytes(b"\x00\x01")
    assert [theme.id for theme in load_catalogue(data).themes] == ["hate-crime", "road-safety"]


def test_a_folder_where_a_file_should_be_is_reported(tmp_path):
    data = data_with("duplicate-id", tmp_path)
    (data / "eia.yml").unlink()
    (data / "eia.yml").mkdir()
    (data / "themes" / "notes.yml").mkdir()
    with pytest.raises(DataErrors) as raised:
        load_catalogue(data)
    messages = [str(error) for error in raised.value.errors]
    assert "data/eia.yml: this is a folder, where a file should be: replace it with the file eia.yml" in messages
    assert "data/themes/notes.yml: this is a folder; the themes folder holds one .yml file for each theme and nothing else" in messages


def test_a_value_of_100000_characters_is_refused_and_shown_by_its_start_and_length(tmp_path):
    data = data_with("duplicate-id", tmp_path)
    theme = data / "themes" / "road-safety.yml"
    theme.write_text(theme.read_text().replace("summary: Keeping road users safe.", "summary: " + "x" * 100_000))
    with pytest.raises(DataErrors) as raised:
        load_catalogue(data)
    [error] = [error for error in raised.value.errors if error.field == "summary"]
    assert error.message == f'this is too long: keep it to 300 characters or fewer (it has 100000): "{"x" * 80}..."'
    assert len(str(raised.value)) < 2000


def test_yes_no_on_and_off_are_named_when_yaml_reads_them_as_true_or_false(tmp_path):
    data = data_with("duplicate-id", tmp_path)
    milestone = data / "milestones" / "committee.yml"
    milestone.write_text(milestone.read_text().replace("status: done", "status: off"))
    with pytest.raises(DataErrors) as raised:
        load_catalogue(data)
    assert 'milestone "committee", field "status": off (which YAML reads as false) is not one of: planned, in progress, done, delayed, cancelled' in str(
        raised.value
    )


def test_an_accessibility_claim_naming_a_test_file_that_does_not_exist_is_reported(tmp_path):
    data = shutil.copytree(FIXTURES / "valid", tmp_path / "data")
    statement = data / "accessibility.yml"
    statement.write_text(statement.read_text().replace("[tests/browser/test_print.py]", "[tests/browser/test_printing.py]"))
    load_catalogue(data)  # the data alone is right: only the project can say which files exist
    [error] = check_test_files(data, Path(__file__).parents[2])
    assert str(error) == (
        'data/accessibility.yml, line 43, accessibility statement, field "checks, item 4, test_files, item 1": '
        '"tests/browser/test_printing.py" is not a file of the project: name a test file that exists, by its path from the folder that holds mkdocs.yml'
    )


def test_every_id_a_message_suggests_passes_the_id_rule(tmp_path):
    import re

    from macros.data.fields import ID_PATTERN

    with pytest.raises(DataErrors) as raised:
        load_catalogue(data_with("file-name-not-an-id", tmp_path))
    suggested = [re.findall(r"(?:change it to|change the id to|rename the file to) ([^,;\s]+?)(?:\.yml)?(?:[,;]|$)", error.message) for error in raised.value.errors]
    suggested = [name for names in suggested for name in names]
    assert suggested and all(re.match(ID_PATTERN, name) for name in suggested), suggested
