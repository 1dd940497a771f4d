"""Copies of data/ with records added or replaced, for tests of what officers might write."""

from __future__ import annotations

import re
import shutil
import textwrap
from pathlib import Path

from tests.sitebuild import ROOT


def data_with(tmp_path: Path, records: dict[str, str], source: Path = ROOT / "data") -> Path:
    """A copy of data/ (or of `source`) with each record written to its file, e.g.
    {"commitments/c-x.yml": "id: c-x\\n..."}: a file that exists is replaced."""
    folder = tmp_path / "data"
    shutil.copytree(source, folder)
    for relative, text in records.items():
        (folder / relative).write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


def line_of(path: Path, text: str) -> int:
    """The line number of the first line of a file that contains `text`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if text in line)


def without_fields(text: str, *names: str) -> str:
    """A record's YAML without these top-level fields, each with the lines of a folded value under it."""
    for name in names:
        text = re.sub(rf"(?m)^{name}:.*\n(?:[ \t]+.*\n)*", "", text)
    return text


def with_fields(path: Path, **fields: str) -> None:
    """Rewrite a record's file with these top-level fields set, as an officer would: each field
    it had before replaced, the others kept."""
    text = without_fields(path.read_text(encoding="utf-8"), *fields)
    path.write_text(text + "".join(f"{name}: {value}\n" for name, value in fields.items()), encoding="utf-8")
