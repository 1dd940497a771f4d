"""The site's pages: the build context, links, the macros pages call, generated pages, each
page's history, and the checks of docs/ (checks/).

It may import the core (data/, history/, render/, exports/) and MkDocs' page and file types."""
