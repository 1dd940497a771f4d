"""The same site as plain Material: the baseline the project's build is compared with.

`make_bare(project, destination)` builds `project` once with benchmarks/capture_hook.py,
then writes a copy whose docs/ holds every page's final Markdown and front matter (the
generated partner pages as files), and whose mkdocs.yml has the same theme, overrides,
Markdown extensions and plugins (search, blog) and the captured navigation, but no macros
plugin and not the site's own plugin. Building that copy costs what Material itself costs for these pages.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CAPTURE_CONFIG = "mkdocs-capture.yml"


class _Tagged:
    """A value MkDocs reads with a tag of its own (!ENV, !relative), kept as written."""

    def __init__(self, tag: str, node: yaml.Node):
        self.tag, self.node = tag, node


class _ConfigLoader(yaml.SafeLoader):
    pass


class _ConfigDumper(yaml.SafeDumper):
    pass


_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: _Tagged("!" + suffix, node))


def _represent_tagged(dumper: yaml.SafeDumper, value: _Tagged) -> yaml.Node:
    if isinstance(value.node, yaml.ScalarNode):
        return dumper.represent_scalar(value.tag, value.node.value)
    # Items keep their YAML types: the default of `!ENV [NAME, true]` stays a boolean.
    items = [yaml.safe_load(item.value) if item.style is None else item.value for item in value.node.value]
    return dumper.represent_sequence(value.tag, items)


_ConfigDumper.add_representer(_Tagged, _represent_tagged)


def read_config(path: Path) -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_ConfigLoader)


def write_config(path: Path, config: dict) -> None:
    path.write_text(yaml.dump(config, Dumper=_ConfigDumper, allow_unicode=True, sort_keys=False), encoding="utf-8")


def capture(project: Path, workspace: Path, today: str) -> dict:
    """Build `project` with the capture hook; what it recorded."""
    config = read_config(project / "mkdocs.yml")
    hooks = [*config.get("hooks", []), str(HERE / "capture_hook.py")]
    (project / CAPTURE_CONFIG).write_text(yaml.safe_dump({"INHERIT": "mkdocs.yml", "hooks": hooks}), encoding="utf-8")
    capture_file = workspace / "capture.json"
    environment = {
        **os.environ,
        "CAPTURE_FILE": str(capture_file),
        "NO_MKDOCS_2_WARNING": "true",
        "STRATEGY_TODAY": today,
        "STRATEGY_PDF": "skip",
        "PYTHONPATH": os.pathsep.join([str(project), os.environ.get("PYTHONPATH", "")]),
    }
    completed = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--config-file", str(project / CAPTURE_CONFIG), "--site-dir", str(workspace / "capture-site")],
        cwd=project, env=environment, capture_output=True, text=True,
    )
    (project / CAPTURE_CONFIG).unlink()
    shutil.rmtree(workspace / "capture-site", ignore_errors=True)
    if completed.returncode != 0:
        raise SystemExit(f"the capture build of {project} failed:\n{completed.stdout}{completed.stderr}")
    return json.loads(capture_file.read_text(encoding="utf-8"))


def make_bare(project: Path, destination: Path, today: str) -> Path:
    captured = capture(project, destination.parent, today)
    destination.mkdir(parents=True)
    shutil.copytree(project / "docs", destination / "docs")
    # The print-site plugin's cover template lives in macros/render/templates/; no Python is copied.
    for folder in ("overrides", "includes", "macros/render/templates"):
        if (project / folder).is_dir():
            shutil.copytree(project / folder, destination / folder)
    for src_path, page in captured["pages"].items():
        front = yaml.safe_dump(page.get("meta", {}), allow_unicode=True, sort_keys=False)
        target = destination / "docs" / src_path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f"---\n{front}---\n\n{page['markdown']}", encoding="utf-8")
    config = read_config(project / "mkdocs.yml")
    config.pop("hooks", None)
    config.pop("not_in_nav", None)
    config.pop("watch", None)  # data/ is not part of a plain site
    # Without this site's own plugins: the macros, and the strategy plugin (or, in an older
    # checkout, its hooks file).
    ours = ("macros", "strategy")
    config["plugins"] = [plugin for plugin in config["plugins"] if not (isinstance(plugin, dict) and set(plugin) & set(ours)) and plugin not in ours]
    config["nav"] = captured["nav"]
    # The blog formats dates with the theme language as a Babel locale; "custom" (the project's
    # en-GB strings) is none, and the hook that formats them instead is what this copy is without.
    config["theme"]["language"] = "en"
    write_config(destination / "mkdocs.yml", config)
    return destination
