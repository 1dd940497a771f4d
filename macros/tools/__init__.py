"""Commands for officers and reviewers: validate-data, pr-summary (and the site comparison it
builds on), the JSON Schemas, the web editor's configuration and the local editor.

The top layer: it may import any layer below."""
