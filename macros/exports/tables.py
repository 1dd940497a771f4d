"""Open data: files written into <site>/data/ after the pages are built.

The columns are the fields of the records in data/, plus the names that the ids stand for, so a file
can be read on its own. An owner left empty means the owner is still to be agreed.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

from macros.data.catalogue import Catalogue
from macros.data.models import Commitment, Partner

EXPORT_FOLDER = "data"
LIST_SEPARATOR = "; "
FORMULA_STARTS = ("=", "+", "-", "@")


@dataclass(frozen=True)
class Export:
    site_path: str  # where it is published, relative to the site root
    label: str
    describes: str


COMMITMENTS_CSV = Export(f"{EXPORT_FOLDER}/commitments.csv", "Commitments (CSV)", "every commitment, one a row, for spreadsheets")
COMMITMENTS_JSON = Export(f"{EXPORT_FOLDER}/commitments.json", "Commitments (JSON)", "the same commitments, for programs")
PARTNERS_JSON = Export(f"{EXPORT_FOLDER}/partners.json", "Partners (JSON)", "every partner with its sector")
PARTNER_EXPORTS = (COMMITMENTS_CSV, COMMITMENTS_JSON, PARTNERS_JSON)

COMMITMENT_COLUMNS = ("id", "theme", "theme_name", "owner", "owner_name", "supporting", "action", "milestone", "status", "due")


def commitment_row(commitment: Commitment, catalogue: Catalogue) -> dict:
    owner = catalogue.partner_by_id.get(commitment.owner) if commitment.owner else None
    return {
        "id": commitment.id,
        "theme": commitment.theme,
        "theme_name": catalogue.theme_by_id[commitment.theme].name,
        "owner": commitment.owner,
        "owner_name": owner.name if owner else None,
        "supporting": list(commitment.supporting),
        "action": commitment.action,
        "milestone": commitment.milestone,
        # As the pages show them: a commitment without its own status or date follows its milestone's.
        "status": catalogue.status_of(commitment).value,
        "due": due.label if (due := catalogue.due_of(commitment)) else None,
    }


def partner_row(partner: Partner, catalogue: Catalogue) -> dict:
    return {
        "id": partner.id,
        "name": partner.name,
        "sector": partner.sector,
        "sector_name": catalogue.sector_by_id[partner.sector].name,
        "website": str(partner.website) if partner.website else None,
        "description": partner.description,
        "source": str(partner.source.url),
        "owns": [commitment.id for commitment in catalogue.owned_by(partner)],
        "supports": [commitment.id for commitment in catalogue.supported_by(partner)],
    }


def write_commitments_csv(catalogue: Catalogue, site_dir: Path) -> Path:
    rows = [commitment_row(commitment, catalogue) for commitment in catalogue.commitments]
    return write_csv(_target(site_dir, COMMITMENTS_CSV), COMMITMENT_COLUMNS, rows)


def write_csv(path: Path, columns, rows: list[dict]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(columns))
        writer.writeheader()
        for row in rows:
            writer.writerow({key: csv_cell(value) for key, value in row.items()})
    return path


def csv_cell(value) -> str:
    """One cell per field: lists joined by "; ", yes or no, and nothing for an empty value."""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = "" if value is None else str(value)
    # A spreadsheet would run text starting like a formula; a leading apostrophe shows it as text.
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_commitments_json(catalogue: Catalogue, site_dir: Path) -> Path:
    rows = [commitment_row(commitment, catalogue) for commitment in catalogue.commitments]
    return write_json(_target(site_dir, COMMITMENTS_JSON), rows)


def write_partners_json(catalogue: Catalogue, site_dir: Path) -> Path:
    rows = [partner_row(partner, catalogue) for partner in catalogue.partners]
    return write_json(_target(site_dir, PARTNERS_JSON), rows)


def write_partner_exports(catalogue: Catalogue, site_dir: Path) -> list[Path]:
    return [
        write_commitments_csv(catalogue, site_dir),
        write_commitments_json(catalogue, site_dir),
        write_partners_json(catalogue, site_dir),
    ]


def _target(site_dir: Path, export: Export) -> Path:
    path = Path(site_dir) / export.site_path
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def write_json(path: Path, document) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
