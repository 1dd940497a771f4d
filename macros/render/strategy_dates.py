"""The strategy's own dates: the notice every page shows once its period has ended, and the
reminders the build gives officers for what is past its review date.

Residents see a calm notice, never a warning: the pages stay as a record of what the
strategy set out to do. Officers see INFO lines in the build's output (INFO, not WARNING:
the strict build fails on any warning, and a date passing is not a fault in the site).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from markupsafe import Markup

from macros.data.catalogue import Catalogue
from macros.data.documents import Strategy, StrategyStatus
from macros.data.partial_dates import long_date
from macros.render.jinja import Renderer


def strategy_notice(strategy: Strategy, today: datetime.date, renderer: Renderer) -> Markup | None:
    """The notice for every page, once the period has ended or the strategy has been replaced."""
    if not (strategy.has_ended(today) or strategy.status is StrategyStatus.REPLACED):
        return None
    return renderer.html("strategy_notice.html", strategy=strategy, under_review=strategy.status is StrategyStatus.UNDER_REVIEW)


def review_reminders(catalogue: Catalogue, pages: Iterable[tuple[str, dict]], docs_prefix: str, today: datetime.date) -> list[str]:
    """One line for each page, commitment or strategy date that has passed without a review.
    `pages` are each page's path inside docs/ and its front matter."""
    strategy, reminders = catalogue.strategy, []
    if strategy.has_ended(today) and strategy.status in (StrategyStatus.IN_DEVELOPMENT, StrategyStatus.CURRENT):
        reminders.append(
            f'data/strategy.yml says the strategy is "{strategy.status.value}", but its period ended on {long_date(strategy.last_day)}: '
            "set its status to under review, ended or replaced"
        )
    if strategy.next_review and strategy.next_review < today:
        reminders.append(f"data/strategy.yml: the strategy's review was due by {long_date(strategy.next_review)} (owner: {strategy.owner}); record the review and set next_review")
    for src_path, meta in sorted(pages, key=lambda page: page[0]):
        review_by = meta.get("review_by")
        if isinstance(review_by, datetime.date) and review_by < today:
            owner = f" (owner: {meta['owner']})" if meta.get("owner") else ""
            reminders.append(f"{docs_prefix}/{src_path}{owner} was due for review by {long_date(review_by)}; check it and set a new review_by")
    for commitment in catalogue.commitments:
        if commitment.review_by and commitment.review_by < today:
            owner = f" (owner: {catalogue.partner_by_id[commitment.owner].name})" if commitment.owner else ""
            reminders.append(
                f'data/commitments/{commitment.id}.yml, commitment "{commitment.id}"{owner} was due for review by '
                f"{long_date(commitment.review_by)}; check it and set a new review_by"
            )
    return reminders
