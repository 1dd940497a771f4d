"""`scripts/serve` rebuilds when an officer saves a page, a data file or a template override."""

from __future__ import annotations

import os
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.livereload import LiveReloadServer
from watchdog.observers.polling import PollingObserver

from macros.plugin.strategy import StrategyPlugin
from macros.plugin.serve_watch import POLL
from tests.sitebuild import ROOT


def test_serve_watches_data_and_overrides(monkeypatch):
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "true")
    config = load_config(str(ROOT / "mkdocs.yml"))
    watched = {Path(path).resolve() for path in config.watch}
    assert {ROOT / "data", ROOT / "overrides"} <= watched
    assert all(os.path.isdir(path) for path in watched)


@contextmanager
def serving(tmp_path: Path, before_hook: Path, after_hook: Path):
    """MkDocs' live-reload server as `mkdocs serve` sets it up: a path watched before the
    on_serve hook (docs/), the hook, then a path from `watch:` (data/); it calls `rebuilt` on a save."""
    rebuilt = threading.Event()
    server = LiveReloadServer(builder=rebuilt.set, host="127.0.0.1", port=0, root=str(tmp_path / "site"))
    server.watch(str(before_hook))
    server = StrategyPlugin().on_serve(server, config=None, builder=rebuilt.set)
    server.watch(str(after_hook))
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not (server.observer.is_alive() and all(emitter.is_alive() for emitter in server.observer.emitters)):
        assert time.monotonic() < deadline, "the server did not start watching"
        time.sleep(0.05)
    try:
        yield server, rebuilt
    finally:
        server.shutdown()
        thread.join(timeout=10)


def saving_rebuilds(rebuilt: threading.Event, path: Path) -> bool:
    time.sleep(0.3)  # the events of the last change have arrived
    rebuilt.clear()
    path.write_text("title: Changed\n", encoding="utf-8")
    return rebuilt.wait(timeout=5)


@pytest.mark.parametrize("watch", ["", POLL])
def test_a_saved_file_rebuilds_the_site_with_file_events_or_mkdocs_polling(tmp_path, monkeypatch, watch):
    monkeypatch.setenv("STRATEGY_WATCH", watch)
    docs, data = tmp_path / "docs", tmp_path / "data" / "milestones"
    for folder in (docs, data, tmp_path / "site"):
        folder.mkdir(parents=True)
    with serving(tmp_path, docs, data.parent) as (server, rebuilt):
        assert isinstance(server.observer, PollingObserver) == (watch == POLL)
        assert saving_rebuilds(rebuilt, data / "a-milestone.yml"), "a save in data/ was not noticed"
        assert saving_rebuilds(rebuilt, docs / "index.md"), "a save in docs/ was not noticed"
        time.sleep(0.5)
        rebuilt.clear()
        os.utime(data / "a-milestone.yml")  # touch: MkDocs' listing notices a new time
        assert rebuilt.wait(timeout=5), "a touched file was not noticed"
        time.sleep(0.5)
        rebuilt.clear()
        (data / "a-milestone.yml").read_text(encoding="utf-8")  # as the build reads every file
        assert not rebuilt.wait(timeout=1.5), "reading a file started a rebuild"
