"""Glossary words as links to their meaning (macros/render/glossary_links.py): the first use on
a page is linked, with the meaning as its description; headings, links and the glossary page are
left alone; everything from the glossary is escaped."""

from __future__ import annotations

from types import SimpleNamespace

import markdown
from markdown.treeprocessors import Treeprocessor

from macros.render.glossary_links import GlossaryLinksExtension
from tests.html_tree import parse

GLOSSARY = """

*[Sub-strategy]: A plan for one theme.

*[sub-strategy]: A plan for one theme.

*[sub-strategies]: A plan for one theme.

*[statutory]: Required by law.
"""


class PageOfMkDocs(Treeprocessor):
    """Stands in for MkDocs' link resolver, which knows the page being converted."""

    def __init__(self, md, src_uri: str):
        super().__init__(md)
        self.file = SimpleNamespace(src_uri=src_uri)

    def run(self, root):
        return None


def convert(text: str, page: str | None = "themes/road-safety.md", glossary: str = GLOSSARY):
    md = markdown.Markdown(extensions=["abbr", GlossaryLinksExtension(glossary_page="glossary.md")])
    if page is not None:
        md.treeprocessors.register(PageOfMkDocs(md, page), "relpath", 0)
    return md.convert(text + "\n" + glossary)


def glossary_links(html: str):
    return [a for a in parse(html).iter("a") if a.has_class("glossary-term")]


def test_the_first_use_links_to_the_entry_with_its_meaning_as_description():
    html = convert("Each theme has a sub-strategy.\n\nThe sub-strategies are statutory. Statutory, really: statutory.")
    tree = parse(html)
    links = glossary_links(html)
    assert [(a.text, a.attrs["href"]) for a in links] == [
        ("sub-strategy", "../glossary.md#sub-strategy"),  # every spelling leads to the entry, named by the first
        ("statutory", "../glossary.md#statutory"),
    ]
    for link in links:
        meaning = tree.find("span", id=link.attrs["aria-describedby"])
        assert meaning is not None and "hidden" in meaning.attrs
    assert tree.find("span", id=links[0].attrs["aria-describedby"]).text == "Meaning: A plan for one theme."


def test_later_uses_are_plain_words_not_tooltips():
    html = convert("A sub-strategy, then Sub-strategy and sub-strategies again.")
    assert "<abbr" not in html
    assert len(glossary_links(html)) == 1
    assert parse(html).find("p").text.startswith("A sub-strategy") and "then Sub-strategy and sub-strategies again." in html


def test_a_heading_and_a_link_keep_the_word_plain_and_the_next_use_is_linked():
    html = convert("# The sub-strategy\n\n[Read the sub-strategy](other.md)\n\nEach theme has a sub-strategy.")
    tree = parse(html)
    assert tree.find("h1").children == ["The sub-strategy"]
    assert tree.find("a", href="other.md").children == ["Read the sub-strategy"]
    [link] = glossary_links(html)
    assert link in list(tree.find_all("p")[-1].iter("a"))


def test_words_in_code_are_left_alone():
    html = convert("Write `sub-strategy` here, then a sub-strategy.")
    assert "<code>sub-strategy</code>" in html
    assert len(glossary_links(html)) == 1


def test_the_glossary_page_links_none_of_its_own_words():
    html = convert("A sub-strategy is statutory.", page="glossary.md")
    assert glossary_links(html) == [] and "<abbr" not in html
    assert parse(html).find("p").text == "A sub-strategy is statutory."


def test_the_address_is_relative_to_the_page():
    assert glossary_links(convert("A sub-strategy.", page="index.md"))[0].attrs["href"] == "glossary.md#sub-strategy"
    assert glossary_links(convert("A sub-strategy.", page="updates/posts/news.md"))[0].attrs["href"] == "../../glossary.md#sub-strategy"


def test_each_page_names_its_meanings_apart_so_the_joined_print_page_has_no_two_alike():
    first = glossary_links(convert("A sub-strategy.", page="themes/road-safety.md"))[0].attrs["aria-describedby"]
    second = glossary_links(convert("A sub-strategy.", page="themes/hate-crime.md"))[0].attrs["aria-describedby"]
    assert first != second


def test_the_meaning_and_the_word_are_escaped():
    hostile = '\n*[danger]: Bad <script>alert("x")</script> & "quotes" <b>bold</b>\n'
    html = convert("A danger here.", glossary=hostile)
    assert "<script" not in html and "<b>" not in html
    meaning = parse(html).find("span", id=glossary_links(html)[0].attrs["aria-describedby"])
    assert meaning.text == 'Meaning: Bad <script>alert("x")</script> & "quotes" <b>bold</b>'


def test_a_page_without_glossary_words_is_unchanged():
    assert convert("Nothing to explain.", glossary="") == "<p>Nothing to explain.</p>"
