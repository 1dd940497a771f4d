"""Hostile text in data and front matter reaches the built pages as text, never as markup."""

from __future__ import annotations

import pytest

from tests.sitebuild import build, copy_project

pytestmark = pytest.mark.build

HOSTILE_DESCRIPTION = '"><script>alert(8)</script>'
MARKDOWN_LINK = "[x](javascript:alert(1)) *loud*"


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("hostile") / "project")
    about = project / "docs" / "about.md"
    text = about.read_text()
    line = next(line for line in text.splitlines() if line.startswith("description: "))
    about.write_text(text.replace(line, f"description: '{HOSTILE_DESCRIPTION}'", 1))
    sector = project / "data" / "sectors" / "statutory.yml"
    sector.write_text(sector.read_text().replace("name: Statutory organisations", f'name: "{MARKDOWN_LINK}"'))
    theme = project / "data" / "themes" / "hate-crime.yml"
    theme.write_text(theme.read_text().replace("name: Hate crime\n", "name: Hate & crime\n"))
    result = build(project, project / "site")
    assert result.returncode == 0, result.output
    return result.site


def test_a_front_matter_description_cannot_open_a_tag(hostile_site):
    html = (hostile_site / "about" / "index.html").read_text()
    assert "<script>alert(8)" not in html
    assert 'content="&quot;&gt;&lt;script&gt;alert(8)&lt;/script&gt;' in html


def test_markdown_in_a_sector_name_is_shown_not_followed(hostile_site):
    html = (hostile_site / "partners" / "index.html").read_text()
    assert 'href="javascript:' not in html
    assert "<em>loud</em>" not in html
    assert "[x](javascript:alert(1)) *loud*" in html


def test_an_ampersand_in_a_name_is_escaped_once(hostile_site):
    # The theme's name labels its help box (aria-label) and its timeline's chart.
    html = (hostile_site / "themes" / "hate-crime" / "index.html").read_text()
    assert 'aria-label="Report a concern or get help: Hate &amp; crime"' in html
    assert "&amp;amp;" not in html


def test_an_update_title_with_markdown_is_refused(tmp_path):
    project = copy_project(tmp_path / "project")
    post = project / "docs" / "updates" / "posts" / "link.md"
    post.write_text(f'---\ndate: 2026-01-02\ntitle: "{MARKDOWN_LINK}"\n---\n\nBody.\n')
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert 'docs/updates/posts/link.md, line 3, update "link", field "title": expected a plain-text title, without [ ] * _ or `' in result.output
    assert "Traceback" not in result.output
