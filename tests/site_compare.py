"""Compare two builds of the site file by file, and say what differs so a person can act on it.

Used to check that ProperDocs (the maintained fork of MkDocs 1.6) builds the same site as
MkDocs: the same files, byte for byte, apart from what is normalised here with a reason.
"""

from __future__ import annotations

import difflib
import gzip
import re
from pathlib import Path

# Material writes the program that built a page into every page's head
# ("mkdocs-1.6.1, mkdocs-material-9.8.2" against "mkdocs-ProperDocs 1.6.7, ..."). It is the one
# thing that must differ between two builders; nothing a reader sees depends on it.
GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')
GENERATOR_PLACEHOLDER = b'<meta name="generator" content="(the program that built the page)">'

DIFF_LINES = 30  # per file: enough to see what changed without drowning the failure message
TEXT_SUFFIXES = {".html", ".xml", ".json", ".css", ".js", ".csv", ".ics", ".txt", ".svg", ".map"}


def files_of(site: Path) -> set[str]:
    return {path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file()}


def normalised(relative: str, data: bytes) -> bytes:
    return GENERATOR.sub(GENERATOR_PLACEHOLDER, data) if relative.endswith(".html") else data


def _readable(relative: str, data: bytes) -> list[str] | None:
    """The file as lines of text for a diff, or None when it is not text."""
    if relative.endswith(".gz"):
        try:
            data, relative = gzip.decompress(data), relative.removesuffix(".gz")
        except OSError:
            return None
    if Path(relative).suffix not in TEXT_SUFFIXES:
        return None
    return data.decode("utf-8", errors="replace").splitlines()


def _describe(relative: str, a: bytes, b: bytes, labels: tuple[str, str]) -> str:
    lines_a, lines_b = _readable(relative, a), _readable(relative, b)
    if lines_a is None or lines_b is None:
        return f"{relative}: differs ({len(a)} bytes from {labels[0]}, {len(b)} from {labels[1]})"
    if lines_a == lines_b:  # only possible for .gz: the same text, a different gzip header
        return f"{relative}: same content, different compressed bytes"
    diff = list(difflib.unified_diff(lines_a, lines_b, labels[0], labels[1], n=1, lineterm=""))
    shown = diff[:DIFF_LINES] + ([f"... {len(diff) - DIFF_LINES} more diff lines"] if len(diff) > DIFF_LINES else [])
    return f"{relative}:\n" + "\n".join("    " + line for line in shown)


def compare_sites(reference: Path, other: Path, labels: tuple[str, str] = ("MkDocs", "ProperDocs")) -> list[str]:
    """Every difference between two built sites, one readable entry each; [] when they match."""
    files_a, files_b = files_of(reference), files_of(other)
    differences = [f"only built by {labels[0]}: {name}" for name in sorted(files_a - files_b)]
    differences += [f"only built by {labels[1]}: {name}" for name in sorted(files_b - files_a)]
    for name in sorted(files_a & files_b):
        a = normalised(name, (reference / name).read_bytes())
        b = normalised(name, (other / name).read_bytes())
        if a != b:
            differences.append(_describe(name, a, b, labels))
    return differences
