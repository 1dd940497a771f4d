"""The built roadmap, theme pages and home page, and the open data beside them."""

from __future__ import annotations

import csv
import datetime
import json
import re

import pytest

from macros.data.models import Status
from macros.data.numbers import counted, number_in_words
from macros.data.progress import Progress, is_overdue
from tests.sitebuild import TEST_TODAY, build, copy_project

pytestmark = pytest.mark.build

MILESTONE = re.compile(r'<li class="milestone[^"]*" id="milestone-([^"]+)".*?</li>', re.DOTALL)
WHEN = re.compile(r'<p class="milestone__when">(?:<time[^>]*>)?([^<]+)')
TIMELINE = re.compile(r"<ol class=\"timeline\" data-timeline[^>]*>(.*?)</ol>", re.DOTALL)
DAY_LABEL = re.compile(r"^(By )?\d{1,2} [A-Z][a-z]+ \d{4}$")


def roadmap_html(site) -> str:
    return (site / "roadmap" / "index.html").read_text(encoding="utf-8")


def milestone_ids(html: str) -> list[str]:
    return [match.group(1) for match in MILESTONE.finditer(html)]


def test_each_phase_is_an_ordered_list_in_date_order(built_site, catalogue):
    lists = TIMELINE.findall(roadmap_html(built_site))
    assert len(lists) == len({m.phase for m in catalogue.milestones})
    by_id = {m.id: m for m in catalogue.milestones}
    for listed in lists:
        starts = [by_id[milestone_id].first_day.replace(day=1) for milestone_id in milestone_ids(listed)]
        assert starts and starts == sorted(starts)


def test_the_roadmap_lists_every_milestone_once(built_site, catalogue):
    assert sorted(milestone_ids(roadmap_html(built_site))) == sorted(m.id for m in catalogue.milestones)


def test_dates_are_never_shown_more_exactly_than_the_data(built_site, catalogue):
    html = roadmap_html(built_site)
    by_id = {m.id: m for m in catalogue.milestones}
    for match in MILESTONE.finditer(html):
        shown = WHEN.search(match.group(0)).group(1)
        milestone = by_id[match.group(1)]
        assert shown == milestone.when
        if milestone.date.precision.value != "day":
            assert not re.search(r"\b\d{1,2} [A-Z]", shown), f"{milestone.id} shows a day: {shown}"
        else:
            assert DAY_LABEL.match(shown)


def test_today_is_marked_in_each_phase_under_way(built_site, catalogue):
    today = datetime.date.fromisoformat(TEST_TODAY)
    by_id = {m.id: m for m in catalogue.milestones}
    for listed in TIMELINE.findall(roadmap_html(built_site)):
        assert listed.count("data-today") == 1
        marker = listed.index("data-today")
        assert f"{today.day} {today:%B %Y}" in listed[marker : marker + 300]
        for match in MILESTONE.finditer(listed):
            started = by_id[match.group(1)].first_day <= today
            assert (match.start() < marker) == started, match.group(1)


def test_open_data_files_hold_the_same_milestones_as_the_page(built_site):
    page_ids = milestone_ids(roadmap_html(built_site))
    data = built_site / "data"
    with (data / "milestones.csv").open(encoding="utf-8", newline="") as opened:
        assert [row["id"] for row in csv.DictReader(opened)] == page_ids
    assert [r["id"] for r in json.loads((data / "milestones.json").read_text())["milestones"]] == page_ids
    uids = re.findall(r"^UID:([^@\r\n]+)@", (data / "milestones.ics").read_text(), re.MULTILINE)
    assert uids == page_ids
    for name in ("milestones.csv", "milestones.json", "milestones.ics"):
        assert f'href="../data/{name}"' in roadmap_html(built_site)


def test_theme_pages_show_their_milestones_and_progress(built_site, catalogue):
    for theme in catalogue.themes:
        html = (built_site / "themes" / theme.id / "index.html").read_text(encoding="utf-8")
        own = [m for m in catalogue.milestones if theme.id in m.themes]
        assert milestone_ids(html) == [m.id for m in own]
        if own:
            summary = Progress.of(own, datetime.date.fromisoformat(TEST_TODAY)).summary
            assert summary in html
            done = sum(m.status is Status.DONE for m in own)
            assert (f"{number_in_words(done)} of {counted(len(own), 'milestone')} done" in summary) or len(own) == 1


def test_the_home_page_shows_overall_progress(built_site, catalogue):
    html = (built_site / "index.html").read_text(encoding="utf-8")
    done = sum(m.status is Status.DONE for m in catalogue.milestones)
    assert f"{number_in_words(done)} of {counted(len(catalogue.milestones), 'milestone')} done" in html


def test_overdue_milestones_are_flagged_and_logged_without_failing_strict(tmp_path, catalogue):
    later = "2022-06-01"
    result = build(site_dir=tmp_path / "site", today=later)
    assert result.returncode == 0, result.output
    today = datetime.date.fromisoformat(later)
    expected = {m.id for m in catalogue.milestones if is_overdue(m, today)}
    assert expected, "choose a later day: nothing in the data is overdue on it"
    flagged = {
        match.group(1)
        for match in MILESTONE.finditer(roadmap_html(result.site))
        if "status--overdue" in match.group(0) and ">Overdue</span>" in match.group(0)
    }
    assert flagged == expected
    # Co-production has ended by then: today is marked once, in the delivery phase.
    assert [listed.count("data-today") for listed in TIMELINE.findall(roadmap_html(result.site))] == [0, 1]
    logged = set(re.findall(r'INFO\s+-\s+Overdue milestone: "([^"]+)"', result.output))
    assert logged == expected
    assert "WARNING" not in result.output


def test_contacts_and_facts_not_checked_for_six_months_are_logged_without_failing_strict(tmp_path, catalogue):
    checked = [record.checked for record in (*catalogue.contacts, *catalogue.facts)]
    later = max(checked) + datetime.timedelta(days=200)
    result = build(site_dir=tmp_path / "site", today=later.isoformat())
    assert result.returncode == 0, result.output
    logged = re.findall(r'INFO\s+-\s+Contact not checked for six months: "([^"]+)" \(last checked [^)]+\); check it against https://\S+, then update checked in data/contacts/\1\.yml', result.output)
    assert sorted(logged) == sorted(catalogue.contact_by_id)
    facts = re.findall(r'INFO\s+-\s+Fact not checked for six months: "([^"]+)" \(last checked [^)]+\); check it against https?://\S+(?:, https?://\S+)*, then update checked in data/facts/\1\.yml', result.output)
    assert sorted(facts) == sorted(fact.id for fact in catalogue.facts) and facts
    assert "WARNING" not in result.output
    # At the date of the data, nothing is due.
    output = build(site_dir=tmp_path / "today", today=max(checked).isoformat()).output
    assert "Contact not checked" not in output and "Fact not checked" not in output


def test_a_bad_milestone_stops_the_build_with_the_officers_message(tmp_path):
    project = copy_project(tmp_path / "project")
    path = project / "data" / "milestones" / "strategy-delivery.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("date: 2021\nend: 2025\n", "date: 2021\nend: 2020\n"), encoding="utf-8")
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert re.search(r'data/milestones/strategy-delivery\.yml, line \d+, milestone "strategy-delivery", field "end": ', result.output)
