"""axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules report nothing on any built page."""

from __future__ import annotations

from pathlib import Path

from .helpers import format_violations, run_axe


def built_pages(site: Path) -> list[str]:
    return sorted(str(page.relative_to(site).parent) + "/" for page in site.rglob("index.html"))


def test_every_page_passes_axe(page, site_server, built_site):
    failures = []
    pages = built_pages(built_site)
    assert len(pages) >= 13  # home, about, get help, themes index and the nine themes at least
    for path in pages:
        page.goto(site_server + path.removeprefix("./"))
        violations = run_axe(page)
        if violations:
            failures.append(f"{path}\n{format_violations(violations)}")
    assert not failures, "\n\n".join(failures)


def test_axe_reports_an_image_without_alt(defective_page, defective_server):
    from tests.defects import DEFECT_PAGE

    defective_page.goto(defective_server + DEFECT_PAGE.removesuffix("index.html"))
    violations = run_axe(defective_page)
    # Only the <img> with no alt attribute: Markdown's ![](x.png) gives alt="", which axe
    # accepts as decorative (tests/build/test_content_images.py catches that one).
    assert [v["id"] for v in violations] == ["image-alt"], format_violations(violations)
    assert len(violations[0]["nodes"]) == 1, format_violations(violations)
