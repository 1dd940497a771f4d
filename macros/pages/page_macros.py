"""The macros that Markdown pages call, such as {{< theme_cards() >}}.

Each returns HTML made by a template, or plain text that the page's stash escapes, so pages
never restate a fact from data/. The macros of the theme, roadmap, partners, updates and
EIA pages live in their own modules.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from markupsafe import Markup
from mkdocs.exceptions import PluginError

from macros.data.glossary import read_glossary
from macros.pages.context import BuildContext
from macros.pages.eia_macros import register_eia_and_accessibility
from macros.pages.help_macros import register_help
from macros.pages.links import Links
from macros.pages.macro_arguments import HeadingLevel
from macros.pages.partner_macros import register_partners
from macros.pages.roadmap_macros import register_roadmap
from macros.pages.strategy_macros import register_strategy_record
from macros.pages.theme_macros import register_themes
from macros.pages.update_macros import register_updates
from macros.data.numbers import counted

SNIPPETS = "pymdownx.snippets"

STRATEGY, THEMES, CONTACTS, SECTORS, PARTNERS, COMMITMENTS, MILESTONES, EIA, ACCESSIBILITY, SITUATIONS = (
    "data/strategy.yml", "data/themes/", "data/contacts/", "data/sectors/", "data/partners/", "data/commitments/",
    "data/milestones/", "data/eia.yml", "data/accessibility.yml", "data/situations/",
)  # fmt: skip
PRIORITIES, PRINCIPLES, FACTS = "data/priorities/", "data/principles/", "data/facts/"

# What each macro shows beyond the records its templates read (those are noted by themselves,
# page_sources.py): facts worked out in Python, and lists of every record of a kind, where an
# added or removed record changes the page (a folder, ending "/"). A macro missing here counts
# as showing everything: the date may be too new, never too old.
DATA_READ_BY = {
    "period": (STRATEGY,),
    "completion_due": (STRATEGY,),
    "background_papers": (STRATEGY,),
    "aligned_plans": (STRATEGY,),
    "committee_decision": (STRATEGY,),
    "themes_in_words": (THEMES,),
    "theme_cards": (THEMES,),
    "emergency_contacts": (CONTACTS,),
    "situation_links": (SITUATIONS,),
    "sectors": (SECTORS,),
    "recent_changes": ("data/", "docs/"),
    "latest_updates": (),  # the updates it lists, noted by the macro
    "roadmap": (MILESTONES,),
    "milestone_progress": (MILESTONES,),
    "roadmap_timeline": (MILESTONES, THEMES, STRATEGY),
    "milestone_open_data": (),
    "partners_in_words": (PARTNERS,),
    "partner_directory": (PARTNERS, SECTORS),
    "partners_by_theme": (PARTNERS, THEMES, COMMITMENTS),
    "themes_by_partner": (PARTNERS, THEMES, COMMITMENTS),
    "commitment_summary": (COMMITMENTS, THEMES, MILESTONES),
    "partner_open_data": (),
    "eia_facts": (EIA,),
    "eia_table": (EIA,),
    "protected_characteristics": (),
    **{
        name: (ACCESSIBILITY,)
        for name in ("accessibility_fact", "accessibility_link", "compliance_status", "known_issues", "not_yet_tested", "accessibility_checks")
    },
    # A theme page's macros note its theme; the rest is what their templates read.
    **{
        name: ()
        for name in ("theme_summary", "theme_help", "theme_description", "theme_sub_strategy", "theme_commitments", "theme_milestones", "related_themes", "theme_updates")
    },
    "theme_timeline": (STRATEGY,),  # and the milestones it draws, noted by the macro
    "strategy_now": (FACTS,),
    "strategy_facts": (FACTS,),
    "priorities_in_words": (PRIORITIES,),
    "principles_in_words": (PRINCIPLES,),
    "adopted_priorities": (PRIORITIES, THEMES),
    "adopted_principles": (PRINCIPLES,),
    "themes_and_priorities": (THEMES, PRIORITIES, PRINCIPLES),
    "theme_in_adopted_strategy": (),  # the theme and the priorities it names, noted by its template
    "glossary": (),  # includes/glossary.md, outside data/
    "pdf_download_link": (),  # the PDF's address and size, not data
}


def glossary_file(config) -> Path:
    """The glossary named in mkdocs.yml: the one file the snippets extension adds to every page."""
    options = config.mdx_configs.get(SNIPPETS, {})
    appended = options.get("auto_append") or []
    if not appended:
        raise PluginError(f"mkdocs.yml: {SNIPPETS} should add the glossary to every page (auto_append: [glossary.md])")
    bases = options.get("base_path") or ["."]
    base = bases[0] if isinstance(bases, list) else bases
    return Path(str(base)) / appended[0]


def register(env, build: BuildContext) -> None:
    catalogue = build.catalogue
    strategy = catalogue.strategy
    render = build.renderer.html

    def links() -> Links:
        return build.links(env.page, env.variables["files"])

    @env.macro
    def period() -> str:
        return f"{strategy.start_year} to {strategy.end_year}"

    @env.macro
    def completion_due() -> str:
        return strategy.completion_due

    @env.macro
    def themes_in_words() -> str:
        return counted(len(catalogue.themes), "theme")

    @env.macro
    def theme_cards(heading_level: HeadingLevel = 3) -> Markup:
        # A card's heading sits one level below the page heading it follows (no skipped levels).
        return render("theme_cards.html", themes=catalogue.themes, links=links(), heading_level=int(heading_level))

    @env.macro
    def sectors() -> Markup:
        return render("named_list.html", items=catalogue.sectors, css_class="sectors")

    @env.macro
    def background_papers() -> Markup:
        return render("named_list.html", items=strategy.background_papers, css_class="references")

    @env.macro
    def aligned_plans() -> Markup:
        return render("named_list.html", items=strategy.aligned_plans, css_class="references")

    @env.macro
    def committee_decision() -> Markup:
        return render("committee.html", committee=strategy.committee)

    @env.macro
    def glossary() -> Markup:
        entries = sorted(read_glossary(glossary_file(env.conf)), key=lambda entry: entry.term.lower())
        return render("glossary.html", entries=entries)

    @env.macro
    def pdf_download_link() -> Markup:
        """The link to the whole-strategy PDF, written in after the build (strategy_document.py)."""
        return build.pdf_links.add(Path(env.page.file.abs_dest_path), env.page.url)

    register_help(env, build, links)
    register_themes(env, build, links)
    register_eia_and_accessibility(env, build, links)
    register_roadmap(env, build, links)
    register_partners(env, build, links)
    register_updates(env, build, links)
    register_strategy_record(env, build, links)


class _Recorder:
    """Stands in for the macros plugin to collect this site's macros, without a build:
    only their names and signatures are used (macro_calls.py checks pages against them)."""

    page = None
    variables: dict = {}

    def __init__(self) -> None:
        self.macros: dict = {}

    def macro(self, function, name: str = ""):
        self.macros[name or function.__name__] = function
        return function


class _NoBuild:
    """A build with nothing in it: registering reads no fact until a macro is called."""

    def __getattr__(self, name):
        return self


@cache
def site_macros() -> dict:
    """Every macro a page of this site may call, by name."""
    recorder = _Recorder()
    register(recorder, _NoBuild())
    return recorder.macros
