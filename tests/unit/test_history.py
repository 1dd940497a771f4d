"""Reading dates and changes from git, and doing without git."""

from __future__ import annotations

import datetime

from macros import history
from macros.history import NO_HISTORY, parse_log, read_history
from macros.partial_dates import long_date

LOG = (
    "\x1e2021-03-04\x1fAdd a partner\x1f\n\ndata/partners.yml\n"
    "\x1e2020-11-09\x1fFirst pages\x1f\n\ndocs/index.md\ndata/partners.yml\n"
)


def test_the_newest_commit_dates_each_file():
    parsed = parse_log(LOG)
    assert parsed.last_changed == {"data/partners.yml": datetime.date(2021, 3, 4), "docs/index.md": datetime.date(2020, 11, 9)}
    assert [change.subject for change in parsed.changes] == ["Add a partner", "First pages"]
    assert parsed.changes[1].files == ("docs/index.md", "data/partners.yml")


def test_a_page_is_as_new_as_the_newest_of_its_sources():
    parsed = parse_log(LOG)
    assert parsed.last_change_of(["docs/index.md"]) == datetime.date(2020, 11, 9)
    assert parsed.last_change_of(["docs/index.md", "data/partners.yml"]) == datetime.date(2021, 3, 4)
    assert parsed.last_change_of(["docs/never-committed.md"]) is None


def test_dates_are_written_the_gov_uk_way():
    assert long_date(datetime.date(2020, 11, 9)) == "9 November 2020"


def test_outside_a_checkout_there_is_no_history(tmp_path):
    assert read_history(tmp_path) == NO_HISTORY


def test_without_git_installed_there_is_no_history(tmp_path, monkeypatch):
    monkeypatch.setattr(history.shutil, "which", lambda name: None)
    assert read_history(tmp_path) == NO_HISTORY


def test_a_folder_stands_for_every_file_in_it():
    parsed = parse_log(LOG.replace("data/partners.yml", "data/partners/wirral-council.yml"))
    assert parsed.last_change_of(["docs/index.md", "data/partners/"]) == datetime.date(2021, 3, 4)
    assert parsed.last_change_of(["docs/index.md", "data/sectors/"]) == datetime.date(2020, 11, 9)
