"""What the public record says happened after the 2020 report, as the built site shows it: the
home page answers "is this current?", the roadmap tells the real timetable, the adopted
strategy's priorities sit beside the report's themes, and each fact names its source."""

from __future__ import annotations

import datetime
import re

import pytest

from macros.data.models import LinedUpBy, Status
from tests.html_tree import parse, parse_page

pytestmark = pytest.mark.build

# The last day the 2020 report could speak for: what is dated after it needs a source of its own.
REPORT_DAY = datetime.date(2020, 11, 30)
# A date as a sentence gives one ("27 July 2021", "September 2021", "2023"), or a decision taken.
DATE_OR_DECISION = re.compile(
    r"\b(?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December)? ?(?:19|20)\d\d\b"
    r"|\b(?:endorsed|approved|adopted|agreed|replaced|published|took|considered|launched)\b",
    re.IGNORECASE,
)
NOTHING_FOUND = "No public record we found says"


def words_of(element) -> str:
    return element.text.replace("¶", "").strip()  # a heading's own link


def by_id(page, tag: str, element_id: str):
    return page.find(tag, id=element_id)


def section_of(html: str, heading_id: str):
    """What follows the <h2> with this id on a built page, up to the next <h2>, parsed."""
    start = html.index(f'<h2 id="{heading_id}"')
    start = html.index("</h2>", start) + len("</h2>")
    end = html.find("<h2", start)
    return parse(html[start : end if end != -1 else len(html)])


def outside_facts(element):
    """The paragraphs of a page's own words: every <p> but those inside a fact from the record."""
    for child in element.children:
        if isinstance(child, str) or child.has_class("fact"):
            continue
        if child.tag == "p":
            yield child
        yield from outside_facts(child)


def external_links(element) -> list[str]:
    return [link.attrs["href"] for link in element.iter("a") if link.attrs.get("href", "").startswith(("https://", "http://"))]


def test_the_home_page_answers_is_it_current_right_after_the_help_box(built_site):
    """The first section after the help box says, with dates and sources, what became of the strategy."""
    html = (built_site / "index.html").read_text(encoding="utf-8")
    names = [words_of(heading) for heading in parse(html).find("article").iter("h2")]
    assert names.index("Where the strategy is now") == names.index("Get help, by what is happening") + 1
    section = section_of(html, "where-the-strategy-is-now")
    facts = [item for item in section.iter("li") if item.has_class("fact")]
    assert 3 <= len(facts) <= 4
    for fact in facts:
        assert DATE_OR_DECISION.search(words_of(fact)) and external_links(fact), words_of(fact)
    assert any(fact.attrs.get("data-certainty") == "not known" for fact in facts)  # what is not known, too
    assert any(re.search(r"\b\d{1,2} [A-Z][a-z]+ 2021\b", words_of(fact)) for fact in facts)  # when it was adopted


def test_every_sentence_on_the_where_now_page_with_a_date_or_decision_sits_by_its_source(built_site):
    article = parse_page(built_site, "where-the-strategy-is-now/").find("article")
    checked = 0
    for item in article.iter("li"):
        if not item.has_class("fact"):
            continue
        statement = words_of(item.find("p"))
        for sentence in re.split(r"(?<=[.!?])\s+", statement):
            if DATE_OR_DECISION.search(sentence):
                assert external_links(item), sentence
                checked += 1
    assert checked >= 10
    # Outside the facts, the page's own words state no date or decision without a link beside them.
    # (That every page's notice links here, and none says only that the site does not yet say
    # what replaces the strategy, is checked once the period has ended: test_history_pages.py.)
    for paragraph in outside_facts(article):
        text = words_of(paragraph)
        if re.search(r"\b(?:19|20)\d\d\b", text) and not paragraph.has_class("page-history__dates"):
            assert list(paragraph.iter("a")), text


def test_every_milestone_after_the_report_has_a_source_a_resident_can_follow(built_site, catalogue):
    roadmap = parse_page(built_site, "roadmap/")
    later = [milestone for milestone in catalogue.milestones if milestone.first_day > REPORT_DAY]
    assert len(later) >= 7
    for milestone in later:
        assert milestone.source and milestone.source_url, milestone.id
        item = by_id(roadmap, "li", f"milestone-{milestone.id}")
        source = next(p for p in item.iter("p") if p.has_class("milestone__source"))
        assert external_links(source) == [str(milestone.source_url)], milestone.id


def test_no_milestone_is_planned_before_2022_unless_its_note_says_the_record_is_silent(catalogue):
    for milestone in catalogue.milestones:
        if milestone.status is Status.PLANNED and milestone.first_day < datetime.date(2022, 1, 1):
            assert milestone.note and milestone.note.startswith(NOTHING_FOUND), milestone.id


def test_the_roadmap_shows_the_completion_done_on_its_real_date_beside_the_plan(built_site, catalogue):
    completed = catalogue.milestone_by_id["strategy-completed"]
    assert completed.status is Status.DONE and completed.planned
    item = by_id(parse_page(built_site, "roadmap/"), "li", "milestone-strategy-completed")
    text = words_of(item)
    assert text.startswith("27 July 2021")
    assert "Planned for April 2021" in text and "Done" in text


def test_every_adopted_priority_appears_once_and_every_theme_names_its_priority_or_none(built_site, catalogue):
    page = parse_page(built_site, "adopted-strategy/")
    listed = [item.attrs["id"] for item in page.iter("li") if item.has_class("priority")]
    assert listed == [f"priority-{priority.id}" for priority in sorted(catalogue.priorities, key=lambda p: p.order)]
    assert len(catalogue.priorities) == 10 and len(catalogue.principles) == 4
    table = page.find("table")
    rows = {words_of(row.find("th")): row for row in table.find("tbody").iter("tr")}
    assert list(rows) == [theme.name for theme in catalogue.themes]
    for theme in catalogue.themes:
        cells = [words_of(cell) for cell in rows[theme.name].iter("td")]
        if theme.priorities:
            assert cells[0] == ", ".join(catalogue.priority_by_id[p].name for p in theme.priorities), theme.id
        else:
            assert cells[0].startswith("No priority"), theme.id
        if theme.lined_up_by is LinedUpBy.OUR_READING:
            assert cells[1] == "Our own reading: no source says so", theme.id
    # The priorities no theme of the report lines up with are shown as new, with only what sources say.
    new = {p.id for p in catalogue.priorities if not catalogue.themes_lined_up_with(p)}
    assert {"drugs-and-alcohol", "prevent", "coastal-and-inland-water-safety"} <= new
    for priority_id in new:
        assert "this priority is new in the adopted strategy" in words_of(by_id(page, "li", f"priority-{priority_id}"))


def test_each_theme_page_says_where_its_theme_went_and_links_its_plan(built_site, catalogue):
    for theme in catalogue.themes:
        article = parse_page(built_site, f"themes/{theme.id}/").find("article")
        headings = [words_of(h) for h in article.iter("h2")]
        assert "In the adopted strategy" in headings, theme.id
        text = words_of(article)
        if theme.lined_up_by is LinedUpBy.OUR_READING:
            assert "This is our own reading of what each covers: no source lines them up." in text, theme.id
        for plan in theme.plans:
            assert str(plan.source.url) in external_links(article), (theme.id, plan.title)
        if not theme.plans:
            assert "We found no plan of this theme's own in the public record." in text, theme.id
