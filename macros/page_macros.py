"""The macros that Markdown pages call, such as {{ theme_cards() }}.

Each returns HTML made by a template (escaped), so pages never restate a fact from data/.
"""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup, escape

from .build import Links, history_for, posts_for, today_for
from .catalogue import Catalogue
from .eia_macros import register_eia_and_accessibility
from .models import Status
from .progress import Progress, timeline
from .rendering import render

NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


# The data files each macro reads, so a page's "Last updated" date covers the facts it shows.
# A macro missing here counts as reading every data file: the date may be too new, never too old.
DATA_READ_BY = {
    "period": ("strategy.yml",),
    "completion_due": ("strategy.yml",),
    "background_papers": ("strategy.yml",),
    "aligned_plans": ("strategy.yml",),
    "committee_decision": ("strategy.yml",),
    "theme_count": ("themes.yml",),
    "theme_cards": ("themes.yml",),
    "emergency_contacts": ("contacts.yml",),
    "all_contacts": ("contacts.yml",),
    "sectors": ("sectors.yml",),
    "recent_changes": (),
    "latest_updates": (),
}
RECENT_CHANGES = 30


def number_in_words(number: int) -> str:
    """GOV.UK style: words for one to nine, digits from 10."""
    return NUMBER_WORDS[number] if number < 10 else str(number)


def register(env, catalogue: Catalogue) -> None:
    strategy = catalogue.strategy

    def links() -> Links:
        return Links(env.page, env.variables["files"])

    @env.macro
    def period() -> Markup:
        return escape(f"{strategy.start_year} to {strategy.end_year}")

    @env.macro
    def completion_due() -> Markup:
        return escape(strategy.completion_due)

    @env.macro
    def theme_count() -> Markup:
        return escape(number_in_words(len(catalogue.themes)))

    @env.macro
    def theme_cards() -> Markup:
        return render("theme_cards.html", themes=catalogue.themes, links=links())

    @env.macro
    def emergency_contacts() -> Markup:
        everywhere = [contact for contact in catalogue.contacts.values() if contact.on_every_theme]
        return render("emergency.html", contacts=everywhere)

    @env.macro
    def all_contacts() -> Markup:
        return render(
            "help_box.html",
            contacts=list(catalogue.contacts.values()),
            heading="Who to contact",
            heading_id="who-to-contact",
        )

    @env.macro
    def sectors() -> Markup:
        return render("named_list.html", items=catalogue.sectors, css_class="sectors")

    @env.macro
    def background_papers() -> Markup:
        return render("named_list.html", items=strategy.background_papers, css_class="references")

    @env.macro
    def aligned_plans() -> Markup:
        return render("named_list.html", items=strategy.aligned_plans, css_class="references")

    @env.macro
    def committee_decision() -> Markup:
        return render("committee.html", committee=strategy.committee)

    register_eia_and_accessibility(env, catalogue, links)
    @env.macro
    def roadmap() -> Markup:
        today = today_for(env.conf)
        return render(
            "roadmap.md",
            groups=timeline(catalogue.milestones, today),
            progress=Progress.of(catalogue.milestones, today),
            today=today,
            catalogue=catalogue,
            links=links(),
            theme_options=[{"id": theme.id, "name": theme.name} for theme in catalogue.themes],
            status_options=[status.value for status in Status],
        )

    @env.macro
    def milestone_progress() -> Markup:
        today = today_for(env.conf)
        return render("progress.html", progress=Progress.of(catalogue.milestones, today), today=today)

    @env.macro
    def milestone_open_data() -> Markup:
        return render("open_data.html", links=links())

    @env.macro
    def latest_updates(count: int = 3) -> Markup:
        return render("update_list.html", updates=posts_for(env.conf)[:count], links=links())

    @env.macro
    def recent_changes() -> Markup:
        env.page.meta["shows_history"] = True
        return render("changes.html", changes=[_described(change, links()) for change in history_for(env.conf).changes[:RECENT_CHANGES]])


def _described(change, links: Links) -> dict:
    """A commit in plain words: the pages it changed (linked while they exist) and the data files."""
    pages = []
    for name in change.files:
        if name.startswith("docs/") and name.endswith(".md"):
            src = name.removeprefix("docs/")
            target = links.files.get_file_from_path(src)
            title = _title_of(target) or src
            pages.append((title, links.to(src) if target else None))
    data = [name for name in change.files if name.startswith("data/")]
    return {"date": change.date, "subject": change.subject, "pages": pages, "data": data}


def _title_of(file) -> str | None:
    """The nav title, else the page's first heading (pages may not have been read yet)."""
    if file is None:
        return None
    if file.page is not None and file.page.title:
        return file.page.title
    text = file.content_string if file.generated_by else Path(file.abs_src_path).read_text(encoding="utf-8")
    return next((line[2:].strip() for line in text.splitlines() if line.startswith("# ")), None)
