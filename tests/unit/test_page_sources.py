"""A page's sources are the records it shows, noted while it is made, one record at a time."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from macros.render import page_sources
from macros.pages.context import Build
from macros.pages.page_macros import DATA_READ_BY, register
from macros.render.page_sources import collect_into, source_of
from macros.render.jinja import render
from macros.pages.theme_macros import COMMITMENTS_IN_FULL_AT_MOST
from tests.sitebuild import ROOT


def test_each_record_is_known_by_its_file(catalogue):
    assert source_of(catalogue.partner_by_id["merseyside-police"]) == "data/partners/merseyside-police.yml"
    assert source_of(catalogue.strategy) == "data/strategy.yml"
    assert source_of(catalogue.themes[0].sub_strategy) is None  # part of a record, not a file


@pytest.mark.parametrize("in_full_at_most", [COMMITMENTS_IN_FULL_AT_MOST, 0], ids=["as a list", "as a table"])
def test_a_template_notes_exactly_the_records_it_reads(catalogue, in_full_at_most):
    commitments = catalogue.commitments_by_theme["hate-crime"]
    sources: set[str] = set()
    collect_into(sources)
    try:
        render("theme_commitments.html", commitments=commitments, as_cards=len(commitments) <= in_full_at_most, catalogue=catalogue, links=SimpleNamespace(to=str, theme=str, partner=str, milestone=lambda milestone: f"roadmap/#milestone-{milestone.id}"), today=catalogue.strategy.committee.date)
    finally:
        collect_into(None)
    # The commitment, and the milestone it follows; not the theme (the theme page notes that).
    assert sources == {"data/commitments/hate-crime-sub-strategy.yml", "data/milestones/hate-crime-sub-strategy.yml"}


def test_outside_a_page_nothing_is_noted(catalogue):
    assert page_sources._current is None
    render("lede.html", text=catalogue.themes[0].summary)
    assert page_sources._current is None


def test_every_macro_says_what_it_shows_beyond_its_templates():
    """A macro missing from DATA_READ_BY would date its pages by every data file."""
    names = []
    env = SimpleNamespace(macro=lambda function: names.append(function.__name__) or function, page=None, variables={})
    register(env, Build(SimpleNamespace(config_file_path=str(ROOT / "mkdocs.yml"), docs_dir=str(ROOT / "docs"), extra={})))
    assert names and sorted(set(names) - set(DATA_READ_BY)) == []
