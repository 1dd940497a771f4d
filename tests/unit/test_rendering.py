"""Templates escape everything that comes from data, and output is never rendered twice."""

from __future__ import annotations

from macros.models import Contact, Theme
from macros.rendering import render

HOSTILE = "<script>alert(1)</script> {{ x }} {% if %} & \"quoted\""


def hostile_contact() -> Contact:
    return Contact(
        id="hostile",
        name=HOSTILE,
        when_to_use=HOSTILE,
        phone="0800 000 000",
        website="https://www.example.org/?a=1&b=<2>",
        scope="national",
        source="https://www.example.org/",
    )


def test_contact_text_is_escaped_in_the_help_box():
    html = render("help_box.html", contacts=[hostile_contact()], heading="Get help", heading_id="get-help")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; {{ x }} {% if %} &amp; &#34;quoted&#34;" in html
    assert 'href="https://www.example.org/?a=1&amp;b=%3C2%3E"' in html


def test_phone_numbers_become_tel_links_without_spaces():
    html = render("help_box.html", contacts=[hostile_contact()], heading="Get help", heading_id="get-help")
    assert 'href="tel:0800000000"' in html


def test_theme_text_is_escaped_on_the_theme_page():
    theme = Theme(
        id="hostile",
        name=HOSTILE,
        summary=HOSTILE,
        report_description=HOSTILE,
        examples=[HOSTILE],
        sub_strategy={"status": "planned", "note": HOSTILE},
    )
    top = render("theme_top.md", theme=theme, help_box="")
    bottom = render("theme_bottom.md", theme=theme, related=[], commitments=[], catalogue=None, links=None)
    for html in (top, bottom):
        assert "<script>" not in html
        assert "&lt;script&gt;" in html
        assert "{{ x }}" in html


def test_a_theme_without_a_report_description_says_so_and_adds_nothing():
    theme = Theme(id="new", name="New theme", summary="Named only.", sub_strategy={"status": "planned"})
    html = render("theme_top.md", theme=theme, help_box="")
    assert "does not describe it" in html
    assert "<blockquote>" not in html


def test_status_is_a_word_as_well_as_an_icon():
    theme = Theme(id="t", name="T", summary="S", sub_strategy={"status": "in development"})
    html = render("theme_bottom.md", theme=theme, related=[], commitments=[], catalogue=None, links=None)
    assert "In development</span>" in html
    assert 'aria-hidden="true"' in html
