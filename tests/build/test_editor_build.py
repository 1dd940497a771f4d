"""The web editor is served from the site's own files at /admin/, and public pages know nothing of it."""

from __future__ import annotations

import re

import pytest

from macros.plugin.editor_files import ADMIN_DIR, editor_scripts

pytestmark = pytest.mark.build

EDITOR_FILES = ("index.html", "config.yml", "editor.js", "editor.css")


def test_the_editor_page_its_forms_and_its_scripts_are_in_the_build(built_site):
    admin = built_site / ADMIN_DIR
    for name in EDITOR_FILES:
        assert (admin / name).is_file(), name
    if not editor_scripts():
        pytest.skip("the web editor is not installed: run scripts/install-editor")
    assert {script.name for script in editor_scripts()} <= {script.name for script in admin.glob("*.js")}
    assert not list(admin.glob("*.map")), "source maps are not served: they are ten times the scripts' size"


def test_the_editor_loads_nothing_from_another_host(built_site):
    page = (built_site / ADMIN_DIR / "index.html").read_text(encoding="utf-8")
    sources = re.findall(r'(?:src|href)="([^"]*)"', page)
    assert sources and all("//" not in source for source in sources), sources


def test_no_public_page_loads_links_or_indexes_the_editor(built_site):
    for page in built_site.rglob("*.html"):
        if page.relative_to(built_site).as_posix().startswith(f"{ADMIN_DIR}/"):
            continue
        html = page.read_text(encoding="utf-8")
        assert not re.search(r'<(?:script|link)[^>]+(?:src|href)="[^"]*(?:decap|editor\.js)', html), f"{page} loads the editor"
        assert not re.search(rf'href="[^"]*{ADMIN_DIR}/', html), f"{page} links to the editor"
    for listing in ("sitemap.xml", "search/search_index.json"):
        assert f"/{ADMIN_DIR}/" not in (built_site / listing).read_text(encoding="utf-8"), listing
