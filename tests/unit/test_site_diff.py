"""The pull-request summary's comparison of two built sites sees a change to the strategy's
notice, which every page shows above its article."""

from __future__ import annotations

from macros.tools.site_diff import compare

PAGE = """<!doctype html><html><body><header></header>
<aside class="site-banner" aria-label="The strategy's status"><div class="md-grid"><p class="strategy-notice">{notice}</p></div></aside>
<main><article><h1>Roadmap</h1><p>Milestones.</p></article></main></body></html>"""


def site(folder, notice: str):
    (folder / "roadmap").mkdir(parents=True)
    (folder / "roadmap" / "index.html").write_text(PAGE.format(notice=notice), encoding="utf-8")
    return folder


def test_a_changed_notice_changes_the_page(tmp_path):
    before = site(tmp_path / "before", "The strategy's planned period has ended.")
    after = site(tmp_path / "after", "The strategy has been replaced.")
    assert compare(before, after).changed == [("/roadmap/", "Roadmap")]


def test_the_same_notice_changes_nothing(tmp_path):
    before = site(tmp_path / "before", "The strategy's planned period has ended.")
    after = site(tmp_path / "after", "The strategy's planned period has ended.")
    assert compare(before, after).changed == []
