"""Partners and commitments: validation messages an officer can act on, and the indexes."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.data.catalogue import load_catalogue
from macros.data.errors import DataErrors
from tests.data_copies import data_with, line_of


def only_error(folder: Path):
    with pytest.raises(DataErrors) as raised:
        load_catalogue(folder)
    errors = raised.value.errors
    assert len(errors) == 1, [str(error) for error in errors]
    return errors[0]


def test_commitment_with_unknown_owner_names_file_line_entry_and_field(tmp_path):
    folder = data_with(tmp_path, {"commitments/c-x.yml": "id: c-x\ntheme: hate-crime\nowner: no-such-partner\naction: Do it.\nstatus: planned\n"})
    error = only_error(folder)
    assert (error.file, error.entry, error.field) == ("data/commitments/c-x.yml", 'commitment "c-x"', "owner")
    assert error.line == line_of(folder / "commitments" / "c-x.yml", "owner: no-such-partner")
    assert '"no-such-partner" is not the id of any partner in data/partners/' in error.message
    assert str(error).startswith(f'data/commitments/c-x.yml, line {error.line}, commitment "c-x", field "owner": ')


def test_commitment_with_unknown_theme_is_reported(tmp_path):
    folder = data_with(tmp_path, {"commitments/c-x.yml": "id: c-x\ntheme: no-such-theme\naction: Do it.\nstatus: planned\n"})
    error = only_error(folder)
    assert (error.file, error.entry, error.field) == ("data/commitments/c-x.yml", 'commitment "c-x"', "theme")
    assert '"no-such-theme" is not the id of any theme in data/themes/' in error.message


def test_unknown_supporting_partner_is_reported(tmp_path):
    folder = data_with(tmp_path, {"commitments/c-x.yml": "id: c-x\ntheme: hate-crime\nsupporting: [wirral-council, nobody]\naction: Do it.\nstatus: planned\n"})
    error = only_error(folder)
    assert (error.entry, error.field) == ('commitment "c-x"', "supporting")
    assert '"nobody" is not the id of any partner' in error.message


def test_owner_cannot_also_support(tmp_path):
    folder = data_with(
        tmp_path, {"commitments/c-x.yml": "id: c-x\ntheme: hate-crime\nowner: wirral-council\nsupporting: [wirral-council]\naction: Do it.\nstatus: planned\n"}
    )
    error = only_error(folder)
    assert (error.entry, error.field) == ('commitment "c-x"', "supporting")
    assert '"wirral-council" is the owner' in error.message


def test_supporting_partner_listed_twice_is_reported(tmp_path):
    folder = data_with(
        tmp_path, {"commitments/c-x.yml": "id: c-x\ntheme: hate-crime\nsupporting: [merseyside-police, merseyside-police]\naction: Do it.\nstatus: planned\n"}
    )
    error = only_error(folder)
    assert error.field == "supporting" and "merseyside-police" in error.message


def test_partner_with_unknown_sector_is_reported(tmp_path):
    folder = data_with(tmp_path, {"partners/p-x.yml": "id: p-x\nname: X\nsector: pirates\ndescription: X.\nsource:\n  name: Example source\n  url: https://example.org/\n"})
    error = only_error(folder)
    assert (error.file, error.entry, error.field) == ("data/partners/p-x.yml", 'partner "p-x"', "sector")
    assert '"pirates" is not the id of any sector in data/sectors/' in error.message


@pytest.mark.parametrize("taken", ["index", "overview"])
def test_partner_id_cannot_take_the_name_of_a_partners_page(tmp_path, taken):
    folder = data_with(tmp_path, {f"partners/{taken}.yml": f"id: {taken}\nname: X\nsector: voluntary\ndescription: X.\nsource:\n  name: Example source\n  url: https://example.org/\n"})
    error = only_error(folder)
    assert (error.entry, error.field) == (f'partner "{taken}"', "id")
    assert "choose another id" in error.message


def test_partner_description_is_required_and_short(tmp_path):
    folder = data_with(
        tmp_path,
        {
            "partners/p-x.yml": "id: p-x\nname: X\nsector: voluntary\nsource:\n  name: Example source\n  url: https://example.org/\n",
            "partners/p-y.yml": f"id: p-y\nname: Y\nsector: voluntary\ndescription: {'y' * 301}\nsource:\n  name: Example source\n  url: https://example.org/\n",
        },
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
        assert commitment in catalogue.commitments_by_status[catalogue.status_of(commitment)]
    indexed = sum(len(found) for found in catalogue.commitments_owned_by.values()) + len(catalogue.commitments_without_owner)
    assert indexed == len(catalogue.commitments)


def test_every_partner_is_in_its_sector_once(catalogue):
    for partner in catalogue.partners:
        assert catalogue.partners_by_sector[partner.sector].count(partner) == 1
    listed = catalogue.sectors_with_partners() + catalogue.sectors_without_partners()
    assert sorted(sector.id for sector in listed) == sorted(sector.id for sector in catalogue.sectors)
