"""Links from a page to another (relative, and an error naming both when the target is no
page), and the stash that keeps a page's HTML out of Markdown."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from macros.data.project import Project
from macros.pages import context as build
from macros.pages.context import BuildContext, Settings
from macros.pages.links import Links
from macros.render.html_stash import HtmlStash
from tests.sitebuild import ROOT


def site_files(*paths: str) -> Files:
    return Files([File(path, src_dir="docs", dest_dir="site", use_directory_urls=True) for path in paths])


def links_from(src_path: str, files: Files) -> Links:
    page = SimpleNamespace(file=SimpleNamespace(src_path=src_path), url=files.get_file_from_path(src_path).url)
    return Links(page, files, roadmap=None)


def test_a_link_is_relative_to_the_page_it_is_on():
    files = site_files("partners/a-partner.md", "themes/hate-crime.md", "roadmap.md")
    links = links_from("partners/a-partner.md", files)
    assert links.theme("hate-crime") == "../../themes/hate-crime/"
    assert links.to("roadmap.md") == "../../roadmap/"
    assert links.partner("a-partner") == "./"


def test_a_link_to_no_page_names_the_page_and_the_missing_target():
    links = links_from("themes/hate-crime.md", site_files("themes/hate-crime.md"))
    with pytest.raises(PluginError, match=r"themes/hate-crime.md: a link points at partners/gone.md, which is not a page of the site"):
        links.partner("gone")


def test_a_page_keeps_one_stash_however_often_its_values_reach_markdown(monkeypatch, catalogue):
    """Every value of a macro call asks for the page's stash; making one compiles a pattern."""
    made = []
    monkeypatch.setattr(build, "HtmlStash", lambda: made.append(HtmlStash()) or made[-1])
    site = BuildContext(Project.at(ROOT), catalogue, [], Settings())
    page = SimpleNamespace(file=SimpleNamespace(src_path="about.md"))
    stashes = {id(site.stash(page)) for _ in range(3)}
    assert len(stashes) == 1 and len(made) == 1
