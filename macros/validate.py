"""`validate-data`: check data/ without building the site, for officers and CI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .catalogue import load_catalogue
from .loading import DataErrors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="validate-data", description="Check the YAML files in data/ and list every problem.")
    parser.add_argument("data_dir", nargs="?", default="data", type=Path, help="the folder of YAML files (default: data)")
    arguments = parser.parse_args(argv)
    if not arguments.data_dir.is_dir():
        print(f"validate-data: {arguments.data_dir} is not a folder", file=sys.stderr)
        return 2
    try:
        catalogue = load_catalogue(arguments.data_dir)
    except DataErrors as problems:
        print(problems.report(), file=sys.stderr)
        return 1
    print(
        f"{arguments.data_dir}/ is valid: {len(catalogue.themes)} themes, {len(catalogue.contacts)} contacts, "
        f"{len(catalogue.sectors)} sectors, {len(catalogue.partners)} partners, {len(catalogue.commitments)} commitments."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
