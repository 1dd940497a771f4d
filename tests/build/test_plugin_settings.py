"""The site's own plugin checks its options when mkdocs.yml is loaded: a misspelt or wrongly
typed one stops the build with one message that names it, never a traceback, never ignored."""

from __future__ import annotations

import pytest

from tests.sitebuild import build, copy_project, set_plugin_options

pytestmark = pytest.mark.build


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return copy_project(tmp_path_factory.mktemp("settings") / "project")


def failed_build(project, tmp_path, **environ) -> str:
    result = build(project, tmp_path / "site", **environ)
    assert result.returncode != 0, "the build should have stopped"
    assert "Traceback" not in result.output
    return result.output


def test_a_misspelt_option_stops_the_build_naming_it_and_what_it_was_meant_to_be(project, tmp_path):
    original = (project / "mkdocs.yml").read_text(encoding="utf-8")
    try:
        set_plugin_options(project, partners_in_menu_upto=10)
        output = failed_build(project, tmp_path)
    finally:
        (project / "mkdocs.yml").write_text(original, encoding="utf-8")
    assert "Plugin 'strategy' option 'partners_in_menu_upto': this plugin has no such option; did you mean \"partners_in_menu_up_to\"?" in output


def test_a_limit_that_is_not_a_whole_number_stops_the_build_saying_what_was_expected(project, tmp_path):
    original = (project / "mkdocs.yml").read_text(encoding="utf-8")
    try:
        set_plugin_options(project, roadmap_one_page_up_to="many")
        output = failed_build(project, tmp_path)
    finally:
        (project / "mkdocs.yml").write_text(original, encoding="utf-8")
    assert "Plugin 'strategy' option 'roadmap_one_page_up_to': expected a whole number, 0 or more, found 'many'" in output


def test_a_day_that_is_not_a_date_stops_the_build_saying_where_it_came_from(project, tmp_path):
    output = failed_build(project, tmp_path, STRATEGY_TODAY="April 2021")
    assert "Plugin 'strategy' option 'today': expected a date written as YYYY-MM-DD (from STRATEGY_TODAY, or written here), found 'April 2021'" in output
