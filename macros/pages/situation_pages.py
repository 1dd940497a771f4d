"""Each situation's page under Get help (get-help/<id>/), made from its record in
data/situations/: who it is for, the numbers to call now, then its contacts, Wirral and
Merseyside's before national ones, each once. A Markdown file at docs/get-help/<id>.md is
optional and adds text above the generated part, as a partner's does."""

from __future__ import annotations

from mkdocs.structure.pages import Page

from macros.data.models import ContactScope
from macros.pages.context import BuildContext
from macros.pages.links import Links

HELP_PAGE = "get-help.md"


def situation_page(markdown: str, page: Page, build: BuildContext, links: Links, situation_id: str) -> str:
    catalogue = build.catalogue
    situation = catalogue.situation_by_id[situation_id]
    contacts = catalogue.contacts_in(situation)
    page.meta["title"] = situation.title  # the plugin (on_page_markdown) makes titles and descriptions markup-free
    page.meta.setdefault("description", situation.summary)
    # A resident's page, read like a council's: no menu or contents column beside it.
    page.meta.setdefault("hide", ["navigation", "toc"])
    build.sources.shown("data/contacts/")  # which numbers to call now it shows is worked out here
    # Material's search weighs a page's tags above its title and text: the words people type
    # for this ("ASB") find its page first. Without the tags plugin, no page shows them.
    page.meta.setdefault("tags", list(situation.search_words))
    if situation.exit_this_page:
        page.meta["exit_this_page"] = True
    body = build.renderer.markdown(
        "situation_page.md",
        build.stash(page),
        situation=situation,
        # The numbers to call now, unless the page gives them in full among its own.
        urgent=[contact for contact in catalogue.contacts_on_every_theme if contact not in contacts],
        local=[contact for contact in contacts if contact.scope == ContactScope.LOCAL],
        national=[contact for contact in contacts if contact.scope == ContactScope.NATIONAL],
        see_also=[(other, links.situation(other.id)) for other in map(catalogue.situation_by_id.get, situation.see_also)],
        help_page=links.to(HELP_PAGE),
    )
    return "\n\n".join(part for part in (markdown.strip(), body) if part) + "\n"
