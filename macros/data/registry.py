"""Every kind of record in data/, in one table: where its files are, the word officers know it
by, its model and where the catalogue keeps it; which fields name records of another kind;
and which kinds have a page of their own.

Everything that goes through every kind reads it from here: loading and the catalogue, the
change history, the editor's forms and the JSON Schemas, and the sources of each page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath

from macros.data.documents import AccessibilityStatement, EqualityImpactAssessment, Strategy
from macros.data.loading import FileSpec
from macros.data.models import Commitment, Contact, Milestone, Partner, Sector, Situation, Theme
from macros.data.public_record import Fact, Principle, Priority

FILES = (
    FileSpec("strategy.yml", "strategy", Strategy, is_list=False, attribute="strategy"),
    FileSpec("themes", "theme", Theme, attribute="themes"),
    FileSpec("contacts", "contact", Contact, attribute="contacts"),
    FileSpec("sectors", "sector", Sector, attribute="sectors"),
    FileSpec("partners", "partner", Partner, attribute="partners"),
    FileSpec("commitments", "commitment", Commitment, attribute="commitments"),
    FileSpec("eia.yml", "equality impact assessment", EqualityImpactAssessment, is_list=False, attribute="eia"),
    FileSpec("accessibility.yml", "accessibility statement", AccessibilityStatement, is_list=False, attribute="accessibility"),
    FileSpec("milestones", "milestone", Milestone, attribute="milestones"),
    FileSpec("situations", "situation", Situation, attribute="situations"),
    FileSpec("priorities", "priority", Priority, attribute="priorities"),
    FileSpec("principles", "principle", Principle, attribute="principles"),
    FileSpec("facts", "fact", Fact, attribute="facts"),
)

SPEC_OF_KIND = {spec.kind: spec for spec in FILES}
SPEC_OF_MODEL = {spec.model: spec for spec in FILES}
FILE_OF = {spec.kind: spec.shown_as for spec in FILES}
KIND_OF_FOLDER = {spec.name: spec.kind for spec in FILES if spec.is_list}

# (kind, field) -> the kind its ids must name. Checked after every file is read.
REFERENCES = {
    ("theme", "related"): "theme",
    ("theme", "contacts"): "contact",
    ("partner", "sector"): "sector",
    ("commitment", "theme"): "theme",
    ("commitment", "owner"): "partner",
    ("commitment", "supporting"): "partner",
    ("commitment", "milestone"): "milestone",
    ("milestone", "themes"): "theme",
    ("milestone", "lead"): "partner",
    ("milestone", "partners"): "partner",
    ("situation", "contacts"): "contact",
    ("situation", "themes"): "theme",
    ("situation", "see_also"): "situation",
    ("theme", "priorities"): "priority",
    ("theme", "principles"): "principle",
}


def source_of(record) -> str | None:
    """The file a top-level record is kept in, relative to the project; None for anything else."""
    spec = SPEC_OF_MODEL.get(type(record))
    if spec is None:
        return None
    return f"data/{spec.name}/{record.id}.yml" if spec.is_list else f"data/{spec.name}"


# --- records with a page of their own -------------------------------------------------------


@dataclass(frozen=True)
class RecordPages:
    """A kind of record whose every record has a page at docs/<folder>/<id>.md: written by
    officers (a theme's), or made by the build from the record alone (a partner's), beside the
    folder's own pages."""

    kind: str
    folder: str
    written: bool  # True: the page is an officer's file; False: the build makes it from the record
    own_pages: frozenset[str]  # the folder's pages that are no record's: its index, say

    def page_of(self, record_id: str) -> str:
        return f"{self.folder}/{record_id}.md"

    def id_of(self, src_path: str) -> str | None:
        """The record a page (its path inside docs/) is about, from its file name."""
        path = PurePosixPath(src_path)
        if path.parent == PurePosixPath(self.folder) and path.suffix == ".md" and path.name not in self.own_pages:
            return path.stem
        return None

    def source_of_page(self, record_id: str, docs_prefix: str = "docs") -> str:
        """The file the record's page is published from, as the change history names it."""
        if self.written:
            return f"{docs_prefix}/{self.page_of(record_id)}"
        return f"data/{SPEC_OF_KIND[self.kind].name}/{record_id}.yml"


THEME_PAGES = RecordPages("theme", "themes", written=True, own_pages=frozenset({"index.md"}))
PARTNER_PAGES = RecordPages("partner", "partners", written=False, own_pages=frozenset({"index.md", "overview.md"}))
# Each situation's page, under the Get help page (docs/get-help.md, at get-help/).
SITUATION_PAGES = RecordPages("situation", "get-help", written=False, own_pages=frozenset())
RECORD_PAGES = {pages.kind: pages for pages in (THEME_PAGES, PARTNER_PAGES, SITUATION_PAGES)}


def page_source(src_path: str, generated: bool, docs_prefix: str = "docs") -> str | None:
    """The file a page of the site is published from: its Markdown in docs/, or, for a page the
    build makes from a record, that record's file; None for a page made from no one file (a
    long roadmap's page for a year)."""
    if not generated:
        return f"{docs_prefix}/{src_path}"
    for pages in RECORD_PAGES.values():
        if not pages.written and (record_id := pages.id_of(src_path)):
            return pages.source_of_page(record_id, docs_prefix)
    return None
