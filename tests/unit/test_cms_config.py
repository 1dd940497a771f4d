"""The web editor's forms (docs/admin/config.yml) say what the models say, and are up to date."""

from __future__ import annotations

import re
from enum import Enum

import pytest
import yaml
from pydantic import ValidationError

from macros.data.fields import ID_PATTERN
from macros.data.registry import FILES, REFERENCES
from macros.tools.cms_config import (
    ALL_REFERENCES,
    CHANGE_NOTE,
    CHANGE_NOTE_HINT,
    CONFIG_PATH,
    NEEDED_WHEN,
    ROOT,
    UPDATES_COLLECTION,
    ConfigError,
    _FieldMaker,
    collection_name,
    config_text,
)
from pydantic import Field

from macros.data.fields import Record, Text
from macros.data.models import Milestone, Update
from macros.data.partial_dates import PARTIAL_DATE_PATTERN
from macros.data.updates import POSTS_DIR

CONFIG = yaml.safe_load(config_text())
COLLECTIONS = {collection["name"]: collection for collection in CONFIG["collections"]}
FILE_FORMS = {form["name"]: form for form in COLLECTIONS["documents"]["files"]}


def form_of(spec) -> dict:
    return COLLECTIONS[collection_name(spec)] if spec.is_list else FILE_FORMS[collection_name(spec)]


def fields_by_name(form: dict) -> dict[str, dict]:
    return {field["name"]: field for field in form["fields"]}


def test_committed_config_matches_the_models():
    committed = ROOT / CONFIG_PATH
    assert committed.is_file(), f"{CONFIG_PATH} is missing: run write-cms-config"
    assert committed.read_text(encoding="utf-8") == config_text(), f"{CONFIG_PATH} is out of date: run write-cms-config"


def test_every_record_file_and_folder_has_its_form():
    for spec in FILES:
        form = form_of(spec)
        if spec.is_list:
            assert form["folder"] == f"data/{spec.name}"
            # The file's name is the record's id, as the loader requires.
            assert (form["identifier_field"], form["slug"], form["extension"]) == ("id", "{{slug}}", "yml")
        else:
            assert form["file"] == f"data/{spec.name}"


def test_updates_are_markdown_with_front_matter_in_the_blog_folder():
    updates = COLLECTIONS[UPDATES_COLLECTION]
    assert (updates["folder"], updates["format"], updates["extension"]) == (f"docs/{POSTS_DIR}", "frontmatter", "md")
    assert [field["name"] for field in updates["fields"]] == [*Update.model_fields, "body"]


@pytest.mark.parametrize("spec", FILES, ids=lambda spec: spec.kind)
def test_each_form_has_the_models_fields_in_order_with_the_same_required_flags_and_help(spec):
    fields = fields_by_name(form_of(spec))
    assert list(fields) == list(spec.model.model_fields), "the form's order is the file's order"
    for name, info in spec.model.model_fields.items():
        assert fields[name]["required"] == (info.is_required() or name == CHANGE_NOTE), name
        assert fields[name]["hint"].startswith(info.description), name


def test_closed_vocabularies_are_choices_of_exactly_the_allowed_values():
    status = fields_by_name(COLLECTIONS["milestones"])["status"]
    assert status["widget"] == "select"
    assert status["options"] == [value.value for value in Milestone.model_fields["status"].annotation]
    selects = 0
    for spec in FILES:
        for name, info in spec.model.model_fields.items():
            if isinstance(info.annotation, type) and issubclass(info.annotation, Enum):
                field = fields_by_name(form_of(spec))[name]
                assert field["options"] == [member.value for member in info.annotation], (spec.kind, name)
                selects += 1
    assert selects >= 3


def _walk(fields: list[dict], path: tuple = ()):
    for field in fields:
        yield (*path, field["name"]), field
        yield from _walk(field.get("fields", []), (*path, field["name"]))
        if "field" in field:
            yield (*path, field["name"]), field["field"]


def test_every_id_of_another_record_is_chosen_from_that_kind_not_typed():
    relations = set()
    for collection in [*COLLECTIONS.values(), *FILE_FORMS.values()]:
        kind = collection.get("label_singular", collection["label"]).lower()
        for path, field in _walk(collection.get("fields", [])):
            pattern = (field.get("pattern") or [""])[0]
            if field["widget"] == "relation":
                relations.add((kind, *path))
                assert field["collection"] in COLLECTIONS
            elif path[-1] != "id":
                assert not pattern.endswith(ID_PATTERN.removeprefix("^")), f"{kind} {'.'.join(path)} is an id typed by hand"
    assert set(REFERENCES) <= relations
    assert set(ALL_REFERENCES) == relations


def test_patterns_accept_every_value_in_the_data_today():
    checked = 0
    for spec in FILES:
        folder = ROOT / "data" / spec.name
        paths = sorted(folder.glob("*.yml")) if spec.is_list else [folder]
        patterns = {name: field["pattern"][0] for name, field in fields_by_name(form_of(spec)).items() if "pattern" in field}
        for path in paths:
            record = yaml.safe_load(path.read_text(encoding="utf-8"))
            for name, pattern in patterns.items():
                if record.get(name) is not None:
                    assert re.match(pattern, str(record[name])), f"{path.name}: {name} {record[name]!r} would be refused by the form"
                    checked += 1
    assert checked > 50


@pytest.mark.parametrize("written", ["2021-13", "2021-4", "2021-Q5", "April 2021", "by  2021"])
def test_the_form_and_the_model_both_refuse_a_date_that_is_not_one_of_the_forms(written):
    date = fields_by_name(COLLECTIONS["milestones"])["date"]
    assert date["pattern"][0] == PARTIAL_DATE_PATTERN
    assert not re.match(date["pattern"][0], written)
    with pytest.raises(ValidationError):
        Milestone(id="m", title="t", date=written, phase="delivery", status="planned")


def test_a_maximum_length_in_a_model_reaches_the_form():
    description = fields_by_name(COLLECTIONS["partners"])["description"]
    assert description["pattern"][0] == r"^(?=[\s\S]{0,300}$)"
    assert re.match(description["pattern"][0], "x" * 300) and not re.match(description["pattern"][0], "x" * 301)


@pytest.mark.parametrize("rule", NEEDED_WHEN, ids=lambda rule: f"{rule.model.__name__}.{rule.field}")
def test_each_needed_when_rule_is_the_models_own(rule):
    """The form's rule refuses a record the model refuses, and the field carries it."""
    spec = next(spec for spec in FILES if spec.model is rule.model)
    field = fields_by_name(form_of(spec))[rule.field]
    assert field["widget"].endswith("-needed-when") and field["needed_when"]["field"] == rule.other
    data = yaml.safe_load(next((ROOT / "data" / spec.name).glob("*.yml")).read_text(encoding="utf-8"))
    rule.model.model_validate(data)  # a valid record to start from
    data[rule.other] = rule.values[0] if rule.values else None
    data[rule.field] = None
    with pytest.raises(ValidationError) as refused:
        rule.model.model_validate(data)
    # The model names one field or the other, whichever its validator sits on.
    assert {str(error["loc"][0]) for error in refused.value.errors()} & {rule.field, rule.other}


def test_a_field_of_a_kind_the_generator_does_not_know_is_an_error_not_a_guess():
    class Odd(Record):
        share: float

    with pytest.raises(ConfigError, match="share"):
        _FieldMaker("odd", Odd).fields()


def test_the_change_note_is_asked_for_on_every_save_with_help_that_says_so():
    """Files need not carry a change note, but every save in the form is a change."""

    class Noted(Record):
        id: str
        change_note: Text | None = Field(default=None, description="A plain-English sentence for residents saying what changed.")

    fields = {field["name"]: field for field in _FieldMaker("noted", Noted).fields()}
    assert fields["change_note"]["required"] is True
    assert fields["change_note"]["label"] == "Change note"
    assert fields["change_note"]["hint"].endswith(CHANGE_NOTE_HINT)
    for spec in FILES:
        if "change_note" in spec.model.model_fields:
            assert fields_by_name(form_of(spec))["change_note"]["required"] is True, spec.kind


def test_the_editor_saves_every_change_as_a_pull_request():
    assert CONFIG["publish_mode"] == "editorial_workflow"
    assert CONFIG["backend"]["name"] == "github" and CONFIG["backend"]["branch"] == "main"


# Words an officer who has never used git would not know, or that name the machinery.
DEVELOPER_WORDS = re.compile(
    r"data/|docs/|\.ya?ml\b|\.md\b|<id>|\bids?\b|front matter|\btrue\b|\bfalse\b|\byaml\b|plugin|material|decap|mkdocs|\{\{",
    re.IGNORECASE,
)


def _words_of(node, where: str = ""):
    """Every label, hint and description in the forms, with where it is."""
    if isinstance(node, dict):
        for key in ("label", "label_singular", "hint", "description"):
            if isinstance(node.get(key), str):
                yield f"{where}/{node.get('name', '')} {key}", node[key]
        for key, value in node.items():
            if key != "backend":
                yield from _words_of(value, f"{where}/{node.get('name', '')}")
    elif isinstance(node, list):
        for item in node:
            yield from _words_of(item, where)


def test_no_label_or_hint_speaks_of_files_ids_or_machinery():
    found = [f"{where}: {text}" for where, text in _words_of(CONFIG["collections"]) if DEVELOPER_WORDS.search(text)]
    assert found == []


def test_the_checker_finds_developer_words():
    assert DEVELOPER_WORDS.search("Ids of its themes (data/themes/)") and DEVELOPER_WORDS.search("true keeps it off the site")
    assert not DEVELOPER_WORDS.search("Ticked, it is kept off the site; other themes to link to")


def _form_fields(fields: list[dict]):
    for field in fields:
        yield field
        yield from _form_fields(field.get("fields", []))


@pytest.mark.parametrize("spec", FILES, ids=lambda spec: spec.kind)
def test_a_field_said_to_be_optional_is_optional_and_a_condition_is_said(spec):
    for field in _form_fields(form_of(spec)["fields"]):
        hint = field.get("hint", "")
        if hint.lower().startswith("optional"):
            assert field["required"] is False, (spec.kind, field["name"])
        if "needed_when" in field:
            assert "needed when" in hint.lower() or "needed with" in hint.lower(), (spec.kind, field["name"], hint)
