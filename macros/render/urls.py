"""Addresses within the site, as a page links to another: relative, so the site works at any
address and opened from disk. The same rule as MkDocs' get_relative_url, written here so
that the core needs no builder (tests/unit/test_urls.py compares the two)."""

from __future__ import annotations

import posixpath


def _parts(path: str) -> list[str]:
    """A path's parts, '..' and '.' worked out; nothing goes above the site's root."""
    normal = posixpath.normpath("/" + path.lstrip("/"))[1:]
    return normal.split("/") if normal else []


def relative_url(url: str, other: str) -> str:
    """`url` as a link from the page at `other` (both within the site, e.g. "roadmap/")."""
    folder, _, last = other.rpartition("/")
    if "." in last:  # a file: links are relative to its folder
        other = folder
    here, there = _parts(other), _parts(url)
    common = 0
    for mine, theirs in zip(here, there):
        if mine != theirs:
            break
        common += 1
    relative = "/".join([".."] * (len(here) - common) + there[common:]) or "."
    return relative + "/" if url.endswith("/") else relative
