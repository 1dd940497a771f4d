"""The mkdocs-macros module: define_env only wires the catalogue to the page macros."""

from functools import wraps

from .build import catalogue_for
from .catalogue import FILES
from .page_macros import DATA_READ_BY, register

ALL_DATA_FILES = tuple(spec.name for spec in FILES)


def define_env(env) -> None:
    before = set(env.macros)
    register(env, catalogue_for(env.conf))
    for name in set(env.macros) - before:  # ours only, not the plugin's built-in macros
        env.macros[name] = _recording_data_read(env, name, env.macros[name])


def _recording_data_read(env, name, function):
    """Note on the page which data files its macros read (for its "Last updated" date)."""

    @wraps(function)
    def macro(*args, **kwargs):
        if env.page is not None:
            env.page.meta.setdefault("data_files", set()).update(DATA_READ_BY.get(name, ALL_DATA_FILES))
        return function(*args, **kwargs)

    return macro
