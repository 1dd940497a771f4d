"""The adapter to the site builder (MkDocs): the plugin's events, serve's file watching, the
editor's files. The only layer that may use MkDocs' and other plugins' insides."""
