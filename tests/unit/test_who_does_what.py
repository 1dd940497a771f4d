"""Who does what: by theme, partners are named while they are few, and counted past that; by
partner, each row names the partner's themes while the rows are few, and gives its numbers past
that. The page stays light with hundreds of partners."""

from __future__ import annotations

import re

from macros.data.catalogue import load_catalogue
from macros.pages.context import Settings
from macros.pages.partner_macros import PARTNERS_NAMED_AT_MOST, PartnerThemes, ThemeRoles
from macros.render.jinja import Renderer
from tests.sitebuild import ROOT

PARTNER_ROWS_IN_FULL_AT_MOST = Settings().partner_rows_in_full_up_to


class StubLinks:
    def theme(self, theme_id: str) -> str:
        return f"../../themes/{theme_id}/"

    def partner(self, partner_id: str) -> str:
        return f"../{partner_id}/"


def row_with(owners: int) -> str:
    catalogue = load_catalogue(ROOT / "data")
    partner = catalogue.partners[0]
    partners = [partner.model_copy(update={"id": f"partner-{i}", "name": f"Partner {i}"}) for i in range(owners)]
    row = ThemeRoles(catalogue.themes[0], total=owners, owners=[(p, 1) for p in partners], supporters=[(partners[0], 2)], unowned=0)
    return str(Renderer().html("partner_overview.html", by_theme=[row], partners_named_at_most=PARTNERS_NAMED_AT_MOST, links=StubLinks()))


def test_a_few_partners_are_named_with_their_counts():
    html = row_with(PARTNERS_NAMED_AT_MOST)
    assert f'<a href="../partner-{PARTNERS_NAMED_AT_MOST - 1}/">Partner {PARTNERS_NAMED_AT_MOST - 1}</a> (1)' in html
    assert 'Supported by <a href="../partner-0/">Partner 0</a> (2)' in html


def test_many_partners_are_counted_and_pointed_to_the_table_by_partner():
    many = PARTNERS_NAMED_AT_MOST + 1
    html = row_with(many)
    assert f'Owned by {many} partners (see <a href="#by-partner">who does what, by partner</a>)' in html
    assert "Partner 3<" not in html
    assert 'Supported by <a href="../partner-0/">Partner 0</a> (2)' in html


def table_by_partner(rows: int) -> str:
    catalogue = load_catalogue(ROOT / "data")
    partner, (first, second) = catalogue.partners[0], catalogue.themes[:2]
    by_partner = [
        PartnerThemes(partner.model_copy(update={"id": f"partner-{i}", "name": f"Partner {i}"}), owns=[(first, 2), (second, 1)], supports=[(second, 4)])
        for i in range(rows)
    ]
    in_full = rows <= PARTNER_ROWS_IN_FULL_AT_MOST
    return str(Renderer().html("themes_by_partner.html", by_partner=by_partner, in_full=in_full, idle_partners=[], links=StubLinks()))


def test_a_few_partners_rows_name_their_themes():
    html = table_by_partner(PARTNER_ROWS_IN_FULL_AT_MOST)
    assert html.count("<tr data-partner=") == PARTNER_ROWS_IN_FULL_AT_MOST
    assert '<a href="../../themes/anti-social-behaviour/#commitments">Anti-social behaviour</a> (2)' in html


def test_many_partners_rows_give_their_numbers():
    many = PARTNER_ROWS_IN_FULL_AT_MOST + 1
    html = table_by_partner(many)
    assert html.count("<tr data-partner=") == many
    assert "themes/anti-social-behaviour" not in html
    row = html[html.index('<tr data-partner="partner-7">') :].split("</tr>")[0]
    # owns 2 + 1, supports 4, in two themes
    assert re.findall(r'<td class="number">(\d+)</td>', row) == ["3", "4", "2"]
    assert '<th scope="col" class="number">Owns</th>' in html
