"""On CI a test skipped for a missing tool fails; elsewhere it is skipped with its reason."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.sitebuild import ROOT

MISSING_TOOL = """
import pytest

@pytest.fixture
def checker():
    pytest.skip("java is not installed")

def test_in_a_fixture(checker):
    pass

def test_in_the_test():
    pytest.skip("vendor/axe-core/axe.min.js is missing")

def test_that_runs():
    assert True

@pytest.mark.xfail(reason="a known bug", strict=True)
def test_expected_to_fail():
    assert False
"""


def run_pytest(tmp_path, ci: str | None) -> subprocess.CompletedProcess:
    (tmp_path / "test_example.py").write_text(MISSING_TOOL)
    environment = {key: value for key, value in os.environ.items() if key != "CI"}
    if ci is not None:
        environment["CI"] = ci
    environment["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        # -c /dev/null: not the project's pytest settings; -p loads only the hook under test.
        [sys.executable, "-m", "pytest", "-c", os.devnull, "--rootdir", str(tmp_path), "-p", "tests.ci_policy",
         "-p", "no:cacheprovider", "-rA", str(tmp_path)],
        cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=120,
    )


def test_on_ci_a_skip_for_a_missing_tool_fails_and_says_why(tmp_path):
    result = run_pytest(tmp_path, "true")
    assert result.returncode == 1, result.stdout
    assert "1 failed, 1 passed, 1 xfailed, 1 error" in result.stdout
    assert "CI=true, where no test may be skipped, and this one was: Skipped: java is not installed" in result.stdout
    assert "and this one was: Skipped: vendor/axe-core/axe.min.js is missing" in result.stdout


def test_elsewhere_it_is_skipped_with_its_reason(tmp_path):
    for ci in (None, "false"):
        result = run_pytest(tmp_path, ci)
        assert result.returncode == 0, result.stdout
        assert "1 passed, 2 skipped, 1 xfailed" in result.stdout
        assert "java is not installed" in result.stdout
