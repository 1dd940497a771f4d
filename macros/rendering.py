"""Turns catalogue records into HTML through the Jinja templates in macros/templates/.

Autoescaping is on for every template: text from data can never become markup, and
because the output is not rendered again, a `{{` in data stays as written.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from .partial_dates import long_date

from .progress import is_overdue

TEMPLATES = Path(__file__).parent / "templates"



# Material writes page titles and descriptions into HTML without escaping them, in text and
# in attributes, and escapes them itself in a few places (the footer's aria-labels). So only
# the characters that could make markup are replaced: an "&" stays, and is not escaped twice.
_MARKUP_CHARACTERS = str.maketrans({"<": "&lt;", ">": "&gt;", '"': "&quot;"})


def markup_free(text: str) -> str:
    """Text from data made safe for Material's unescaped page titles and descriptions."""
    return str(text).translate(_MARKUP_CHARACTERS)


# Characters that Markdown reads as syntax, for data placed in a Markdown heading.
_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()#+\-.!|~])")


def markdown_text(text: str) -> str:
    """Data text that Markdown shows as written: no links, emphasis or code from its punctuation."""
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", str(text))


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters["markdown_text"] = markdown_text
    env.filters["phone_href"] = lambda number: "tel:" + "".join(ch for ch in str(number) if ch.isdigit())
    env.filters["long_date"] = long_date
    env.globals["is_overdue"] = is_overdue
    return env


def render(template: str, **context) -> Markup:
    """Render one template; the result is safe HTML (or Markdown with HTML blocks)."""
    return Markup(environment().get_template(template).render(**context).strip())
