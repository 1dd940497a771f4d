"""Partners and commitments: validation messages an officer can act on, and the indexes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from macros.catalogue import load_catalogue
from macros.loading import DataErrors
from tests.sitebuild import ROOT


def data_with(tmp_path: Path, file_name: str, extra: str) -> Path:
    """A copy of data/ with `extra` YAML entries added at the end of one file."""
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    with (folder / file_name).open("a", encoding="utf-8") as out:
        out.write("\n" + extra)
    return folder


def only_error(folder: Path):
    with pytest.raises(DataErrors) as raised:
        load_catalogue(folder)
    errors = raised.value.errors
    assert len(errors) == 1, [str(error) for error in errors]
    return errors[0]


def line_of(folder: Path, file_name: str, text: str) -> int:
    lines = (folder / file_name).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if text in line)


def test_commitment_with_unknown_owner_names_file_line_entry_and_field(tmp_path):
    folder = data_with(tmp_path, "commitments.yml", "- id: c-x\n  theme: hate-crime\n  owner: no-such-partner\n  action: Do it.\n  status: planned\n")
    error = only_error(folder)
    assert (error.file, error.entry, error.field) == ("data/commitments.yml", 'commitment "c-x"', "owner")
    assert error.line == line_of(folder, "commitments.yml", "owner: no-such-partner")
    assert '"no-such-partner" is not the id of any partner in partners.yml' in error.message
    assert str(error).startswith(f'data/commitments.yml, line {error.line}, commitment "c-x", field "owner": ')


def test_commitment_with_unknown_theme_is_reported(tmp_path):
    folder = data_with(tmp_path, "commitments.yml", "- id: c-x\n  theme: no-such-theme\n  action: Do it.\n  status: planned\n")
    error = only_error(folder)
    assert (error.file, error.entry, error.field) == ("data/commitments.yml", 'commitment "c-x"', "theme")
    assert '"no-such-theme" is not the id of any theme in themes.yml' in error.message


def test_unknown_supporting_partner_is_reported(tmp_path):
    folder = data_with(tmp_path, "commitments.yml", "- id: c-x\n  theme: hate-crime\n  supporting: [wirral-council, nobody]\n  action: Do it.\n  status: planned\n")
    error = only_error(folder)
    assert (error.entry, error.field) == ('commitment "c-x"', "supporting")
    assert '"nobody" is not the id of any partner' in error.message


def test_owner_cannot_also_support(tmp_path):
    folder = data_with(
        tmp_path, "commitments.yml", "- id: c-x\n  theme: hate-crime\n  owner: wirral-council\n  supporting: [wirral-council]\n  action: Do it.\n  status: planned\n"
    )
    error = only_error(folder)
    assert (error.entry, error.field) == ('commitment "c-x"', "supporting")
    assert '"wirral-council" is the owner' in error.message


def test_supporting_partner_listed_twice_is_reported(tmp_path):
    folder = data_with(
        tmp_path, "commitments.yml", "- id: c-x\n  theme: hate-crime\n  supporting: [merseyside-police, merseyside-police]\n  action: Do it.\n  status: planned\n"
    )
    error = only_error(folder)
    assert error.field == "supporting" and "merseyside-police" in error.message


def test_partner_with_unknown_sector_is_reported(tmp_path):
    folder = data_with(tmp_path, "partners.yml", "- id: p-x\n  name: X\n  sector: pirates\n  description: X.\n  source: https://example.org/\n")
    error = only_error(folder)
    assert (error.file, error.entry, error.field) == ("data/partners.yml", 'partner "p-x"', "sector")
    assert '"pirates" is not the id of any sector in sectors.yml' in error.message


@pytest.mark.parametrize("taken", ["index", "overview"])
def test_partner_id_cannot_take_the_name_of_a_partners_page(tmp_path, taken):
    folder = data_with(tmp_path, "partners.yml", f"- id: {taken}\n  name: X\n  sector: voluntary\n  description: X.\n  source: https://example.org/\n")
    error = only_error(folder)
    assert (error.entry, error.field) == (f'partner "{taken}"', "id")
    assert "choose another id" in error.message


def test_partner_description_is_required_and_short(tmp_path):
    folder = data_with(
        tmp_path,
        "partners.yml",
        "- id: p-x\n  name: X\n  sector: voluntary\n  source: https://example.org/\n"
        f"- id: p-y\n  name: Y\n  sector: voluntary\n  description: {'y' * 301}\n  source: https://example.org/\n",
    )
    with pytest.raises(DataErrors) as raised:
        load_catalogue(folder)
    messages = {(error.entry, error.field): error.message for error in raised.value.errors}
    assert messages[('partner "p-x"', "description")] == "this required field is missing"
    assert "keep it to 300 characters or fewer (it has 301)" in messages[('partner "p-y"', "description")]


def test_indexes_hold_every_commitment_under_its_owner_and_supporters(catalogue):
    for commitment in catalogue.commitments:
        if commitment.owner:
            assert catalogue.commitments_owned_by[commitment.owner].count(commitment) == 1
            assert commitment in catalogue.roles_by_theme_and_partner[commitment.theme, commitment.owner].owns
        else:
            assert commitment in catalogue.commitments_without_owner
        for partner_id in commitment.supporting:
            assert catalogue.commitments_supported_by[partner_id].count(commitment) == 1
        assert commitment in catalogue.commitments_by_status[commitment.status]
    indexed = sum(len(found) for found in catalogue.commitments_owned_by.values()) + len(catalogue.commitments_without_owner)
    assert indexed == len(catalogue.commitments)


def test_every_partner_is_in_its_sector_once(catalogue):
    for partner in catalogue.partners:
        assert catalogue.partners_by_sector[partner.sector].count(partner) == 1
    listed = catalogue.sectors_with_partners() + catalogue.sectors_without_partners()
    assert sorted(sector.id for sector in listed) == sorted(sector.id for sector in catalogue.sectors)
