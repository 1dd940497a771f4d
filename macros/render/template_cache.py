"""Compiled Jinja templates kept between builds, in .cache/jinja/ of the project.

Every build compiles the templates it uses (today 50 of Material's and the overrides, and 53 of
this project's: 46 HTML and 7 Markdown) before rendering a page: about a quarter of a build at today's size, the same work each time. Jinja
can keep the compiled code and reuse it while the template's source is unchanged (it checks
a checksum of the source), so a second build, and every rebuild of `mkdocs serve`, skips it.
Each environment gets its own folder, because the same template compiles differently under
different settings (autoescape, delimiters). Deleting .cache/ is always safe.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import FileSystemBytecodeCache

CACHE_FOLDER = Path(".cache") / "jinja"


def bytecode_cache(project: Path, environment: str) -> FileSystemBytecodeCache | None:
    """The cache for one Jinja environment, or None where the folder cannot be made (read-only checkout)."""
    folder = project / CACHE_FOLDER / environment
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return FileSystemBytecodeCache(str(folder))
