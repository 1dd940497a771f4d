"""pa11y, with HTML_CodeSniffer's WCAG 2 AA rules, finds no error on any built page at a phone's
width and a desktop's: a second checker beside axe-core (test_accessibility.py), as the two
find different things (a form with no submit button, a control named by nothing).

Only errors fail. Its warnings are things it cannot decide by itself and asks a person to
look at; those on this site are (run `run_pa11y(..., include_warnings=True)` to see them):
- text over a colour with transparency, or over an absolutely positioned box, whose
  contrast it cannot work out (G18, G145): axe-core measures those, in test_accessibility.py;
- position: fixed (1.4.10 Reflow): Material's header and overlays; no page scrolls
  sideways at 320 px (test_accessibility.py);
- a paragraph of links that might be a navigation list (H48): a sentence's links;
- the roadmap's theme filter: its options could be grouped (H85.2), and its first choice,
  "All themes", has an empty value (H91.Select.Value).
"""

from __future__ import annotations

from tests.defects import DEFECT_PAGE

from .helpers import page_paths
from .pa11y_runner import format_issues, run_pa11y

WIDTHS = [390, 1280]  # a phone (as phone_page) and a desktop
# Error codes let through, each with the reason. Empty: fix the page instead.
ACCEPTED_ERRORS: dict[str, str] = {}


def errors_in(issues: list[dict]) -> list[dict]:
    return [issue for issue in issues if issue["type"] == "error" and issue["code"] not in ACCEPTED_ERRORS]


def test_every_page_passes_pa11y_at_phone_and_desktop_widths(site_server, built_site):
    pages = page_paths(built_site)  # every HTML file but the editor, as axe checks
    assert len(pages) >= 14
    errors = errors_in(run_pa11y(site_server, pages, WIDTHS))
    assert not errors, format_issues(errors)


def test_pa11y_reports_an_image_without_alt(defective_server):
    page = DEFECT_PAGE.removesuffix("index.html")
    errors = errors_in(run_pa11y(defective_server, [page], WIDTHS))
    missing_alt = [error for error in errors if error["code"].endswith(".H37")]
    # The one <img> with no alt, at each width (Markdown's ![](x.png) gives alt="", decorative).
    assert [(error["path"], error["width"]) for error in missing_alt] == [(page, 390), (page, 1280)], format_issues(errors)
