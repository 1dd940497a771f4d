"""The one YAML reader of the project: data files, the front matter of pages and updates, and
their past versions in git all go through parse_yaml.

It keeps line numbers (each mapping knows the line of every key), leaves dates as text for
the models to check, refuses what YAML allows but these files never need (yaml_checks.py),
and reports a syntax error with its line instead of raising.
"""

from __future__ import annotations

from pathlib import Path
from stat import S_ISREG
from typing import Any

import yaml

from macros.data.errors import DataError, shorten
from macros.data.yaml_checks import MAX_DEPTH, syntax_message, unexpected_nodes


class LocatedDict(dict):
    """A mapping read from YAML, with the line it starts on and the line of each key."""

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
    mapping = LocatedDict()
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


def parse_yaml(text: str, shown_as: str) -> tuple[Any, list[DataError]]:
    """Parse YAML text; a problem is reported with its line, never raised."""
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
        return None, [DataError(shown_as, _too_deep_at(text), "", "", message)]


def _too_deep_at(text: str) -> int:
    """The line where the too deep nesting starts (the field's value that holds it), found
    from the parser's events: they come one after another, without the recursion that
    building the values needs."""
    depth, started = 0, 0
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                if depth <= 2:  # the file's own mapping, then the value of one of its fields
                    started = event.start_mark.line + 1
                if depth > MAX_DEPTH:
                    return started
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
    except yaml.YAMLError:
        pass
    return 0


def fields_or_none(text: str | None) -> Any:
    """A version's fields where a problem is no one's to mend now (a past version in git, a
    file being compared): None when it cannot be read."""
    if text is None:
        return None
    document, _ = parse_yaml(text, "")
    return document


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


def read_text(path: Path, shown_as: str) -> tuple[str, list[DataError]]:
    try:
        return path.read_text(encoding="utf-8-sig"), []
    except UnicodeDecodeError:
        return "", [DataError(shown_as, 0, "", "", "the file is not saved as UTF-8 text; save it again with UTF-8 encoding")]


class YamlFiles:
    """Reads YAML files, keeping each as last parsed while the reader lasts: `mkdocs serve`
    rebuilds the whole site after one record is saved, and parses only the files that changed
    since (told apart by modification time and size). Callers never change a parsed document,
    so one can be handed out again."""

    def __init__(self) -> None:
        self._parsed: dict[Path, tuple[tuple, tuple[Any, list[DataError]]]] = {}

    def read(self, path: Path, shown_as: str) -> tuple[Any, list[DataError]]:
        """Parse one YAML file; a missing or unreadable file is reported, not raised."""
        if path.is_dir():
            return None, [DataError(shown_as, 0, "", "", f"this is a folder, where a file should be: replace it with the file {path.name}")]
        try:
            stat = path.stat()
        except OSError:
            stat = None
        if stat is None or not S_ISREG(stat.st_mode):
            return None, [DataError(shown_as, 0, "", "", "the file is missing")]
        version = (stat.st_mtime_ns, stat.st_size, shown_as)
        cached = self._parsed.get(path)
        if cached and cached[0] == version:
            return cached[1]
        text, errors = read_text(path, shown_as)
        result = (None, errors) if errors else parse_yaml(text, shown_as)
        self._parsed[path] = (version, result)
        return result
