"""A copy of the site with the mistakes the quality checks exist to catch.

One build holds every defect, so each checker is shown to fail on a real page at the
cost of a single extra build. Each constant names what its checker must report.
"""

from __future__ import annotations

import base64
from pathlib import Path

from tests.sitebuild import copy_project

# The page the content defects go on, as built (path inside the site folder).
DEFECT_PAGE = "about/index.html"
IMAGE = "untitled.png"
EXTERNAL_FONT = "https://fonts.googleapis.com/css2?family=Roboto"
MISSING_PAGE = "../no-such-page/"
MISSING_ANCHOR = "#no-such-section"

# The smallest valid PNG: one transparent pixel.
_PIXEL_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)

_DEFECTS_IN_MARKDOWN = f"""

## A section an officer added

![]({IMAGE})

<img src="../{IMAGE}">

See <a href="{MISSING_PAGE}">the old page</a> and <a href="{MISSING_ANCHOR}">the section below</a>.
"""

# A theme override that pulls a web font from Google: the usual way a privacy leak creeps in.
_FONT_OVERRIDE = f"""
{{% block extrahead %}}
  {{{{ super() }}}}
  <link rel="stylesheet" href="{EXTERNAL_FONT}">
{{% endblock %}}
"""


def make_defective_copy(destination: Path) -> Path:
    """Copy the project and add: an image Markdown gives an empty alt (`![](x.png)`), an
    image with no alt at all, a link to a missing page, a link to a missing anchor (raw
    HTML, which MkDocs does not check), and an external font in the theme override."""
    project = copy_project(destination)
    about = project / "docs" / "about.md"
    about.write_text(about.read_text(encoding="utf-8") + _DEFECTS_IN_MARKDOWN, encoding="utf-8")
    (project / "docs" / IMAGE).write_bytes(_PIXEL_PNG)
    override = project / "overrides" / "main.html"
    template = override.read_text(encoding="utf-8")
    opening = "{% block extrahead %}\n  {{ super() }}\n"
    if opening in template:  # main.html already extends extrahead: a block may appear only once
        template = template.replace(opening, opening + f'  <link rel="stylesheet" href="{EXTERNAL_FONT}">\n')
    else:
        template += _FONT_OVERRIDE
    override.write_text(template, encoding="utf-8")
    return project
