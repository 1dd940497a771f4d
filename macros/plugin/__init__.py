"""The adapter to the site builder: the MkDocs plugin and its events (strategy.py), what the
macros plugin calls (macros_module.py), the whole-strategy PDF through the events
(print_site.py), serve's file watching and the editor's files.

It may import every layer but tools/; upstream.py is the one module that may reach into other
packages' insides. Changing builder is changing this layer."""
