"""Reads the YAML files in data/ into validated models, keeping line numbers.

Every problem becomes a DataError (errors.py) that names the file, the line, the entry and
the field, and all of them are collected before anything is reported.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ValidationError

from macros.data.errors import SHOWN_CHARACTERS, DataError, kind_of, shorten, show
from macros.data.fields import ID_PATTERN, PATTERN_HELP, id_from
from macros.data.free_text import empty_keys, empty_message
from macros.data.models import Withdrawn
from macros.data.numbers import counted, number_in_words
from macros.data.yaml_reading import LocatedDict, YamlFiles


@dataclass(frozen=True)
class Source:
    """Where a record came from, so later checks can point at the right line."""

    file: str
    line: int
    entry: str
    key_lines: dict[str, int] = field(default_factory=dict)
    item_lines: dict[str, tuple[int, ...]] = field(default_factory=dict)  # list field -> line of each item

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)

    def line_of_item(self, key: str, position: int) -> int:
        """The line of item `position` (from 0) of a list field, so a check can point at one row."""
        lines = self.item_lines.get(key, ())
        return lines[position] if position < len(lines) else self.line_of(key)


@dataclass(frozen=True)
class Entry:
    record: BaseModel
    source: Source


@dataclass
class LoadedFile:
    entries: list[Entry]  # the entries that passed validation
    # Every entry with a well-formed id, valid or not: references are checked on these too,
    # so an officer sees a bad reference in the same run as the entry's other mistakes,
    # and a reference to an entry with another mistake is not reported as unknown.
    raw_entries: list[tuple[dict, Source]]
    ids_seen: set[str]
    errors: list[DataError]
    readable: bool = True  # False when a folder is missing, or a single file cannot be read
    # Records taken off the site (withdrawn: true), by id -> their file: not loaded, and a
    # reference to one is an error that says so.
    withdrawn: dict[str, str] = field(default_factory=dict)


# --- from YAML to models ----------------------------------------------------------------


@dataclass(frozen=True)
class FileSpec:
    """Where one kind of record lives: a folder with one file per record, or one file.

    One file per record (data/milestones/<id>.yml) lets several officers, or a web editor,
    change different records without touching the same file.
    """

    name: str  # the folder (one file per record) or the file name (a single record)
    kind: str  # the word officers know an entry by: "theme", "partner"
    model: type[BaseModel]
    is_list: bool = True
    attribute: str = ""  # where the catalogue keeps its records (catalogue.py); "" for what it does not hold

    @property
    def shown_as(self) -> str:
        """How messages name the place: data/milestones/ or data/strategy.yml."""
        return f"data/{self.name}/" if self.is_list else f"data/{self.name}"


def load_file(spec: FileSpec, data_dir: Path, files: YamlFiles | None = None) -> LoadedFile:
    """Read one kind of record; every problem found is in the result's errors. `files` keeps
    what it parsed, for the next build of `mkdocs serve`."""
    files = files or YamlFiles()
    loaded = LoadedFile(entries=[], raw_entries=[], ids_seen=set(), errors=[])
    if spec.is_list:
        _load_folder(spec, data_dir / spec.name, loaded, files)
    else:
        _load_single(spec, data_dir / spec.name, spec.shown_as, loaded, files)
    return loaded


def _load_single(spec: FileSpec, path: Path, shown_as: str, loaded: LoadedFile, files: YamlFiles) -> None:
    document = _read_mapping(files, path, shown_as, loaded, f"a set of 'key: value' lines describing the {spec.kind}")
    if document is None:
        loaded.readable = False  # its own error says why; nothing in it can be referred to
    else:
        load_entry(spec, document, spec.kind, shown_as, loaded)


def _load_folder(spec: FileSpec, folder: Path, loaded: LoadedFile, files: YamlFiles) -> None:
    if not folder.is_dir():
        what = "a file" if folder.exists() else "missing"
        loaded.errors.append(
            DataError(spec.shown_as, 0, "", "", f"expected a folder with one .yml file for each {spec.kind}, but it is {what}")
        )
        loaded.readable = False
        return
    paths = sorted(folder.iterdir())
    named = {path.stem: f"{spec.shown_as}{path.name}" for path in paths if path.suffix == ".yml"}
    for path in paths:
        shown_as = f"{spec.shown_as}{path.name}"
        if path.name.startswith("."):
            continue  # editors' and systems' hidden files (.DS_Store, .gitkeep)
        if path.is_dir() or path.suffix != ".yml":
            what = "a folder" if path.is_dir() else "a file that does not end in .yml"
            loaded.errors.append(
                DataError(shown_as, 0, "", "", f"this is {what}; the {spec.name} folder holds one .yml file for each {spec.kind} and nothing else")
            )
            continue
        # One mistake, one message: a record is known by its file name, the id it will have
        # once its own mistakes are mended, so references to it are not reported as well.
        if re.match(ID_PATTERN, path.stem):
            loaded.ids_seen.add(path.stem)
        item = _read_mapping(files, path, shown_as, loaded, f"a set of 'key: value' lines describing one {spec.kind}")
        if item is not None and "withdrawn" in item:
            _load_withdrawn(spec, item, path, shown_as, named, loaded)
        elif item is not None:
            load_entry(spec, item, _entry_named(spec, item, path, shown_as, named, loaded), shown_as, loaded)


def _load_withdrawn(spec: FileSpec, item: "LocatedDict", path: Path, shown_as: str, named: dict[str, str], loaded: LoadedFile) -> None:
    """A record taken off the site keeps its file, with its id and the reason (its change note)."""
    loaded.ids_seen.discard(path.stem)
    loaded.withdrawn[path.stem] = shown_as
    checked = LoadedFile(entries=[], raw_entries=[], ids_seen=set(), errors=[])
    entry = _entry_named(spec, item, path, shown_as, named, checked)
    load_entry(FileSpec(spec.name, spec.kind, Withdrawn), item, entry, shown_as, checked)
    loaded.errors += checked.errors


def _entry_named(spec: FileSpec, item: "LocatedDict", path: Path, shown_as: str, named: dict[str, str], loaded: LoadedFile) -> str:
    """How messages name the record. Its id must be its file's name, which also makes ids unique."""
    item_id = item.get("id")
    if not (isinstance(item_id, str) and item_id):
        return f"{spec.kind} in {path.name} (it has no id)"
    entry = f'{spec.kind} "{item_id}"'
    if re.match(ID_PATTERN, item_id) and item_id != path.stem:
        line = item.key_lines.get("id", item.line)
        # What is suggested must itself pass the id rule: a file named "Hate Crime copy.yml"
        # is not a name to give an id.
        stem_is_an_id = re.match(ID_PATTERN, path.stem) is not None
        if item_id in named:
            fresh = path.stem if stem_is_an_id else _unused_id(id_from(path.stem) or spec.kind, named)
            rename = ", this file's name" if stem_is_an_id else f", and rename the file to {fresh}.yml"
            message = f"the id is already used by {named[item_id]}; ids must be unique. Change it to {fresh}{rename}"
        elif stem_is_an_id:
            message = f'the id must be the file\'s name without ".yml": rename the file to {item_id}.yml, or change the id to {path.stem}'
        else:
            message = f'the id must be the file\'s name without ".yml", and "{path.stem}" is not an id: rename the file to {item_id}.yml'
        loaded.errors.append(DataError(shown_as, line, entry, "id", message))
    return entry


def _unused_id(wanted: str, named: dict[str, str]) -> str:
    """`wanted`, or `wanted-2`, `wanted-3`...: the first no file of the folder has."""
    candidate, number = wanted, 1
    while candidate in named:
        number += 1
        candidate = f"{wanted}-{number}"
    return candidate


def _read_mapping(files: YamlFiles, path: Path, shown_as: str, loaded: LoadedFile, expected: str) -> "LocatedDict | None":
    document, errors = files.read(path, shown_as)
    loaded.errors.extend(errors)
    if errors and document is None:
        return None
    if document is None:
        loaded.errors.append(DataError(shown_as, 0, "", "", f"the file is empty; expected {expected}"))
        return None
    if not isinstance(document, dict):
        loaded.errors.append(DataError(shown_as, 1, "", "", f"expected {expected}, found {kind_of(document)}"))
        return None
    return document


def load_entry(spec: FileSpec, item: LocatedDict, entry: str, shown_as: str, loaded: LoadedFile) -> None:
    item_lines = {
        key: tuple(getattr(value, "line", item.key_lines[key]) for value in values)
        for key, values in item.items()
        if isinstance(values, list)
    }
    source = Source(shown_as, item.line, entry, dict(item.key_lines), item_lines)
    loaded.raw_entries.append((item, source))
    optional = {name for name, info in spec.model.model_fields.items() if not info.is_required()}
    for key in empty_keys(item, optional):
        loaded.errors.append(DataError(shown_as, item.key_lines.get(key, item.line), entry, key, empty_message(key)))
    try:
        record = spec.model.model_validate(dict(item))
    except ValidationError as invalid:
        for problem in invalid.errors():
            location = problem["loc"]
            word = _bool_word_at(item, location)
            loaded.errors.append(
                DataError(shown_as, line_at(item, location), entry, shorten(field_name(location)), _describe(problem, spec.model, word))
            )
        return
    loaded.entries.append(Entry(record, source))


def line_at(item: LocatedDict, location: tuple) -> int:
    """The line of the deepest key in `location` that the YAML recorded."""
    line, node = item.line, item
    for step in location:
        if isinstance(node, LocatedDict) and step in node:
            line = node.key_lines.get(step, line)
            node = node[step]
        elif isinstance(node, list) and isinstance(step, int) and step < len(node):
            node = node[step]
            line = getattr(node, "line", line)
        else:
            break
    return line


def _bool_word_at(item: LocatedDict, location: tuple) -> str | None:
    """The word (yes, no, on, off) behind a true or false at `location`, if YAML read one."""
    node = item
    for step in location[:-1]:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            return None
    return getattr(node, "bool_words", {}).get(location[-1]) if location else None


def field_name(location: tuple) -> str:
    parts: list[str] = []
    for step in location:
        if isinstance(step, int):
            parts.append(f"item {step + 1}")
        elif isinstance(step, str) and not step.startswith("function-"):
            parts.append(step)
    # "sub_strategy.status", but "characteristics, item 2, evidence" around list positions.
    text = ""
    for index, part in enumerate(parts):
        if index:
            text += ", " if part.startswith("item ") or parts[index - 1].startswith("item ") else "."
        text += part
    return text


def _describe(problem: dict, model: type[BaseModel], bool_word: str | None = None) -> str:
    """Turn a pydantic error into a sentence an officer can act on."""
    kind, found, context = problem["type"], problem.get("input"), problem.get("ctx") or {}
    shown = show(found)
    if isinstance(found, bool) and bool_word:
        # YAML 1.1 reads yes, no, on and off as true and false, so "no" meant as a word arrives as false.
        shown = f'{bool_word}, which YAML reads as {str(found).lower()} (put it in quotes: "{bool_word}")'
    if kind == "missing":
        return "this required field is missing"
    if kind == "extra_forbidden":
        return _unknown_field_message(problem["loc"], model)
    if kind == "enum":
        allowed = ", ".join(re.findall(r"'([^']*)'", str(context.get("expected", ""))))
        if isinstance(found, bool) and bool_word:
            return f"{bool_word} (which YAML reads as {str(found).lower()}) is not one of: {allowed}"
        return f"{shown} is not one of: {allowed}"
    if kind.startswith("date") or kind.startswith("datetime"):
        return f"expected a real date written as YYYY-MM-DD (for example 2021-04-30), found {shown}"
    if kind.startswith("url"):
        return f"expected a web address beginning https://, found {shown}"
    if kind == "string_pattern_mismatch":
        # Each pattern has its own explanation: a test file path never gets the phone number's.
        expected = PATTERN_HELP.get(context.get("pattern"), f"text of the form {context.get('pattern')}")
        return f"expected {expected}, found {shown}"
    if kind == "string_too_short":
        return "this field must not be empty"
    if kind == "string_too_long":
        text = str(found)
        start = f'"{text[:SHOWN_CHARACTERS]}..."' if len(text) > SHOWN_CHARACTERS else f'"{text}"'
        return f"this is too long: keep it to {counted(context.get('max_length'), 'character')} or fewer (it has {number_in_words(len(text))}): {start}"
    if kind == "string_type":
        hint = f' (put it in quotes: "{found}")' if isinstance(found, (int, float)) and not isinstance(found, bool) else ""
        return f"expected text, found {shown}{hint}"
    if kind == "too_short":  # a list
        least = context.get("min_length")
        return f"this list needs at least {counted(least, 'item')} (it has {number_in_words(context.get('actual_length'))})"
    if kind == "too_long":  # a list
        return f"this list is too long: keep it to {counted(context.get('max_length'), 'item')} or fewer (it has {number_in_words(context.get('actual_length'))})"
    if kind in ("list_type", "tuple_type"):
        return f"expected a list (one '- item' per line), found {shown}"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"expected a group of 'key: value' lines, found {shown}"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"expected a whole number, found {shown}"
    if kind in ("bool_type", "bool_parsing"):
        quoted = isinstance(found, str) and found.strip().lower() in ("true", "false")
        return f"expected true or false, found {shown}" + (", in quotes: write it without them" if quoted else "")
    if kind == "value_error":
        if isinstance(found, (list, dict)):  # the error names the items; "found a list" adds nothing
            return f"expected {context.get('error')}"
        return f"expected {context.get('error')}, found {shown}"
    return f"{problem['msg']}, found {shown}"


def _unknown_field_message(location: tuple, model: type[BaseModel]) -> str:
    known = _fields_at(model, location[:-1])
    name = str(location[-1])[:100]
    close = difflib.get_close_matches(name, known, n=1)
    hint = f'; did you mean "{close[0]}"?' if close else "."
    return f"this field is not known{hint} The fields are: {', '.join(known)}"


def _fields_at(model: type[BaseModel], path: tuple) -> list[str]:
    """The field names allowed at a nested location, for the 'did you mean' hint."""
    for step in path:
        if isinstance(step, int):
            continue
        annotation = model.model_fields[step].annotation
        nested = next((arg for arg in getattr(annotation, "__args__", (annotation,)) if isinstance(arg, type) and issubclass(arg, BaseModel)), None)
        if nested is None:
            return []
        model = nested
    return list(model.model_fields)
