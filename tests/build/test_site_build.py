"""The whole site, built with --strict, as officers and CI build it."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markupsafe import escape

from tests.sitebuild import build, copy_project, public_pages

pytestmark = pytest.mark.build


def text_of(page: Path) -> str:
    return page.read_text(encoding="utf-8")


def article(page: Path) -> str:
    html = text_of(page)
    return html[html.index("<article") : html.index("</article>")]


def test_core_pages_exist(built_site):
    for page in ("index.html", "about/index.html", "get-help/index.html", "themes/index.html"):
        assert (built_site / page).is_file(), page


def test_every_theme_has_a_page_showing_its_data(built_site, catalogue):
    for theme in catalogue.themes:
        html = article(built_site / "themes" / theme.id / "index.html")
        assert f"<h1>{escape(theme.name)}</h1>" in html
        assert escape(theme.summary) in html
        assert catalogue.sub_strategy_of(theme).status.value.capitalize() in html
        for contact in catalogue.contacts_for(theme):
            assert escape(contact.name) in html, (theme.id, contact.id)
        for other in catalogue.related_themes(theme):
            assert f'href="../{other.id}/"' in html


def test_theme_pages_follow_the_data_order_in_the_navigation(built_site, catalogue):
    html = text_of(built_site / "themes" / "index.html")
    positions = [html.index(f'href="{theme.id}/"') for theme in catalogue.themes]
    assert positions == sorted(positions)


def test_get_help_leads_to_a_page_for_each_situation_from_where_its_section_was(built_site, catalogue):
    """The index gives each situation one link, to its page, in the data's order; the item keeps
    the address the situation's section had (get-help/#<id>), so old links still land on it."""
    html = article(built_site / "get-help" / "index.html")
    items = re.findall(r'<li id="([a-z0-9-]+)"><a class="situation-index__link" href="([^"]+)">', html)
    assert items == [(situation.id, f"{situation.id}/") for situation in catalogue.situations]
    assert 'class="contact contact-card"' not in html  # the cards are on the situations' pages
    home = article(built_site / "index.html")
    for situation in catalogue.situations:
        assert f'href="get-help/{situation.id}/"' in home, situation.id


def test_each_situation_page_gives_its_contacts_local_first_each_once(built_site, catalogue):
    for situation in catalogue.situations:
        html = article(built_site / "get-help" / situation.id / "index.html")
        shown = re.findall(r'<li class="contact contact-card" data-contact="([a-z0-9-]+)">', html)
        contacts = catalogue.contacts_in(situation)
        local = [c.id for c in contacts if c.scope.value == "local"]
        assert shown == local + [c.id for c in contacts if c.scope.value == "national"], situation.id
        every = re.findall(r'data-contact="([a-z0-9-]+)"', html)
        assert len(every) == len(set(every)), f"{situation.id}: a contact twice"
        for contact in contacts:
            assert f'<h3 class="contact__name" id="{situation.id}-{contact.id}">{escape(contact.name)}</h3>' in html
            assert escape(contact.when_to_use) in html and contact.checked.isoformat() in html
        # The numbers to call now, unless the page has them among its own cards.
        for contact in catalogue.contacts_on_every_theme:
            assert f'href="tel:{contact.phone}"' in html, (situation.id, contact.id)
        assert ("Help in Wirral and Merseyside" in html) == bool(local)
    # Every contact is on some situation's page.
    pages = "".join(article(built_site / "get-help" / s.id / "index.html") for s in catalogue.situations)
    assert set(catalogue.contact_by_id) <= set(re.findall(r'data-contact="([a-z0-9-]+)"', pages))


def test_no_help_link_is_a_bare_address_or_this_source(built_site, catalogue):
    for situation in catalogue.situations:
        html = article(built_site / "get-help" / situation.id / "index.html")
        for href, words in re.findall(r'<a href="(https?://[^"]+)"[^>]*>(.*?)</a>', html, re.S):
            words = re.sub("<[^>]+>", "", words).strip()
            assert words and words != "this source" and not re.fullmatch(r"(www\.)?[a-z0-9.-]+\.[a-z]{2,}(/\S*)?", words), (situation.id, href, words)
        assert "not given here" not in html


def test_home_page_links_to_every_theme_and_gives_emergency_numbers(built_site, catalogue):
    html = article(built_site / "index.html")
    for theme in catalogue.themes:
        assert f'href="themes/{theme.id}/"' in html
    assert 'href="tel:999"' in html and 'href="tel:101"' in html


def test_neighbourhood_engagement_says_the_report_does_not_describe_it(built_site):
    html = article(built_site / "themes" / "neighbourhood-engagement" / "index.html")
    assert "does not describe it" in html
    assert "<blockquote>" not in html


def test_pages_are_british_english_with_a_skip_link_and_description(built_site):
    for page in public_pages(built_site, "index.html"):
        html = text_of(page)
        assert '<html lang="en-GB"' in html, page
        assert 'href="#main-content"' in html and 'id="main-content"' in html, page
        assert '<meta name="description"' in html, page


def test_the_404_page_gives_the_numbers_to_call_now_and_the_help_page(built_site, catalogue):
    html = article(built_site / "404.html")
    assert "<h1>Page not found</h1>" in html
    for contact in catalogue.contacts_on_every_theme:
        assert f'href="tel:{contact.phone}"' in html, contact.id
    assert re.search(r'<a href="[^"]*get-help/">Report a concern or get help</a>', html)


def test_every_page_is_headed_with_the_councils_name_and_the_services(built_site):
    """GOV.UK's header: the organisation, then the service, as one link home; no logo icon."""
    for page in built_site.rglob("*.html"):
        html = text_of(page)
        if "<header" not in html:
            continue  # a redirect page
        home = re.search(r'<a class="site-header__home" href="([^"]*)">(.*?)</a>', html, re.S)
        assert home, page
        assert re.sub(r"\s+", " ", re.sub("<[^>]+>", " ", home.group(2))).strip() == "Wirral Council Community Safety Strategy", page
        assert '<span class="site-wordmark" aria-hidden="true">Wirral Council</span>' in html, page  # the menu's title
        assert "M12 8a3 3 0 0 0 3-3 3" not in html, f"{page}: Material's default logo icon"


class ResourceFinder(HTMLParser):
    """Collects what a browser would fetch on its own: scripts, styles, images, frames."""

    FETCHED = {"script": "src", "img": "src", "iframe": "src", "source": "src", "audio": "src", "video": "src", "embed": "src"}

    def __init__(self):
        super().__init__()
        self.fetched: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in self.FETCHED and attributes.get(self.FETCHED[tag]):
            self.fetched.append(attributes[self.FETCHED[tag]])
        if tag == "link" and attributes.get("rel") not in ("canonical", "alternate") and attributes.get("href"):
            self.fetched.append(attributes["href"])


def test_no_page_or_stylesheet_fetches_anything_from_another_host(built_site):
    external = re.compile(r"^(https?:)?//", re.IGNORECASE)
    offenders = []
    for page in built_site.rglob("*.html"):
        finder = ResourceFinder()
        finder.feed(text_of(page))
        offenders += [f"{page.relative_to(built_site)}: {url}" for url in finder.fetched if external.match(url)]
    for stylesheet in built_site.rglob("*.css"):
        for url in re.findall(r"(?:url\(|@import\s+)['\"]?([^'\")\s]+)", text_of(stylesheet)):
            if external.match(url):
                offenders.append(f"{stylesheet.relative_to(built_site)}: {url}")
    assert not offenders, "\n".join(offenders)
    assert not any("fonts.googleapis" in text_of(page) for page in built_site.rglob("*.html"))


def test_text_from_data_is_escaped_and_braces_survive(tmp_path):
    project = copy_project(tmp_path / "project")
    theme = project / "data" / "themes" / "hate-crime.yml"
    theme.write_text(theme.read_text().replace("name: Hate crime\n", "name: \"<script>alert(1)</script> Hate crime {{ x }}\"\n"))
    page = project / "docs" / "themes" / "hate-crime.md"
    page.write_text(page.read_text() + "\n## More about this theme\n\nOfficers may write {{ braces }} and {% this %} in prose.\n")
    about = project / "docs" / "about.md"  # a page that calls macros, so it is a template
    about.write_text(about.read_text() + "\nIn prose: {{ braces }}, {% a tag %} and {# a comment #} stay.\n")
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.output
    assert "In prose: {{ braces }}, {% a tag %} and {# a comment #} stay." in text_of(tmp_path / "site" / "about" / "index.html")
    page = text_of(tmp_path / "site" / "themes" / "hate-crime" / "index.html")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Hate crime {{ x }}" in page
    assert "Officers may write {{ braces }} and {% this %} in prose." in page
    assert "More about this theme" in page
    home = text_of(tmp_path / "site" / "index.html")
    assert "<script>alert(1)</script>" not in home and "&lt;script&gt;alert(1)" in home


def test_a_data_mistake_stops_the_build_with_the_officer_message(tmp_path):
    project = copy_project(tmp_path / "project")
    commitment = project / "data" / "commitments" / "hate-crime-sub-strategy.yml"
    commitment.write_text(commitment.read_text() + "status: finished\n")
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert 'data/commitments/hate-crime-sub-strategy.yml, line' in result.output
    assert 'field "status": "finished" is not one of: planned, in progress, done, delayed, cancelled' in result.output
    assert "Traceback" not in result.output


def test_a_theme_page_whose_name_matches_no_theme_stops_the_build(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "docs" / "themes" / "hate-crimes.md").write_text("Longer text.\n")
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "docs/themes/hate-crimes.md" in result.output
    assert "Traceback" not in result.output


NEW_THEME = """\
id: test-theme
name: Test theme
order: 10
summary: Added in a test.
sub_strategy:
  milestone: test-theme-sub-strategy
"""
NEW_MILESTONE = """\
id: test-theme-sub-strategy
title: Test theme sub-strategy
date: 2021
phase: development and co-production
themes: [test-theme]
status: planned
"""


def test_a_new_theme_is_one_yaml_record_plus_one_markdown_page(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "data" / "themes" / "test-theme.yml").write_text(NEW_THEME)
    (project / "data" / "milestones" / "test-theme-sub-strategy.yml").write_text(NEW_MILESTONE)
    page = (project / "docs" / "themes" / "road-safety.md").read_text()
    (project / "docs" / "themes" / "test-theme.md").write_text(page)
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.output
    assert "<h1>Test theme</h1>" in text_of(tmp_path / "site" / "themes" / "test-theme" / "index.html")
    assert 'href="test-theme/"' in text_of(tmp_path / "site" / "themes" / "index.html")


def test_a_theme_without_its_page_stops_the_build_and_says_what_to_add(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "data" / "themes" / "test-theme.yml").write_text(NEW_THEME)
    (project / "data" / "milestones" / "test-theme-sub-strategy.yml").write_text(NEW_MILESTONE)
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert 'data/themes/test-theme.yml, theme "test-theme", field "id": the theme "test-theme" has no page: add docs/themes/test-theme.md' in result.output
    assert "Traceback" not in result.output


def test_a_sub_strategy_date_reads_as_english_mid_sentence(built_site, catalogue):
    """ "by April 2021" mid-sentence, but a month keeps its capital: "November 2020"."""
    for theme in catalogue.themes:
        html = article(built_site / "themes" / theme.id / "index.html")
        line = re.search(r'<p class="status-line">.*?</p>', html, re.S)
        if line is None:
            continue
        when = re.sub(r"<[^>]+>", "", line.group(0)).rsplit(", ", 1)[1].rstrip(".")
        assert not when.startswith("By "), (theme.id, when)
        assert not re.search(r"\b(january|february|march|april|may|june|july|august|september|october|november|december)\b", when), (theme.id, when)
