"""Compiled templates kept between builds give the same output, and are reused."""

from __future__ import annotations

from jinja2 import Environment, FileSystemLoader

from macros.render.template_cache import CACHE_FOLDER, bytecode_cache
from tests.sitebuild import ROOT

TEMPLATES = ROOT / "macros" / "render" / "templates"


def environment(project):
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, bytecode_cache=bytecode_cache(project, "html"))


def test_a_second_build_reuses_the_compiled_template_and_renders_the_same(tmp_path, monkeypatch):
    first = environment(tmp_path).get_template("link.html").render(link={"url": "https://example.org/?a=<b>", "name": "x & y"})
    assert list((tmp_path / CACHE_FOLDER / "html").iterdir())

    def no_compiling(*args, **kwargs):
        raise AssertionError("the template was compiled again")

    monkeypatch.setattr(Environment, "compile", no_compiling)
    assert environment(tmp_path).get_template("link.html").render(link={"url": "https://example.org/?a=<b>", "name": "x & y"}) == first


def test_a_changed_template_is_compiled_again(tmp_path):
    (tmp_path / "templates").mkdir()
    source = tmp_path / "templates" / "t.html"
    cache = bytecode_cache(tmp_path, "html")
    source.write_text("one {{ x }}")
    assert Environment(loader=FileSystemLoader(source.parent), bytecode_cache=cache).get_template("t.html").render(x=1) == "one 1"
    source.write_text("two {{ x }}")
    assert Environment(loader=FileSystemLoader(source.parent), bytecode_cache=cache).get_template("t.html").render(x=1) == "two 1"


def test_without_a_writable_folder_templates_are_compiled_each_time(tmp_path):
    (tmp_path / ".cache").write_text("a file where the folder would be")
    assert bytecode_cache(tmp_path, "html") is None
