"""The site builds the same with ProperDocs as with MkDocs, so the project can switch builder
when it must (README.md, "When the tools reach their end of life").

Both builds run here, with the same SOURCE_DATE_EPOCH, so the build date written into
sitemap.xml (and its .gz) is the same and nothing needs normalising but the generator tag.
"""

from __future__ import annotations

import datetime
import re
from importlib.metadata import version

import pytest

from tests.site_compare import compare_sites
from tests.sitebuild import TEST_TODAY, build

pytestmark = pytest.mark.build

SAME_DAY = {"SOURCE_DATE_EPOCH": str(int(datetime.datetime.fromisoformat(TEST_TODAY + "T00:00:00+00:00").timestamp()))}


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    folder = tmp_path_factory.mktemp("builders")
    built = {}
    for tool in ("mkdocs", "properdocs"):
        result = build(site_dir=folder / tool, tool=tool, **SAME_DAY)
        assert result.returncode == 0, f"{tool} build --strict failed:\n{result.output}"
        built[tool] = result.site
    return built


def generators(site) -> set[str]:
    return {
        match
        for page in site.rglob("*.html")
        for match in re.findall(r'<meta name="generator" content="([^"]*)">', page.read_text(encoding="utf-8"))
    }


def test_each_builder_really_built_its_own_site(sites):
    # Guards the comparison below: two MkDocs builds would match without proving anything.
    # Material writes "mkdocs-<version of the builder>, mkdocs-material-<version>".
    builders = {tool: {generator.split(",")[0] for generator in generators(sites[tool])} for tool in sites}
    assert builders == {"mkdocs": {f"mkdocs-{version('mkdocs')}"}, "properdocs": {f"mkdocs-ProperDocs {version('properdocs')}"}}


def test_properdocs_builds_the_same_files_and_html_as_mkdocs(sites):
    differences = compare_sites(sites["mkdocs"], sites["properdocs"])
    assert len(list(sites["mkdocs"].rglob("*.html"))) >= 14
    assert not differences, f"{len(differences)} difference(s) between the MkDocs and the ProperDocs build:\n" + "\n".join(differences)
