"""The mkdocs-macros module: define_env only wires the build to the page macros."""

from functools import wraps

from .build import build_for
from .page_macros import DATA_READ_BY, register

ALL_DATA_FOLDERS = ("",)  # a prefix of every data file: the date may be too new, never too old


def define_env(env) -> None:
    build = build_for(env.conf)  # reads data/ now: a data error stops the build before any page
    before = set(env.macros)
    register(env, build)
    for name in set(env.macros) - before:  # ours only, not the plugin's built-in macros
        env.macros[name] = _recording_data_read(env, name, env.macros[name])


def on_pre_page_macros(env) -> None:
    """Every value a macro call writes into a page passes through the page's stash: text is
    escaped for Markdown, HTML is put aside until Markdown has run (html_stash.py). The
    plugin makes its Jinja environment after define_env, so this is set here, before the
    page's template is compiled."""
    env.env.finalize = lambda value: build_for(env.conf).stash(env.page).finalize(value)


def _recording_data_read(env, name, function):
    """Note on the page which data it shows, for its "Last updated" date."""

    @wraps(function)
    def macro(*args, **kwargs):
        if env.page is not None:
            env.page.meta.setdefault("data_files", set()).update(DATA_READ_BY.get(name, ALL_DATA_FOLDERS))
        return function(*args, **kwargs)

    return macro
