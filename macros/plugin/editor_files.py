"""The web editor's scripts: installed from npm (editor/package-lock.json) by scripts/install-editor
into vendor/editor-npm/, and copied into the built site's admin/ folder by the build.

Only the JavaScript the editor runs is copied (Decap CMS's file and the chunks it loads on
demand), not the source maps, which are ten times larger. The public pages load none of it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EDITOR_NPM_DIR = ROOT / "vendor" / "editor-npm"
DECAP_DIST = EDITOR_NPM_DIR / "node_modules" / "decap-cms" / "dist"
DECAP_SERVER = EDITOR_NPM_DIR / "node_modules" / "decap-server" / "dist" / "index.js"
ADMIN_DIR = "admin"  # docs/admin/ holds the page and the generated config; the site serves them at /admin/
EDITOR_SCRIPT = "decap-cms.js"


def editor_scripts() -> list[Path]:
    """decap-cms.js and the numbered chunks it loads from beside itself; empty when not installed."""
    if not (DECAP_DIST / EDITOR_SCRIPT).is_file():
        return []
    return [DECAP_DIST / EDITOR_SCRIPT, *sorted(DECAP_DIST.glob(f"[0-9]*.{EDITOR_SCRIPT}"))]


def copy_editor_scripts(destination: Path) -> int:
    """Copy the editor's scripts into `destination`; the number copied (0 when not installed)."""
    scripts = editor_scripts()
    destination.mkdir(parents=True, exist_ok=True)
    for script in scripts:
        shutil.copyfile(script, destination / script.name)
    return len(scripts)
