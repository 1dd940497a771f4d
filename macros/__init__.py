"""The mkdocs-macros module: define_env only wires the catalogue to the page macros."""

from .build import catalogue_for
from .page_macros import register


def define_env(env) -> None:
    register(env, catalogue_for(env.conf))
