"""Hostile values in every text field of every record and every page's front matter, at once.

The fields are found by walking the pydantic models, so a field added to a model is covered
without a new test. A field is free text when its model accepts plain words in it; it then
gets as many of the payloads as its model accepts (its length limit, or the plain-text
title of an update, may refuse some). Any other field (ids, dates, web addresses, phone
numbers, statuses, numbers) must refuse every payload but the web address.

`live_in_html` finds what a payload would be if it had become markup: an element or an
attribute it created, a `javascript:` or `data:` link, or a template it ran.
"""

from __future__ import annotations

import copy
import datetime
import json
import re
import types
import typing
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import yaml
from pydantic import BaseModel, ValidationError

from macros.data.registry import FILES
from macros.data.yaml_reading import parse_yaml
from macros.data.models import PageFrontMatter, Update, Withdrawn
from macros.data.front_matter import FRONT_MATTER
from macros.data.updates import POSTS_DIR

URL_PAYLOAD = 'https://example.org/xss?"><b xsstag>'
PAYLOADS = (
    "<script>xss_script()</script>",
    "<img src=x onerror=xss_img()>",
    '" onfocus="xss_attr()" autofocus x="',
    "' onfocus='xss_attr()' x='",
    '<a href="javascript:xss_a()" xsstag>xss-html-link</a>',
    '<a href="data:text/html,xss" xsstag>xss-data-link</a>',
    "<iframe src=xss></iframe><style>.xss{}</style>",
    "[xss-md-link](javascript:xss_md())",
    "[xss-md-data](data:text/html;base64,eHNz)",
    "![xss-md-image](javascript:xss_image())",
    "<javascript:xss_auto()>",
    "**xss-strong** _xss-em_ `xss-code`",
    "{{ 7*191913 }}",
    '{% for x in "ab" %}xss-{{ x }}{% endfor %}',
    "{{< 7*191919 >}}",
    '{%< for x in "ab" >%}xss={{< x >}}{%< endfor >%}',
    "{{< config.site_name >}}",
    URL_PAYLOAD,
)
# What the template payloads would become if a template ran them.
EVALUATED = ("1343391", "xss-a", "1343433", "xss=a")
PLAIN_WORDS = "Plain words"
MACRO_DELIMITERS = ("{{<", "{%<")  # front matter that holds them is refused (page_checks.py)


@dataclass
class Placement:
    """What was put where: for the test's figures and its coverage check."""

    fields: int = 0  # text fields filled
    payloads: int = 0  # payloads placed, summed over fields
    markers: dict[str, str] = field(default_factory=dict)  # marker -> "Model.field in file"
    fields_with: Counter = field(default_factory=Counter)  # payload -> how many fields hold it
    refused: list[str] = field(default_factory=list)  # constrained fields, each checked against every payload
    accepted_by_constrained: list[str] = field(default_factory=list)


# --- filling records from their models ---------------------------------------------------


def _unwrap(annotation) -> tuple[object, bool]:
    """The type inside Optional and Annotated, and whether the field is a list of it."""
    is_list = False
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            options = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
            annotation = options[0]
        elif origin is list:
            is_list, annotation = True, typing.get_args(annotation)[0]
        else:
            return annotation, is_list


def _accepts(model: type[BaseModel], record: dict, before: set[tuple], name: str, value, front_matter: bool) -> bool:
    """`before`: the record's errors without the value (_errors), found once for all the values tried."""
    if front_matter and any(mark in text for text in (value if isinstance(value, list) else [value]) for mark in MACRO_DELIMITERS):
        return False
    trial = copy.deepcopy(record)
    trial[name] = value
    # Refused if the value brings an error anywhere: a field can need another beside it
    # (a sector's role needs its source), and the error is then the other field's.
    return not (_errors(model, trial) - before)


def _errors(model: type[BaseModel], record: dict) -> set[tuple]:
    try:
        model.model_validate(record)
    except ValidationError as invalid:
        return {(error["loc"], error["type"]) for error in invalid.errors()}
    return set()


def fill(model: type[BaseModel], record: dict, where: str, placement: Placement, front_matter: bool = False) -> None:
    """Put payloads into every text field of `record` (and of the records nested in it)."""
    for name, info in model.model_fields.items():
        inner, is_list = _unwrap(info.annotation)
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            value = record.get(name)
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, dict):
                    fill(inner, item, where, placement, front_matter)
            continue
        label = f"{model.__name__}.{name} in {where}"

        def wrap(text):
            return [text] if is_list else text

        before = _errors(model, record)
        if not _accepts(model, record, before, name, wrap(PLAIN_WORDS), front_matter):
            accepted = [payload for payload in PAYLOADS if _accepts(model, record, before, name, wrap(payload), front_matter)]
            placement.refused.append(label)
            placement.accepted_by_constrained += [f"{label}: {payload}" for payload in accepted]
            if accepted:
                record[name] = wrap(accepted[0])
            continue
        marker = f"fld{len(placement.markers):03d}z"
        placement.markers[marker] = label
        start = len(placement.markers) % len(PAYLOADS)  # short fields start at different payloads
        rotated = PAYLOADS[start:] + PAYLOADS[:start]
        value, placed = marker, 0
        for payload in rotated:
            if _accepts(model, record, before, name, wrap(f"{value} {payload}"), front_matter):
                value, placed = f"{value} {payload}", placed + 1
                placement.fields_with[payload] += 1
        record[name] = wrap(value)
        placement.fields += 1
        placement.payloads += placed


def _plain(value):
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def _dated(front: dict) -> dict:
    """Front matter dates written back unquoted, as Material's blog reads them."""
    return {key: datetime.date.fromisoformat(value) if key == "date" else value for key, value in front.items()}


def _dump(record: dict) -> str:
    return yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=10_000)


def make_hostile(project: Path) -> Placement:
    """Fill every data record and every page's front matter of a copy of the project."""
    placement = Placement()
    for spec in FILES:
        paths = sorted((project / "data" / spec.name).glob("*.yml")) if spec.is_list else [project / "data" / spec.name]
        for path in paths:
            document, errors = parse_yaml(path.read_text(encoding="utf-8"), str(path))
            assert not errors, errors
            record = _plain(document)
            model = Withdrawn if record.get("withdrawn") is True else spec.model  # its change note reaches What's changed
            fill(model, record, path.relative_to(project).as_posix(), placement)
            model.model_validate(record)
            path.write_text(_dump(record), encoding="utf-8")
    docs = project / "docs"
    for path in sorted(docs.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        match = FRONT_MATTER.match(text)
        front = _plain(parse_yaml("\n" + match.group(1), str(path))[0]) if match else {}
        body = text[match.end():] if match else text
        model = Update if path.relative_to(docs).as_posix().startswith(POSTS_DIR + "/") else PageFrontMatter
        fill(model, front, path.relative_to(project).as_posix(), placement, front_matter=True)
        model.model_validate(front)
        path.write_text(f"---\n{_dump(_dated(front))}---\n\n{body.lstrip()}", encoding="utf-8")
    return placement


# --- finding a live payload in what was built -----------------------------------------------

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "poster", "srcset", "data", "xlink:href", "background", "cite"}
DANGEROUS_ELEMENTS = {"script", "style", "iframe", "object", "embed", "base", "form", "svg", "math", "template"}
MARKUP_ELEMENTS = {"a", "strong", "em", "b", "i", "code", "img"}


class _LiveFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.startswith("on") or "xss" in name:
                self.found.append(f"<{tag} {name}=...>: an attribute made by a payload")
            scheme = re.sub(r"[\s\x00-\x1f]", "", value or "").lower()
            if name in URL_ATTRIBUTES and scheme.startswith(("javascript:", "data:", "vbscript:")):
                self.found.append(f'<{tag} {name}="{value[:40]}">: a {scheme.split(":")[0]}: link')
            if tag == "img" and name == "alt" and (value or "").startswith("xss"):
                self.found.append(f'<img alt="{value}">: an image made by Markdown')
        if tag in DANGEROUS_ELEMENTS and any("xss" in (value or "") for _, value in attrs):
            self.found.append(f"<{tag}>: an element made by a payload")
        self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.open.pop()

    def handle_endtag(self, tag):
        if tag in self.open:
            while self.open and self.open.pop() != tag:
                pass

    def handle_data(self, data):
        current = self.open[-1] if self.open else ""
        if current in DANGEROUS_ELEMENTS and "xss" in data:
            self.found.append(f"<{current}>{data[:40]}: an element made by a payload")
        if current in MARKUP_ELEMENTS and data.startswith("xss"):
            self.found.append(f"<{current}>{data[:40]}</{current}>: markup made by Markdown from a value")
        for evaluated in EVALUATED:
            if evaluated in data:
                self.found.append(f"{evaluated!r} in the text: a template payload was run")


def live_in_html(html: str) -> list[str]:
    finder = _LiveFinder()
    finder.feed(html)
    finder.close()
    return finder.found


def live_in_search_index(text: str) -> list[str]:
    """Material's search shows each result's title and text as HTML."""
    return [problem for doc in json.loads(text)["docs"] for part in (doc["title"], doc["text"]) for problem in live_in_html(part)]
