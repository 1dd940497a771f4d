"""Turns catalogue records into HTML and Markdown through the Jinja templates in macros/render/templates/.

- `.html` templates are autoescaped: text from data can never become markup. What they make
  is put aside while Markdown is converted (html_stash), so it is never re-read as Markdown.
- `.md` templates write Markdown structure (headings, so they join the page's contents);
  every value in them passes through the page's stash, which escapes text and puts HTML aside.
"""

from __future__ import annotations

import contextvars
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from macros.render.html_stash import HtmlStash, MarkdownSource
from macros.render.page_sources import note_read
from macros.data.partial_dates import long_date
from macros.data.progress import is_late, is_overdue
from macros.render.template_cache import bytecode_cache

TEMPLATES = Path(__file__).parent / "templates"



# Material writes page titles and descriptions into HTML without escaping them, in text and
# in attributes, and escapes them itself in a few places (the footer's aria-labels). So only
# the characters that could make markup are replaced: an "&" stays, and is not escaped twice.
_MARKUP_CHARACTERS = str.maketrans({"<": "&lt;", ">": "&gt;", '"': "&quot;"})


def markup_free(text: str) -> str:
    """Text from data made safe for Material's unescaped page titles and descriptions."""
    return str(text).translate(_MARKUP_CHARACTERS)


class _NotingEnvironment(Environment):
    """Notes each record a template reads against the page being made (page_sources.py),
    so a page's "Last updated" follows exactly the records it shows."""

    def getattr(self, obj, attribute):
        note_read(obj)
        return super().getattr(obj, attribute)

    def getitem(self, obj, argument):
        note_read(obj)
        return super().getitem(obj, argument)


def svg_number(value: float) -> str:
    """A coordinate for SVG: a tenth of a unit is finer than any screen or printer shows."""
    text = f"{value:.1f}"
    return text.removesuffix(".0")


def _common(env: Environment) -> Environment:
    env.filters["phone_href"] = lambda number: "tel:" + "".join(ch for ch in str(number) if ch.isdigit())
    env.filters["sms_href"] = lambda number: "sms:" + "".join(ch for ch in str(number) if ch.isdigit())
    env.filters["long_date"] = long_date
    env.filters["n"] = svg_number
    env.globals["is_overdue"] = is_overdue
    env.globals["is_late"] = is_late
    env.globals["html"] = render
    return env


@cache
def html_environment() -> Environment:
    return _common(
        _NotingEnvironment(
            loader=FileSystemLoader(TEMPLATES),
            autoescape=select_autoescape(default=True, default_for_string=True),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
        )
    )


# The stash of the page whose Markdown template is being rendered.
_page_stash: contextvars.ContextVar[HtmlStash] = contextvars.ContextVar("page_stash")


@cache
def markdown_environment() -> Environment:
    return _common(
        _NotingEnvironment(
            loader=FileSystemLoader(TEMPLATES),
            autoescape=False,  # finalize escapes every value for Markdown, or puts its HTML aside
            finalize=lambda value: _page_stash.get().finalize(value),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
        )
    )


def keep_compiled_templates(project: Path) -> None:
    """Reuse compiled templates between builds (template_cache.py)."""
    for name, environment in (("html", html_environment()), ("markdown", markdown_environment())):
        if environment.bytecode_cache is None:
            environment.bytecode_cache = bytecode_cache(project, name)


def render(template: str, **context) -> Markup:
    """Render an .html template; the result is safe HTML."""
    return Markup(html_environment().get_template(template).render(**context).strip())


def render_markdown(template: str, stash: HtmlStash, **context) -> MarkdownSource:
    """Render an .md template for one page: Markdown whose values are all made safe."""
    token = _page_stash.set(stash)
    try:
        return MarkdownSource(markdown_environment().get_template(template).render(**context).strip())
    finally:
        _page_stash.reset(token)
