"""Reads the YAML files in data/ into validated models, keeping line numbers.

Every problem becomes a DataError that names the file, the line, the entry and the field,
and all of them are collected before anything is reported, so an officer sees every
mistake in one run rather than one per run.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISREG
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from macros.data.models import ID_PATTERN, PATTERN_HELP
from macros.data.yaml_checks import MAX_DEPTH, syntax_message, unexpected_nodes


@dataclass(frozen=True, order=True)
class DataError:
    file: str
    line: int
    entry: str  # how an officer finds the entry: 'theme "hate-crime"', or its position
    field: str
    message: str

    def __str__(self) -> str:
        parts = [self.file]
        if self.line:
            parts.append(f"line {self.line}")
        if self.entry:
            parts.append(self.entry)
        if self.field:
            parts.append(f'field "{self.field}"')
        return ", ".join(parts) + ": " + self.message


class DataErrors(Exception):
    """Raised once, carrying every problem found in data/."""

    def __init__(self, errors: list[DataError]):
        self.errors = sorted(set(errors))
        super().__init__(self.report())

    def report(self, outcome: str = "Nothing was built.") -> str:
        count = len(self.errors)
        heading = f"{count} problem{'s' if count != 1 else ''} in the data files and pages. {outcome}"
        return "\n".join([heading, *(f"  - {error}" for error in self.errors)])


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


# Up to this many ids are listed in a message; beyond it, only the closest ones.
IDS_LISTED = 12


def unknown_id(value: str, kind: str, place: str, known: set[str]) -> str:
    """The message for a reference to an id that the place it points into does not hold."""
    message = f'{_show(value)} is not the id of any {kind} in {place}'
    if not known:
        return f"{message}; there are none yet"
    if len(known) <= IDS_LISTED:
        return f"{message}; the ids there are: {', '.join(sorted(known))}"
    close = difflib.get_close_matches(value[:100], known, n=3)
    quoted = " or ".join('"' + name + '"' for name in close)
    hint = f"did you mean {quoted}? " if close else ""
    return f"{message}; {hint}Each id is the name of a file there, without .yml"


# --- YAML with line numbers -------------------------------------------------------------


class _LocatedDict(dict):
    line: int = 0
    key_lines: dict[str, int]
    bool_words: dict[str, str]  # key -> "yes", "no", "on" or "off", which YAML read as true or false


class _Locating:
    """Safe YAML that keeps line numbers and leaves dates as text for the models to check.

    PyYAML turns 2021-02-30 into an exception rather than a value, which would stop the
    whole file; keeping dates as text lets pydantic report it against its field.
    """

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def __init__(self, stream: str):
        super().__init__(stream)
        self.duplicate_keys: list[tuple[int, str]] = []


class _Loader(_Locating, yaml.SafeLoader):
    """PyYAML's pure-Python parser: its messages are the ones officers read."""


# PyYAML's C parser (libyaml) gives nodes the same marks, so the same line numbers, and
# parses several times as fast. Where PyYAML was built without libyaml, both are Python.
class _FastLoader(_Locating, yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader):
    pass


def _construct_located_mapping(loader: _Locating, node: yaml.MappingNode):
    mapping = _LocatedDict()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    mapping.bool_words = {}
    yield mapping
    for key_node, value_node in node.value:
        # A key is a field name as written: `1:` or `no:` stays the text "1" or "no", so the
        # model can say it is not a field, rather than meet a number or false.
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(loader.construct_object(key_node))
        if key in mapping.key_lines:
            loader.duplicate_keys.append((key_node.start_mark.line + 1, key))
        mapping.key_lines[key] = key_node.start_mark.line + 1
        if value_node.tag == "tag:yaml.org,2002:bool" and value_node.value.lower() not in ("true", "false"):
            mapping.bool_words[key] = value_node.value  # yes, no, on, off: named in the message
        mapping[key] = loader.construct_object(value_node)


for _loader_class in (_Loader, _FastLoader):
    _loader_class.add_constructor("tag:yaml.org,2002:map", _construct_located_mapping)


# Each file as last parsed, by its path, while the process lasts: `mkdocs serve` rebuilds the
# whole site after one record is saved, and parses only the files that changed since (told
# apart, as in build.read_catalogue, by modification time and size). Callers never change a
# parsed document, so one can be handed out again.
_parsed: dict[Path, tuple[tuple, tuple[Any, list[DataError]]]] = {}


def read_yaml(path: Path, shown_as: str) -> tuple[Any, list[DataError]]:
    """Parse one YAML file; a syntax error is reported with its line, not raised."""
    if path.is_dir():
        return None, [DataError(shown_as, 0, "", "", f"this is a folder, where a file should be: replace it with the file {path.name}")]
    try:
        stat = path.stat()
    except OSError:
        stat = None
    if stat is None or not S_ISREG(stat.st_mode):
        return None, [DataError(shown_as, 0, "", "", "the file is missing")]
    version = (stat.st_mtime_ns, stat.st_size, shown_as)
    cached = _parsed.get(path)
    if cached and cached[0] == version:
        return cached[1]
    text, errors = read_text(path, shown_as)
    result = (None, errors) if errors else parse_yaml(text, shown_as)
    _parsed[path] = (version, result)
    return result


def read_text(path: Path, shown_as: str) -> tuple[str, list[DataError]]:
    try:
        return path.read_text(encoding="utf-8"), []
    except UnicodeDecodeError:
        return "", [DataError(shown_as, 0, "", "", "the file is not saved as UTF-8 text; save it again with UTF-8 encoding")]


def parse_yaml(text: str, shown_as: str) -> tuple[Any, list[DataError]]:
    try:
        return _parse(_FastLoader, text, shown_as)
    except (yaml.YAMLError, RecursionError):
        pass  # a file the C parser rejects is read again by the pure-Python one, which words the message
    try:
        return _parse(_Loader, text, shown_as)
    except yaml.MarkedYAMLError as problem:
        line, message = syntax_message(problem, text)
        return None, [DataError(shown_as, line, "", "", message)]
    except yaml.YAMLError as problem:
        return None, [DataError(shown_as, 0, "", "", f"YAML syntax error: {problem}")]
    except RecursionError:  # reading thousands of nested brackets, before any check could see them
        message = f"the values are nested hundreds of levels deep (lists inside lists, or groups inside groups); no record needs more than {MAX_DEPTH}"
        return None, [DataError(shown_as, 0, "", "", message)]


def _parse(loader_class: type[_Locating], text: str, shown_as: str) -> tuple[Any, list[DataError]]:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, []
        if unexpected := unexpected_nodes(node):
            return None, [DataError(shown_as, line, "", "", message) for line, message in unexpected]
        document = loader.construct_document(node)
    finally:
        loader.dispose()
    errors = [
        DataError(shown_as, line, "", shorten(key), "this key appears more than once in the same entry; keep one")
        for line, key in loader.duplicate_keys
    ]
    return document, errors


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

    @property
    def shown_as(self) -> str:
        """How messages name the place: data/milestones/ or data/strategy.yml."""
        return f"data/{self.name}/" if self.is_list else f"data/{self.name}"


def load_file(spec: FileSpec, data_dir: Path, shown_as: str | None = None) -> LoadedFile:
    """Read one kind of record; every problem found is in the result's errors."""
    loaded = LoadedFile(entries=[], raw_entries=[], ids_seen=set(), errors=[])
    if spec.is_list:
        _load_folder(spec, data_dir / spec.name, loaded)
    else:
        _load_single(spec, data_dir / spec.name, shown_as or spec.shown_as, loaded)
    return loaded


def _load_single(spec: FileSpec, path: Path, shown_as: str, loaded: LoadedFile) -> None:
    document = _read_mapping(path, shown_as, loaded, f"a set of 'key: value' lines describing the {spec.kind}")
    if document is None:
        loaded.readable = False  # its own error says why; nothing in it can be referred to
    else:
        load_entry(spec, document, spec.kind, shown_as, loaded)


def _load_folder(spec: FileSpec, folder: Path, loaded: LoadedFile) -> None:
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
        item = _read_mapping(path, shown_as, loaded, f"a set of 'key: value' lines describing one {spec.kind}")
        if item is not None:
            load_entry(spec, item, _entry_named(spec, item, path, shown_as, named, loaded), shown_as, loaded)


def _entry_named(spec: FileSpec, item: "_LocatedDict", path: Path, shown_as: str, named: dict[str, str], loaded: LoadedFile) -> str:
    """How messages name the record. Its id must be its file's name, which also makes ids unique."""
    item_id = item.get("id")
    if not (isinstance(item_id, str) and item_id):
        return f"{spec.kind} in {path.name} (it has no id)"
    entry = f'{spec.kind} "{item_id}"'
    if re.match(ID_PATTERN, item_id) and item_id != path.stem:
        line = item.key_lines.get("id", item.line)
        if item_id in named:
            message = f"the id is already used by {named[item_id]}; ids must be unique. Change it to {path.stem}, this file's name"
        else:
            message = f'the id must be the file\'s name without ".yml": rename the file to {item_id}.yml, or change the id to {path.stem}'
        loaded.errors.append(DataError(shown_as, line, entry, "id", message))
    return entry


def _read_mapping(path: Path, shown_as: str, loaded: LoadedFile, expected: str) -> "_LocatedDict | None":
    document, errors = read_yaml(path, shown_as)
    loaded.errors.extend(errors)
    if errors and document is None:
        return None
    if document is None:
        loaded.errors.append(DataError(shown_as, 0, "", "", f"the file is empty; expected {expected}"))
        return None
    if not isinstance(document, dict):
        loaded.errors.append(DataError(shown_as, 1, "", "", f"expected {expected}, found {_kind_of(document)}"))
        return None
    return document


def load_entry(spec: FileSpec, item: _LocatedDict, entry: str, shown_as: str, loaded: LoadedFile) -> None:
    item_lines = {
        key: tuple(getattr(value, "line", item.key_lines[key]) for value in values)
        for key, values in item.items()
        if isinstance(values, list)
    }
    source = Source(shown_as, item.line, entry, dict(item.key_lines), item_lines)
    loaded.raw_entries.append((item, source))
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


def line_at(item: _LocatedDict, location: tuple) -> int:
    """The line of the deepest key in `location` that the YAML recorded."""
    line, node = item.line, item
    for step in location:
        if isinstance(node, _LocatedDict) and step in node:
            line = node.key_lines.get(step, line)
            node = node[step]
        elif isinstance(node, list) and isinstance(step, int) and step < len(node):
            node = node[step]
            line = getattr(node, "line", line)
        else:
            break
    return line


def _bool_word_at(item: _LocatedDict, location: tuple) -> str | None:
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
    shown = _show(found)
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
        return f"this is too long: keep it to {context.get('max_length')} characters or fewer (it has {len(text)}): {start}"
    if kind == "string_type":
        hint = f' (put it in quotes: "{found}")' if isinstance(found, (int, float)) and not isinstance(found, bool) else ""
        return f"expected text, found {shown}{hint}"
    if kind == "too_short":  # a list
        least = context.get("min_length")
        return f"this list needs at least {least} item{'s' if least != 1 else ''} (it has {context.get('actual_length')})"
    if kind == "too_long":  # a list
        return f"this list is too long: keep it to {context.get('max_length')} items or fewer (it has {context.get('actual_length')})"
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


SHOWN_CHARACTERS = 80  # a long value is shown by its start and its length, never whole


def shorten(text: str) -> str:
    text = str(text)
    return text if len(text) <= SHOWN_CHARACTERS else f"{text[:SHOWN_CHARACTERS]}... ({len(text)} characters)"


def _show(value: Any) -> str:
    if isinstance(value, dict):
        return "a group of 'key: value' lines"
    if isinstance(value, list):
        return "a list" if value else "an empty list"
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, bytes):
        return "binary data"
    if isinstance(value, str):
        if len(value) <= SHOWN_CHARACTERS:
            return f'"{value}"'
        return f'"{value[:SHOWN_CHARACTERS]}..." ({len(value)} characters)'
    return shorten(value)


def _kind_of(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a group of 'key: value' lines"
    return f"the value {_show(value)}"
