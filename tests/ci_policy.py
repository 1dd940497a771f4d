"""On CI (CI=true), a skipped test fails instead.

Every skip in this suite means a tool is missing (Chromium, axe-core, Java, the HTML checker),
and scripts/test installs them all, so on CI a skip can only mean that set-up went wrong. A
skipped test there would hide exactly what CI is for. Tests that should not run are
deselected with -m instead (`-m "not browser"`), which is not a skip.
"""

from __future__ import annotations

import os

import pytest


def on_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"true", "1"}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if on_ci() and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = (
            f"CI=true, where no test may be skipped, and this one was: {reason}\n"
            "scripts/test runs scripts/install-browser-deps, which installs what the tests need "
            "(as root or with passwordless sudo); its output above says what it could not install."
        )
