"""The strategy knows its own dates: the notice once its period ends, and review reminders."""

from __future__ import annotations

import datetime

from macros.data.catalogue import load_catalogue
from macros.data.documents import Strategy
from macros.render.strategy_dates import review_reminders, strategy_notice
from macros.exports.pdf.document import front_matter
from macros.render.jinja import Renderer
from tests.data_copies import data_with
from tests.sitebuild import ROOT

LAST_DAY = datetime.date(2025, 12, 31)
RENDERER = Renderer()


def strategy(**changes) -> Strategy:
    return load_catalogue(ROOT / "data").strategy.model_copy(update=changes)


def test_no_notice_while_the_period_runs_and_a_calm_one_after():
    assert strategy_notice(strategy(), LAST_DAY, RENDERER) is None
    notice = str(strategy_notice(strategy(), LAST_DAY + datetime.timedelta(days=1), RENDERER))
    assert notice == "<strong>The strategy's planned period, 2021 to 2025, has ended.</strong>"  # its link is each page's own


def test_the_notice_links_to_what_replaces_it_when_known(tmp_path):
    data = data_with(
        tmp_path,
        {"strategy.yml": (ROOT / "data" / "strategy.yml").read_text().replace("status: not known", "status: replaced")
         + "replaced_by:\n  name: Example Plan & \"Strategy\"\n  url: https://www.example.org/plan\n"},
    )  # fmt: skip
    notice = str(strategy_notice(load_catalogue(data).strategy, datetime.date(2026, 11, 26), RENDERER))
    assert notice == '<strong>This strategy has been replaced</strong> by <a href="https://www.example.org/plan">Example Plan &amp; &#34;Strategy&#34;</a>.'


def test_the_pdf_s_first_page_carries_the_notice_too():
    catalogue = load_catalogue(ROOT / "data")
    assert "planned period" not in front_matter(catalogue, LAST_DAY, [], RENDERER)
    assert "The strategy's planned period, 2021 to 2025, has ended." in front_matter(catalogue, LAST_DAY + datetime.timedelta(days=1), [], RENDERER)


def page(src_path: str, **meta):
    return src_path, meta


def test_officers_are_told_what_is_past_review_and_residents_nothing(tmp_path):
    data = data_with(
        tmp_path,
        {"commitments/hate-crime-sub-strategy.yml": (ROOT / "data" / "commitments" / "hate-crime-sub-strategy.yml").read_text()
         + "review_by: 2026-01-31\n"},
    )  # fmt: skip
    catalogue = load_catalogue(data)
    pages = [page("about.md", review_by=datetime.date(2026, 6, 1), owner="Community Safety Team"), page("index.md", review_by=datetime.date(2027, 1, 1))]
    reminders = review_reminders(catalogue, pages, "docs", datetime.date(2026, 11, 26))
    assert reminders == [
        "docs/about.md (owner: Community Safety Team) was due for review by 1 June 2026; check it and set a new review_by",
        'data/commitments/hate-crime-sub-strategy.yml, commitment "hate-crime-sub-strategy" was due for review by 31 January 2026; '
        "check it and set a new review_by",
    ]
    assert review_reminders(catalogue, pages, "docs", datetime.date(2026, 1, 1)) == []


def test_a_current_strategy_whose_period_has_ended_is_a_reminder_too(tmp_path):
    data = data_with(tmp_path, {"strategy.yml": (ROOT / "data" / "strategy.yml").read_text().replace("status: not known", "status: current")})
    [reminder] = review_reminders(load_catalogue(data), [], "docs", datetime.date(2026, 11, 26))
    assert reminder.startswith('data/strategy.yml says the strategy is "current", but its period ended on 31 December 2025')
