"""The built accessibility statement has the model statement's sections, and every page links to it."""

from __future__ import annotations

import pytest

from tests.html_tree import parse, parse_page
from tests.sitebuild import public_pages

pytestmark = pytest.mark.build

# The sections the model accessibility statement (Public Sector Bodies (Websites and Mobile
# Applications) (No. 2) Accessibility Regulations 2018) asks for, in sentence case.
REQUIRED_HEADINGS = [
    "Accessibility statement",
    "How accessible this website is",
    "What to do if you cannot access parts of this website",
    "Reporting accessibility problems with this website",
    "Enforcement procedure",
    "Technical information about this website's accessibility",
    "Compliance status",
    "Non-accessible content",
    "What we're doing to improve accessibility",
    "How we tested this website",
    "Preparation of this accessibility statement",
]


@pytest.fixture(scope="module")
def statement(built_site):
    return parse_page(built_site, "accessibility")


def _headings(page) -> list[str]:
    return [h.text.rstrip("¶").strip() for tag in ("h1", "h2", "h3") for h in page.find_all(tag)]


@pytest.mark.parametrize("heading", REQUIRED_HEADINGS)
def test_the_statement_has_the_required_section(statement, heading):
    assert heading in _headings(statement)


def test_the_sections_come_in_the_model_statements_order(statement):
    article = statement.find("article")
    order = [h.text.rstrip("¶").strip() for h in article.iter() if h.tag in ("h1", "h2", "h3")]
    found = [heading for heading in order if heading in REQUIRED_HEADINGS]
    assert found == REQUIRED_HEADINGS


def test_contact_route_is_the_council_website_and_no_email_or_phone_is_given(statement, catalogue):
    article = statement.find("article")
    hrefs = [a.attrs.get("href", "") for a in article.find_all("a")]
    assert str(catalogue.accessibility.contact.url) in hrefs
    assert not [href for href in hrefs if href.startswith(("mailto:", "tel:"))]


def test_compliance_status_is_the_one_in_the_data(statement, catalogue):
    section_text = statement.find("article").text
    assert f"This website is {catalogue.accessibility.compliance.value} with the Web Content Accessibility Guidelines version 2.2" in section_text


def test_every_check_is_described_in_words_and_no_test_file_or_command_is_shown(statement, catalogue):
    table = statement.find("table", **{"class": "accessibility-checks"})
    rows = table.find("tbody").find_all("tr")
    assert [" ".join(row.find_all("td")[1].text.split()) for row in rows] == [" ".join(check.how.split()) for check in catalogue.accessibility.checks]
    assert all(th.attrs.get("scope") == "col" for th in table.find("thead").find_all("th"))
    page_text = statement.find("article").text
    for path in {path for check in catalogue.accessibility.checks for path in check.test_files}:
        assert path not in page_text, f"the statement shows the test file {path} to residents"
    assert "scripts/test" not in page_text and not table.find_all("code")


def test_every_page_links_to_the_statement_from_its_footer(built_site):
    pages = public_pages(built_site, "index.html")
    assert len(pages) > 5
    for path in pages:
        footer = parse(path.read_text(encoding="utf-8")).find("footer")
        links = footer.find("nav", **{"aria-label": "Site information"}).find_all("a") if footer else []
        targets = [(path.parent / a.attrs["href"]).resolve() for a in links if a.text == "Accessibility statement"]
        assert targets and (targets[0] / "index.html").is_file(), f"{path.relative_to(built_site)}: no working footer link to the accessibility statement"
