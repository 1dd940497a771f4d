"""`write-cms-config`: the web editor's configuration (docs/admin/config.yml), made from the models.

Decap CMS builds its forms from this file. It is generated from macros/data/models.py and FILES,
as the JSON Schemas are, so a field added to a model appears in the form with the same
required flag, allowed values, pattern and help text, and a unit test fails when the
committed file is stale. Each field's widget follows from its JSON Schema, so constraints
added to a model (a maximum length, say) reach the form without a change here.

What a form cannot check (a note is needed once a milestone is done, an id another file
must hold) is either caught by the small widgets in docs/admin/editor.js, configured from
NEEDED_WHEN below, or reported by `validate-data` on the pull request.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from macros.data.registry import FILES, REFERENCES
from macros.data.loading import FileSpec
from macros.data.fields import PATTERN_HELP
from macros.data.models import STATUSES_NEEDING_A_NOTE, Commitment, Contact, Milestone, Update
from macros.data.numbers import counted
from macros.data.partial_dates import PARTIAL_DATE_PATTERN
from macros.data.updates import POSTS_DIR

ROOT = Path(__file__).resolve().parents[2]
CONFIG_PATH = "docs/admin/config.yml"
BACKEND_PATH = "editor/backend.yml"  # the host's settings: repository, branch, sign-in
UPDATES = FileSpec(f"docs/{POSTS_DIR}", "update", Update)
UPDATES_COLLECTION = "updates"
RELATION_OPTIONS = 500  # every record of a kind is offered, not Decap's first 20

# Ids that name a record of another kind, beyond the top-level fields in REFERENCES
# (which validate-data checks the same way): (kind, field, nested field...) -> kind.
NESTED_REFERENCES = {
    ("theme", "sub_strategy", "milestone"): "milestone",
    ("equality impact assessment", "characteristics", "mitigation_owner"): "partner",
    ("equality impact assessment", "characteristics", "mitigation_commitment"): "commitment",
    ("equality impact assessment", "characteristics", "mitigation_milestone"): "milestone",
    ("update", "categories"): "theme",
}
ALL_REFERENCES = {**REFERENCES, **NESTED_REFERENCES}

# The form's words for a value in the wrong form, as validate-data words it.
PATTERN_MESSAGES = {
    **{pattern: f"Write {help}" for pattern, help in PATTERN_HELP.items()},
    PARTIAL_DATE_PATTERN: "Write a date as 2020-11-09 (a day), 2021-04 (a month), 2021-Q1 (a quarter) or 2021 (a year), "
    "with 'by ' before it if needed: months 01 to 12",
}
# The form's pattern for a web address: the model's own (WebAddress is https:// only).
WEB_ADDRESS_MESSAGES = {
    r"^https://\S+$": "Write a web address beginning https://",
    r"^https?://\S+$": "Write a web address beginning https:// (or http:// where the page has no other)",
}
UNKNOWN_PATTERN_MESSAGE = "This is not in the form the help below describes"

# The officer's note on what a change does (the change history publishes it): optional in the
# files, which need not carry one, but asked for by the form on every save, since every save
# is a change. The pull request check flags a note left as it was.
CHANGE_NOTE = "change_note"
CHANGE_NOTE_HINT = " Needed every time you save."


@dataclass(frozen=True)
class NeededWhen:
    """A field the form must ask for once another field has one of some values (None: is empty).

    The rule itself lives in a model validator; this says it again for the form, and a unit
    test checks both refuse the same records.
    """

    model: type[BaseModel]
    field: str
    other: str
    values: tuple | None
    message: str


NEEDED_WHEN = (
    NeededWhen(
        Milestone,
        "note",
        "status",
        tuple(sorted(status.value for status in STATUSES_NEEDING_A_NOTE)),
        "Add a short note saying what happened: a milestone that is done or delayed needs one",
    ),
    NeededWhen(Commitment, "status", "milestone", None, "Choose a status: this commitment has no milestone whose status it could follow"),
    NeededWhen(Contact, "phone", "on_every_theme", (True,), "Add a phone number: contacts shown on every theme are shown by their number"),
)


class ConfigError(Exception):
    """A model field the generator does not know how to show: add a rule rather than guess."""


# Field names an officer would not say: the form shows these words instead.
LABELS = {"id": "Short name", "categories": "Themes", "on_every_theme": "On every theme page", "exit_this_page": "Exit this page button"}


def label_of(name: str) -> str:
    return LABELS.get(name, name.replace("_", " ").capitalize())


def collection_name(spec: FileSpec) -> str:
    return Path(spec.name).stem


def _display_field(model: type[BaseModel]) -> str:
    """The field that names a record in lists: its name or title, else its id."""
    return next((name for name in ("name", "title", "id") if name in model.model_fields), next(iter(model.model_fields)))


# --- one form field from one JSON Schema property ------------------------------------------


class _FieldMaker:
    def __init__(self, kind: str, model: type[BaseModel]):
        self.kind = kind
        self.model = model
        self.schema = model.model_json_schema()
        self.defs = self.schema.get("$defs", {})

    def fields(self) -> list[dict]:
        return self._fields_of(self.schema, (self.kind,), self.model)

    def _fields_of(self, schema: dict, path: tuple, model: type[BaseModel] | None) -> list[dict]:
        required = set(schema.get("required", []))
        rules = {rule.field: rule for rule in NEEDED_WHEN if model is not None and rule.model is model}
        fields = []
        for name, prop in schema["properties"].items():
            field = self._field(name, prop, name in required, (*path, name))
            if name == CHANGE_NOTE and len(path) == 1:
                field = {**field, "required": True, "hint": field.get("hint", "") + CHANGE_NOTE_HINT}
            if name in rules:
                field = _with_rule(field, rules[name])
            fields.append(field)
        return fields

    def _resolve(self, prop: dict) -> dict:
        while "$ref" in prop:
            reference = prop["$ref"].split("/")[-1]
            prop = {**self.defs[reference], **{key: value for key, value in prop.items() if key != "$ref"}}
        return prop

    def _field(self, name: str, prop: dict, required: bool, path: tuple) -> dict:
        field: dict[str, Any] = {"name": name, "label": label_of(name)}
        if description := prop.get("description"):
            field["hint"] = description
        field["required"] = required
        prop = self._resolve(_without_null(prop))
        field.update(self._widget(prop, path))
        if not required and field["widget"] in ("list", "relation") and "min" not in field:
            field["required"] = False
        if field["widget"] == "boolean":
            field["default"] = bool(prop.get("default", False))
        return field

    def _widget(self, prop: dict, path: tuple) -> dict:
        if target := ALL_REFERENCES.get(path):
            return self._relation(target, multiple=prop.get("type") == "array")
        if "enum" in prop:
            return {"widget": "select", "options": list(prop["enum"])}
        kind = prop.get("type")
        if kind == "array":
            return self._list(prop, path)
        if kind == "object" and "properties" in prop:
            return {"widget": "object", "collapsed": False, "fields": self._fields_of(prop, path, None)}
        if kind == "boolean":
            return {"widget": "boolean"}
        if kind == "integer":
            widget = {"widget": "number", "value_type": "int"}
            widget.update({"min": prop["minimum"]} if "minimum" in prop else {})
            widget.update({"max": prop["maximum"]} if "maximum" in prop else {})
            return widget
        if kind == "string" or kind == ["string", "integer"]:
            return self._text(prop, path)
        raise ConfigError(f"{'.'.join(path)}: no form widget for the schema {prop}; add a rule to macros/tools/cms_config.py")

    def _relation(self, target: str, multiple: bool) -> dict:
        spec = next(spec for spec in FILES if spec.kind == target)
        shown = _display_field(spec.model)
        widget = {
            "widget": "relation",
            "collection": collection_name(spec),
            "value_field": "id",
            "search_fields": sorted({"id", shown}),
            "display_fields": [shown],
            "options_length": RELATION_OPTIONS,
        }
        if multiple:
            widget["multiple"] = True
        return widget

    def _list(self, prop: dict, path: tuple) -> dict:
        items = self._resolve(prop.get("items", {}))
        widget: dict[str, Any] = {"widget": "list"}
        if "minItems" in prop:
            widget["min"] = prop["minItems"]
        if "maxItems" in prop:
            widget["max"] = prop["maxItems"]
        if items.get("type") == "object":
            shown = next((name for name in ("name", "title", "claim", "description", "text") if name in items["properties"]), None)
            if shown:
                widget["summary"] = "{{fields.%s}}" % shown
            widget["collapsed"] = True
            widget["fields"] = self._fields_of(items, path, None)
        else:
            item = {"name": path[-1], "label": label_of(path[-1]), **self._widget(items, path)}
            widget["field"] = item
        return widget

    def _text(self, prop: dict, path: tuple) -> dict:
        if prop.get("format") == "date":
            return {"widget": "datetime", "format": "YYYY-MM-DD", "date_format": "YYYY-MM-DD", "time_format": False, "picker_utc": True}
        if prop.get("format") == "uri":
            pattern = prop.get("pattern", r"^https?://\S+$")
            return {"widget": "string", "pattern": [pattern, WEB_ADDRESS_MESSAGES.get(pattern, UNKNOWN_PATTERN_MESSAGE)]}
        name = path[-1]
        one_line = name in ("id", "name", "title") or name.endswith(("_title", "_name")) or "pattern" in prop
        widget: dict[str, Any] = {"widget": "string" if one_line else "text"}
        if pattern := _pattern(prop):
            widget["pattern"] = pattern
        return widget


def _without_null(prop: dict) -> dict:
    """`X | None` is anyOf [X, null]: the form shows X, not required."""
    options = [option for option in prop.get("anyOf", []) if option != {"type": "null"}]
    if "anyOf" in prop and len(options) == 1:
        return {**options[0], **{key: value for key, value in prop.items() if key != "anyOf"}}
    return prop


def _pattern(prop: dict) -> list[str] | None:
    """Decap takes one pattern: the model's pattern, with its maximum length folded in."""
    pattern, longest = prop.get("pattern"), prop.get("maxLength")
    if pattern is None and longest is None:
        return None
    message = PATTERN_MESSAGES.get(pattern, UNKNOWN_PATTERN_MESSAGE) if pattern else ""
    if longest is not None:
        limit = f"^(?=[\\s\\S]{{0,{longest}}}$)"
        pattern = limit + pattern.removeprefix("^") if pattern else limit
        message = f"{message} (at most {counted(longest, 'character')})" if message else f"Keep it to {counted(longest, 'character')} or fewer"
    return [pattern, message]


def _with_rule(field: dict, rule: NeededWhen) -> dict:
    """Swap the widget for its needed-when twin (docs/admin/editor.js), which adds the check."""
    needed = {"field": rule.other, "message": rule.message}
    if rule.values is None:
        needed["empty"] = True
    else:
        needed["one_of"] = list(rule.values)
    return {**field, "widget": f"{field['widget']}-needed-when", "needed_when": needed}


# --- collections --------------------------------------------------------------------------------


def folder_collection(spec: FileSpec, folder: str, extension: str = "yml", file_format: str = "yml") -> dict:
    model = spec.model
    shown = _display_field(model)
    identifier = "id" if "id" in model.model_fields else shown
    summary = "{{%s}}" % shown
    if "status" in model.model_json_schema().get("required", []):
        summary += " ({{status}})"
    return {
        "name": collection_name(spec) if spec is not UPDATES else UPDATES_COLLECTION,
        "label": spec.name.capitalize() if spec is not UPDATES else "News updates",
        "label_singular": spec.kind.capitalize(),
        "description": _first_paragraph(model.__doc__),
        "folder": folder,
        "extension": extension,
        "format": file_format,
        "create": True,
        "identifier_field": identifier,
        "slug": "{{slug}}",
        "summary": summary,
        "fields": _FieldMaker(spec.kind, model).fields(),
    }


def updates_collection() -> dict:
    collection = folder_collection(UPDATES, UPDATES.name, extension="md", file_format="frontmatter")
    collection["fields"].append(
        {
            "name": "body",
            "label": "The update",
            "widget": "markdown",
            "hint": "What happened, in plain English. Use headings and lists to break up long text.",
            "buttons": ["bold", "italic", "link", "heading-two", "heading-three", "bulleted-list", "numbered-list", "quote"],
            "editor_components": [],
            # One mode: Decap's switch between rich text and Markdown has no accessible name.
            "modes": ["rich_text"],
        }
    )
    return collection


def single_files_collection(specs: list[FileSpec]) -> dict:
    return {
        "name": "documents",
        "label": "The strategy and its statements",
        "description": "Facts about the strategy itself, its Equality Impact Assessment and the site's accessibility statement.",
        "files": [
            {
                "name": collection_name(spec),
                "label": spec.kind.capitalize(),
                "file": f"data/{spec.name}",
                "description": _first_paragraph(spec.model.__doc__),
                "fields": _FieldMaker(spec.kind, spec.model).fields(),
            }
            for spec in specs
        ],
    }


def _first_paragraph(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").strip().split("\n\n")[0])


def cms_config() -> dict:
    backend = yaml.safe_load((ROOT / BACKEND_PATH).read_text(encoding="utf-8"))
    folders = [folder_collection(spec, f"data/{spec.name}") for spec in FILES if spec.is_list]
    singles = single_files_collection([spec for spec in FILES if not spec.is_list])
    return {
        "backend": backend,
        # Every save is a branch and a pull request, which another officer reviews and merges.
        "publish_mode": "editorial_workflow",
        "media_folder": "docs/assets/uploads",  # required by Decap; the forms offer no uploads
        "editor": {"preview": False},  # the forms edit data, not pages: the site shows the result
        "show_preview_links": False,
        "slug": {"encoding": "ascii", "clean_accents": True},
        "collections": [*folders, updates_collection(), singles],
    }


HEADER = (
    "# Generated by write-cms-config from macros/data/models.py, macros/data/catalogue.py (FILES) and\n"
    "# editor/backend.yml: do not edit by hand. Decap CMS builds the web editor's forms from it.\n"
)


def config_text() -> str:
    return HEADER + yaml.safe_dump(cms_config(), sort_keys=False, allow_unicode=True, width=110)


def main(argv: list[str] | None = None) -> int:
    root = Path(argv[0]) if argv else ROOT
    (root / CONFIG_PATH).parent.mkdir(parents=True, exist_ok=True)
    (root / CONFIG_PATH).write_text(config_text(), encoding="utf-8")
    print(f"wrote {CONFIG_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
