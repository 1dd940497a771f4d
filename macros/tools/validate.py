"""`validate-data`: check everything the build checks, without building the site.

The data in data/, every page's front matter and macro calls, the updates, and the test
files the accessibility statement names: the same functions the build runs, so an officer
can trust it before merging. It finds the project from any folder inside it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from macros.data.errors import DataErrors, ProjectError
from macros.data.numbers import counted, sentence_start
from macros.data.project import Project
from macros.data.registry import FILES
from macros.pages.checks.project import check_project

PACKAGE_ROOT = Path(__file__).resolve().parents[2]  # the project this copy of the code belongs to
OUTCOME = "Checked by validate-data: mend them, then run it again before merging."


def project_root(start: Path) -> Path | None:
    """The nearest folder at or above `start` that holds mkdocs.yml."""
    for folder in (start, *start.parents):
        if (folder / "mkdocs.yml").is_file():
            return folder
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="validate-data", description="Check the data, the pages and the updates, and list every problem."
    )
    parser.add_argument("data_dir", nargs="?", type=Path, help="the folder of YAML files (default: the project's data/)")
    arguments = parser.parse_args(argv)
    if arguments.data_dir is None:
        root = project_root(Path.cwd().resolve()) or project_root(PACKAGE_ROOT)
        if root is None:
            print("validate-data: run it inside the website's folder (no mkdocs.yml here or in any folder above)", file=sys.stderr)
            return 2
        data_dir = root / "data"
    else:
        data_dir = arguments.data_dir
        root = project_root(data_dir.resolve().parent) or PACKAGE_ROOT
    if not data_dir.is_dir():
        print(f"validate-data: {data_dir} is not a folder", file=sys.stderr)
        return 2
    docs_dir = data_dir.parent / "docs"
    mkdocs_yml = _mkdocs_yml(data_dir, root)
    try:
        checked = check_project(Project(root, docs_dir, data_dir, mkdocs_yml))
    except (OSError, yaml.YAMLError) as problem:
        print(f"validate-data: {mkdocs_yml} cannot be read, so the pages cannot be checked: {problem}", file=sys.stderr)
        return 2
    except ProjectError as problem:
        print(f"validate-data: {problem}", file=sys.stderr)
        return 2
    if checked.errors:
        print(DataErrors(checked.errors).report(OUTCOME), file=sys.stderr)
        return 1
    catalogue = checked.catalogue
    # A folder is named for its records, so its name is the kind's plural: "one priority, 10 priorities".
    kinds = [(spec.kind, spec.name, getattr(catalogue, spec.attribute)) for spec in FILES if spec.is_list] + [("update", "updates", checked.posts)]
    counts = ", ".join(counted(len(records), kind, plural) for kind, plural, records in kinds)
    pages = f" and {_shown(docs_dir, root)}/" if docs_dir.is_dir() else ""
    print(f"Checked {_shown(data_dir, root)}/{pages}: no problems. {sentence_start(counts)}.")
    return 0


def _mkdocs_yml(data_dir: Path, root: Path) -> Path:
    beside = data_dir.parent / "mkdocs.yml"
    return beside if beside.is_file() else root / "mkdocs.yml"


def _shown(path: Path, root: Path) -> str:
    """As the messages name files: from the project's folder, wherever validate-data was run."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


if __name__ == "__main__":
    sys.exit(main())
