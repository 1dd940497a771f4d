"""A theme's commitments: cards while they are few, a table of a row each past that, with the
same facts for each commitment."""

from __future__ import annotations

import re
from types import SimpleNamespace

from macros.data.numbers import counted
from macros.render.jinja import Renderer
from macros.pages.context import Settings

COMMITMENTS_IN_FULL_AT_MOST = Settings().commitments_as_cards_up_to

LINKS = SimpleNamespace(to=str, theme=str, partner=lambda partner_id: f"../../partners/{partner_id}/", milestone=lambda milestone: f"roadmap/#milestone-{milestone.id}")


def rendered(catalogue, in_full_at_most: int) -> str:
    commitments = catalogue.commitments_by_theme["hate-crime"]  # as theme_macros.theme_commitments decides
    return str(
        Renderer().html(
            "theme_commitments.html",
            commitments=commitments,
            as_cards=len(commitments) <= in_full_at_most,
            catalogue=catalogue,
            links=LINKS,
            today=catalogue.strategy.committee.date,
        )
    )


def facts(html: str, tag: str) -> dict[str, list[str]]:
    """Each commitment's links and statuses, by its id."""
    items = re.findall(rf'<{tag} [^>]*data-commitment="([^"]+)">(.*?)</{tag}>', html, re.DOTALL)
    return {commitment: sorted(re.findall(r'href="([^"]+)"|status--([a-z-]+)', body)) for commitment, body in items}


def test_a_theme_with_few_commitments_lists_them_as_cards(catalogue):
    assert len(catalogue.commitments_by_theme["hate-crime"]) <= COMMITMENTS_IN_FULL_AT_MOST
    html = rendered(catalogue, COMMITMENTS_IN_FULL_AT_MOST)
    assert '<ul class="commitments">' in html and "<table" not in html


def test_past_the_limit_each_commitment_is_a_row_with_the_same_facts(catalogue):
    cards, table = rendered(catalogue, COMMITMENTS_IN_FULL_AT_MOST), rendered(catalogue, 0)
    assert "<table" in table and "<ul" not in table
    shown = counted(len(catalogue.commitments_by_theme["hate-crime"]), "commitment")
    assert re.search(rf"<caption[^>]*><span[^>]*>The {shown} in this theme", table)
    assert table.count('<th scope="col">') == 5
    rows, items = facts(table, "tr"), facts(cards, "li")
    assert rows and rows == items
    for commitment in catalogue.commitments_by_theme["hate-crime"]:
        assert f'id="commitment-{commitment.id}"' in table  # partner pages link to each one
        assert str(commitment.action) in table
