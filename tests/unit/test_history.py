"""Change notes from git: what residents see of the history, and what they never see."""

from __future__ import annotations

import datetime
from pathlib import Path
from types import SimpleNamespace

from macros.history import change_notes
from macros.history import git as history
from macros.history.change_notes import History, HistoryReader, history_of, read_history
from macros.history.git import FileChange, Step, parse_log, read_steps
from macros.data.partial_dates import long_date
from tests.git_repos import commit_all, git, init, merge

DAY = datetime.date(2021, 3, 4)
PARTNER = "id: example\nname: Example Group\nsector: community\ndescription: Old words.\nsource:\n  name: Example source\n  url: https://www.example.org/\n"


def step(order: int, *changes: FileChange, day: datetime.date = DAY) -> Step:
    return Step(order, day, changes)


def test_the_log_is_read_as_each_commit_with_its_content_files_only():
    blob_a, blob_b, zero = "a" * 40, "b" * 40, "0" * 40
    output = (
        f"\x1e{'1' * 40}\x1f2021-03-04\x1f\x00\n"
        f":100644 100644 {blob_a} {blob_b} M\x00data/themes/hate-crime.yml\x00"
        f":000000 100644 {zero} {blob_a} A\x00docs/stylesheets/site.css\x00"
        f"\x1e{'2' * 40}\x1f2020-11-09\x1f\x00\n"
        f":000000 100644 {zero} {blob_b} A\x00docs/index.md\x00"
    )
    commits = parse_log(output)
    assert [(day, entries) for day, _, entries in commits] == [
        (DAY, [("data/themes/hate-crime.yml", blob_a, blob_b)]),  # a stylesheet is the site's workings, not content
        (datetime.date(2020, 11, 9), [("docs/index.md", zero, blob_b)]),
    ]


def test_a_new_note_is_published_and_a_kept_note_is_a_minor_change():
    noted = PARTNER + "change_note: We have updated Example Group's description.\n"
    made = history_of(
        [
            step(0, FileChange("data/partners/example.yml", None, PARTNER), day=datetime.date(2020, 11, 9)),
            step(1, FileChange("data/partners/example.yml", PARTNER, noted)),
            step(2, FileChange("data/partners/example.yml", noted, noted.replace("Old words", "New words")), day=datetime.date(2021, 5, 1)),
        ]
    )
    assert [(note.date, note.text) for note in made.notes] == [(DAY, "We have updated Example Group's description.")]
    assert made.published["data/partners/example.yml"] == (0, datetime.date(2020, 11, 9))


def test_page_notes_come_from_front_matter_and_only_from_there():
    page = "---\ntitle: About\nchange_note: We have added the committee's decision.\n---\n\n# About\n\nchange_note: not front matter\n"
    made = history_of([step(0, FileChange("docs/about.md", "---\ntitle: About\n---\n# About\n", page))])
    assert [note.text for note in made.notes] == ["We have added the committee's decision."]


def test_a_removed_record_is_listed_by_its_name_and_reaches_the_pages_that_listed_it():
    commitment = "id: c-x\ntheme: road-safety\nowner: merseyside-police\nsupporting: [wirral-council]\naction: Fix the lights.\nstatus: planned\n"
    made = history_of([step(3, FileChange("data/commitments/c-x.yml", commitment, None))])
    [note] = made.notes
    assert note.text == 'Removed the commitment "Fix the lights.".'
    assert set(note.reach) == {"docs/themes/road-safety.md", "data/partners/merseyside-police.yml", "data/partners/wirral-council.yml"}
    assert made.notes_on({"docs/themes/road-safety.md"}) == [note]
    assert made.notes_on({"data/commitments/"}) == [note]  # pages listing every commitment
    assert made.notes_on({"docs/themes/hate-crime.md", "data/milestones/"}) == []


def test_statuses_are_dated_by_the_last_step_that_changed_one_and_moving_records_changes_none():
    old_single_file = "- id: m-1\n  status: planned\n- id: m-2\n  status: done\n"
    made = history_of(
        [
            step(0, FileChange("data/milestones.yml", None, old_single_file), day=datetime.date(2020, 11, 9)),
            step(1, FileChange("data/milestones/m-1.yml", "id: m-1\nstatus: planned\n", "id: m-1\nstatus: done\nnote: Done.\n")),
            step(
                2,
                FileChange("data/milestones.yml", "- id: m-1\n  status: done\n- id: m-2\n  status: done\n", None),
                FileChange("data/milestones/m-1.yml", None, "id: m-1\nstatus: done\n"),
                FileChange("data/milestones/m-2.yml", None, "id: m-2\nstatus: done\n"),
                day=datetime.date(2021, 6, 1),
            ),
        ]
    )
    assert made.statuses_updated == DAY


def test_a_broken_version_in_the_past_is_no_note_and_no_error():
    made = history_of([step(0, FileChange("data/themes/x.yml", "id: x\n", "id: [x\nchange_note: Hello\n"))])
    assert made.notes == ()


def test_dates_are_written_the_gov_uk_way():
    assert long_date(datetime.date(2020, 11, 9)) == "9 November 2020"


def test_outside_a_checkout_there_is_no_history(tmp_path):
    assert not read_history(tmp_path).known
    assert read_steps(tmp_path) == []


def test_without_git_installed_there_is_no_history(tmp_path, monkeypatch):
    monkeypatch.setattr(history.shutil, "which", lambda name: None)
    assert read_history(Path(__file__).parents[2]) == History(notes=(), published={})


def test_from_git_only_content_notes_appear_dated_the_day_they_reached_main(tmp_path):
    (tmp_path / "data" / "partners").mkdir(parents=True)
    (tmp_path / "macros").mkdir()
    record = tmp_path / "data" / "partners" / "example.yml"
    record.write_text(PARTNER)
    (tmp_path / "macros" / "code.py").write_text("x = 1\n")
    init(tmp_path)
    commit_all(tmp_path, "Start", "2020-11-09")
    (tmp_path / "macros" / "code.py").write_text("x = 2  # change_note: not content\n")
    commit_all(tmp_path, "Refactor the code", "2020-12-01")  # code only
    git(tmp_path, "checkout", "-q", "-b", "officer")
    record.write_text(PARTNER + "change_note: We have updated Example Group's description.\n")
    commit_all(tmp_path, "Reword a partner", "2021-02-01")  # written before its merge
    merge(tmp_path, "officer", "Merge pull request #7 from officer", "2021-03-04")
    made = read_history(tmp_path)
    assert [(note.date, note.text, note.path) for note in made.notes] == [
        (DAY, "We have updated Example Group's description.", "data/partners/example.yml")
    ]
    assert made.published == {"data/partners/example.yml": (0, datetime.date(2020, 11, 9))}


def test_a_rebuild_reads_the_history_again_only_after_a_commit(tmp_path, monkeypatch):
    """mkdocs serve builds again for each edit; the history changes only with a commit."""
    (tmp_path / "data" / "partners").mkdir(parents=True)
    record = tmp_path / "data" / "partners" / "example.yml"
    record.write_text(PARTNER)
    init(tmp_path)
    commit_all(tmp_path, "Start", "2020-11-09")
    reads = []
    monkeypatch.setattr(change_notes, "read_history", lambda project, ref="HEAD": reads.append(ref) or read_history(project, ref))
    reader = HistoryReader()
    first = reader.read(tmp_path)
    record.write_text(PARTNER + "change_note: We have updated Example Group's description.\n")  # saved, not committed
    assert reader.read(tmp_path) is first
    assert len(reads) == 1 and not first.notes
    commit_all(tmp_path, "Reword a partner", "2021-03-04")
    assert [note.text for note in reader.read(tmp_path).notes] == ["We have updated Example Group's description."]
    assert len(reads) == 2


def test_a_withdrawn_record_is_explained_by_its_reason_never_by_a_bare_removal():
    """The contact's file was deleted, then given back as withdrawn with why: residents read why."""
    contact = "id: helpline\nname: A helpline\nscope: local\nchecked: 2020-11-09\n"
    reason = "We no longer list A helpline here because it has closed."
    tombstone = f"id: helpline\nname: A helpline\nwithdrawn: true\nchange_note: {reason}\n"
    made = history_of(
        [
            step(0, FileChange("data/contacts/helpline.yml", None, contact), day=datetime.date(2020, 11, 9)),
            step(1, FileChange("data/contacts/helpline.yml", contact, None)),
            step(2, FileChange("data/contacts/helpline.yml", None, tombstone), day=datetime.date(2021, 5, 1)),
        ]
    )
    assert [note.text for note in made.notes] == [reason]
    assert not any(note.text.startswith("Removed") for note in made.notes)
    assert made.notes[0].withdrawn


def test_a_record_removed_without_a_tombstone_is_still_listed_as_removed():
    contact = "id: helpline\nname: A helpline\nscope: local\nchecked: 2020-11-09\n"
    made = history_of([step(1, FileChange("data/contacts/helpline.yml", contact, None))])
    assert [note.text for note in made.notes] == ['Removed the contact "A helpline".']
