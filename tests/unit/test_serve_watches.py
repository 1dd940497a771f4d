"""`scripts/serve` rebuilds when an officer saves a data file or a template override."""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.config import load_config

from tests.sitebuild import ROOT


def test_serve_watches_data_and_overrides(monkeypatch):
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "true")
    config = load_config(str(ROOT / "mkdocs.yml"))
    watched = {Path(path).resolve() for path in config.watch}
    assert {ROOT / "data", ROOT / "overrides"} <= watched
    assert all(os.path.isdir(path) for path in watched)
