"""Templates escape everything that comes from data; values meet Markdown only through the stash."""

from __future__ import annotations

import re

import markdown
from markupsafe import Markup

from macros.render.html_stash import HtmlStash, MarkdownSource, markdown_text
from macros.data.models import Contact, Situation, Status, Theme
from macros.render.jinja import Renderer

renderer = Renderer()
render, render_markdown = renderer.html, renderer.markdown

HOSTILE = "<script>alert(1)</script> {{ x }} {% if %} & \"quoted\""
MARKDOWN_LINK = "[click](javascript:alert(1)) *bold* `code` <img src=x onerror=alert(1)>"


def hostile(record, **text):
    """`record` with markup in its text fields. The models refuse markup (free_text.py), so it is
    put in after validation: the templates must escape it even if a check were ever missed."""
    return record.model_copy(update=text)


def hostile_contact() -> Contact:
    plain = Contact(
        id="hostile",
        name="Plain",
        when_to_use="Plain.",
        phone="0800 000 000",
        website="https://www.example.org/?a=1&b=<2>",
        website_name="Plain",
        other_ways=[{"label": "Plain", "text": "07700 900 000"}, {"label": "Plain", "email": "help@example.org"}, {"label": "Plain", "website": "https://www.example.org/chat"}],
        when_open="Plain.",
        what_happens_next="Plain.",
        scope="national",
        source="https://www.example.org/source",
        source_name="Plain",
        checked="2026-11-25",
    )
    ways = [hostile(way, label=label) for way, label in zip(plain.other_ways, (HOSTILE, HOSTILE, MARKDOWN_LINK))]
    return hostile(
        plain, name=HOSTILE, when_to_use=HOSTILE, website_name=MARKDOWN_LINK, other_ways=ways, when_open=HOSTILE,
        what_happens_next=MARKDOWN_LINK, source_name=HOSTILE,
    )


class StubLinks:
    """Links as a page would make them, without a build."""

    def to(self, src_path: str) -> str:
        return "../" + src_path.removesuffix(".md") + "/"

    def theme(self, theme_id: str) -> str:
        return f"../themes/{theme_id}/"


def hostile_theme(**fields) -> Theme:
    plain = Theme(id="hostile", name="Plain", order=1, summary="Plain.", report_description="Plain.", examples=["Plain"], sub_strategy={"milestone": "m", "note": "Plain."})
    sub_strategy = hostile(plain.sub_strategy, note=HOSTILE)
    return hostile(plain, name=HOSTILE, summary=HOSTILE, report_description=HOSTILE, examples=[HOSTILE], sub_strategy=sub_strategy, **fields)


def converted(markdown_source: str, stash: HtmlStash) -> str:
    """What a page shows: Markdown converted, then the stash's HTML put back."""
    return stash.restore(markdown.markdown(markdown_source, extensions=["attr_list", "md_in_html", "tables", "toc"]))


def test_contact_text_is_escaped_in_the_contact_list():
    html = render("contact_list.html", contacts=[hostile_contact()])
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; {{ x }} {% if %} &amp; &#34;quoted&#34;" in html
    assert 'href="https://www.example.org/?a=1&amp;b=%3C2%3E"' in html


def test_phone_numbers_become_tel_links_without_spaces():
    assert 'href="tel:0800000000"' in render("contact_list.html", contacts=[hostile_contact()])


def test_the_help_box_heading_is_markdown_and_its_list_comes_back_whole():
    stash = HtmlStash()
    source = render_markdown(
        "help_box.md", stash, contacts=[hostile_contact()], heading="Get help", heading_id="get-help", situations=[], links=StubLinks()
    )
    assert isinstance(source, MarkdownSource)
    assert "<ul" not in source  # the list waits in the stash while Markdown runs
    html = converted(source, stash)
    assert '<h2 id="get-help">Get help</h2>' in html
    assert 'href="tel:0800000000"' in html and "<script>" not in html
    assert "<p><ul" not in html  # a block put back is not wrapped in a paragraph


def test_a_situation_and_its_contacts_are_escaped_and_linked_only_from_checked_fields():
    situation = hostile(Situation(id="hostile", order=1, title="Plain", in_brief="Plain", summary="Plain.", contacts=["hostile"]), title=HOSTILE, in_brief=HOSTILE, summary=MARKDOWN_LINK)
    html = render("situation_top.html", situation=situation, urgent=[hostile_contact()]) + render("situation_contacts.html", situation=situation, contacts=[hostile_contact()])
    assert "<script>" not in html and "<img" not in html
    assert "[click](javascript:alert(1))" in html  # shown as written, never a link
    links = re.findall(r'href="([^"]*)"', html)
    assert links == [
        "tel:0800000000",  # the number to call now, at the top
        "tel:0800000000",
        "https://www.example.org/?a=1&amp;b=%3C2%3E",
        "sms:07700900000",
        "mailto:help@example.org",
        "https://www.example.org/chat",
        "https://www.example.org/source",
    ]
    assert '<time datetime="2026-11-25">25 November 2026</time>' in html


def test_every_link_on_a_contact_card_says_where_it_goes():
    """Its website and its source by their names, never by a bare address or "this source"."""
    way = hostile_contact().other_ways[2].model_copy(update={"label": "Example's webchat"})
    contact = hostile_contact().model_copy(update={"website_name": "Example's advice page", "source_name": "Example's website", "other_ways": [way]})
    situation = Situation(id="s", order=1, title="S", in_brief="S", summary="S.", contacts=["hostile"])
    html = render("situation_contacts.html", situation=situation, contacts=[contact])
    words = dict(re.findall(r'<a href="(https://[^"]*)">([^<]*)</a>', html))
    assert words == {
        "https://www.example.org/?a=1&amp;b=%3C2%3E": "Example&#39;s advice page",
        "https://www.example.org/chat": "Example&#39;s webchat",
        "https://www.example.org/source": "Example&#39;s website",
    }
    assert "this source" not in html and "example.org<" not in html


def test_a_card_says_when_a_service_is_open_only_when_its_source_does():
    situation = Situation(id="s", order=1, title="S", in_brief="S", summary="S.", contacts=["hostile"])
    unknown = hostile_contact().model_copy(update={"when_open": None})
    assert "When it is open" in render("situation_contacts.html", situation=situation, contacts=[hostile_contact()])
    html = render("situation_contacts.html", situation=situation, contacts=[unknown])
    assert "When it is open" not in html and "not given" not in html


def test_theme_text_is_escaped_in_its_description():
    html = render("theme_description.html", theme=hostile_theme())
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "{{ x }}" in html


def test_a_theme_without_a_report_description_says_so_and_adds_nothing():
    theme = Theme(id="new", name="New theme", order=1, summary="Named only.", sub_strategy={"milestone": "m"})
    html = render("theme_description.html", theme=theme)
    assert "does not describe it" in html
    assert "<blockquote>" not in html


def test_status_is_a_word_as_well_as_an_icon():
    label = renderer._html.get_template("_status.html").module.status_label(Status.IN_PROGRESS)
    assert "In progress</span>" in label
    assert 'aria-hidden="true"' in label


def test_text_from_data_never_becomes_a_link_or_markup_in_markdown():
    stash = HtmlStash()
    html = converted(f"Before {stash.finalize(MARKDOWN_LINK)} after", stash)
    assert "<a " not in html and "<em>" not in html and "<strong>" not in html and "<code>" not in html and "<img" not in html
    assert "[click](javascript:alert(1))" in html.replace("&lt;", "<").replace("&gt;", ">")


def test_text_from_data_cannot_start_a_heading_or_list_even_with_new_lines():
    for value in ("# Heading", "- item", "1. item", "text\n\n# Heading", "text\n===", "    code"):
        stash = HtmlStash()
        html = converted(stash.finalize(value), stash)
        assert not any(tag in html for tag in ("<h1", "<ul", "<ol", "<pre", "<code")), (value, html)


def test_html_from_a_template_comes_back_exactly_as_written():
    stash = HtmlStash()
    table = Markup("<table><tr><th scope='row'>*not emphasis*</th><td>[not](a link)</td></tr></table>")
    html = converted(f"Intro\n\n{stash.finalize(table)}\n\nOutro", stash)
    assert str(table) in html
    assert "<p><table>" not in html


def test_markdown_written_by_templates_passes_unchanged():
    stash = HtmlStash()
    assert stash.finalize(MarkdownSource("## Heading { #id }")) == "## Heading { #id }"


def test_escaped_text_shows_as_written():
    stash = HtmlStash()
    for value in ("a~b", "x|y", "Road safety: workshop", "50% & more", "sector-emergency-services", 'say "hi"'):
        html = converted(stash.finalize(value), stash)
        assert html == f"<p>{value.replace('&', '&amp;')}</p>", (value, html)


def test_the_same_text_typed_by_an_officer_is_not_taken_for_a_placeholder():
    stash = HtmlStash()
    token = stash.put(Markup("<b>stashed</b>"))
    other = HtmlStash()
    assert other.restore(f"<p>{token}</p>") == f"<p>{token}</p>"  # each page's placeholders are its own
    assert markdown_text(token) == token  # letters and digits only: Markdown passes it through
