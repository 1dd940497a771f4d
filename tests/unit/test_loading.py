"""Loading the real data: every record arrives, in the order the site lists it, with its references resolved."""

from __future__ import annotations

import yaml

from tests.sitebuild import ROOT


def raw(name: str):
    return yaml.safe_load((ROOT / "data" / name).read_text())


def records(folder: str) -> list[dict]:
    """The records of a folder, but those taken off the site (withdrawn: true)."""
    every = [yaml.safe_load(path.read_text()) for path in sorted((ROOT / "data" / folder).glob("*.yml"))]
    return [entry for entry in every if "withdrawn" not in entry]


def test_no_record_is_dropped(catalogue):
    for folder in ("themes", "contacts", "sectors", "partners", "commitments", "milestones", "situations", "priorities", "principles", "facts"):
        kept = getattr(catalogue, folder)
        assert sorted(record.id for record in kept) == sorted(entry["id"] for entry in records(folder)), folder
    assert sorted(theme.id for theme in catalogue.themes) == sorted(entry["id"] for entry in records("themes"))
    assert sorted(catalogue.contact_by_id) == sorted(entry["id"] for entry in records("contacts"))
    assert sorted(partner.id for partner in catalogue.partners) == sorted(entry["id"] for entry in records("partners"))
    assert sorted(c.id for c in catalogue.commitments) == sorted(entry["id"] for entry in records("commitments"))
    assert sorted(m.id for m in catalogue.milestones) == sorted(entry["id"] for entry in records("milestones"))


def test_themes_are_in_the_order_their_records_give(catalogue):
    assert [theme.order for theme in catalogue.themes] == sorted(entry["order"] for entry in records("themes"))
    assert catalogue.themes[0].id == "anti-social-behaviour" and catalogue.themes[-1].id == "neighbourhood-engagement"


def test_each_record_is_named_by_its_id():
    for folder in ("themes", "contacts", "sectors", "partners", "commitments", "milestones"):
        for path in (ROOT / "data" / folder).glob("*.yml"):
            assert yaml.safe_load(path.read_text())["id"] == path.stem, path


def test_the_nine_themes_of_the_report_are_there(catalogue):
    names = {theme.name.lower() for theme in catalogue.themes}
    assert names == {
        "anti-social behaviour",
        "crime and violence reduction",
        "modern slavery",
        "hate crime",
        "domestic abuse",
        "emergency planning",
        "road safety",
        "community safety",
        "neighbourhood engagement",
    }


def test_neighbourhood_engagement_has_no_invented_description(catalogue):
    theme = catalogue.theme_by_id["neighbourhood-engagement"]
    assert theme.report_description is None
    assert theme.examples == []


def test_every_theme_has_999_and_101_first(catalogue):
    for theme in catalogue.themes:
        phones = [contact.phone for contact in catalogue.contacts_for(theme)]
        assert phones[:2] == ["999", "101"], theme.id


def test_contacts_are_not_repeated_on_a_theme(catalogue):
    for theme in catalogue.themes:
        ids = [contact.id for contact in catalogue.contacts_for(theme)]
        assert len(ids) == len(set(ids)), theme.id


def test_every_contact_has_a_source(catalogue):
    for contact in catalogue.contacts:
        assert str(contact.source).startswith("https://"), contact.id


def test_indexes_hold_every_commitment_once_per_theme(catalogue):
    indexed = [commitment.id for commitments in catalogue.commitments_by_theme.values() for commitment in commitments]
    assert sorted(indexed) == sorted(commitment.id for commitment in catalogue.commitments)


def test_dates_are_real_dates_not_text(catalogue):
    written = raw("strategy.yml")["committee"]["date"]  # plain YAML reads it as a date too
    assert catalogue.strategy.committee.date == written


def test_each_sub_strategy_is_a_milestone_of_its_theme(catalogue):
    for theme in catalogue.themes:
        assert theme.id in catalogue.sub_strategy_of(theme).themes
