"""The readability measure (tests/readability.py) and the glossary check (tests/glossary_use.py)
that the build tests rely on: each shown to count right, and to fail when it should."""

from __future__ import annotations

import pytest

from macros.data.glossary import Entry
from tests.glossary_use import first_uses
from tests.readability import measure, own_words, page_readability, sentences_in, syllables_in
from tests.html_tree import parse


def page(article: str) -> str:
    """A page as Material lays it out: the content area holds the article."""
    return f'<html><body><nav>Home Themes Roadmap</nav><div class="md-content" data-md-component="content"><article>{article}</article></div></body></html>'


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("the", 1),
        ("strategy", 3),
        ("neighbourhood", 3),  # British spellings are in the dictionary
        ("organisation", 5),
        ("anti-social", 4),  # a hyphenated word counts its parts
        ("Wirral", 2),  # not in the dictionary: counted by its vowel groups
        ("Merseyside", 3),  # ... with a silent final e
        ("2021", 1),  # figures count as one syllable, as textstat counts them
        ("partner's", 2),
    ],
)
def test_syllables(word, syllables):
    assert syllables_in(word) == syllables


def test_the_flesch_formula_on_a_sentence_counted_by_hand():
    # 6 words, 6 syllables, 1 sentence: 206.835 - 1.015 x 6 - 84.6 x 1
    assert measure(["The cat sat on the mat."]).flesch == pytest.approx(116.145)


def test_the_flesch_formula_on_two_sentences():
    # 9 words in 2 sentences; syllables word by word below (com-mit-tee 3, strat-e-gy 3)
    result = measure(["The committee noted the report. Partners develop the strategy."])
    words, syllables, sentences = 9, 1 + 3 + 2 + 1 + 2 + 2 + 3 + 1 + 3, 2
    assert (result.words, result.syllables, len(result.sentences)) == (words, syllables, sentences)
    assert result.flesch == pytest.approx(206.835 - 1.015 * words / sentences - 84.6 * syllables / words)


def test_hard_words_score_lower_than_plain_ones():
    plain = measure(["We will work with you to keep your street safe."])
    hard = measure(["Organisational collaboration facilitates comprehensive community engagement."])
    assert plain.flesch > 60 > hard.flesch


def test_sentences_end_at_full_stops_question_and_exclamation_marks_and_keep_their_quotes():
    sentences = sentences_in('The report says: "Wirral have developed a strategy." It does not say when! Why? Because.')
    assert [s.text for s in sentences] == ['The report says: "Wirral have developed a strategy."', "It does not say when!", "Why?", "Because."]


def test_a_decimal_point_or_section_number_does_not_end_a_sentence():
    assert len(sentences_in("See section 3.11 of the report for the list.")) == 1


def test_a_sentence_over_the_limit_is_reported():
    long = "word " * 26
    result = measure([long.strip() + ".", "A short one."])
    assert [s.words for s in result.longer_than(25)] == [26]
    assert result.longest.words == 26


def test_each_heading_list_item_and_paragraph_is_read_on_its_own():
    blocks = own_words(parse("<div><h2>Who takes part</h2><ul><li>Statutory organisations</li><li>Faith sector</li></ul><p>One. Two.</p></div>"))
    assert blocks == ["Who takes part", "Statutory organisations", "Faith sector", "One. Two."]


def test_quotes_navigation_code_and_hidden_icons_are_not_the_sites_own_words():
    html = page(
        '<h2>Status<a class="headerlink" href="#s">¶</a></h2>'
        "<blockquote><p>Quoted from the report.</p></blockquote>"
        "<p>It says <q>typically but not exclusively</q> here.</p>"
        '<p><span aria-hidden="true">● </span>Done</p>'
        "<nav>Read the whole update</nav><pre><code>mkdocs build</code></pre>"
    )
    assert [s.text for s in page_readability(html).sentences] == ["Status", "It says here.", "Done"]


def test_a_page_without_a_content_area_is_an_error():
    with pytest.raises(AssertionError, match="content area"):
        page_readability("<html><body><p>No content</p></body></html>")


MEANING = "A plan for one theme of the strategy."
GLOSSARY = [Entry(("Sub-strategy", "sub-strategy", "sub-strategies"), MEANING)]


def linked(word: str, meaning: str = MEANING, id_: str = "m1") -> str:
    """A glossary word as macros/render/glossary_links.py writes it."""
    return f'<a class="glossary-term" href="../glossary/#sub-strategy" aria-describedby="{id_}">{word}</a><span id="{id_}" hidden>Meaning: {meaning}</span>'


def test_a_word_explained_where_the_page_first_uses_it():
    html = page(f"<p>Each theme has a {linked('sub-strategy')}.</p><p>Sub-strategy status</p>")
    [use] = first_uses(html, GLOSSARY)
    assert use.explained and use.found == "sub-strategy"


def test_a_first_use_without_its_meaning_is_found_whatever_the_case():
    html = page(f"<p>SUB-STRATEGY status</p><p>Each theme has a {linked('sub-strategy')}.</p>")
    [use] = first_uses(html, GLOSSARY)
    assert not use.explained and use.found == "SUB-STRATEGY"


def test_a_link_with_another_meaning_does_not_explain_the_word():
    html = page(f"<p>Each theme has a {linked('sub-strategy', 'Something else')}.</p>")
    assert not first_uses(html, GLOSSARY)[0].explained


def test_a_tooltip_alone_does_not_explain_the_word():
    """A title shows only to a mouse: no tap, no keyboard (issue 23)."""
    html = page(f'<p>Each theme has a <abbr title="{MEANING}">sub-strategy</abbr>.</p>')
    assert not first_uses(html, GLOSSARY)[0].explained


def test_a_plain_link_is_not_a_glossary_link():
    html = page(f'<p>Each theme has a <a href="../glossary/" aria-describedby="m1">sub-strategy</a><span id="m1" hidden>Meaning: {MEANING}</span>.</p><p>A sub-strategy.</p>')
    [use] = first_uses(html, GLOSSARY)
    assert not use.explained and use.context.endswith(". A sub-strategy.")


def test_a_use_in_a_heading_or_another_link_is_not_the_first_use():
    html = page(f'<h2>Sub-strategy</h2><p><a href="x/">The sub-strategy</a> and its {linked("sub-strategy")}.</p>')
    [use] = first_uses(html, GLOSSARY)
    assert use.explained and "its sub-strategy" in use.context


def test_a_definition_on_the_page_explains_the_word():
    html = page(f"<dl><dt><dfn>Sub-strategy</dfn></dt><dd>{MEANING}</dd></dl>")
    assert first_uses(html, GLOSSARY)[0].explained


def test_a_use_inside_a_quote_of_the_report_is_not_counted():
    html = page(f"<blockquote><p>each will develop its own sub-strategy</p></blockquote><p>A {linked('sub-strategy')}.</p>")
    assert first_uses(html, GLOSSARY)[0].explained


def test_a_page_that_does_not_use_the_word_has_no_use_of_it():
    assert first_uses(page("<p>Nothing to explain.</p>"), GLOSSARY) == []
