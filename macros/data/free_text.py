"""The rules for text officers write, in one place.

Every text field in data/ and in front matter takes plain words: the site escapes them, so a
<b> or a [link](address) would be shown to residents exactly as typed. None takes Markdown;
a page's body is where Markdown goes. And a field written with nothing after its colon is a
mistake, not a way to leave it out: an empty change note would quietly make a change minor.
"""

from __future__ import annotations

import re

# What would be markup if it were not escaped: HTML tags and entities, and Markdown's links,
# images, emphasis, code and headings. Each is matched whole, so "5 * 3" or "A & B" pass.
_MARKUP = re.compile(
    r"</?[A-Za-z][^<>]*>|<!--"  # an HTML tag or comment
    r"|&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);"  # an HTML entity such as &amp;
    r"|!?\[[^\]\n]*\]\([^)\n]*\)"  # a Markdown link or image
    r"|\*\*[^*\n]+\*\*|__[^_\n]+__"  # bold
    r"|(?<![\w*])\*[^*\s][^*\n]*\*(?![\w*])|(?<![\w_])_[^_\s][^_\n]*_(?![\w_])"  # emphasis
    r"|`[^`\n]+`"  # code
    r"|^\s{0,3}#{1,6}\s",  # a heading
    re.MULTILINE,
)
SHOWN = 40  # characters of the markup quoted in the message


def markup_in(text: str) -> str | None:
    """The first piece of markup in `text`, or None."""
    found = _MARKUP.search(text)
    if found is None:
        return None
    piece = found.group().strip()
    return piece if len(piece) <= SHOWN else piece[:SHOWN] + "..."


def plain_words(text: str) -> str:
    """Pydantic's check for every text field: refuse markup, saying what to write instead."""
    piece = markup_in(text)
    if piece is not None:
        raise ValueError(f"plain words, without HTML or Markdown ({piece} would be shown to residents as typed)")
    return text


def empty_keys(item: dict, optional: set[str]) -> list[str]:
    """Keys of an optional field written with nothing after the colon. (A required one is the
    model's own error: "expected ..., found nothing".)"""
    return [key for key, value in item.items() if key in optional and value is None]


def empty_message(key: str) -> str:
    if key == "change_note":
        return "the change note is empty: write one sentence for residents saying what changed, or remove the line for a minor change"
    return "nothing is written after the colon: write a value, or remove the line to leave it out"
