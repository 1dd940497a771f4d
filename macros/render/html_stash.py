"""Keeps the HTML that macros make out of Python-Markdown's way.

Markdown runs after the macros, so anything a macro writes would be read as Markdown: a
`[x](javascript:...)` in a data value would become a link, and Python-Markdown would
re-parse every list and table the templates made. Instead, each piece of HTML is put
aside here and a placeholder goes into the Markdown; after conversion the HTML is put
back exactly as the template wrote it. Plain text (a date, a name mid-sentence) is not
put aside: it is escaped so that Markdown shows it as written, which also lets it sit in a
heading.

Every value a macro call `{{< ... >}}` or a Markdown template `{{ ... }}` produces passes
through `finalize`: the one place where values meet Markdown.
"""

from __future__ import annotations

import re
import secrets

from markupsafe import Markup, escape

# Characters Python-Markdown reads as syntax anywhere in a line, escaped with a backslash
# (only characters in its ESCAPED_CHARS, plus "|" from the tables extension: any other would
# leave the backslash showing). "<", ">" and "&" are made entities by escape() first.
_ANYWHERE = re.compile(r"([\\`*_{}\[\]()|])")
# What starts a heading or a list, which it does only at the start of a line ("# ", "- ", "1. ").
_HEADING_OR_BULLET = re.compile(r"^([#+\-])")
_NUMBERED = re.compile(r"^(\d+)\.")


class MarkdownSource(str):
    """Markdown written by this project's templates, with every value in it already made
    safe by `finalize`: passed to Python-Markdown as it is."""


def markdown_text(value) -> str:
    """Text that Markdown shows as written, on one line: no link, emphasis, heading or list
    can come from its punctuation, and no markup from its angle brackets."""
    one_line = " ".join(str(value).split())
    text = _ANYWHERE.sub(r"\\\1", str(escape(one_line)).replace("&#34;", '"').replace("&#39;", "'"))
    return _NUMBERED.sub(r"\1\\.", _HEADING_OR_BULLET.sub(r"\\\1", text))


class HtmlStash:
    """The HTML put aside while one page's Markdown is converted."""

    def __init__(self) -> None:
        # Letters and digits only, so Markdown passes the placeholder through untouched;
        # the random part means an officer's text can never match one by chance.
        self._prefix = f"htmlstash{secrets.token_hex(6)}n"
        self._parts: list[str] = []
        self._placeholder = re.compile(rf"(<p>)?{self._prefix}(\d+)x(</p>)?")

    def put(self, html: str) -> str:
        self._parts.append(str(html))
        return f"{self._prefix}{len(self._parts) - 1}x"

    def finalize(self, value) -> str:
        """What a template expression becomes in Markdown."""
        if isinstance(value, MarkdownSource):
            return value
        if isinstance(value, Markup):
            return self.put(value)
        return markdown_text("" if value is None else value)

    def restore(self, html: str) -> str:
        """Put the HTML back. A placeholder alone in a paragraph was a block: the paragraph
        around it goes, so a list or table is not wrapped in <p>."""
        if not self._parts:
            return html

        def back(match: re.Match) -> str:
            part = self._parts[int(match.group(2))]
            if match.group(1) and match.group(3):
                return part
            return (match.group(1) or "") + part + (match.group(3) or "")

        return self._placeholder.sub(back, html)


ID_ATTRIBUTE = re.compile(r"""\sid=["']([^"']+)["']""")


def ids_in(html: str) -> set[str]:
    """Every id in `html`: what a link's #anchor may name."""
    return set(ID_ATTRIBUTE.findall(html))
