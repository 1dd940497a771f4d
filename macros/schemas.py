"""`write-schemas`: JSON Schemas for the files in data/, made from the pydantic models.

Editors that speak the YAML language server (VS Code with the YAML extension, for one)
read the `# yaml-language-server: $schema=...` line at the top of each data file and then
complete field names and flag mistakes as an officer types. The schemas are generated, so
they can never drift from the models: a unit test fails when a committed one is stale.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .catalogue import FILES
from .loading import FileSpec

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_DIR = "schemas"


def schema_path(spec: FileSpec) -> str:
    """Where a data file's schema lives, relative to the project root."""
    return f"{SCHEMA_DIR}/{Path(spec.name).stem}.schema.json"


def schema_line(spec: FileSpec) -> str:
    """The first line of a data file, pointing the editor at its schema."""
    return f"# yaml-language-server: $schema=../{schema_path(spec)}"


def schema_for(spec: FileSpec) -> dict:
    """A file of entries is an array of the model; a single-mapping file is the model itself."""
    model_schema = spec.model.model_json_schema()
    if not spec.is_list:
        schema = model_schema
    else:
        definitions = model_schema.pop("$defs", {})
        schema = {"title": f"{spec.name}: a list of {spec.kind} entries", "type": "array", "items": model_schema}
        if definitions:
            schema["$defs"] = definitions  # $ref paths (#/$defs/...) still resolve from the root
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def schema_text(spec: FileSpec) -> str:
    return json.dumps(schema_for(spec), indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def all_schema_texts() -> dict[str, str]:
    return {schema_path(spec): schema_text(spec) for spec in FILES}


def main(argv: list[str] | None = None) -> int:
    root = Path(argv[0]) if argv else ROOT
    (root / SCHEMA_DIR).mkdir(exist_ok=True)
    for relative, text in all_schema_texts().items():
        (root / relative).write_text(text, encoding="utf-8")
        print(f"wrote {relative}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
