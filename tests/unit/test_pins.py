"""Every pinned package installs on the oldest Python the project supports: Debian 12's own
Python 3.11.2, what "a fresh Debian machine" (README.md) has. pymdown-extensions 13 needs
3.11.5, which this check would have caught without a fresh machine."""

from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError, metadata

from packaging.specifiers import SpecifierSet
from packaging.version import Version

from tests.sitebuild import ROOT

DEBIAN_12_PYTHON = Version("3.11.2")


def pins() -> dict[str, str]:
    lines = (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
    return dict(re.fullmatch(r"([A-Za-z0-9_.-]+)==(\S+)", line).groups() for line in lines if line.strip() and not line.startswith("#"))


def test_the_project_claims_the_python_of_debian_12():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    claimed = SpecifierSet(re.search(r'requires-python = "([^"]+)"', pyproject).group(1))
    assert DEBIAN_12_PYTHON in claimed


def test_every_pinned_package_supports_the_python_of_debian_12():
    problems = []
    for name, version in pins().items():
        try:
            installed = metadata(name)
        except PackageNotFoundError:
            problems.append(f"{name}=={version} is pinned but not installed: run scripts/setup")
            continue
        if installed["Version"] != version:
            problems.append(f"{name}: {installed['Version']} installed, {version} pinned: run scripts/setup")
        requires = installed.get("Requires-Python")
        if requires and DEBIAN_12_PYTHON not in SpecifierSet(requires):
            problems.append(f"{name}=={version} requires Python {requires}, so it cannot install on Debian 12 (Python {DEBIAN_12_PYTHON})")
    assert not problems, "\n".join(problems)
