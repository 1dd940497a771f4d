"""The data layer: the models, the one YAML reader and its checks, loading with line numbers,
the registry of record kinds, the catalogue and the checks between records, progress and
partial dates.

Plain values in (paths, text, dates), models and DataErrors out. It imports nothing else of
this package, and nothing of the site builder (MkDocs, Material, ProperDocs)."""
