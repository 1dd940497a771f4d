"""The module mkdocs-macros-plugin loads (mkdocs.yml: module_name: macros).

It only hands over to the plugin layer (plugin/macros_module.py), imported when the macros
plugin calls: importing any other part of the package, such as macros.data, loads no MkDocs.
"""


def define_env(env) -> None:
    from macros.plugin.macros_module import define_env as register_page_macros

    register_page_macros(env)


def on_pre_page_macros(env) -> None:
    from macros.plugin.macros_module import on_pre_page_macros as render_macro_calls

    render_macro_calls(env)
