"""YAML that these files never need, and YAML's own errors, put in words an officer can act on.

YAML allows much more than a record needs: tags (`!!set`, `!!binary`), values repeated with
`&name` and `*name`, merge keys (`<<: *base`), lists as keys, nesting thousands deep. Each of
these would reach the models as something they cannot describe, or stop Python itself, so
they are refused here, on the node tree, before any value is made from it.
"""

from __future__ import annotations

import re

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from macros.data.numbers import counted

# Deeper than any record needs (the assessment's evidence is five levels down), far less
# than would trouble Python.
MAX_DEPTH = 20

_CORE = "tag:yaml.org,2002:"
# What YAML reads plain text as without a tag; an explicit tag naming one of these is harmless.
PLAIN_TAGS = {_CORE + name for name in ("str", "int", "float", "bool", "null", "map", "seq")}
MERGE_TAG = _CORE + "merge"

QUOTES_EXAMPLE = 'title: "Road safety: workshop"'
INDENTATION = (
    "this line is indented differently from the lines around it. The fields of one entry start "
    "in the same column, and the items of a list ('- ') line up under each other; indent with spaces"
)


def shown_tag(tag: str) -> str:
    return "!!" + tag.removeprefix(_CORE) if tag.startswith(_CORE) else tag


def unexpected_nodes(root: Node) -> list[tuple[int, str]]:
    """(line, message) for each thing in the tree that these files do not use.

    Walked without recursion, so that a tree thousands deep is reported, not a RecursionError.
    """
    problems: list[tuple[int, str]] = []
    seen: set[int] = set()
    stack: list[tuple[Node, int, int]] = [(root, 1, root.start_mark.line + 1)]  # node, depth, line it is used on
    while stack:
        node, depth, line = stack.pop()
        if id(node) in seen:
            problems.append((line, "this value repeats another with '*' (an alias of an '&' anchor); write the value out in full"))
            continue
        seen.add(id(node))
        if depth > MAX_DEPTH:
            message = f"the values here are nested more than {counted(MAX_DEPTH, 'level')} deep (lists inside lists, or groups inside groups); no record needs that"
            problems.append((line, message))
            continue
        if node.tag not in PLAIN_TAGS:
            problems.append((node.start_mark.line + 1, _tag_message(node.tag)))
            continue
        if isinstance(node, SequenceNode):
            stack.extend((item, depth + 1, item.start_mark.line + 1) for item in reversed(node.value))
        elif isinstance(node, MappingNode):
            for key, value in reversed(node.value):
                key_line = key.start_mark.line + 1
                if key.tag == MERGE_TAG:
                    problems.append((key_line, "'<<' (a merge key) copies fields from elsewhere; write this entry's fields out in full instead"))
                elif not isinstance(key, ScalarNode):
                    problems.append((key_line, "a field name must be a word followed by a colon, not a list or a group"))
                else:
                    stack.append((key, depth + 1, key_line))
                    stack.append((value, depth + 1, key_line))
    return sorted(set(problems))


def _tag_message(tag: str) -> str:
    name = shown_tag(tag)
    if tag == _CORE + "timestamp":
        return f"{name} is a YAML tag, which these files do not use: write a date without it, as 2021-04-30"
    return f"{name} is a YAML tag, which these files do not use: remove it, and write the value as text, a list or 'key: value' lines"


def syntax_message(problem: yaml.MarkedYAMLError, text: str) -> tuple[int, str]:
    """The line to point at and what to do, for YAML that cannot be read at all."""
    what, context = problem.problem or "", problem.context or ""
    mark = problem.problem_mark or problem.context_mark
    line = mark.line + 1 if mark else 0
    context_line = problem.context_mark.line + 1 if problem.context_mark else line
    lines = text.splitlines()
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    if what == "mapping values are not allowed here":
        column = mark.column if mark else 0
        if ": " in source[:column] or source[:column].rstrip().endswith(":"):
            return line, f"a colon followed by a space inside a value ends the value: put the whole value in quotes: {_quoted(source)}"
        return line, INDENTATION
    special = re.match(r"\s*(?:- )?[\w-]+:\s+([\[{*&!|>@`%])", source)
    if special and ("alias" in context or "anchor" in context or "tag" in context or what.startswith("expected <block end>")):
        start = special.group(1)
        return line, f"a value beginning with {start} is read as YAML syntax: put the whole value in quotes: {_quoted(source)}"
    if "cannot start any token" in what:
        if "'\\t'" in what:
            return line, "a tab is used here: indent with spaces, and separate a field from its value with a space"
        character = re.search(r"found character '(.)'", what)
        start = character.group(1) if character else "this character"
        return line, f"a value cannot begin with {start}: put the whole value in quotes: {_quoted(source)}"
    if "quoted scalar" in context and "end of stream" in what:
        return context_line, "the quotation mark opened on this line is never closed: add the closing quote at the end of the value"
    if what.startswith("expected <block end>") and "'<scalar>'" in what and re.search(r":\s*[\"'].*[\"']\s*\S", source):
        return line, f"there is text after the closing quotation mark: put the whole value in quotes: {_quoted(source)}"
    if what.startswith("expected <block end>") or what == "did not find expected key" or what.startswith("did not find expected '-'"):
        return line, INDENTATION
    if what == "could not find expected ':'":
        return context_line, (
            "this line has no colon after its field name: write each field as 'name: value'. "
            "If it continues the value above, put that value in quotes"
        )
    if what.startswith("found undefined alias") or what.startswith("found unknown"):
        return line, "a value beginning with * or ! is read as YAML syntax: put the whole value in quotes"
    if context.startswith("while parsing a flow"):
        return context_line, "a value beginning with [ or { is read as a list or a group and is not closed: put the whole value in quotes"
    hint = f" ({context})" if context else ""
    return line, f"YAML syntax error: {what or 'the file could not be read'}{hint}"


def _quoted(source: str) -> str:
    """The line as it should be written, its value in quotes (or an example, if it is not 'key: value')."""
    match = re.match(r"\s*(?:- )?([\w-]+):\s+(.*\S)", source)
    if not match or len(match.group(2)) > 100:
        return QUOTES_EXAMPLE
    key, value = match.groups()
    if '"' in value and "'" not in value:
        return f"{key}: '{value}'"
    return f'{key}: "{value.replace(chr(92), chr(92) * 2).replace(chr(34), chr(92) + chr(34))}"'
