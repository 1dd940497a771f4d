"""An update's front matter is checked like a data file: clear messages, never a traceback."""

from __future__ import annotations

import datetime
import shutil

import pytest

from macros.data.catalogue import load_catalogue
from macros.data.errors import DataErrors
from macros.data.updates import read_posts
from macros.tools.validate import main as validate
from tests.sitebuild import ROOT

GOOD = "---\ndate: 2026-01-02\ntitle: A test update\ncategories:\n  - hate-crime\n---\n\nBody.\n"


@pytest.fixture
def project(tmp_path):
    shutil.copytree(ROOT / "data", tmp_path / "data")
    (tmp_path / "docs" / "updates" / "posts").mkdir(parents=True)
    return tmp_path


def write_post(project, text: str | bytes, name: str = "test.md"):
    path = project / "docs" / "updates" / "posts" / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def errors_for(project) -> list[str]:
    _, errors = read_posts(project / "docs", set(load_catalogue(project / "data").theme_by_id))
    return [str(error) for error in DataErrors(errors).errors]


def test_a_good_update_loads(project):
    write_post(project, GOOD)
    [post], errors = read_posts(project / "docs", set(load_catalogue(project / "data").theme_by_id))
    assert errors == []
    assert post.update.categories == ["hate-crime"]


def test_categories_written_as_text_get_one_message_not_one_per_letter(project):
    write_post(project, GOOD.replace("categories:\n  - hate-crime", "categories: hate-crime"))
    assert errors_for(project) == [
        """docs/updates/posts/test.md, line 4, update "test", field "categories": expected a list (one '- item' per line), found "hate-crime\""""
    ]


def test_bad_yaml_in_front_matter_is_reported_with_its_line(project):
    write_post(project, GOOD.replace("title: A test update", 'title: "A test update'))
    [message] = errors_for(project)
    assert message.startswith("docs/updates/posts/test.md, line ")
    assert "quotation mark opened on this line is never closed" in message and "<unicode string>" not in message


def test_a_file_not_saved_as_utf8_is_reported_not_raised(project):
    write_post(project, GOOD.replace("A test update", "Caf\xe9 update").encode("latin-1"))
    assert errors_for(project) == ["docs/updates/posts/test.md: the file is not saved as UTF-8 text; save it again with UTF-8 encoding"]


def test_validate_data_checks_updates_too(project, capsys):
    write_post(project, GOOD.replace("- hate-crime", "- hate-crimes"))
    assert validate([str(project / "data")]) == 1
    assert 'docs/updates/posts/test.md, line 4, update "test", field "categories": "hate-crimes" is not the id' in capsys.readouterr().err


def test_a_data_file_not_saved_as_utf8_is_reported_not_raised(project):
    (project / "data" / "sectors" / "cafe.yml").write_bytes("id: cafe\nname: Caf\xe9\norder: 99\n".encode("latin-1"))
    with pytest.raises(DataErrors) as raised:
        load_catalogue(project / "data")
    assert "data/sectors/cafe.yml: the file is not saved as UTF-8 text; save it again with UTF-8 encoding" in [str(e) for e in raised.value.errors]


def test_a_contact_on_every_theme_needs_a_phone(project):
    contact = project / "data" / "contacts" / "emergency-999.yml"
    contact.write_text(contact.read_text().replace('phone: "999"\n', "", 1))
    with pytest.raises(DataErrors) as raised:
        load_catalogue(project / "data")
    assert any(
        error.entry == 'contact "emergency-999"' and error.field == "on_every_theme" and "a phone number as well" in error.message
        for error in raised.value.errors
    )


def test_an_update_dated_in_the_future_is_refused_with_what_to_do(project):
    write_post(project, GOOD.replace("date: 2026-01-02", "date: 2062-01-02"))
    assert errors_for(project) == [
        'docs/updates/posts/test.md, line 2, update "test", field "date": 2 January 2062 is in the future, and an update is published '
        "as soon as it is merged: write the day it is published, or keep it as a draft until then"
    ]


def test_a_draft_may_carry_the_day_it_will_be_published(project):
    write_post(project, GOOD.replace("date: 2026-01-02", "date: 2062-01-02").replace("categories:", "draft: true\ncategories:"))
    assert errors_for(project) == []


def test_the_day_of_the_build_decides_what_is_in_the_future(project):
    write_post(project, GOOD.replace("date: 2026-01-02", "date: 2062-01-02"))
    [post], errors = read_posts(project / "docs", set(load_catalogue(project / "data").theme_by_id), datetime.date(2062, 1, 2))
    assert errors == [] and post.update.date == datetime.date(2062, 1, 2)
