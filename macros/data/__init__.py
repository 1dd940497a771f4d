"""The data layer: models, YAML reading and its checks, the catalogue, progress, partial dates.

Plain values in, models and errors out. It imports nothing else of this package and nothing of
the site builder (MkDocs, Material, ProperDocs)."""
