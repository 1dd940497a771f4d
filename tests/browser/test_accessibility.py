"""axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules, and its best-practice rules (which
Lighthouse's accessibility score also counts), report nothing on any built page."""

from __future__ import annotations

from tests.defects import DEFECT_PAGE

from .helpers import AXE_TAGS, format_violations, page_paths, run_axe


def test_every_page_passes_axe(page, site_server, built_site):
    failures = []
    pages = page_paths(built_site)  # every HTML file, the 404 page too
    assert len(pages) >= 14  # home, about, get help, themes index, the nine themes and 404 at least
    for path in pages:
        page.goto(site_server + path)
        violations = run_axe(page, AXE_TAGS + ["best-practice"])
        if violations:
            failures.append(f"{path or '(home)'}\n{format_violations(violations)}")
    assert not failures, "\n\n".join(failures)


def test_axe_reports_an_image_without_alt(defective_page, defective_server):
    defective_page.goto(defective_server + DEFECT_PAGE.removesuffix("index.html"))
    violations = run_axe(defective_page)
    # Only the <img> with no alt attribute: Markdown's ![](x.png) gives alt="", which axe
    # accepts as decorative (tests/build/test_content_images.py catches that one).
    assert [v["id"] for v in violations] == ["image-alt"], format_violations(violations)
    assert len(violations[0]["nodes"]) == 1, format_violations(violations)


def test_no_page_scrolls_sideways_at_320_pixels(open_page, site_server, built_site):
    # WCAG 1.4.10 Reflow: 320 CSS pixels wide; a data table may scroll inside its own box.
    page = open_page(viewport={"width": 320, "height": 640})
    wide = {}
    for path in page_paths(built_site):
        page.goto(site_server + path)
        width = page.evaluate("() => document.documentElement.scrollWidth")
        if width > 320:
            wide[path or "(home)"] = width
    assert not wide, f"pages wider than 320 px: {wide}"
