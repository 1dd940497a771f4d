"""The JSON Schemas in schemas/ match the models, and editors know which data files each one checks."""

from __future__ import annotations

import json

import pytest

from macros.data.registry import FILES
from macros.tools.schemas import EDITOR_SETTINGS, ROOT, all_generated_texts, all_schema_texts, schema_for, schema_path


@pytest.mark.parametrize("relative", sorted(all_generated_texts()))
def test_committed_file_matches_the_models(relative):
    committed = ROOT / relative
    assert committed.is_file(), f"{relative} is missing: run write-schemas"
    assert committed.read_text(encoding="utf-8") == all_generated_texts()[relative], f"{relative} is out of date: run write-schemas"


def test_every_data_file_and_folder_is_mapped_to_its_schema():
    mapping = json.loads((ROOT / EDITOR_SETTINGS).read_text())["yaml.schemas"]
    for spec in FILES:
        pattern = mapping[schema_path(spec)]
        matched = list(ROOT.glob(pattern))
        assert matched, f"{pattern} matches no data file"


def test_each_schema_is_one_record_of_its_model():
    for spec in FILES:
        schema = schema_for(spec)
        assert schema["type"] == "object", spec.name
        assert set(schema["properties"]) == set(spec.model.model_fields), spec.name
        assert schema["additionalProperties"] is False, spec.name  # extra="forbid" reaches the editor


def test_every_field_has_help_an_editor_can_show():
    for spec in FILES:
        schema = schema_for(spec)
        for name, field in schema["properties"].items():
            assert field.get("description"), f"{spec.name}: field {name} has no description in macros/data/models.py"


def test_every_reference_in_a_schema_resolves():
    for spec in FILES:
        schema = schema_for(spec)
        text = json.dumps(schema)
        for name in {part.split('"')[0] for part in text.split('"#/$defs/')[1:]}:
            assert name in schema.get("$defs", {}), (spec.name, name)


def test_no_schema_is_left_over_from_a_removed_data_file():
    expected = set(all_schema_texts())
    present = {f"schemas/{path.name}" for path in (ROOT / "schemas").glob("*.schema.json")}
    assert present <= expected, f"remove {sorted(present - expected)} or run write-schemas"
