"""The strategy plugin's options (mkdocs.yml, plugins: - strategy): each checked when mkdocs.yml
is loaded, with one clear message that names the option, never a traceback or a silent default."""

from __future__ import annotations

import datetime

import pytest
from mkdocs.config import load_config

from macros.pages.context import Settings
from macros.plugin.strategy import StrategyPlugin, plugin_of
from tests.sitebuild import ROOT

LIMITS = ("roadmap_one_page_up_to", "commitments_as_cards_up_to", "partner_rows_in_full_up_to", "partners_in_menu_up_to")


def loaded(**options):
    plugin = StrategyPlugin()
    errors, warnings = plugin.load_config(options)
    return plugin, [(key, str(message)) for key, message in errors], warnings


def test_each_limit_is_the_setting_or_else_its_default():
    plugin, errors, warnings = loaded(partners_in_menu_up_to=0)
    assert errors == [] and warnings == []
    assert plugin.config.partners_in_menu_up_to == 0
    assert [loaded()[0].config[name] for name in LIMITS] == [150, 50, 50, 50]
    assert [getattr(Settings(), name) for name in LIMITS] == [150, 50, 50, 50]


@pytest.mark.parametrize("value", ["many", -1, True, 2.5, None])
def test_a_limit_that_is_not_a_whole_number_is_named_with_what_was_expected(value):
    _, errors, _ = loaded(partners_in_menu_up_to=value)
    assert errors == [("partners_in_menu_up_to", f"expected a whole number, 0 or more, found {value!r}")]


def test_a_misspelt_option_is_an_error_that_names_it_and_what_it_was_meant_to_be():
    _, errors, warnings = loaded(partners_in_menu_upto=10)
    assert len(errors) == 1 and errors[0][0] == "partners_in_menu_upto"
    assert 'did you mean "partners_in_menu_up_to"?' in errors[0][1]
    assert "Its options are: today, pdf, print_page," in errors[0][1]
    assert warnings == []


def test_the_day_is_a_date_or_the_day_of_the_build():
    assert loaded(today="2021-03-04")[0].config.today == datetime.date(2021, 3, 4)
    assert loaded(today=datetime.date(2022, 1, 1))[0].config.today == datetime.date(2022, 1, 1)
    assert loaded()[0].config.today is None  # on_config then takes the day of the build
    _, errors, _ = loaded(today="April 2021")
    assert errors == [("today", "expected a date written as YYYY-MM-DD (from STRATEGY_TODAY, or written here), found 'April 2021'")]


def test_the_pdf_is_made_or_skipped_and_nothing_else():
    assert loaded(pdf="skip")[0].config.pdf == "skip"
    _, errors, _ = loaded(pdf="no")
    assert [key for key, _ in errors] == ["pdf"] and "'make', 'skip'" in errors[0][1]


def test_mkdocs_yml_reads_the_day_the_pdf_and_the_print_page_from_the_environment(monkeypatch):
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "true")
    monkeypatch.setenv("STRATEGY_TODAY", "2021-03-04")
    monkeypatch.setenv("STRATEGY_PDF", "skip")
    monkeypatch.setenv("STRATEGY_PRINT_PAGE", "false")
    options = plugin_of(load_config(str(ROOT / "mkdocs.yml"))).config
    assert (options.today, options.pdf, options.print_page) == (datetime.date(2021, 3, 4), "skip", False)
    for name in ("STRATEGY_TODAY", "STRATEGY_PDF", "STRATEGY_PRINT_PAGE"):
        monkeypatch.delenv(name)
    options = plugin_of(load_config(str(ROOT / "mkdocs.yml"))).config
    assert (options.today, options.pdf, options.print_page) == (None, "make", True)
