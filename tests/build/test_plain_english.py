"""Resident pages in plain English: easy to read, and every unfamiliar word explained.

Measured on the built pages, so the words that templates and data add count as much as the
Markdown. Quotes of the report (<blockquote>) are left out: they stay word for word.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.data.glossary import read_glossary
from tests.glossary_use import first_uses
from tests.readability import page_readability
from tests.sitebuild import ROOT

pytestmark = pytest.mark.build

LOWEST_FLESCH = 60  # "plain English" on the Flesch scale: most adults read it easily
LONGEST_SENTENCE = 25  # words

# The pages residents read, as built (folder inside the site). Theme pages and updates are
# added from what the build made, so a new one is checked without changing this list.
RESIDENT_PAGES = ["", "get-help", "themes", "roadmap", "about", "updates", "equality-impact-assessment", "glossary", "partners"]
# Checked for sentence length and explained words, and scored, but not held to the lowest
# score: the partners directory is mostly names of organisations and sectors, which no
# rewording makes shorter. Its own sentences are plain.
NOT_HELD_TO_THE_SCORE = {"partners"}


def resident_pages(site: Path) -> list[str]:
    themes = sorted(p.parent.name for p in (site / "themes").glob("*/index.html"))
    updates = sorted(p.parent.name for p in (site / "updates").glob("*/index.html"))
    return RESIDENT_PAGES + [f"themes/{name}" for name in themes] + [f"updates/{name}" for name in updates]


def html_of(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def readability(built_site, readability_report):
    scores = {page: page_readability(html_of(built_site, page)) for page in resident_pages(built_site)}
    readability_report.extend(
        f"{page or '(home)':<58} {r.flesch:6.1f} {r.longest.words:4}{'  (score not held)' if page in NOT_HELD_TO_THE_SCORE else ''}"
        for page, r in scores.items()
    )
    return scores


def test_every_resident_page_is_measured(built_site):
    pages = resident_pages(built_site)
    assert sum(page.startswith("themes/") for page in pages) == len(list((ROOT / "docs" / "themes").glob("*.md"))) - 1
    assert any(page.startswith("updates/") for page in pages)


def test_resident_pages_score_60_or_more_for_reading_ease(readability):
    hard = {
        page or "(home)": round(r.flesch, 1)
        for page, r in readability.items()
        if r.flesch < LOWEST_FLESCH and page not in NOT_HELD_TO_THE_SCORE
    }
    assert not hard, f"Flesch reading ease below {LOWEST_FLESCH}: {hard}"


def test_no_sentence_on_a_resident_page_is_over_25_words(readability):
    long = [f"{page or '(home)'}: {s.words} words: {s.text}" for page, r in readability.items() for s in r.longer_than(LONGEST_SENTENCE)]
    assert not long, "Sentences over 25 words:\n" + "\n".join(long)


def test_every_glossary_word_is_explained_where_a_resident_page_first_uses_it(built_site, glossary):
    unexplained = [
        f"{page or '(home)'}: {use.found!r} is not marked up with its meaning: ...{use.context}..."
        for page in resident_pages(built_site)
        for use in first_uses(html_of(built_site, page), glossary)
        if not use.explained
    ]
    assert not unexplained, "\n".join(unexplained)


def test_every_glossary_word_is_used_and_explained_somewhere(built_site, glossary):
    """A word no resident page uses is clutter in the glossary, or a sign a page lost it."""
    pages = [page for page in resident_pages(built_site) if page != "glossary"]
    used = {use.term for page in pages for use in first_uses(html_of(built_site, page), glossary)}
    assert used == {entry.term for entry in glossary}


def test_the_glossary_page_defines_every_entry(built_site, glossary):
    uses = first_uses(html_of(built_site, "glossary"), glossary)
    assert {use.term for use in uses if use.explained} == {entry.term for entry in glossary}


@pytest.fixture(scope="module")
def glossary():
    return read_glossary(ROOT / "includes" / "glossary.md")
