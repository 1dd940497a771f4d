"""A page's sources are the records it shows, noted while it is made, one record at a time."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from macros.data.project import Project
from macros.data.registry import source_of
from macros.pages.context import BuildContext, Settings
from macros.pages.page_macros import DATA_READ_BY, register
from macros.render.jinja import Renderer
from macros.render.page_sources import PageSources
from tests.sitebuild import ROOT

LINKS = SimpleNamespace(to=str, theme=str, partner=str, milestone=lambda milestone: f"roadmap/#milestone-{milestone.id}")


def test_each_record_is_known_by_its_file(catalogue):
    assert source_of(catalogue.partner_by_id["merseyside-police"]) == "data/partners/merseyside-police.yml"
    assert source_of(catalogue.strategy) == "data/strategy.yml"
    assert source_of(catalogue.themes[0].sub_strategy) is None  # part of a record, not a file


@pytest.mark.parametrize("in_full_at_most", [Settings().commitments_as_cards_up_to, 0], ids=["as a list", "as a table"])
def test_a_template_notes_exactly_the_records_it_reads(catalogue, in_full_at_most):
    commitments = catalogue.commitments_by_theme["hate-crime"]
    sources = PageSources()
    sources.begin("themes/hate-crime.md", None)
    Renderer(sources).html("theme_commitments.html", commitments=commitments, as_cards=len(commitments) <= in_full_at_most, catalogue=catalogue, links=LINKS, today=catalogue.strategy.committee.date)
    sources.end()
    # The commitment, and the milestone it follows; not the theme (the theme page notes that).
    assert sources.of("themes/hate-crime.md") == {"data/commitments/hate-crime-sub-strategy.yml", "data/milestones/hate-crime-sub-strategy.yml"}


def test_a_page_starts_from_its_own_file_and_outside_a_page_nothing_is_noted(catalogue):
    sources = PageSources()
    renderer = Renderer(sources)
    renderer.html("lede.html", text=catalogue.themes[0].summary)
    sources.shown(catalogue.themes[0])
    sources.begin("about.md", "docs/about.md")
    sources.end()
    renderer.html("lede.html", text=catalogue.themes[1].summary)
    assert sources.of("about.md") == {"docs/about.md"}
    assert sources.of("roadmap.md") == set()


def test_every_macro_says_what_it_shows_beyond_its_templates(catalogue):
    """A macro missing from DATA_READ_BY would date its pages by every data file."""
    names = []
    env = SimpleNamespace(macro=lambda function: names.append(function.__name__) or function, page=None, variables={})
    register(env, BuildContext(Project.at(ROOT), catalogue, [], Settings()))
    assert names and sorted(set(names) - set(DATA_READ_BY)) == []
