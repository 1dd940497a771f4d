"""Theme files copied from Material for MkDocs into overrides/ still match the Material installed.

A copy is made only where Material offers no smaller door (a block or a small partial); each
copy records the sha256 of the file it was made from. When an upgrade changes that file, this
test fails, so the copy is compared with the new version and updated, rather than silently
keeping an old header on a new theme.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import material
import pytest

from tests.sitebuild import ROOT

MATERIAL_TEMPLATES = Path(material.__file__).parent / "templates"
COPIES = ["partials/header.html"]


@pytest.mark.parametrize("relative", COPIES)
def test_a_copied_material_template_matches_the_installed_one(relative):
    copy = (ROOT / "overrides" / relative).read_text(encoding="utf-8")
    recorded = re.search(r"sha256 ([0-9a-f]{64})", copy)
    assert recorded, f"overrides/{relative} does not record the sha256 of the Material file it was copied from"
    installed = hashlib.sha256((MATERIAL_TEMPLATES / relative).read_bytes()).hexdigest()
    assert installed == recorded.group(1), (
        f"Material's {relative} has changed since overrides/{relative} was copied from it: compare the two, "
        "bring the copy up to date, and record the new sha256 in its opening comment"
    )
