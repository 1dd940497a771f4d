"""macros/ is in layers that import one way: no module imports another in a loop, no layer
imports one above it, and the core (data, history, render, exports) works without the site
builder. These read the code's own imports, as ../shared/tools/import-check does."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.sitebuild import ROOT

PACKAGE = ROOT / "macros"
# Lowest first: a module may import from its own layer and those before it.
LAYERS = ("data", "history", "render", "exports", "pages", "plugin", "tools")
CORE = LAYERS[:4]
BUILDERS = ("mkdocs", "material", "properdocs")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> list[tuple[str, int]]:
    """Every module a file imports (inside functions too), resolved to this package's modules where it names one."""
    name = module_name(path)
    base = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = ".".join(base[: len(base) - node.level + 1] + ([node.module] if node.module else [])) if node.level else node.module or ""
            found.append((module, node.lineno))
            found += [(f"{module}.{alias.name}", node.lineno) for alias in node.names]  # `from pkg import submodule`
    return found


MODULES = {module_name(path): path for path in PACKAGE.rglob("*.py")}
GRAPH = {name: {target for target, _ in imports_of(path) if target in MODULES and target != name} for name, path in MODULES.items()}


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in LAYERS else None


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected sets of two or more modules (Tarjan), each a loop of imports."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            members = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                members.append(member)
                if member == node:
                    break
            if len(members) > 1:
                found.append(sorted(members))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_analysis_finds_a_circle_where_there_is_one():
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert circles({"a": {"b"}, "b": set()}) == []


def test_no_module_imports_another_in_a_loop():
    assert circles(GRAPH) == []


def test_every_layer_imports_only_itself_and_the_layers_below():
    upward = [
        f"{module} imports {target}"
        for module, targets in GRAPH.items()
        for target in targets
        if layer_of(module) and layer_of(target) and LAYERS.index(layer_of(target)) > LAYERS.index(layer_of(module))
    ]
    assert upward == []


def test_the_core_names_no_site_builder():
    named = [
        f"{path.relative_to(ROOT)}:{line}: {target}"
        for module, path in MODULES.items()
        if layer_of(module) in CORE
        for target, line in imports_of(path)
        if target.split(".")[0] in BUILDERS
    ]
    assert named == []


def test_the_core_imports_and_works_with_the_site_builder_unimportable():
    check = """
import importlib, pkgutil, sys, datetime, pathlib, tempfile
class NoBuilder:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("mkdocs", "material", "properdocs"):
            raise ImportError(f"{name} is made unimportable for this test")
sys.meta_path.insert(0, NoBuilder())
import macros
for layer in ("data", "history", "render", "exports"):
    package = importlib.import_module(f"macros.{layer}")
    for module in pkgutil.walk_packages(package.__path__, f"macros.{layer}."):
        importlib.import_module(module.name)
from macros.data.catalogue import load_catalogue
from macros.exports.milestones import write_milestone_files
from macros.history.change_notes import read_history
from macros.render.jinja import Renderer
catalogue = load_catalogue(pathlib.Path("data"))
write_milestone_files(pathlib.Path(tempfile.mkdtemp()), catalogue, datetime.date(2021, 2, 1))
assert "words" in Renderer().html("lede.html", text="words")
read_history(pathlib.Path("."))
print(sorted(name for name in sys.modules if name.split(".")[0] in ("mkdocs", "material", "properdocs")))
"""
    ran = subprocess.run([sys.executable, "-c", check], cwd=ROOT, capture_output=True, text=True)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == "[]"


def test_each_layer_says_what_lives_there_and_what_it_may_import():
    for layer in LAYERS:
        docstring = ast.get_docstring(ast.parse((PACKAGE / layer / "__init__.py").read_text(encoding="utf-8")))
        assert docstring and "import" in docstring, f"macros/{layer}/__init__.py"


def test_no_module_is_longer_than_500_lines():
    long = {str(path.relative_to(ROOT)): lines for path in MODULES.values() if (lines := len(path.read_text(encoding="utf-8").splitlines())) > 500}
    assert long == {}


def test_the_shared_import_check_agrees():
    checker = ROOT.parent / "shared" / "tools" / "import-check"
    if not checker.is_file():
        pytest.skip("../shared/tools/import-check is not beside this checkout")
    ran = subprocess.run([sys.executable, str(checker), "macros"], cwd=ROOT, capture_output=True, text=True)
    assert ran.stdout.strip().splitlines()[-1] == "circles: 0, core modules importing mkdocs: 0", ran.stdout
