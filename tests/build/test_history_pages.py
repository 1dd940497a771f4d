"""Each page's history and "What's changed", built from a git history made for the test.

The story: the site starts on 9 November 2020; a code-only commit follows; an officer's pull
request, written on 1 February 2021 and merged on 4 March 2021, marks the hate crime
sub-strategy done and rewords one partner, each with a change note; a typo is then fixed
without a note; and a partner is removed. Built on 26 November 2026, after the period ended.
"""

from __future__ import annotations

import html as entities
import re
from pathlib import Path

import pytest

from tests.data_copies import with_fields, without_fields
from tests.git_repos import commit_all, git, init, merge
from tests.sitebuild import build, copy_project, public_pages

pytestmark = pytest.mark.build

AFTER_THE_PERIOD = "2026-11-26"
DONE_NOTE = "We have marked the hate crime sub-strategy as done."
POLICE_NOTE = "We have updated how Merseyside Police describes itself."
CODE_SUBJECT = "Refactor the numbers module"
MERGE_SUBJECT = "Merge pull request #7 from officer/hate-crime"


def pages_of(site: Path) -> list[Path]:
    return public_pages(site, "index.html")


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    folder = tmp_path_factory.mktemp("history")
    project = copy_project(folder / "project")
    for path in [*(project / "data").rglob("*.yml"), *(project / "docs").rglob("*.md")]:  # start without notes
        text = path.read_text(encoding="utf-8")
        if re.search(r"(?m)^withdrawn: true$", text):  # a record taken off the site: not in this story
            path.unlink()
            continue
        path.write_text(without_fields(text, "change_note"), encoding="utf-8")
    (project / "README.md").write_text("Code and notes for developers.\n")
    init(project)
    commit_all(project, "Start the site", "2020-11-09")
    (project / "README.md").write_text("Code and notes for developers, changed.\n")
    (project / "macros" / "data" / "numbers.py").write_text((project / "macros" / "data" / "numbers.py").read_text() + "\n# tidied\n")
    commit_all(project, CODE_SUBJECT, "2021-01-10")

    git(project, "checkout", "-q", "-b", "officer/hate-crime")
    data = project / "data"
    milestone = data / "milestones" / "hate-crime-sub-strategy.yml"
    with_fields(milestone, status="done", note="Agreed by partners.", change_note=DONE_NOTE)
    partner = data / "partners" / "merseyside-police.yml"
    partner.write_text(partner.read_text().replace("which includes Wirral.", "which covers Wirral.") + f"change_note: {POLICE_NOTE}\n")
    commit_all(project, "Hate crime sub-strategy done <b>", "2021-02-01")
    merge(project, "officer/hate-crime", MERGE_SUBJECT, "2021-03-04")

    replace_in(project / "docs" / "about.md", "co-produced", "co‑produced")  # a typo fixed, no note
    commit_all(project, "Fix a typo", "2021-04-01")
    (data / "partners" / "probation-service.yml").unlink()
    commit_all(project, "Remove a partner", "2021-05-05")

    result = build(project, folder / "site", today=AFTER_THE_PERIOD)
    assert result.returncode == 0, result.output
    return result


def html_of(result, path: str) -> str:
    return (result.site / path / "index.html").read_text(encoding="utf-8")


def history_on(result, path: str) -> tuple[str, str | None, list[str]]:
    """(published, last updated, the notes listed) from the page's footer."""
    html = html_of(result, path)
    block = html[html.index('<div class="page-history">') :]
    block = block[: block.index("</div>")]
    published = re.search(r"Published <time[^>]*>([^<]+)</time>", block).group(1)
    updated = re.search(r"Last updated <time[^>]*>([^<]+)</time>", block)
    notes = re.findall(r"<li><time[^>]*>([^<]+)</time>: ([^<]+)</li>", block)
    return published, updated.group(1) if updated else None, [f"{day}: {text}" for day, text in notes]


def test_a_content_change_is_dated_the_day_it_reached_main_with_its_note_on_its_page(story):
    published, updated, notes = history_on(story, "themes/hate-crime")
    assert (published, updated) == ("9 November 2020", "4 March 2021")  # written 1 February, merged 4 March
    assert notes == [f"4 March 2021: {DONE_NOTE}", "9 November 2020: First published."]
    assert history_on(story, "partners/merseyside-police")[1:] == ("4 March 2021", [f"4 March 2021: {POLICE_NOTE}", "9 November 2020: First published."])


def test_a_page_changes_date_only_when_what_it_shows_changes(story):
    # Other partners' pages and themes do not show the changed partner or milestone.
    assert history_on(story, "partners/nhs-cheshire-and-merseyside")[1] is None
    assert history_on(story, "partners/wirral-council")[1] is None
    assert history_on(story, "themes/road-safety")[1] is None
    assert history_on(story, "get-help")[1] is None
    # The roadmap and the home page's progress show every milestone.
    assert history_on(story, "roadmap")[1] == "4 March 2021"
    assert history_on(story, "")[1] == "4 March 2021"
    # A change without a new note is minor: published, but not dated or listed.
    assert "co‑produced" in html_of(story, "about")
    assert history_on(story, "about")[1] is None


def test_whats_changed_lists_notes_with_their_pages_never_commit_subjects(story):
    html = html_of(story, "changes")
    listed = html[html.index('<ol class="changes">') : html.index("</ol>", html.index('<ol class="changes">'))]
    items = [(day, entities.unescape(text)) for day, text in re.findall(r"<li>\s*<p><time[^>]*>([^<]+)</time>: ([^<]+)</p>", listed)]
    assert items == [
        ("5 May 2021", 'Removed the partner "The Probation Service".'),
        ("4 March 2021", DONE_NOTE),
        ("4 March 2021", POLICE_NOTE),
    ]
    done = listed[listed.index(DONE_NOTE) : listed.index(POLICE_NOTE)]
    assert 'href="../themes/hate-crime/">Hate crime</a>' in done
    assert 'href="../roadmap/">' in done
    assert ".yml" not in html and "docs/" not in html  # no file names either
    for subject in (CODE_SUBJECT, MERGE_SUBJECT, "Hate crime sub-strategy done", "Fix a typo", "Remove a partner"):
        for page in pages_of(story.site):
            assert subject not in page.read_text(encoding="utf-8"), (subject, page)


def test_a_removed_partner_dates_the_pages_that_listed_it(story):
    assert history_on(story, "partners")[1] == "5 May 2021"
    assert history_on(story, "partners/overview")[1] == "5 May 2021"
    assert history_on(story, "partners/merseyside-police")[1] == "4 March 2021"


def test_with_the_period_ended_every_page_says_so_and_progress_says_when_statuses_were_recorded(story):
    pages = pages_of(story.site) + [story.site / "404.html"]
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert html.count('class="strategy-notice"') == 1, page
        notice = re.search(r'<p class="strategy-notice">(.*?)</p>', html, re.DOTALL).group(1)
        assert "planned period, 2021 to 2025, has ended." in notice, page
        assert re.search(r'<a href="(?:[^"]*where-the-strategy-is-now/?|\./)">Where the strategy is now</a>', notice), page  # "./" on that page itself
        assert "does not yet say what replaces it" not in html, page
    for page in ("", "roadmap"):
        assert 'Statuses last updated on <time datetime="2021-03-04">4 March 2021</time>.' in html_of(story, page), page


def test_a_milestone_status_change_shows_everywhere_and_nowhere_disagrees(story):
    """The sub-strategy's milestone is done: its theme page, the roadmap and the commitment
    that follows it all say so, counted across every built page."""
    places = {"milestone": 0, "commitment": 0, "sub-strategy": 0}
    for page in pages_of(story.site):
        html = page.read_text(encoding="utf-8")
        if page.parent.name == "print_page":  # the whole strategy in one page: copies of the pages counted here
            assert "hate-crime-sub-strategy" in html and not re.search(r'data-milestone="hate-crime-sub-strategy"[^>]*data-status="(?!done)', html)
            continue
        for item in re.findall(r'<li class="milestone[^"]*"[^>]*data-milestone="hate-crime-sub-strategy".*?</li>', html, re.DOTALL):
            assert 'data-status="done"' in item and ">Done</span>" in item and "Planned" not in item, page
            places["milestone"] += 1
        for item in re.findall(r'<li class="commitment"[^>]*data-commitment="hate-crime-sub-strategy".*?</li>', html, re.DOTALL):
            assert ">Done</span>" in item and "Planned" not in item and "Overdue" not in item, page
            places["commitment"] += 1
        for line in re.findall(r'<p class="status-line">.*?</p>', html, re.DOTALL):
            if "#milestone-hate-crime-sub-strategy" in line:
                assert ">Done</span>" in line and "Planned" not in line, page
                places["sub-strategy"] += 1
    assert places == {"milestone": 2, "commitment": 1, "sub-strategy": 1}  # roadmap and theme page; theme page; theme page


def test_a_commitment_past_its_due_date_is_shown_overdue(story):
    """On 26 November 2026 the road safety sub-strategy (due by April 2021) is still planned."""
    item = re.search(r'<li class="commitment"[^>]*data-commitment="road-safety-sub-strategy".*?</li>', html_of(story, "themes/road-safety"), re.DOTALL)
    assert ">Planned</span>" in item.group(0) and ">Overdue</span>" in item.group(0)


def test_every_built_page_shows_when_it_was_published(built_site):
    for page in pages_of(built_site):
        assert '<p class="page-history__dates">Published <time datetime=' in page.read_text(encoding="utf-8"), page


def test_a_copy_without_git_builds_without_dates(tmp_path):
    project = copy_project(tmp_path / "project")
    assert not (project / ".git").exists()
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.output
    for page in pages_of(result.site):
        html = page.read_text(encoding="utf-8")
        assert "page-history" not in html and "strategy-notice" not in html, page  # 2021: the period runs
    assert "not available in this copy" in (result.site / "changes" / "index.html").read_text(encoding="utf-8")
