"""The day progress is measured on: environment, then mkdocs.yml, then the build date."""

from __future__ import annotations

import datetime
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

from macros.pages.context import today_for


def config(**extra):
    return SimpleNamespace(extra=extra)


def test_the_environment_wins_over_mkdocs_yml(monkeypatch):
    monkeypatch.setenv("STRATEGY_TODAY", "2021-03-04")
    assert today_for(config(today=datetime.date(2022, 1, 1))) == datetime.date(2021, 3, 4)


def test_mkdocs_yml_is_used_when_the_environment_is_silent(monkeypatch):
    monkeypatch.delenv("STRATEGY_TODAY", raising=False)
    assert today_for(config(today=datetime.date(2022, 1, 1))) == datetime.date(2022, 1, 1)
    assert today_for(config(today="2022-01-02")) == datetime.date(2022, 1, 2)


def test_otherwise_it_is_the_day_of_the_build(monkeypatch):
    monkeypatch.delenv("STRATEGY_TODAY", raising=False)
    assert today_for(config()) == datetime.date.today()


def test_a_day_that_is_not_a_date_stops_the_build_saying_where_it_came_from(monkeypatch):
    monkeypatch.setenv("STRATEGY_TODAY", "April 2021")
    with pytest.raises(PluginError, match="STRATEGY_TODAY: expected a date written as YYYY-MM-DD"):
        today_for(config())
