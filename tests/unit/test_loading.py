"""Loading the real data: every entry arrives, in order, with its references resolved."""

from __future__ import annotations

import yaml

from macros.models import SubStrategyStatus
from tests.sitebuild import ROOT


def raw(name: str) -> list:
    return yaml.safe_load((ROOT / "data" / name).read_text())


def test_no_entry_is_dropped(catalogue):
    assert [theme.id for theme in catalogue.themes] == [entry["id"] for entry in raw("themes.yml")]
    assert list(catalogue.contacts) == [entry["id"] for entry in raw("contacts.yml")]
    assert [partner.id for partner in catalogue.partners] == [entry["id"] for entry in raw("partners.yml")]
    assert [commitment.id for commitment in catalogue.commitments] == [entry["id"] for entry in raw("commitments.yml")]


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
    for contact in catalogue.contacts.values():
        assert str(contact.source).startswith("https://"), contact.id


def test_indexes_hold_every_commitment_once_per_theme(catalogue):
    indexed = [commitment.id for commitments in catalogue.commitments_by_theme.values() for commitment in commitments]
    assert sorted(indexed) == sorted(commitment.id for commitment in catalogue.commitments)


def test_dates_are_real_dates_not_text(catalogue):
    written = raw("strategy.yml")["committee"]["date"]  # plain YAML reads it as a date too
    assert catalogue.strategy.committee.date == written


def test_sub_strategy_status_is_a_closed_vocabulary(catalogue):
    assert all(isinstance(theme.sub_strategy.status, SubStrategyStatus) for theme in catalogue.themes)
