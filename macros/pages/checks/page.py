"""One Markdown page in docs/: its front matter and its macro calls, checked like data.

MkDocs reads front matter leniently: front matter that is not valid YAML is taken for
text, so the page is published with its `---` lines and its macro calls showing as typed.
Here it is an error with its line, as is a macro call on a page that does not render
macros, and any mistake in a call (macro_calls.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment
from pydantic import BaseModel

from macros.data.errors import DataError
from macros.data.front_matter import FRONT_MATTER, OPENING
from macros.data.loading import FileSpec, LoadedFile, load_entry
from macros.data.yaml_reading import parse_yaml, read_text
from macros.pages.macro_calls import check_calls
from macros.data.models import PageFrontMatter

PAGE_SPEC = FileSpec("docs", "page", PageFrontMatter)


@dataclass(frozen=True)
class PageSource:
    src_path: str  # inside docs/, as MkDocs names files
    shown_as: str  # docs/about.md
    front: dict | None  # None when there is none, or it could not be read
    body: str
    first_line: int  # the file's line the body starts on


def split_page(text: str, src_path: str, shown_as: str) -> tuple[PageSource, list[DataError]]:
    """The page's front matter and body, as MkDocs will split them; problems with the front matter."""
    match = FRONT_MATTER.match(text)
    if not match:
        if OPENING.match(text):
            message = "the front matter that starts with --- on this line has no closing --- line, so the page would show it as text"
            return PageSource(src_path, shown_as, None, text, 1), [DataError(shown_as, 1, "", "", message)]
        return PageSource(src_path, shown_as, None, text, 1), []
    # MkDocs drops the blank lines after front matter; the body's first line is counted as it does.
    rest = text[match.end():]
    body = rest.lstrip("\n")
    first_line = text.count("\n", 0, match.end()) + (len(rest) - len(body)) + 1
    front, errors = parse_yaml("\n" + match.group(1), shown_as)  # the newline keeps the file's line numbers
    if errors:
        return PageSource(src_path, shown_as, None, body, first_line), errors
    if not isinstance(front, dict):
        message = "the front matter between the --- lines must be 'key: value' lines, such as title: About the strategy"
        return PageSource(src_path, shown_as, None, body, first_line), [DataError(shown_as, 2, "", "", message)]
    return PageSource(src_path, shown_as, front, body, first_line), []


def check_page(
    page: PageSource,
    environment: Environment,
    macros: dict[str, Callable],
    model: type[BaseModel] | None = PageFrontMatter,
) -> list[DataError]:
    """Problems in a page whose front matter could be read (or that has none). `model` None
    is for an update, whose front matter is checked by updates.py."""
    errors: list[DataError] = []
    front = page.front or {}
    if page.front is not None:
        errors += _macro_syntax_in_front_matter(page, environment)
        if model is not None:
            loaded = LoadedFile(entries=[], raw_entries=[], ids_seen=set(), errors=[])
            load_entry(FileSpec(PAGE_SPEC.name, PAGE_SPEC.kind, model), page.front, "", page.shown_as, loaded)
            errors += [DataError(error.file, error.line, "front matter", error.field, error.message) for error in loaded.errors]
    if front.get("render_macros") is True:
        errors += [
            DataError(page.shown_as, problem.line + page.first_line - 1, f"macro {problem.macro}()" if problem.macro else "", "", problem.message)
            for problem in check_calls(page.body, page.src_path, environment, macros)
        ]
    elif any(error.field == "render_macros" for error in errors):
        pass  # one mistake, one message: that error already says what render_macros needs
    elif line := _first_macro_line(page.body, environment):
        if model is None:  # an update: Material's blog renders it, never the macros plugin
            message = "an update cannot call macros, so the call would show as typed: write the words or the facts themselves"
        elif page.front is None:
            message = (
                "this page calls a macro, but it has no front matter saying render_macros: true, so the call would "
                "show as typed: add three lines at the very top: ---, then render_macros: true, then ---"
            )
        else:
            message = (
                "this page calls a macro, but its front matter does not say render_macros: true, so the call would "
                "show as typed: add the line render_macros: true between the --- lines at the top"
            )
        errors.append(DataError(page.shown_as, line + page.first_line - 1, "", "", message))
    return errors


def read_page(path: Path, docs_dir: Path) -> tuple[PageSource | None, list[DataError]]:
    src_path = path.relative_to(docs_dir).as_posix()
    shown_as = f"{docs_dir.name}/{src_path}"
    text, errors = read_text(path, shown_as)
    if errors:
        return None, errors
    return split_page(text, src_path, shown_as)


def _first_macro_line(body: str, environment: Environment) -> int:
    starts = (environment.variable_start_string, environment.block_start_string)
    positions = [position for start in starts if (position := body.find(start)) >= 0]
    return body.count("\n", 0, min(positions)) + 1 if positions else 0


def _macro_syntax_in_front_matter(page: PageSource, environment: Environment) -> list[DataError]:
    """Front matter is never rendered: a macro call there would be published as typed."""
    starts = (environment.variable_start_string, environment.block_start_string)
    errors = []
    for key, value in page.front.items():
        if any(start in text for text in _texts_in(value) for start in starts):
            line = page.front.key_lines.get(key, 0) if hasattr(page.front, "key_lines") else 0
            message = f"macro calls work only in the page's text, not in its front matter, where {starts[0]} would be shown as typed"
            errors.append(DataError(page.shown_as, line, "front matter", str(key), message))
    return errors


def _texts_in(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _texts_in(item)]
    if isinstance(value, list):
        return [text for item in value for text in _texts_in(item)]
    return []
