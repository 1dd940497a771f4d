"""data/accessibility.yml: no claim without a test behind it, and no claim of full compliance too early."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from macros.data.catalogue import load_catalogue
from macros.data.errors import DataErrors
from tests.sitebuild import ROOT


def test_every_claim_names_test_files_that_exist_and_hold_tests(catalogue):
    for check in catalogue.accessibility.checks:
        for path in check.test_files:
            test_file = ROOT / path
            assert test_file.is_file(), f"data/accessibility.yml names {path}, which does not exist"
            assert re.search(r"^def test_", test_file.read_text(), re.MULTILINE), f"{path} holds no tests"


def test_what_residents_read_about_a_check_names_no_file_or_command(catalogue):
    # `how` and `tool` are shown on the statement; file names and commands are developer words.
    for check in catalogue.accessibility.checks:
        for words in (check.how, check.tool, check.claim):
            assert not re.search(r"tests/|\.py\b|scripts/|pytest|--", words), words


def test_the_axe_core_version_named_is_the_pinned_one(catalogue):
    pinned = json.loads((ROOT / "tests" / "browser" / "package.json").read_text())["dependencies"]["axe-core"]
    axe_tools = [check.tool for check in catalogue.accessibility.checks if "axe-core" in check.tool]
    assert axe_tools, "no check names axe-core"
    assert all(f"axe-core {pinned}" in tool for tool in axe_tools)


def test_contact_route_is_a_web_page_not_an_invented_email_or_phone(catalogue):
    # The report gives no accessibility contact; only the council's own website is used.
    assert catalogue.accessibility.contact.url.host == "www.wirral.gov.uk"
    assert not str(catalogue.accessibility.contact.url).startswith(("mailto:", "tel:"))


@pytest.fixture
def data_dir(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    return folder


def test_fully_compliant_is_refused_while_anything_is_untested(data_dir, catalogue):
    assert catalogue.accessibility.not_yet_tested, "this test needs something listed as not yet tested"
    statement = data_dir / "accessibility.yml"
    statement.write_text(statement.read_text().replace("compliance: partially compliant", "compliance: fully compliant"))
    with pytest.raises(DataErrors) as raised:
        load_catalogue(data_dir)
    (error,) = raised.value.errors
    assert (error.file, error.field) == ("data/accessibility.yml", "compliance")
    assert "partially compliant" in error.message


def test_a_review_before_the_statement_was_prepared_is_refused(data_dir, catalogue):
    statement = data_dir / "accessibility.yml"
    earlier = catalogue.accessibility.prepared.replace(year=catalogue.accessibility.prepared.year - 1)
    statement.write_text(re.sub(r"^last_reviewed: .*$", f"last_reviewed: {earlier.isoformat()}", statement.read_text(), flags=re.M))
    with pytest.raises(DataErrors) as raised:
        load_catalogue(data_dir)
    (error,) = raised.value.errors
    assert error.field == "last_reviewed"
