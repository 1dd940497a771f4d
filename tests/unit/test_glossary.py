"""The glossary file (includes/glossary.md): read into entries, and kept consistent."""

from __future__ import annotations

import pytest

from macros.data.errors import ProjectError
from macros.data.glossary import read_glossary
from tests.sitebuild import ROOT

GLOSSARY = ROOT / "includes" / "glossary.md"


def test_spellings_that_share_a_meaning_are_one_entry_named_by_the_first(tmp_path):
    path = tmp_path / "glossary.md"
    path.write_text("*[Sub-strategy]: A plan for one theme.\n*[sub-strategies]: A plan for one theme.\n\n*[statutory]: Required by law.\n")
    entries = read_glossary(path)
    assert [(entry.term, entry.spellings, entry.meaning) for entry in entries] == [
        ("Sub-strategy", ("Sub-strategy", "sub-strategies"), "A plan for one theme."),
        ("statutory", ("statutory",), "Required by law."),
    ]
    assert entries[0].anchor == "sub-strategy"


def test_a_line_that_is_not_a_definition_stops_the_build_with_its_line_number(tmp_path):
    path = tmp_path / "glossary.md"
    path.write_text("*[statutory]: Required by law.\n*[mitigation] A step to reduce harm.\n")
    with pytest.raises(ProjectError, match=r"glossary.md, line 2: expected a definition written \*\[word\]: what it means"):
        read_glossary(path)


def test_a_blank_line_separates_each_definition_from_the_next():
    """Definitions in one paragraph give pages the same abbreviations, built more slowly (glossary.py)."""
    lines = GLOSSARY.read_text(encoding="utf-8").splitlines()
    together = [number for number, (line, following) in enumerate(zip(lines, lines[1:]), start=1) if line.strip() and following.strip()]
    assert not together, f"includes/glossary.md: add a blank line after line {together[0]}"


def test_the_glossary_defines_each_word_the_issue_names():
    terms = {spelling.lower() for entry in read_glossary(GLOSSARY) for spelling in entry.spellings}
    for word in (
        "partnerships committee", "responsible authority", "statutory", "sub-strategy", "co-production",
        "equality impact assessment", "mitigation", "elected members", "integrated care board", "social value",
    ):  # fmt: skip
        assert word in terms


def test_every_spelling_of_a_word_has_the_same_meaning():
    """"Sub-strategy" and "sub-strategies" must not drift apart when one line is edited: the
    glossary page would show the word twice. Spellings of one word start with the same letters."""
    entries = read_glossary(GLOSSARY)
    stems = [{spelling.lower()[:8] for spelling in entry.spellings} for entry in entries]
    for index, entry_stems in enumerate(stems):
        others = set().union(*(s for i, s in enumerate(stems) if i != index))
        assert not entry_stems & others, f"{entries[index].term!r} shares its spelling with another entry of a different meaning"


def test_each_meaning_is_plain_short_sentences():
    for entry in read_glossary(GLOSSARY):
        for sentence in entry.meaning.split(". "):
            assert len(sentence.split()) <= 25, entry.term
