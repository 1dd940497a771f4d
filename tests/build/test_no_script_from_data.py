"""No script from data: hostile values in every text field of every record and every page's
front matter at once (tests/hostile.py makes them from the models), one build, and none of
them live in any page, the feed, the sitemap, the search index or the open data."""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET

import icalendar
import pytest

from tests.git_repos import commit_all, init
from tests.hostile import PAYLOADS, URL_PAYLOAD, live_in_html, live_in_search_index, make_hostile
from tests.sitebuild import build, copy_project

pytestmark = pytest.mark.build

ATOM = "{http://www.w3.org/2005/Atom}"
FORMULA_STARTS = ("=", "+", "-", "@")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("hostile") / "project")
    init(project)  # committed before and after, so change notes are published in pages' histories
    commit_all(project, "The site as it is", "2021-01-04")
    placement = make_hostile(project)
    commit_all(project, "Hostile values everywhere", "2021-01-05")
    result = build(project, project / "site")
    assert result.returncode == 0, result.output
    assert "Traceback" not in result.output
    return placement, result.site


def test_payloads_went_into_every_text_field(hostile):
    placement, _ = hostile
    print(f"{len(PAYLOADS)} payloads; {placement.fields} text fields got {placement.payloads} in all; {len(placement.refused)} other fields refused them")
    assert placement.fields > 200
    assert {payload: placement.fields_with[payload] for payload in PAYLOADS if placement.fields_with[payload] < 50} == {}


def test_fields_that_are_not_free_text_refuse_every_payload_but_a_web_address(hostile):
    placement, _ = hostile
    assert placement.refused
    assert [label for label in placement.accepted_by_constrained if not label.endswith(URL_PAYLOAD)] == []


def test_no_payload_is_live_in_any_page(hostile):
    _, site = hostile
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 20
    live = {page.relative_to(site).as_posix(): problems for page in pages if (problems := live_in_html(page.read_text(encoding="utf-8")))}
    assert live == {}


def test_the_payloads_reach_the_pages_as_text(hostile):
    """The test can fail only if the values are there to find: most fields are shown somewhere."""
    placement, site = hostile
    published = set()
    for path in site.rglob("*"):
        if path.suffix in (".html", ".xml", ".json", ".csv", ".ics"):
            published |= set(re.findall(r"fld\d{3}z", path.read_text(encoding="utf-8", errors="ignore")))
    unpublished = sorted(label for marker, label in placement.markers.items() if marker not in published)
    assert len(unpublished) < 0.2 * len(placement.markers), unpublished
    about = (site / "about" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;xss_script()&lt;/script&gt;" in about


def test_no_payload_is_live_in_the_feed(hostile):
    _, site = hostile
    feed = ET.parse(site / "updates" / "feed.xml").getroot()
    entries = feed.findall(f"{ATOM}entry")
    assert entries
    for entry in entries:
        assert entry.find(f"{ATOM}title").get("type", "text") == "text"
        assert "xss" in entry.find(f"{ATOM}title").text
        assert live_in_html(entry.find(f"{ATOM}content").text) == []
        for link in entry.findall(f"{ATOM}link"):
            assert not link.get("href").lower().startswith(("javascript:", "data:"))


def test_no_payload_is_live_in_the_sitemap_or_the_search_index(hostile):
    _, site = hostile
    for location in ET.parse(site / "sitemap.xml").getroot().iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc"):
        assert "xss" not in location.text and not location.text.lower().startswith(("javascript:", "data:"))
    index = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "xss" in index
    assert live_in_search_index(index) == []


def test_the_open_data_holds_the_values_as_data(hostile):
    _, site = hostile
    for path in site.glob("data/*.csv"):
        with path.open(encoding="utf-8", newline="") as file:
            rows = list(csv.reader(file))
        assert len({len(row) for row in rows}) == 1, f"{path.name}: a value broke the columns"
        assert [cell for row in rows[1:] for cell in row if cell.startswith(FORMULA_STARTS)] == [], path.name
    for path in site.glob("data/*.json"):
        assert "xss" in path.read_text(encoding="utf-8")
        json.loads(path.read_text(encoding="utf-8"))
    calendar = icalendar.Calendar.from_ical((site / "data" / "milestones.ics").read_bytes())
    for event in calendar.walk("VEVENT"):
        assert "xss" in str(event.get("SUMMARY"))
        url = str(event.get("URL") or "https://")
        assert url.startswith("https://") or url.startswith("http"), url
