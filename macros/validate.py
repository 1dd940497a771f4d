"""`validate-data`: check data/ without building the site, for officers and CI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .catalogue import load_catalogue
from .loading import DataErrors
from .theme_pages import check_theme_pages
from .updates import load_posts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="validate-data", description="Check the YAML files in data/ and list every problem.")
    parser.add_argument("data_dir", nargs="?", default="data", type=Path, help="the folder of YAML files (default: data)")
    arguments = parser.parse_args(argv)
    if not arguments.data_dir.is_dir():
        print(f"validate-data: {arguments.data_dir} is not a folder", file=sys.stderr)
        return 2
    docs_dir = arguments.data_dir.parent / "docs"
    try:
        catalogue = load_catalogue(arguments.data_dir)
        # Updates' front matter is data too (dates, titles, theme ids), checked the same way.
        posts = load_posts(docs_dir, catalogue) if docs_dir.is_dir() else []
        if docs_dir.is_dir() and (problems := check_theme_pages(docs_dir, catalogue)):
            raise DataErrors(problems)
    except DataErrors as problems:
        print(problems.report(), file=sys.stderr)
        return 1
    counts = ", ".join(
        _count(len(records), kind)
        for kind, records in (
            ("theme", catalogue.themes),
            ("contact", catalogue.contacts),
            ("sector", catalogue.sectors),
            ("partner", catalogue.partners),
            ("commitment", catalogue.commitments),
            ("milestone", catalogue.milestones),
            ("update", posts),
        )
    )
    print(f"{arguments.data_dir}/ is valid: {counts}.")
    return 0


def _count(number: int, kind: str) -> str:
    return f"{number} {kind}{'' if number == 1 else 's'}"


if __name__ == "__main__":
    sys.exit(main())
