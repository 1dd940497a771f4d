"""Everything that goes through every kind of record follows the registry (data/registry.py),
so a new kind is the short list in CONTRIBUTING.md ("Adding a kind of record"), no more."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from macros.data.catalogue import Catalogue, load_catalogue
from macros.data.registry import FILES, KIND_OF_FOLDER, REFERENCES, SPEC_OF_MODEL, source_of
from macros.tools.cms_config import CONFIG_PATH
from macros.tools.schemas import schema_path
from tests.sitebuild import ROOT


def test_the_catalogue_keeps_every_kind_where_the_registry_says(catalogue):
    fields = Catalogue.__dataclass_fields__
    for spec in FILES:
        assert spec.attribute in fields and fields[spec.attribute].init, spec.kind
        records = getattr(catalogue, spec.attribute)
        record = records[0] if spec.is_list else records
        assert source_of(record) == (f"data/{spec.name}/{record.id}.yml" if spec.is_list else f"data/{spec.name}")


def test_every_kind_has_its_schema_and_its_editor_form():
    collections = yaml.safe_load((ROOT / CONFIG_PATH).read_text(encoding="utf-8"))["collections"]
    folders = {collection.get("folder") for collection in collections}
    files = {file["file"] for collection in collections for file in collection.get("files", [])}
    for spec in FILES:
        assert (ROOT / schema_path(spec)).is_file(), spec.kind
        assert (f"data/{spec.name}" in folders) if spec.is_list else (f"data/{spec.name}" in files), spec.kind


def test_every_reference_names_kinds_the_registry_knows():
    kinds = {spec.kind for spec in FILES}
    for (kind, field), target in REFERENCES.items():
        assert kind in kinds and target in kinds
        assert field in SPEC_OF_MODEL[next(spec.model for spec in FILES if spec.kind == kind)].model.model_fields
    assert set(KIND_OF_FOLDER.values()) == {spec.kind for spec in FILES if spec.is_list}
    assert all(Path(ROOT / "data" / spec.name).exists() for spec in FILES)


def test_every_kind_of_record_may_carry_a_change_note(tmp_path):
    """README promises it of every record: a kind without the field would refuse the note."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    for spec in FILES:
        paths = sorted((data / spec.name).glob("*.yml")) if spec.is_list else [data / spec.name]
        path, record = next((path, record) for path in paths for record in [yaml.safe_load(path.read_text(encoding="utf-8"))] if "withdrawn" not in record)
        record["change_note"] = "We have checked this record."
        path.write_text(yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8")
    catalogue = load_catalogue(data)
    for spec in FILES:
        records = getattr(catalogue, spec.attribute)
        assert any(record.change_note == "We have checked this record." for record in (records if spec.is_list else [records])), spec.kind
