"""A macro that fails while a page renders stops the build with the page's real line and the
macro's name, never a Jinja traceback; and the names the page checks know are this site's."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

from macros.pages.macro_calls import check_calls, checking_environment, render_page, usage
from macros.pages.checks.page import split_page
from macros.pages.page_macros import site_macros
from tests.sitebuild import ROOT

ENVIRONMENT = checking_environment(ROOT / "mkdocs.yml")
PAGE = "---\nrender_macros: true\ntitle: A page\n---\n\n# A page\n\nText.\n\nThe facts: {{< broken() >}}\n"


def fails(message):
    def broken():
        raise message

    return broken


def render(exception) -> str:
    page, problems = split_page(PAGE, "about.md", "docs/about.md")
    assert problems == []
    with pytest.raises(PluginError) as raised:
        render_page(ENVIRONMENT, page.body, {"broken": fails(exception)}, page.shown_as, page.first_line)
    return str(raised.value)


def test_the_line_counted_is_the_markdown_file_s_including_its_front_matter():
    assert render(ValueError("no")).startswith("docs/about.md, line 10: broken(): ")


def test_a_macro_s_own_message_is_passed_on_as_it_is():
    assert render(PluginError("theme macros work only on a theme's page")) == (
        "docs/about.md, line 10: broken(): theme macros work only on a theme's page"
    )


def test_an_unexpected_error_says_the_page_is_not_at_fault_without_a_traceback():
    message = render(KeyError("x"))
    assert "The page is not at fault" in message and "KeyError" in message
    assert "Traceback" not in message and 'File "' not in message


def test_every_macro_a_page_uses_is_known_to_the_checks():
    used = set()
    for path in (ROOT / "docs").rglob("*.md"):
        page, _ = split_page(path.read_text(encoding="utf-8"), path.relative_to(ROOT / "docs").as_posix(), path.name)
        if page.front and page.front.get("render_macros") is True:
            assert check_calls(page.body, page.src_path, ENVIRONMENT, site_macros()) == [], path
            used |= {name for name in site_macros() if name + "(" in page.body}
    assert len(used) > 30


def test_a_macro_s_usage_lists_the_names_it_accepts():
    assert usage("accessibility_link", site_macros()["accessibility_link"]) == (
        'accessibility_link(name), where name is one of "contact", "enforcement_body", "advice_service" or "northern_ireland_body"'
    )
    assert usage("theme_cards", site_macros()["theme_cards"]) == "theme_cards(heading_level=3), where heading_level is a whole number from 2 to 6"


def test_a_call_split_over_lines_is_checked_at_each_call_s_line():
    source = "One.\n\n{{< period() >}} and {{< themes_in_words(\n  2) >}}\n"
    [problem] = check_calls(source, "about.md", ENVIRONMENT, site_macros())
    assert problem.line == 3 and problem.macro == "themes_in_words"
