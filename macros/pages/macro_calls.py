"""Every macro call `{{< ... >}}` in a page, checked before the page is rendered.

The macros plugin would find a mistake only while rendering, and then print a Jinja
traceback with a line counted from below the front matter. Instead each page's source is
parsed with the plugin's own Jinja settings, and every call is compared with the macros
this site registers: their names, the arguments their signatures accept and the values
their annotations allow (a Literal lists them). `validate-data` and the build run the same
check, so the build never finds a mistake that `validate-data` passed.

Lines here are lines of the source given; page_checks.py adds the front matter's.
"""

from __future__ import annotations

import difflib
import inspect
import json
import logging
import re
import traceback
import typing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, StrictUndefined, TemplateSyntaxError, meta, nodes
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page
from mkdocs.utils.yaml import get_yaml_loader, yaml_load
from pydantic import TypeAdapter, ValidationError

from macros.data.errors import DataErrors
from macros.data.numbers import counted

log = logging.getLogger("mkdocs.plugins.strategy")

# What a page may name besides the macros: the plugin's `config` (mkdocs.yml) and `page`.
PAGE_VARIABLES = ("config", "page")
ATTRIBUTES = {
    "config": frozenset(name for name, _ in MkDocsConfig._schema),
    "page": frozenset(
        {name for cls in Page.__mro__ for name in getattr(cls, "__annotations__", {})}
        | {name for name in dir(Page) if not name.startswith("_")}
    ),
}


@dataclass(frozen=True, order=True)
class CallProblem:
    line: int  # in the source checked
    macro: str  # the macro's name, or "" when the problem is not one macro's
    message: str


def jinja_settings(macros_plugin_config: dict) -> dict:
    """The Jinja delimiters the macros plugin is configured with (its j2_* options)."""
    return {key.split("_", 1)[1]: value for key, value in macros_plugin_config.items() if key.startswith("j2_") and value}


class CheckingEnvironment(Environment):
    """Parses pages with the macros plugin's settings; never renders them."""

    mkdocs_config: dict  # mkdocs.yml as written, so that config.extra.x can be checked too


def checking_environment(mkdocs_yml: Path) -> CheckingEnvironment:
    """The Jinja settings of the macros plugin in this mkdocs.yml, for checking pages."""
    # MkDocs' own loader, so its tags (!ENV, and !relative for the glossary's folder) are read
    # as MkDocs reads them; only the macros plugin's settings are used here.
    loader = get_yaml_loader(config=MkDocsConfig(config_file_path=str(mkdocs_yml)))
    with mkdocs_yml.open(encoding="utf-8") as file:
        config = yaml_load(file, loader) or {}
    settings = next(
        (plugin["macros"] or {} for plugin in config.get("plugins") or [] if isinstance(plugin, dict) and "macros" in plugin), {}
    )
    environment = CheckingEnvironment(undefined=StrictUndefined, **jinja_settings(settings))
    environment.mkdocs_config = config
    return environment


def only_on(where: str, accepts: Callable[[str], bool]):
    """Mark a macro that works only on some pages (`where` says which, for the message);
    `accepts` is given the page's path inside docs/."""

    def mark(function):
        function.only_on = (where, accepts)
        return function

    return mark


def check_calls(source: str, src_path: str, environment: Environment, macros: dict[str, Callable]) -> list[CallProblem]:
    """Every mistake in the macro calls of one page's source, in the order of their lines."""
    problems = _unclosed(source, environment)
    for problem in problems:  # blanked out, so that the rest of the page is checked in the same run
        source = _blank_opening(source, problem.line, environment)
    problems += _plain_braces(source, macros)
    try:
        tree = environment.parse(source)
        environment.compile(tree)  # unknown filters are found when compiling
    except TemplateSyntaxError as error:
        start, end = environment.variable_start_string, environment.variable_end_string
        message = (
            f"this macro call cannot be read: check that its brackets and quotes are closed (Jinja says: {error.message.rstrip('.')}). "
            f"A macro call is written {start} name() {end}, with any text in its brackets in quotes: {start} accessibility_fact(\"run_by\") {end}"
        )
        return sorted(problems + [CallProblem(error.lineno or 1, "", message)])
    undeclared = meta.find_undeclared_variables(tree)
    called = {id(call.node) for call in tree.find_all(nodes.Call)}
    for name in tree.find_all(nodes.Name):
        if name.ctx != "load" or name.name not in undeclared:
            continue  # set or looped over in the page itself
        if name.name in macros:
            if id(name) not in called:
                message = f"{name.name} is a macro: write it with brackets, {name.name}(), or the page would show the words of a Python function"
                problems.append(CallProblem(name.lineno, name.name, message))
        elif name.name not in PAGE_VARIABLES:
            problems.append(_unknown_name(name, id(name) in called, macros))
    for call in tree.find_all(nodes.Call):
        if isinstance(call.node, nodes.Name) and call.node.name in macros and call.node.name in undeclared:
            problems += _check_call(call, call.node.name, macros[call.node.name], src_path)
    for attribute in tree.find_all(nodes.Getattr):
        problems += _check_attribute(attribute, undeclared, getattr(environment, "mkdocs_config", {}))
    return sorted(set(problems))


def usage(name: str, function: Callable) -> str:
    """How to call a macro, for messages: accessibility_fact(name), where name is one of "run_by", ..."""
    signature, hints = _signature(function)
    if not signature.parameters:
        return f"{name}(), with nothing in the brackets"
    shown, explained = [], []
    for parameter in signature.parameters.values():
        if parameter.default is inspect.Parameter.empty:
            shown.append(parameter.name)
        else:
            shown.append(f"{parameter.name}={json.dumps(parameter.default)}")
        if parameter.name in hints:
            explained.append(f"{parameter.name} is {_describe(hints[parameter.name])}")
    where = f", where {' and '.join(explained)}" if explained else ""
    return f"{name}({', '.join(shown)}){where}"


def _signature(function: Callable) -> tuple[inspect.Signature, dict]:
    signature = inspect.signature(function)
    try:
        hints = typing.get_type_hints(inspect.unwrap(function), include_extras=True)
    except Exception:  # an annotation that cannot be resolved only loses the type check
        hints = {}
    hints = {name: hint for name, hint in hints.items() if name in signature.parameters}
    return signature, hints


def _describe(hint) -> str:
    if typing.get_origin(hint) is typing.Annotated:
        base, *constraints = typing.get_args(hint)
        return _describe(base) + "".join(_describe_range(constraint) for constraint in constraints)
    if typing.get_origin(hint) is typing.Literal:
        values = [json.dumps(value) for value in typing.get_args(hint)]
        return "one of " + (", ".join(values[:-1]) + " or " + values[-1] if len(values) > 1 else values[0])
    return {int: "a whole number", str: "text in quotes", bool: "true or false", float: "a number"}.get(hint, getattr(hint, "__name__", str(hint)))


def _describe_range(constraint) -> str:
    # pydantic keeps Field(ge=, le=) as annotated_types' Ge and Le, one object per bound
    metadata = getattr(constraint, "metadata", [constraint])
    low = next((item.ge for item in metadata if getattr(item, "ge", None) is not None), None)
    high = next((item.le for item in metadata if getattr(item, "le", None) is not None), None)
    if low is not None and high is not None:
        return f" from {low} to {high}"
    return f" of {low} or more" if low is not None else ""


def _check_call(call: nodes.Call, name: str, function: Callable, src_path: str) -> list[CallProblem]:
    def problem(text: str, explain: bool = True) -> CallProblem:
        shown = usage(name, function) if explain else usage(name, function).split(", where")[0]
        return CallProblem(call.lineno, name, f"{text}. Write it as {shown}")

    where, accepts = getattr(function, "only_on", (None, None))
    if accepts is not None and not accepts(src_path):
        return [CallProblem(call.lineno, name, f"{name}() works only on {where}")]
    if call.dyn_args or call.dyn_kwargs:
        return []
    signature, hints = _signature(function)
    positional = [
        parameter
        for parameter in signature.parameters.values()
        if parameter.kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    ]
    problems, given = [], {}
    if len(call.args) > len(positional):
        count = len(positional)
        takes = "takes nothing in its brackets" if not count else f"takes {counted(count, 'value')}, not {len(call.args)}"
        problems.append(problem(f"{name}() {takes}"))
    for parameter, argument in zip(positional, call.args):
        given[parameter.name] = argument
    for keyword in call.kwargs:
        if keyword.key not in signature.parameters:
            close = difflib.get_close_matches(keyword.key, list(signature.parameters), n=1)
            hint = f' (did you mean "{close[0]}"?)' if close else ""
            problems.append(problem(f'{name}() has no argument called "{keyword.key}"{hint}'))
        elif keyword.key in given:
            problems.append(problem(f'{name}() is given "{keyword.key}" twice'))
        else:
            given[keyword.key] = keyword.value
    for parameter in signature.parameters.values():
        if parameter.default is inspect.Parameter.empty and parameter.name not in given:
            problems.append(problem(f"{name}() needs a value for {parameter.name}"))
    for parameter_name, argument in given.items():
        if isinstance(argument, nodes.Const) and parameter_name in hints:
            try:
                TypeAdapter(hints[parameter_name]).validate_python(argument.value, strict=True)
            except ValidationError:
                shown = json.dumps(argument.value) if isinstance(argument.value, (str, int, float, bool)) else repr(argument.value)
                must = _describe(hints[parameter_name])
                problems.append(problem(f"{name}() cannot use {shown} for {parameter_name}: it must be {must}", explain=False))
    return problems


def _unknown_name(name: nodes.Name, is_called: bool, macros: dict[str, Callable]) -> CallProblem:
    close = difflib.get_close_matches(name.name, list(macros) + list(PAGE_VARIABLES), n=3)
    suggestions = " or ".join(f"{match}()" if match in macros else match for match in close)
    hint = f"; did you mean {suggestions}?" if close else "; copy the call from a page that shows the same fact"
    if is_called:
        return CallProblem(name.lineno, "", f'there is no macro called "{name.name}"{hint}')
    return CallProblem(name.lineno, "", f'there is no macro or value called "{name.name}"{hint}')


def _check_attribute(attribute: nodes.Getattr, undeclared: set[str], config: dict) -> list[CallProblem]:
    """`config.site_nam`, `page.titel`, `config.extra.missing`: each name along the way must exist."""
    path, owner = [attribute.attr], attribute.node
    while isinstance(owner, nodes.Getattr):
        path.insert(0, owner.attr)
        owner = owner.node
    if not (isinstance(owner, nodes.Name) and owner.name in ATTRIBUTES and owner.name in undeclared):
        return []
    known: object = ATTRIBUTES[owner.name]
    value: object = config if owner.name == "config" else None
    for depth, name in enumerate(path):
        if not isinstance(known, (set, frozenset, dict)):
            return []  # beyond what mkdocs.yml spells out: left to the build
        if name not in known:
            written = ".".join([owner.name, *path[:depth]])
            close = difflib.get_close_matches(name, [str(key) for key in known], n=1)
            hint = f'; did you mean "{written}.{close[0]}"?' if close else ""
            where = "in mkdocs.yml" if owner.name == "config" else "of a page"
            return [CallProblem(attribute.lineno, "", f'"{written}.{name}" is not a setting {where}{hint}')]
        value = value.get(name) if isinstance(value, dict) else None
        known = value if isinstance(value, dict) else None
    return []


def _unclosed(source: str, environment: Environment) -> list[CallProblem]:
    """A `{{<` never closed by `>}}` (or `{%<` by `>%}`), found at its own line."""
    pairs = {
        environment.variable_start_string: environment.variable_end_string,
        environment.block_start_string: environment.block_end_string,
        environment.comment_start_string: environment.comment_end_string,
    }
    delimiters = re.compile("|".join(re.escape(text) for text in sorted({*pairs, *pairs.values()}, key=len, reverse=True)))
    problems, opened = [], None
    for match in delimiters.finditer(source):
        text = match.group()
        if text in pairs:
            if opened is not None:
                problems.append(_not_closed(source, *opened))
            opened = (match.start(), text, pairs[text])
        elif opened is not None and text == opened[2]:
            opened = None
    if opened is not None:
        problems.append(_not_closed(source, *opened))
    return problems


def _blank_opening(source: str, line: int, environment: Environment) -> str:
    """The source with the last opening delimiter on `line` replaced by spaces (lines kept)."""
    lines = source.split("\n")
    text = lines[line - 1]
    starts = (environment.variable_start_string, environment.block_start_string, environment.comment_start_string)
    position = max(text.rfind(start) for start in starts)
    if position >= 0:
        length = next(len(start) for start in starts if text.startswith(start, position))
        lines[line - 1] = text[:position] + " " * length + text[position + length:]
    return "\n".join(lines)


def _not_closed(source: str, position: int, start: str, end: str) -> CallProblem:
    line = source.count("\n", 0, position) + 1
    message = f"{start} here is not closed with {end} before the next one or the end of the page; close it, as in {start} theme_cards() {end}"
    return CallProblem(line, "", message)


def _plain_braces(source: str, macros: dict[str, Callable]) -> list[CallProblem]:
    """`{{ theme_cards() }}` is not a call on this site (the delimiters are `{{<` and `>}}`):
    the page would show it as typed. Other text in `{{ }}` is left alone, as prose may hold it."""
    problems = []
    for match in re.finditer(r"\{\{(?!<)\s*([A-Za-z_]\w*)\s*\(", source):
        if match.group(1) in macros:
            line = source.count("\n", 0, match.start()) + 1
            name = match.group(1)
            message = f"macro calls are written {{{{< {name}() >}}}}, with < and >; as written, the page would show the call as typed"
            problems.append(CallProblem(line, name, message))
    return problems


# --- rendering ---------------------------------------------------------------------------


def render_page(environment: Environment, source: str, variables: dict, shown_as: str, first_line: int) -> str:
    """Render a page's macros; any error becomes one PluginError naming the page's real line.

    Raised here, outside the plugin's own try, MkDocs prints the message and stops, instead
    of the plugin printing a Jinja traceback and exiting.
    """
    try:
        return environment.from_string(source).render(**variables)
    except Exception as error:
        line = _template_line(error)
        where = f"{shown_as}, line {line + first_line - 1}" if line else shown_as
        names = _macros_on_line(environment, source, line)
        called = f"{' and '.join(name + '()' for name in names)}: " if names else ""
        if isinstance(error, DataErrors):
            raise PluginError(f"{where}: {called}\n{error.report()}") from None
        if isinstance(error, PluginError):
            raise PluginError(f"{where}: {called}{error}") from None
        log.debug("".join(traceback.format_exception(error)))
        raise PluginError(
            f"{where}: {called}the macro stopped with an error this site's code did not expect ({type(error).__name__}: {error}). "
            "The page is not at fault: ask the web team (mkdocs build --verbose shows the details)"
        ) from None


def _template_line(error: Exception) -> int:
    """The line of the page's template where the error happened (Jinja names its frames <template>)."""
    lines = [frame.lineno for frame in traceback.extract_tb(error.__traceback__) if frame.filename == "<template>"]
    return getattr(error, "lineno", None) or (lines[-1] if lines else 0)


def _macros_on_line(environment: Environment, source: str, line: int) -> list[str]:
    try:
        tree = environment.parse(source)
    except TemplateSyntaxError:
        return []
    return sorted({call.node.name for call in tree.find_all(nodes.Call) if call.lineno == line and isinstance(call.node, nodes.Name)})
