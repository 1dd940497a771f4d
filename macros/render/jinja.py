"""Turns catalogue records into HTML and Markdown through the Jinja templates in render/templates/.

- `.html` templates are autoescaped: text from data can never become markup. What they make
  is put aside while Markdown is converted (html_stash), so it is never re-read as Markdown.
- `.md` templates write Markdown structure (headings, so they join the page's contents);
  every value in them passes through the page's stash, which escapes text and puts HTML aside.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from macros.data.numbers import counted
from macros.data.partial_dates import long_date
from macros.data.progress import is_late, is_overdue
from macros.render.html_stash import HtmlStash, MarkdownSource
from macros.render.page_sources import PageSources
from macros.render.status_shapes import shape_of
from macros.render.template_cache import bytecode_cache

TEMPLATES = Path(__file__).parent / "templates"

# Material writes page titles and descriptions into HTML without escaping them, in text and
# in attributes, and escapes them itself in a few places (the footer's aria-labels). So only
# the characters that could make markup are replaced: an "&" stays, and is not escaped twice.
_MARKUP_CHARACTERS = str.maketrans({"<": "&lt;", ">": "&gt;", '"': "&quot;"})


def markup_free(text: str) -> str:
    """Text from data made safe for Material's unescaped page titles and descriptions."""
    return str(text).translate(_MARKUP_CHARACTERS)


def svg_number(value: float) -> str:
    """A coordinate for SVG: a tenth of a unit is finer than any screen or printer shows."""
    text = f"{value:.1f}"
    return text.removesuffix(".0")


class _NotingEnvironment(Environment):
    """Notes each record a template reads against the page being made (page_sources.py),
    so a page's "Last updated" follows exactly the records it shows."""

    sources: PageSources | None = None

    def getattr(self, obj, attribute):
        if self.sources is not None:
            self.sources.note_read(obj)
        return super().getattr(obj, attribute)

    def getitem(self, obj, argument):
        if self.sources is not None:
            self.sources.note_read(obj)
        return super().getitem(obj, argument)


class Renderer:
    """This site's templates for one build: what they read is noted in `sources` (when given),
    and their compiled code is kept between builds in the project's .cache/ (template_cache.py)."""

    def __init__(self, sources: PageSources | None = None, project: Path | None = None) -> None:
        self._stash: HtmlStash | None = None  # the stash of the page whose Markdown template is being rendered
        self._html = self._environment(sources, project, "html", autoescape=select_autoescape(default=True, default_for_string=True))
        # No autoescape for Markdown: finalize escapes every value for Markdown, or puts its HTML aside.
        self._markdown = self._environment(sources, project, "markdown", autoescape=False, finalize=lambda value: self._stash.finalize(value))

    def _environment(self, sources: PageSources | None, project: Path | None, name: str, **options) -> Environment:
        environment = _NotingEnvironment(
            loader=FileSystemLoader(TEMPLATES),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
            bytecode_cache=bytecode_cache(project, name) if project else None,
            **options,
        )
        environment.sources = sources
        environment.filters["phone_href"] = lambda number: "tel:" + "".join(ch for ch in str(number) if ch.isdigit())
        environment.filters["sms_href"] = lambda number: "sms:" + "".join(ch for ch in str(number) if ch.isdigit())
        environment.filters["long_date"] = long_date
        environment.filters["n"] = svg_number
        # Every count a template prints: {{ total | counted("commitment") }} (data/numbers.py).
        environment.filters["counted"] = counted
        environment.globals["is_overdue"] = is_overdue
        environment.globals["is_late"] = is_late
        environment.globals["shape_of"] = shape_of
        environment.globals["html"] = self.html
        return environment

    def html(self, template: str, **context) -> Markup:
        """Render an .html template; the result is safe HTML."""
        return Markup(self._html.get_template(template).render(**context).strip())

    def markdown(self, template: str, stash: HtmlStash, **context) -> MarkdownSource:
        """Render an .md template for one page: Markdown whose values are all made safe."""
        outer, self._stash = self._stash, stash
        try:
            return MarkdownSource(self._markdown.get_template(template).render(**context).strip())
        finally:
            self._stash = outer
