"""Counts in plain English: every count the site prints goes through one function (counted,
data/numbers.py), and each phrase it is asked for reads right at none, one, two and many.

PHRASES is every count phrase the templates and the code ask for, with its exact English. The
tests read the templates and the code to find each call, so a phrase added later fails here
until its English is written down; and they look for plurals built by hand beside it."""

from __future__ import annotations

import ast
import datetime
import re
from pathlib import Path
from types import SimpleNamespace
from typing import NamedTuple

import pytest
from jinja2 import nodes

from macros.data.numbers import counted, number_in_words
from macros.data.progress import Progress
from macros.render.jinja import TEMPLATES, Renderer
from tests.sitebuild import ROOT
from tests.unit.test_milestones import TODAY, milestone

SHOWN_AT = (0, 1, 2, 12)


class Phrase(NamedTuple):
    singular: str
    plural: str | None = None
    verb: tuple[str, str] | None = None
    none: bool = False
    start: bool = False


HAS = ("has", "have")
IS = ("is", "are")

# Each phrase, as the templates and the code ask for it, at 0, 1, 2 and 12.
PHRASES = {
    Phrase("commitment"): ("no commitments", "one commitment", "two commitments", "12 commitments"),
    Phrase("commitment", start=True): ("No commitments", "One commitment", "Two commitments", "12 commitments"),
    Phrase("commitment", verb=HAS, start=True): ("No commitments have", "One commitment has", "Two commitments have", "12 commitments have"),
    Phrase("commitment", verb=IS): ("no commitments are", "one commitment is", "two commitments are", "12 commitments are"),
    Phrase("theme"): ("no themes", "one theme", "two themes", "12 themes"),
    Phrase("partner"): ("no partners", "one partner", "two partners", "12 partners"),
    Phrase("priority", "priorities"): ("no priorities", "one priority", "two priorities", "12 priorities"),
    Phrase("principle"): ("no principles", "one principle", "two principles", "12 principles"),
    Phrase("milestone"): ("no milestones", "one milestone", "two milestones", "12 milestones"),
    Phrase("other page"): ("no other pages", "one other page", "two other pages", "12 other pages"),
    Phrase("page"): ("no pages", "one page", "two pages", "12 pages"),
    Phrase("problem"): ("no problems", "one problem", "two problems", "12 problems"),
    Phrase("problem", start=True): ("No problems", "One problem", "Two problems", "12 problems"),
    Phrase("changed file"): ("no changed files", "one changed file", "two changed files", "12 changed files"),
    Phrase("file", verb=HAS): ("no files have", "one file has", "two files have", "12 files have"),
    Phrase("value"): ("no values", "one value", "two values", "12 values"),
    Phrase("character"): ("no characters", "one character", "two characters", "12 characters"),
    Phrase("item"): ("no items", "one item", "two items", "12 items"),
    Phrase("level"): ("no levels", "one level", "two levels", "12 levels"),
    Phrase("month"): ("no months", "one month", "two months", "12 months"),
}

# Calls whose noun is not written at the call: where their English is tested instead.
NOUN_FROM_ELSEWHERE = {
    # The kinds of record, named in data/registry.py: test_validation.py checks the real counts.
    "macros/tools/validate.py",
}

RENDERER = Renderer()
# The site's own environments (jinja.py), so a phrase is read with the filter as registered.
ENVIRONMENTS = {".html": RENDERER._html, ".md": RENDERER._markdown}


def phrase_in_template(node: nodes.Filter) -> Phrase:
    args = [arg.as_const() for arg in node.args]
    kwargs = {keyword.key: keyword.value.as_const() for keyword in node.kwargs}
    return Phrase(*args, **kwargs)


def phrases_in_templates() -> dict[Phrase, set[str]]:
    found: dict[Phrase, set[str]] = {}
    for path in sorted(TEMPLATES.iterdir()):
        environment = ENVIRONMENTS.get(path.suffix)
        if environment is None:
            continue
        tree = environment.parse(path.read_text(encoding="utf-8"))
        for node in tree.find_all(nodes.Filter):
            if node.name == "counted":
                found.setdefault(phrase_in_template(node), set()).add(path.name)
    return found


def phrases_in_code() -> dict[Phrase, set[str]]:
    found: dict[Phrase, set[str]] = {}
    for path in sorted((ROOT / "macros").rglob("*.py")):
        where = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "counted":
                try:
                    phrase = Phrase(*map(ast.literal_eval, node.args[1:]), **{k.arg: ast.literal_eval(k.value) for k in node.keywords})
                except ValueError:
                    assert where in NOUN_FROM_ELSEWHERE, f"{where}, line {node.lineno}: write the noun at the call, so its English is tested here"
                    continue
                found.setdefault(phrase, set()).add(where)
    return found


def in_template(number: int, phrase: Phrase) -> str:
    template = RENDERER._html.from_string("{{ n | counted(singular, plural, verb=verb, none=none, start=start) }}")
    return template.render(n=number, **phrase._asdict())


@pytest.mark.parametrize("phrase", PHRASES, ids=lambda phrase: " ".join(str(part) for part in phrase if part))
def test_each_count_phrase_reads_as_english_at_none_one_two_and_many(phrase):
    expected = PHRASES[phrase]
    assert tuple(counted(number, *phrase[:2], verb=phrase.verb, none=phrase.none, start=phrase.start) for number in SHOWN_AT) == expected
    assert tuple(in_template(number, phrase) for number in SHOWN_AT) == expected


def test_every_count_phrase_the_templates_and_code_print_is_written_out_above():
    found = phrases_in_templates() | phrases_in_code()
    missing = {phrase: places for phrase, places in found.items() if phrase not in PHRASES}
    assert not missing, f"add each of these to PHRASES with its English at {SHOWN_AT}: {missing}"
    unused = set(PHRASES) - set(found)
    assert not unused, f"nothing prints these any more; take them out of PHRASES: {unused}"


def test_the_templates_and_code_ask_for_counts_in_many_places():
    """The search for calls works: the templates and the code are read, not skipped."""
    assert {"commitment_summary.html", "partner_overview.html", "changes.html", "theme_adopted.html"} <= set().union(*phrases_in_templates().values())
    assert "macros/data/progress.py" in set().union(*phrases_in_code().values())


def test_numbers_stand_alone_in_words_to_nine_and_in_digits_from_ten():
    assert [number_in_words(n) for n in (0, 1, 2, 9, 10, 12, 100)] == ["none", "one", "two", "nine", "10", "12", "100"]
    assert counted(0, "commitment", none=True) == "none"
    assert counted(0, "commitment", none=True, verb=HAS, start=True) == "None have"
    assert counted(9, "partner") == "nine partners" and counted(10, "partner") == "10 partners"
    with pytest.raises(ValueError):
        counted(-1, "partner")


# Plurals and verbs built beside a count, by hand, rather than by counted().
HAND_MADE = [
    re.compile(r"""["'](s|es|ies|is|are|has|have|ve|was|were)["']\s+if\b"""),  # "s" if n != 1
    re.compile(r"""\belse\s+["'](s|es|ies|is|are|has|have|ve|was|were)["']"""),
    re.compile(r"""["'](priority|principle|partner|theme|commitment|milestone|update|page)["']\s+if\b[^\n]*\blength\b"""),
]
COUNTABLE = r"(commitment|milestone|partner|organisation|theme|update|page|priorit(y|ies)|principle|problem|value|item|character|file|month|level)s?\b"
# A number printed straight before its noun: {{ row.total }} commitments, {{< theme_count() >}} themes.
NUMBER_THEN_NOUN = [
    re.compile(r"\{\{[^{}]*\}\}\s*" + COUNTABLE),  # Jinja templates
    re.compile(r"\{\{<[^{}]*>\}\}\s*" + COUNTABLE),  # macro calls in Markdown pages
    # f-strings; an enum's word is no number ("a {status.value} milestone")
    re.compile(r"(?<![{%])\{(?![{%])(?![^{}\n]*\.value\})[^{}\n]*\} +" + COUNTABLE),
]


def sources_to_check() -> list[Path]:
    return [
        *TEMPLATES.iterdir(),
        *(ROOT / "overrides").rglob("*.html"),
        *(ROOT / "macros").rglob("*.py"),
        *(ROOT / "docs").rglob("*.md"),
        *(ROOT / "includes").rglob("*.md"),
    ]


def hand_made_counts(text: str) -> list[str]:
    return [match.group(0) for pattern in [*HAND_MADE, *NUMBER_THEN_NOUN] for match in pattern.finditer(text)]


def test_no_template_page_or_module_builds_a_count_s_plural_by_hand():
    found = {
        path.relative_to(ROOT).as_posix(): hits
        for path in sources_to_check()
        if path.is_file() and (hits := hand_made_counts(path.read_text(encoding="utf-8")))
    }
    assert not found, f"write these counts with counted() (data/numbers.py), the `counted` filter in templates: {found}"


@pytest.mark.parametrize(
    "hand_made",
    [
        '<li>{{ row.total }} commitment{{ "s" if row.total != 1 }}</li>',
        '{{ "has" if owned == 1 else "have" }} an owner',
        "The {{ commitments | length }} commitments in this theme",
        "The strategy is built around {{< theme_count() >}} themes.",
        "f\"{count} problem{'s' if count != 1 else ''} in the data files\"",
        "f\"keep it to {context.get('max_length')} characters or fewer\"",
        "with the {{ \"priority\" if priorities | length == 1 else \"priorities\" }}",
    ],
)
def test_the_search_for_hand_made_plurals_finds_each_way_of_making_one(hand_made):
    assert hand_made_counts(hand_made)


# --- the real templates, at none, one, two and many -------------------------------------


@pytest.mark.parametrize(
    ("owned", "unowned", "expected"),
    [
        (0, 0, "The strategy has no commitments across nine themes. No commitments have an owner; no commitments are waiting for an owner to be agreed."),
        (1, 0, "The strategy has one commitment across nine themes. One commitment has an owner; no commitments are waiting for an owner to be agreed."),
        (0, 1, "The strategy has one commitment across nine themes. No commitments have an owner; one commitment is waiting for an owner to be agreed."),
        (1, 1, "The strategy has two commitments across nine themes. One commitment has an owner; one commitment is waiting for an owner to be agreed."),
        (2, 12, "The strategy has 14 commitments across nine themes. Two commitments have an owner; 12 commitments are waiting for an owner to be agreed."),
        (12, 2, "The strategy has 14 commitments across nine themes. 12 commitments have an owner; two commitments are waiting for an owner to be agreed."),
    ],
)
def test_who_does_what_says_how_many_commitments_have_an_owner_in_english(owned, unowned, expected):
    html = RENDERER.html("commitment_summary.html", total=owned + unowned, owned=owned, unowned=unowned, themes=9, by_status={})
    assert re.sub(r"\s+", " ", html.split("</p>")[0].removeprefix("<p>")) == expected


class StubLinks:
    def theme(self, theme_id: str) -> str:
        return f"../../themes/{theme_id}/"

    def partner(self, partner_id: str) -> str:
        return f"../{partner_id}/"


@pytest.mark.parametrize(("total", "expected"), [(0, "No commitments yet"), (1, "One commitment"), (2, "Two commitments"), (12, "12 commitments")])
def test_each_theme_s_row_counts_its_commitments_in_english(total, expected):
    theme = SimpleNamespace(id="hate-crime", name="Hate crime")
    row = SimpleNamespace(theme=theme, total=total, owners=[], supporters=[], unowned=0)
    html = RENDERER.html("partner_overview.html", by_theme=[row], partners_named_at_most=12, links=StubLinks())
    cell = re.search(r"<td>\s*(.*?)\s*</td>", html, re.S).group(1)
    assert re.sub(r"<[^>]+>", "", cell).strip().splitlines()[0] == expected


@pytest.mark.parametrize(("more", "expected"), [(1, "and one other page"), (2, "and two other pages"), (12, "and 12 other pages")])
def test_a_change_counts_the_other_pages_it_changed_in_english(more, expected):
    change = SimpleNamespace(date=datetime.date(2021, 5, 3), text="A note.", pages=[("Home", "../")], more=more)
    html = RENDERER.html("changes.html", changes=[change], known=True)
    assert re.search(r"Pages changed:\s*<a href=\"\.\./\">Home</a>\s*" + expected + r"\s*</p>", html)


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Tackling crime"], "lines up with one priority:"),
        (["Tackling crime", "Keeping people safe"], "lines up with two priorities:"),
        ([f"Priority {i}" for i in range(12)], "lines up with 12 priorities:"),
    ],
)
def test_a_theme_names_the_adopted_priorities_it_lines_up_with_counted_in_english(names, expected):
    priorities = [SimpleNamespace(id=f"p{i}", name=name) for i, name in enumerate(names)]
    theme = SimpleNamespace(lined_up_by=None, plans=[])
    html = RENDERER.html("theme_adopted.html", priorities=priorities, principles=[], theme=theme, adopted_page="../adopted/")
    assert expected in re.sub(r"\s+", " ", html)


@pytest.mark.parametrize(("count", "expected"), [(1, "closest to one principle of the strategy:"), (2, "closest to two principles of the strategy:")])
def test_a_theme_without_a_priority_counts_its_closest_principles_in_english(count, expected):
    principles = [SimpleNamespace(id=f"p{i}", name=f"Principle {i}") for i in range(count)]
    theme = SimpleNamespace(lined_up_by=None, plans=[])
    html = RENDERER.html("theme_adopted.html", priorities=[], principles=principles, theme=theme, adopted_page="../adopted/")
    assert expected in re.sub(r"\s+", " ", html)


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        ([], "no milestones yet"),
        (["planned"], "one milestone, not done"),
        (["done"], "one milestone, done"),
        (["delayed"], "one milestone, not done, delayed"),
        (["planned", "planned"], "none of two milestones done"),
        (["done", "delayed"], "one of two milestones done, one delayed"),
        (["done"] * 2 + ["in progress"] * 10, "two of 12 milestones done, 10 in progress"),
    ],
)
def test_progress_counts_milestones_in_english(statuses, expected):
    milestones = [milestone(id=f"m{i}", status=status, note="Noted", date="2030-01") for i, status in enumerate(statuses)]
    assert Progress.of(milestones, TODAY).summary == expected
