"""The Get help page's data: contacts from checked facts only, grouped by situation with local
routes first, and a reminder when a contact is due to be checked again."""

from __future__ import annotations

import datetime

import pytest

from macros.data.contact_checks import due_for_a_check, months_after
from macros.data.models import Contact, ContactScope


@pytest.mark.parametrize(
    ("day", "expected"),
    [("2026-11-25", "2027-05-25"), ("2026-08-31", "2027-02-28"), ("2027-08-31", "2028-02-29"), ("2026-06-30", "2026-12-30")],
)
def test_six_months_after_keeps_the_day_or_takes_the_months_last(day, expected):
    assert months_after(datetime.date.fromisoformat(day), 6) == datetime.date.fromisoformat(expected)


def contact(contact_id: str, checked: str) -> Contact:
    return Contact(id=contact_id, name=contact_id, when_to_use="For advice.", scope="local", source="https://www.example.org/", source_name="Example's website", checked=checked)


def test_a_contact_is_due_for_a_check_the_day_after_six_months_oldest_first():
    contacts = [contact("recent", "2026-11-25"), contact("old", "2026-01-10"), contact("older", "2025-12-01")]
    assert due_for_a_check(contacts, datetime.date(2027, 5, 25)) == [contacts[2], contacts[1]]
    assert [c.id for c in due_for_a_check(contacts, datetime.date(2027, 5, 26))] == ["older", "old", "recent"]
    assert due_for_a_check(contacts, datetime.date(2026, 6, 1)) == []


def test_every_contact_is_in_a_situation_and_every_situation_has_one(catalogue):
    listed = {contact_id for situation in catalogue.situations for contact_id in situation.contacts}
    assert set(catalogue.contact_by_id) <= listed, f"on no part of the Get help page: {sorted(set(catalogue.contact_by_id) - listed)}"
    assert all(situation.contacts for situation in catalogue.situations)


def test_the_situations_the_issue_names_are_all_there(catalogue):
    titles = " / ".join(situation.title.lower() for situation in catalogue.situations)
    for words in ("danger now", "anti-social behaviour or noise", "hate crime", "domestic abuse, for yourself or someone else",
                  "modern slavery", "fraud and scams", "road safety", "emergencies and flooding", "feeling low", "deaf"):
        assert words in titles, words


def test_domestic_abuse_gives_the_local_24_hour_line_before_the_national_helpline(catalogue):
    contacts = catalogue.contacts_in(catalogue.situation_by_id["domestic-abuse"])
    local = next(c for c in contacts if c.id == "wirral-womens-and-childrens-aid")
    national = next(c for c in contacts if c.id == "national-domestic-abuse-helpline")
    assert local.scope is ContactScope.LOCAL and "24" in local.when_open and local.phone == "0151 643 9766"
    assert national.phone == "0808 2000 247"
    assert contacts.index(local) < contacts.index(national)


def test_what_the_fact_sheet_warns_about(catalogue):
    """The facts that change what a site might assume (shared/facts/help-contacts.md)."""
    texts = {c.id: " ".join([c.name, c.when_to_use, c.when_open or "", c.what_happens_next or ""]) for c in catalogue.contacts}
    # Report Fraud replaced Action Fraud: the old name only ever as what it replaced.
    assert all("Action Fraud" not in c.name for c in catalogue.contacts)
    assert all("replaced Action Fraud" in text for text in texts.values() if "Action Fraud" in text)
    # The Silent Solution works only from a mobile.
    assert "only from a mobile" in texts["silent-solution"] and "not a landline" in texts["silent-solution"]
    # emergencySMS's web address is in conflict: only the register-by-text instruction is given.
    sms = catalogue.contact_by_id["emergency-sms"]
    assert sms.website is None and "register" in sms.when_to_use and [way.text for way in sms.other_ways] == ["999"]
    # Numbers known to be out of date, or in conflict, are nowhere.
    for stale in ("0151 606 2020", "0300 3038151", "0845 988 1188", "0808 175 3080", "0808174 3080"):
        assert not [cid for cid, text in texts.items() if stale in text], stale
    assert not [c.id for c in catalogue.contacts for n in [c.phone, *(w.phone for w in c.other_ways)] if n in ("0151 606 2020", "0300 3038151")]


def test_every_contact_has_its_source_and_the_day_it_was_checked(catalogue):
    for contact in catalogue.contacts:
        assert str(contact.source).startswith("https://"), contact.id
        assert isinstance(contact.checked, datetime.date), contact.id
