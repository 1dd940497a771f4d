"""The JSON Schemas in schemas/ match the models, and every data file points at its own."""

from __future__ import annotations

import json

import pytest

from macros.catalogue import FILES
from macros.schemas import ROOT, all_schema_texts, schema_for, schema_line, schema_path


@pytest.mark.parametrize("spec", FILES, ids=lambda spec: spec.name)
def test_committed_schema_matches_the_model(spec):
    committed = ROOT / schema_path(spec)
    assert committed.is_file(), f"{schema_path(spec)} is missing: run write-schemas"
    expected = all_schema_texts()[schema_path(spec)]
    assert committed.read_text(encoding="utf-8") == expected, f"{schema_path(spec)} is out of date: run write-schemas"


@pytest.mark.parametrize("spec", FILES, ids=lambda spec: spec.name)
def test_every_data_file_starts_with_its_schema_line(spec):
    first_line = (ROOT / "data" / spec.name).read_text(encoding="utf-8").splitlines()[0]
    assert first_line == schema_line(spec), f"data/{spec.name} must start with: {schema_line(spec)}"


def test_list_files_are_arrays_of_the_model_and_single_files_are_objects():
    for spec in FILES:
        schema = schema_for(spec)
        shape = schema["items"] if spec.is_list else schema
        assert schema["type"] == ("array" if spec.is_list else "object"), spec.name
        assert set(shape["properties"]) == set(spec.model.model_fields), spec.name
        assert shape["additionalProperties"] is False, spec.name  # extra="forbid" reaches the editor


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
