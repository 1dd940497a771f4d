"""Fixtures for browser tests against the built site.

Needs the `built_site` session fixture (a pathlib.Path to a strict MkDocs
build) from tests/conftest.py, and scripts/install-browser-deps for chromium
and axe-core. Skips, with the reason, when chromium is missing: keep `-rs`
in pytest's addopts so that reason shows in the summary.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.sitebuild import build

from .helpers import CHROMIUM, CHROMIUM_ARGS, PHONE, REPO_ROOT, SETUP_SCRIPT, is_local, serve_directory

HERE = Path(__file__).parent
TIMEOUT_MS = 10_000  # a static local site answers fast; fail well before Playwright's 30 s
# Screenshots for people to look at (tests/browser/test_layout.py); git-ignored.
SCREENSHOTS = Path(os.environ.get("SCREENSHOT_DIR") or REPO_ROOT / "test-results" / "screenshots")
_screenshots_taken = False


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives headless chromium against the built site")


def pytest_collection_modifyitems(items):
    # Everything under tests/browser/ is a browser test, so `-m "not browser"` skips them all.
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    """An empty folder for this run's screenshots; the run's summary says where it is."""
    global _screenshots_taken
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for old in SCREENSHOTS.glob("*.png"):
        old.unlink()
    _screenshots_taken = True
    return SCREENSHOTS


def pytest_terminal_summary(terminalreporter):
    if _screenshots_taken:
        count = len(list(SCREENSHOTS.glob("*.png")))
        terminalreporter.write_sep("-", f"{count} screenshots of the site in {SCREENSHOTS}")


@pytest.fixture(scope="session")
def site_server(built_site: Path):
    """Base URL ("http://127.0.0.1:PORT/") of the built site, served over HTTP."""
    with serve_directory(built_site) as base_url:
        yield base_url


@pytest.fixture(scope="session")
def defective_server(defective_site: Path):
    """Base URL of the copy of the site built with known defects (tests/defects.py)."""
    with serve_directory(defective_site) as base_url:
        yield base_url


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found: run {SETUP_SCRIPT} to install it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _new_page(browser, site_server: str, **context_options):
    context = browser.new_context(**context_options)
    context.set_default_timeout(TIMEOUT_MS)
    # Abort anything not on the local server: a stray CDN link then fails fast
    # (and is still seen by record_requests) instead of hanging or leaving the machine.
    context.route(lambda url: not is_local(url, site_server), lambda route: route.abort())
    return context, context.new_page()


@pytest.fixture
def page(browser, site_server):
    context, page = _new_page(browser, site_server)
    yield page
    context.close()


@pytest.fixture
def open_page(browser, site_server):
    """Opens a page with other context options (a size, no JavaScript), cut off from the
    internet like `page`; every context it made is closed after the test."""
    contexts = []

    def open_page(**context_options):
        context, page = _new_page(browser, site_server, **context_options)
        contexts.append(context)
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def phone_page(browser, site_server):
    """A phone-sized page (PHONE)."""
    context, page = _new_page(browser, site_server, **PHONE)
    yield page
    context.close()


# The site as it is published today, after the strategy's planned period: every page shows the
# strategy's notice under the header. (The suite's own build is dated within the period.)
AFTER_THE_PERIOD = "2026-12-02"


@pytest.fixture(scope="session")
def ended_server(tmp_path_factory):
    """Base URL of the site built for a day after the strategy's period, served over HTTP."""
    folder = tmp_path_factory.mktemp("period-ended")
    result = build(site_dir=folder / "site", today=AFTER_THE_PERIOD)
    assert result.returncode == 0, result.output
    with serve_directory(result.site) as base_url:
        yield base_url


@pytest.fixture
def ended_phone_page(browser, ended_server):
    """A phone-sized page (PHONE) on the site after the strategy's period, cut off from the internet."""
    context, page = _new_page(browser, ended_server, **PHONE)
    yield page
    context.close()


@pytest.fixture
def defective_page(browser, defective_server):
    """A desktop page on the defective copy of the site, cut off from the internet like `page`."""
    context, page = _new_page(browser, defective_server)
    yield page
    context.close()
