"""What macros/plugin/upstream.py relies on in other packages' insides, one test for each: each
fails when a new version of the package moves or changes what the site uses, so an upgrade is
stopped here, before it quietly changes the site."""

from __future__ import annotations

import datetime
import inspect
import re
import subprocess
from pathlib import Path

import material
import pytest
from jinja2 import BytecodeCache
from mkdocs.config import load_config
from mkdocs.livereload import LiveReloadServer

from macros.plugin import upstream
from macros.plugin.strategy import plugin_of
from tests.sitebuild import ROOT

MATERIAL_TEMPLATES = Path(material.__file__).parent / "templates"


@pytest.fixture
def config(monkeypatch):
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "true")
    return load_config(str(ROOT / "mkdocs.yml"))


def test_material_blog_still_formats_its_dates_with_the_private_method_replaced(config):
    blog = next(plugin for name, plugin in config.plugins.items() if name.endswith("blog"))
    assert list(inspect.signature(type(blog)._format_date).parameters) == ["self", "date", "format", "config"]
    upstream.format_blog_dates(config, lambda day: f"{day.day} {day:%B %Y}")
    assert blog._format_date(datetime.date(2020, 11, 9), "d MMMM yyyy", config) == "9 November 2020"


def test_the_theme_still_makes_its_jinja_environment_with_get_env(config):
    class Cache(BytecodeCache):
        def load_bytecode(self, bucket):
            pass

        def dump_bytecode(self, bucket):
            pass

    cache = Cache()
    upstream.keep_theme_templates_compiled(config, cache)
    assert config.theme.get_env().bytecode_cache is cache
    upstream.keep_theme_templates_compiled(config, Cache())  # a second call changes nothing
    assert config.theme.get_env().bytecode_cache is cache


def test_material_blog_still_writes_the_navs_that_are_named_after_the_build():
    post = (MATERIAL_TEMPLATES / "partials" / "post.html").read_text(encoding="utf-8")
    sidebar = (MATERIAL_TEMPLATES / "blog-post.html").read_text(encoding="utf-8")
    assert upstream.UNNAMED_BLOG_NAVS[0].search(post)
    assert upstream.UNNAMED_BLOG_NAVS[1].search(sidebar)
    named = upstream.name_blog_landmarks(post + sidebar)
    assert 'aria-label="Read the whole update"' in named and 'aria-label="About this update"' in named


def test_each_read_the_whole_update_is_named_after_its_update():
    """Two excerpts on the updates page: two landmarks, told apart by their names (axe landmark-unique)."""
    excerpt = '<h2 id="{0}"><a href="{0}/">{1}</a><a class="headerlink" href="#{0}">\u00b6</a></h2><p>...</p><nav class="md-post__action"><a href="{0}/">Continue reading</a></nav>'
    page = excerpt.format("one", "Roads &amp; &quot;paths&quot;") + excerpt.format("two", "Second update")
    named = upstream.name_blog_landmarks(page)
    assert re.findall(r'<nav class="md-post__action" aria-label="([^"]*)">', named) == [
        "Read the whole update: Roads &amp; &#34;paths&#34;",
        "Read the whole update: Second update",
    ]


def test_the_macros_plugin_still_reads_its_git_variable_from_get_git_info(config, monkeypatch):
    import mkdocs_macros.context

    assert "get_git_info()" in inspect.getsource(mkdocs_macros.context.define_env)
    plugin_of(config).on_config(config)  # the strategy plugin's on_config runs before the macros plugin's

    def no_git(*args, **kwargs):
        raise AssertionError("git was run")

    monkeypatch.setattr(subprocess, "check_output", no_git)
    assert mkdocs_macros.context.get_git_info() == {"status": False, "date": None}


def test_the_print_site_plugin_still_has_the_parts_the_site_uses(config):
    upstream.switch_print_site(config, True)
    plugin = upstream.print_site_plugin(config)
    assert plugin is not None, "mkdocs.yml no longer uses the print-site plugin"
    config = plugin.on_config(config)
    assert hasattr(plugin.renderer, "items"), "the plugin no longer keeps the pages it joins in renderer.items"
    assert upstream.print_page(plugin).file.src_uri.endswith(".md")
    assert upstream.PRINT_SITE_SCRIPT in [str(script) for script in config.extra_javascript]
    upstream.without_print_site_script(config)
    assert upstream.PRINT_SITE_SCRIPT not in [str(script) for script in config.extra_javascript]
    assert upstream.print_section_id("partners/overview/") == "partners-overview"


def test_the_strategy_plugin_switches_the_print_page_off_before_the_plugin_reads_it(config):
    upstream.switch_print_site(config, False)
    assert upstream.print_site_plugin(config) is None
    assert "STRATEGY_PRINT_PAGE=false" in (ROOT / "scripts" / "serve").read_text(encoding="utf-8")


def test_the_print_site_plugin_still_fixes_links_and_ids_with_the_functions_replaced():
    from mkdocs_print_site_plugin import urls

    assert list(inspect.signature(urls.fix_href_links).parameters) == ["page_html", "page_key", "page_url", "directory_urls"]
    assert list(inspect.signature(urls.update_anchor_ids).parameters) == ["page_html", "page_key"]
    plugin_source = inspect.getsource(__import__("mkdocs_print_site_plugin.renderer", fromlist=["x"]))
    assert "fix_href_links(" in plugin_source or "fix_internal_links(" in plugin_source


def test_the_live_reload_server_still_keeps_what_it_watches_where_the_site_moves_it(tmp_path):
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    server.watch(str(tmp_path))
    assert server._watched_paths == {str(tmp_path): 1}

    class Observer(type(server.observer)):
        pass

    assert upstream.watch_with(server, Observer())
    assert isinstance(server.observer, Observer) and server._watched_paths == {str(tmp_path): 1}


def test_python_markdown_still_writes_the_headerlinks_taken_out_of_the_tab_order(config):
    """The ¶ after each heading, as mkdocs.yml's toc settings make it, gets tabindex="-1" once."""
    import markdown

    md = markdown.Markdown(extensions=["toc"], extension_configs={"toc": config.mdx_configs["toc"]})
    html = md.convert("# Title\n\n## A section\n\nText.")
    done = upstream.headerlinks_out_of_tab_order(html)
    assert done.count('class="headerlink"') == 2
    assert done.count('<a class="headerlink" tabindex="-1" href="#') == 2
    assert upstream.headerlinks_out_of_tab_order(done) == done  # a second pass adds nothing
