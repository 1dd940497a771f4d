"""The published address comes from one place, the SITE_URL environment variable
(mkdocs.yml: `site_url: !ENV SITE_URL`; the workflow sets it from a repository variable).

GitHub Pages publishes a project under a path (https://<owner>.github.io/<repository>/), so
this build uses an address with a path: the 404 page, served at any depth, must link there.
"""

from __future__ import annotations

import re

import pytest

from tests.sitebuild import build, public_pages

pytestmark = pytest.mark.build

ADDRESS = "https://wirral-strategy.example/community-safety/"


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    result = build(site_dir=tmp_path_factory.mktemp("published"), SITE_URL=ADDRESS)
    assert result.returncode == 0, f"mkdocs build --strict failed with SITE_URL={ADDRESS}:\n{result.output}"
    return result.site


def test_every_page_names_its_published_address(published):
    wrong = []
    for page in public_pages(published, "index.html"):  # the web editor's page is not Material's
        path = page.parent.relative_to(published).as_posix()
        expected = ADDRESS + ("" if path == "." else path + "/")
        canonical = re.findall(r'<link rel="canonical" href="([^"]*)">', page.read_text(encoding="utf-8"))
        if canonical != [expected]:
            wrong.append(f"{path}: {canonical}, expected [{expected!r}]")
    assert not wrong, "\n".join(wrong)


def test_the_sitemap_and_the_feed_use_the_published_address(published):
    locations = re.findall(r"<loc>([^<]*)</loc>", (published / "sitemap.xml").read_text(encoding="utf-8"))
    assert ADDRESS in locations and ADDRESS + "roadmap/" in locations
    assert all(location.startswith(ADDRESS) for location in locations)
    feed = (published / "updates" / "feed.xml").read_text(encoding="utf-8")
    assert f'href="{ADDRESS}updates/feed.xml"' in feed


def test_the_404_page_links_home_under_the_published_path(published):
    page = (published / "404.html").read_text(encoding="utf-8")
    assert '<a href="/community-safety/.">Go to the home page</a>' in page


def test_without_site_url_nothing_names_an_address(built_site):
    # The local build (and every other test) has no address: links stay relative.
    assert "<loc>" not in (built_site / "sitemap.xml").read_text(encoding="utf-8")
    assert 'rel="canonical"' not in (built_site / "index.html").read_text(encoding="utf-8")
