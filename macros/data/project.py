"""Where a project's parts are: the folder that holds mkdocs.yml, its pages and its data."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Project:
    root: Path  # the folder that holds mkdocs.yml
    docs_dir: Path
    data_dir: Path
    mkdocs_yml: Path

    @classmethod
    def at(cls, root: Path, docs_dir: Path | None = None) -> "Project":
        root = Path(root)
        return cls(root, Path(docs_dir) if docs_dir else root / "docs", root / "data", root / "mkdocs.yml")

    @property
    def docs_prefix(self) -> str:
        """docs/ as history and "Last updated" name it: relative to the project."""
        return self.docs_dir.resolve().relative_to(self.root.resolve()).as_posix()
