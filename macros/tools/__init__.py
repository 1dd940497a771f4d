"""Commands for officers and reviewers: validate-data, pr-summary, the schemas, the editor's
configuration and the local editor. They may import any layer below."""
