"""What the macros plugin calls in this project (through macros/__init__.py): it registers the
page macros with this build's context, and renders each page's macro calls.

mkdocs-macros-plugin stays the way pages call macros (`{{< ... >}}`); the context it hands
them is the one the strategy plugin made for this build.
"""

from __future__ import annotations

from functools import wraps

from macros.pages.macro_calls import render_page
from macros.pages.page_macros import DATA_READ_BY, register
from macros.plugin.strategy import plugin_of

EVERYTHING = ("data/",)  # every data file: the date may be too new, never too old


def define_env(env) -> None:
    build = plugin_of(env.conf).context  # made, and checked, by the strategy plugin's on_config
    before = set(env.macros)
    register(env, build)
    for name in set(env.macros) - before:  # ours only, not the plugin's built-in macros
        env.macros[name] = _recording_data_read(build, name, env.macros[name])


def on_pre_page_macros(env) -> None:
    """Every value a macro call writes into a page passes through the page's stash: text is
    escaped for Markdown, HTML is put aside until Markdown has run (render/html_stash.py). The
    plugin makes its Jinja environment after define_env, so this is set here, before the
    page's template is compiled.

    The page is rendered here too, with the plugin's environment and variables: an error
    then stops the build with the page's real line (macro_calls.render_page), where the
    plugin would print a Jinja traceback and exit. Every call was checked before any page
    was rendered (pages/checks/), so this is the net for what only running can find."""
    build = plugin_of(env.conf).context
    env.env.finalize = lambda value: build.stash(env.page).finalize(value)
    page = env.page
    if page.meta.get("render_macros") is True:
        text = page.file.content_string
        first_line = text.count("\n", 0, len(text) - len(env.markdown)) + 1 if text.endswith(env.markdown) else 1
        variables = {**env.variables, **page.meta}
        env.markdown = render_page(env.env, env.markdown, variables, f"docs/{page.file.src_path}", first_line)
        page.meta["render_macros"] = False  # rendered: the plugin passes the Markdown on as it is


def _recording_data_read(build, name, function):
    """Note what the macro shows beyond what its templates read, for the page's "Last updated"."""

    @wraps(function)
    def macro(*args, **kwargs):
        build.sources.shown(*DATA_READ_BY.get(name, EVERYTHING))
        return function(*args, **kwargs)

    return macro
