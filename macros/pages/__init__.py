"""The site's pages: the build context (context.py), links, the macros pages call (*_macros.py)
and the checks of their calls, the pages made from data, each page's history, and the checks
of docs/ (checks/).

It may import the core (data/, history/, render/, exports/), and MkDocs' page, file and
navigation types; not plugin/ or tools/."""
