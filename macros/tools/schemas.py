"""`write-schemas`: JSON Schemas for the files in data/, made from the pydantic models.

Editors that speak the YAML language server (VS Code with the YAML extension, for one)
read .vscode/settings.json, which maps each data folder or file to its schema, and then
complete field names, show each field's help and flag mistakes as an officer types. The
mapping lives there rather than in a comment at the top of each file, because the web
editor rewrites files without their comments. Both are generated, so they can never drift
from the models: a unit test fails when a committed one is stale.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from macros.data.registry import FILES
from macros.data.loading import FileSpec

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_DIR = "schemas"
EDITOR_SETTINGS = ".vscode/settings.json"


def schema_path(spec: FileSpec) -> str:
    """Where a data file's schema lives, relative to the project root."""
    return f"{SCHEMA_DIR}/{Path(spec.name).stem}.schema.json"


def data_glob(spec: FileSpec) -> str:
    """The data files a schema applies to: every record in a folder, or the one file."""
    return f"data/{spec.name}/*.yml" if spec.is_list else f"data/{spec.name}"


def schema_for(spec: FileSpec) -> dict:
    """Each file holds one record, so its schema is the model's."""
    schema = spec.model.model_json_schema()
    title = f"One {spec.kind}: a file in data/{spec.name}/, named <id>.yml" if spec.is_list else f"data/{spec.name}"
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema, "title": title}


def schema_text(spec: FileSpec) -> str:
    return json.dumps(schema_for(spec), indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def editor_settings_text() -> str:
    settings = {"yaml.schemas": {schema_path(spec): data_glob(spec) for spec in FILES}}
    return json.dumps(settings, indent=2) + "\n"


def all_schema_texts() -> dict[str, str]:
    return {schema_path(spec): schema_text(spec) for spec in FILES}


def all_generated_texts() -> dict[str, str]:
    return {**all_schema_texts(), EDITOR_SETTINGS: editor_settings_text()}


def main(argv: list[str] | None = None) -> int:
    root = Path(argv[0]) if argv else ROOT
    for relative, text in all_generated_texts().items():
        (root / relative).parent.mkdir(exist_ok=True)
        (root / relative).write_text(text, encoding="utf-8")
        print(f"wrote {relative}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
