"""The limits past which pages are laid out for many records (mkdocs.yml `extra:`): a whole
number, or one clear message naming the setting, never a traceback."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

from macros.pages.context import Build
from tests.sitebuild import ROOT


def build_with(extra: dict) -> Build:
    return Build(SimpleNamespace(config_file_path=str(ROOT / "mkdocs.yml"), docs_dir=str(ROOT / "docs"), extra=extra))


def test_a_limit_is_the_setting_or_else_the_default():
    assert build_with({"partners_in_menu_up_to": 0}).layout_limit("partners_in_menu_up_to", 50) == 0
    assert build_with({}).layout_limit("partners_in_menu_up_to", 50) == 50


@pytest.mark.parametrize("value", ["many", -1, True, 2.5, None])
def test_a_limit_that_is_not_a_whole_number_is_named_with_what_was_expected(value):
    with pytest.raises(PluginError) as raised:
        build_with({"partners_in_menu_up_to": value}).layout_limit("partners_in_menu_up_to", 50)
    assert str(raised.value) == f"mkdocs.yml, extra: partners_in_menu_up_to: expected a whole number, 0 or more, found {value!r}"
