"""Everything in data/, validated, cross-checked and indexed once per build."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from macros.data.consistency import check_commitment_statuses, check_sub_strategies, check_unique_order
from macros.data.equality import check_characteristics, check_mitigation_references
from macros.data.contact_checks import check_local_routes_first
from macros.data.past_dates import build_day, check_past_dates
from macros.data.errors import DataError, DataErrors, unknown_id
from macros.data.loading import LoadedFile, Source, load_file
from macros.data.partial_dates import PartialDate, Precision
from macros.data.documents import AccessibilityStatement, EqualityImpactAssessment, Strategy
from macros.data.models import Commitment, Contact, Milestone, Partner, Phase, Sector, Situation, Status, Theme
from macros.data.public_record import Fact, Principle, Priority, Topic
from macros.data.registry import FILE_OF, FILES, PARTNER_PAGES, REFERENCES
from macros.data.yaml_reading import YamlFiles

# Partner pages live at partners/<id>/, beside these pages of the site itself.
RESERVED_PARTNER_IDS = tuple(sorted(PurePosixPath(name).stem for name in PARTNER_PAGES.own_pages))


@dataclass
class PartnerRoles:
    """What one partner does in one theme: the commitments it owns and those it supports."""

    owns: list[Commitment] = field(default_factory=list)
    supports: list[Commitment] = field(default_factory=list)


@dataclass
class Catalogue:
    strategy: Strategy
    themes: list[Theme]
    contacts: list[Contact]
    sectors: list[Sector]
    partners: list[Partner]
    commitments: list[Commitment]
    eia: EqualityImpactAssessment
    accessibility: AccessibilityStatement
    milestones: list[Milestone]
    # The Get help page's sections, each with its contacts (data/situations/).
    situations: list[Situation] = field(default_factory=list)
    # What the public record says since the 2020 report (public_record.py).
    priorities: list[Priority] = field(default_factory=list)
    principles: list[Principle] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    theme_by_id: dict[str, Theme] = field(init=False)
    priority_by_id: dict[str, Priority] = field(init=False)
    principle_by_id: dict[str, Principle] = field(init=False)
    situation_by_id: dict[str, Situation] = field(init=False)
    contact_by_id: dict[str, Contact] = field(init=False)
    partner_by_id: dict[str, Partner] = field(init=False)
    commitment_by_id: dict[str, Commitment] = field(init=False)
    milestone_by_id: dict[str, Milestone] = field(init=False)
    commitments_by_theme: dict[str, list[Commitment]] = field(init=False)
    milestones_by_theme: dict[str, list[Milestone]] = field(init=False)
    # Built once so that pages look up rather than search: the build then grows with the
    # number of partners plus commitments, not with the two multiplied.
    sector_by_id: dict[str, Sector] = field(init=False)
    partners_by_sector: dict[str, list[Partner]] = field(init=False)
    commitments_owned_by: dict[str, list[Commitment]] = field(init=False)
    commitments_supported_by: dict[str, list[Commitment]] = field(init=False)
    commitments_without_owner: list[Commitment] = field(init=False)
    commitments_by_status: dict[Status, list[Commitment]] = field(init=False)
    roles_by_theme_and_partner: dict[tuple[str, str], PartnerRoles] = field(init=False)

    def __post_init__(self) -> None:
        # Files in a folder have no order of their own: each kind is put in the order the site lists it.
        self.themes = sorted(self.themes, key=lambda theme: theme.order)
        self.sectors = sorted(self.sectors, key=lambda sector: sector.order)
        self.situations = sorted(self.situations, key=lambda situation: situation.order)
        self.situation_by_id = {situation.id: situation for situation in self.situations}
        self.priorities = sorted(self.priorities, key=lambda priority: priority.order)
        self.principles = sorted(self.principles, key=lambda principle: principle.order)
        self.facts = sorted(self.facts, key=lambda fact: fact.order)
        self.priority_by_id = {priority.id: priority for priority in self.priorities}
        self.principle_by_id = {principle.id: principle for principle in self.principles}
        self.partners = sorted(self.partners, key=lambda partner: partner.name.casefold())
        theme_rank = {theme.id: rank for rank, theme in enumerate(self.themes)}
        self.commitments = sorted(self.commitments, key=lambda commitment: (theme_rank.get(commitment.theme, 0), commitment.id))
        self.contacts = sorted(self.contacts, key=lambda contact: contact.id)
        self.contact_by_id = {contact.id: contact for contact in self.contacts}
        self.theme_by_id = {theme.id: theme for theme in self.themes}
        self.partner_by_id = {partner.id: partner for partner in self.partners}
        self.commitment_by_id = {commitment.id: commitment for commitment in self.commitments}
        self.milestone_by_id = {milestone.id: milestone for milestone in self.milestones}
        self.sector_by_id = {sector.id: sector for sector in self.sectors}
        self.partners_by_sector = defaultdict(list)
        for partner in self.partners:
            self.partners_by_sector[partner.sector].append(partner)
        self.commitments_by_theme = defaultdict(list)
        self.commitments_owned_by = defaultdict(list)
        self.commitments_supported_by = defaultdict(list)
        self.commitments_without_owner = []
        self.commitments_by_status = {status: [] for status in Status}
        self.roles_by_theme_and_partner = defaultdict(PartnerRoles)
        for commitment in self.commitments:
            self.commitments_by_theme[commitment.theme].append(commitment)
            self.commitments_by_status[self.status_of(commitment)].append(commitment)
            if commitment.owner is None:
                self.commitments_without_owner.append(commitment)
            else:
                self.commitments_owned_by[commitment.owner].append(commitment)
                self.roles_by_theme_and_partner[commitment.theme, commitment.owner].owns.append(commitment)
            for partner_id in commitment.supporting:
                self.commitments_supported_by[partner_id].append(commitment)
                self.roles_by_theme_and_partner[commitment.theme, partner_id].supports.append(commitment)
        # In timeline order, so every page and export lists milestones the same way.
        self.milestones = sorted(self.milestones, key=_timeline_key)
        self.milestones_by_theme = defaultdict(list)
        for milestone in self.milestones:
            for theme_id in milestone.themes:
                self.milestones_by_theme[theme_id].append(milestone)

    def sub_strategy_of(self, theme: Theme) -> Milestone:
        """The milestone that is the theme's sub-strategy: its status is the sub-strategy's."""
        return self.milestone_by_id[theme.sub_strategy.milestone]

    def status_of(self, commitment: Commitment) -> Status:
        """A commitment's own status, else its milestone's: progress is kept in one place."""
        if commitment.status is not None:
            return commitment.status
        return self.milestone_by_id[commitment.milestone].status

    def due_of(self, commitment: Commitment) -> PartialDate | None:
        """When a commitment is due: its own date, else when its milestone ends."""
        if commitment.due is not None:
            return PartialDate.parse(commitment.due.isoformat())
        milestone = self.milestone_by_id.get(commitment.milestone) if commitment.milestone else None
        return (milestone.end or milestone.date) if milestone else None

    def owned_by(self, partner: Partner) -> list[Commitment]:
        return self.commitments_owned_by.get(partner.id, [])

    def supported_by(self, partner: Partner) -> list[Commitment]:
        return self.commitments_supported_by.get(partner.id, [])

    def roles(self, theme: Theme, partner: Partner) -> PartnerRoles:
        return self.roles_by_theme_and_partner.get((theme.id, partner.id)) or PartnerRoles()

    def unowned_in(self, theme: Theme) -> list[Commitment]:
        return [commitment for commitment in self.commitments_by_theme.get(theme.id, []) if commitment.owner is None]

    def sectors_with_partners(self) -> list[Sector]:
        return [sector for sector in self.sectors if self.partners_by_sector.get(sector.id)]

    def sectors_without_partners(self) -> list[Sector]:
        return [sector for sector in self.sectors if not self.partners_by_sector.get(sector.id)]

    @property
    def contacts_on_every_theme(self) -> list[Contact]:
        """The numbers to call now (999, 101), shown first on every theme and on the home page."""
        return [contact for contact in self.contacts if contact.on_every_theme]

    def contacts_for(self, theme: Theme) -> list[Contact]:
        """The contacts shown on every theme first, then the theme's own."""
        everywhere = self.contacts_on_every_theme
        own = [self.contact_by_id[contact_id] for contact_id in theme.contacts if contact_id not in {c.id for c in everywhere}]
        return everywhere + own

    def contacts_in(self, situation: Situation) -> list[Contact]:
        return [self.contact_by_id[contact_id] for contact_id in situation.contacts]

    def situations_for(self, theme: Theme) -> list[Situation]:
        """The Get help sections a theme's page points to."""
        return [situation for situation in self.situations if theme.id in situation.themes]

    def related_themes(self, theme: Theme) -> list[Theme]:
        return [self.theme_by_id[theme_id] for theme_id in theme.related]

    def themes_lined_up_with(self, priority: Priority) -> list[Theme]:
        """The report's themes that line up with an adopted priority (each theme says which)."""
        return [theme for theme in self.themes if priority.id in theme.priorities]

    def facts_on(self, topic: Topic) -> list[Fact]:
        return [fact for fact in self.facts if fact.topic is topic]


def _timeline_key(milestone: Milestone) -> tuple:
    """Phase first (the page groups by phase), then the month it starts in.

    Within a month, the more exact date comes first: "9 November 2020" reads before
    "November 2020 to April 2021", which may start on any day of that month. Ties are in
    the order of their ids, which are their file names.
    """
    start = milestone.first_day
    precision_rank = list(Precision).index(milestone.date.precision)
    return (list(Phase).index(milestone.phase), start.replace(day=1), precision_rank, start, milestone.last_day)


def load_catalogue(data_dir: Path, files: YamlFiles | None = None, today: datetime.date | None = None) -> Catalogue:
    """Read, validate and index data/; raise DataErrors listing every problem found. Dates
    that record what has happened are checked against `today` (unset: the build's day)."""
    files = files or YamlFiles()
    loaded = {spec.kind: load_file(spec, data_dir, files) for spec in FILES}
    errors = [error for result in loaded.values() for error in result.errors]
    errors += _check_references(loaded)
    errors += _check_equality_impact_assessment(loaded)
    errors += _check_partner_ids(loaded["partner"])
    errors += check_sub_strategies(loaded["theme"], loaded["milestone"], FILE_OF["milestone"])
    errors += check_commitment_statuses(loaded["commitment"], loaded["milestone"])
    errors += [error for kind in ("theme", "sector", "situation", "priority", "principle", "fact") for error in check_unique_order(loaded[kind])]
    errors += check_local_routes_first(loaded["situation"], loaded["contact"])
    errors += check_past_dates(loaded, today or build_day())
    if errors:
        raise DataErrors(errors)
    records = {spec.attribute: [entry.record for entry in loaded[spec.kind].entries] for spec in FILES}
    return Catalogue(**{spec.attribute: records[spec.attribute] if spec.is_list else records[spec.attribute][0] for spec in FILES})


class CatalogueReader:
    """Reads a data folder's catalogue, again only when one of its files has changed: `mkdocs
    serve` builds again after every save, often of a page, not of data/. Whoever keeps the
    reader (the plugin, for as long as serve runs) keeps what it has read."""

    def __init__(self) -> None:
        self.files = YamlFiles()
        self._read: tuple[Path, tuple, Catalogue] | None = None

    def read(self, folder: Path, today: datetime.date | None = None) -> Catalogue:
        """The catalogue; DataErrors lists every problem in it."""
        today = today or build_day()
        fingerprint = (today, *(
            (path.relative_to(folder).as_posix(), stat.st_mtime_ns, stat.st_size)
            for path in sorted(folder.rglob("*"))
            for stat in (path.stat(),)
        ))
        if self._read and self._read[:2] == (folder, fingerprint):
            return self._read[2]
        catalogue = load_catalogue(folder, self.files, today)
        self._read = (folder, fingerprint, catalogue)
        return catalogue


def _check_equality_impact_assessment(loaded: dict[str, LoadedFile]) -> list[DataError]:
    """Its rows are nested in one mapping, so REFERENCES (top-level fields) cannot reach them."""
    errors = []
    for entry in loaded["equality impact assessment"].entries:
        errors += check_characteristics(entry)
        errors += check_mitigation_references(
            entry,
            partners=(loaded["partner"].ids_seen, FILE_OF["partner"]),
            commitments=(loaded["commitment"].ids_seen, FILE_OF["commitment"]),
            milestones=(loaded["milestone"].ids_seen, FILE_OF["milestone"]),
        )
    return errors


def _check_references(loaded: dict[str, LoadedFile]) -> list[DataError]:
    """Every reference, in one place: each names a record that exists, a list names each
    once, and no record names itself (a situation seeing also itself, a theme related to itself)."""
    errors = []
    for (kind, field_name), target in REFERENCES.items():
        if not loaded[target].readable:
            continue  # the target file's own error says what is wrong; every reference would repeat it
        known = loaded[target].ids_seen
        for item, source in loaded[kind].raw_entries:
            seen: set[str] = set()
            for position, value in enumerate(_ids_in(item.get(field_name))):
                line = source.line_of_item(field_name, position) if isinstance(item.get(field_name), list) else source.line_of(field_name)
                if kind == target and value == item.get("id"):
                    message = f'"{value}" is this {kind} itself: name other {kind}s here, or none'
                    errors.append(DataError(source.file, line, source.entry, field_name, message))
                elif value in seen:
                    message = f'"{value}" is listed more than once: keep it once'
                    errors.append(DataError(source.file, line, source.entry, field_name, message))
                elif value not in known:
                    errors.append(_unknown_reference(source, field_name, value, target, loaded[target]))
                seen.add(value)
    return errors


def _ids_in(value) -> list[str]:
    """The ids a reference field names; values of the wrong type are the model's to report."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str)]
    return []


def _unknown_reference(source: Source, field_name: str, value: str, target: str, loaded: LoadedFile) -> DataError:
    if value in loaded.withdrawn:
        message = f'"{value}" was taken off the site ({loaded.withdrawn[value]} says withdrawn: true): remove it here too'
    else:
        message = unknown_id(value, target, FILE_OF[target], loaded.ids_seen)
    return DataError(source.file, source.line_of(field_name), source.entry, field_name, message)


def _check_partner_ids(partners: LoadedFile) -> list[DataError]:
    return [
        DataError(
            entry.source.file,
            entry.source.line_of("id"),
            entry.source.entry,
            "id",
            f'"{entry.record.id}" is the name of a page of the site ({", ".join(RESERVED_PARTNER_IDS)} are taken); choose another id',
        )
        for entry in partners.entries
        if entry.record.id in RESERVED_PARTNER_IDS
    ]
