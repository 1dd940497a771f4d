"""Front matter: the 'key: value' lines between two '---' lines at the top of a page or an update.

One pattern for every reader (the page checks, the updates, the change history): MkDocs's own
(mkdocs.utils.meta.YAML_RE), so what MkDocs takes for front matter is what is checked.
"""

from __future__ import annotations

import re

FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
OPENING = re.compile(r"-{3}[ \t]*\n")


def front_matter_text(text: str) -> str | None:
    """The front matter's YAML, or None when the text has none. A byte-order mark before it
    (some Windows editors write one) is not text: MkDocs reads pages as utf-8-sig too."""
    match = FRONT_MATTER.match(text.removeprefix("\ufeff"))
    return match.group(1) if match else None
