"""data/eia.yml: each of the nine protected characteristics exactly once, and honest rows."""

from __future__ import annotations

import shutil

import pytest
import yaml

from macros.data.catalogue import load_catalogue
from macros.data.equality import PROTECTED_CHARACTERISTICS
from macros.data.errors import DataErrors
from tests.sitebuild import ROOT


@pytest.fixture
def data_dir(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    return folder


def _errors(data_dir):
    with pytest.raises(DataErrors) as raised:
        load_catalogue(data_dir)
    return raised.value.errors


def _without_row(text: str, characteristic_id: str) -> str:
    """The file's text with one row (from its '- id:' line to the next row) cut out."""
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.strip() == f"- id: {characteristic_id}")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].strip().startswith("- id:")), len(lines))
    return "".join(lines[:start] + lines[end:])


def test_the_real_data_has_every_protected_characteristic_once(catalogue):
    ids = [row.id for row in catalogue.eia.characteristics]
    assert set(PROTECTED_CHARACTERISTICS) <= set(ids)
    assert len(ids) == len(set(ids))
    assert len(PROTECTED_CHARACTERISTICS) == 9


def test_the_report_assesses_nothing_so_no_row_claims_an_impact(catalogue):
    # The report names Appendix 2 without its content; an assessed row would be invented.
    for row in catalogue.eia.characteristics:
        assert row.impact.value == "not yet assessed"
        assert row.mitigation is None and row.mitigation_owner is None and row.mitigation_commitment is None


@pytest.mark.parametrize("characteristic_id", list(PROTECTED_CHARACTERISTICS))
def test_a_missing_protected_characteristic_is_named(data_dir, characteristic_id):
    eia = data_dir / "eia.yml"
    eia.write_text(_without_row(eia.read_text(), characteristic_id))
    errors = _errors(data_dir)
    named = [e for e in errors if e.file == "data/eia.yml" and e.field == "characteristics"]
    assert len(named) == 1, errors
    assert f'"{PROTECTED_CHARACTERISTICS[characteristic_id]}"' in named[0].message
    assert "is missing" in named[0].message


def test_a_duplicated_characteristic_is_named_with_both_lines(data_dir):
    eia = data_dir / "eia.yml"
    text = eia.read_text()
    first_line = text.splitlines().index("  - id: race") + 1
    text += "\n  - id: race\n    name: Race\n    impact: not yet assessed\n"
    eia.write_text(text)
    duplicate_line = text.splitlines().index("  - id: race", first_line) + 1
    errors = _errors(data_dir)
    assert len(errors) == 1, errors
    error = errors[0]
    assert (error.file, error.line, error.entry, error.field) == ("data/eia.yml", duplicate_line, 'characteristic "race"', "characteristics")
    assert f"already at line {first_line}" in error.message


def _add_row(data_dir, row: str) -> None:
    eia = data_dir / "eia.yml"
    eia.write_text(eia.read_text() + "\n" + row)


def test_a_row_not_in_the_act_must_be_marked_local_and_a_near_miss_is_suggested(data_dir):
    _add_row(data_dir, "  - id: sexual-orientaton\n    name: Typo\n    impact: not yet assessed\n")
    (error,) = _errors(data_dir)
    assert error.field == "local" and 'did you mean "sexual-orientation"?' in error.message


def test_a_local_row_is_accepted_when_marked(data_dir):
    _add_row(data_dir, "  - id: carers\n    name: Carers\n    local: true\n    impact: not yet assessed\n")
    catalogue = load_catalogue(data_dir)
    assert catalogue.eia.characteristics[-1].local


def test_an_act_characteristic_cannot_be_marked_local(data_dir):
    eia = data_dir / "eia.yml"
    eia.write_text(eia.read_text().replace("  - id: sex\n", "  - id: sex\n    local: true\n"))
    (error,) = _errors(data_dir)
    assert (error.entry, error.field) == ('characteristic "sex"', "local")


def test_an_impact_other_than_not_yet_assessed_needs_evidence(data_dir):
    eia = data_dir / "eia.yml"
    text = eia.read_text()
    eia.write_text(text.replace("  - id: age\n    name: Age\n    impact: not yet assessed", "  - id: age\n    name: Age\n    impact: positive"))
    (error,) = _errors(data_dir)
    assert error.field == "characteristics, item 1, evidence"
    assert 'evidence for the impact "positive"' in error.message


def test_an_unknown_impact_lists_the_allowed_ones(data_dir):
    eia = data_dir / "eia.yml"
    eia.write_text(eia.read_text().replace("name: Age\n    impact: not yet assessed", "name: Age\n    impact: good", 1))
    (error,) = _errors(data_dir)
    assert error.message == '"good" is not one of: positive, negative, neutral, not yet assessed'


@pytest.mark.parametrize(
    ("field", "kind"),
    [("mitigation_owner", "partner"), ("mitigation_commitment", "commitment")],
)
def test_mitigation_references_must_exist(data_dir, field, kind):
    _add_row(data_dir, f"  - id: carers\n    name: Carers\n    local: true\n    impact: not yet assessed\n    {field}: no-such-id\n")
    (error,) = _errors(data_dir)
    assert (error.entry, error.field) == ('characteristic "carers"', field)
    assert f'"no-such-id" is not the id of any {kind}' in error.message
    lines = (data_dir / "eia.yml").read_text().splitlines()
    assert lines[error.line - 1].strip() == "- id: carers"


def test_nested_rows_of_the_real_file_are_all_valid_yaml_rows():
    document = yaml.safe_load((ROOT / "data" / "eia.yml").read_text())
    assert isinstance(document["characteristics"], list)
