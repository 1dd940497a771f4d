"""Helpers for the browser tests: a local static server, request recording,
an offline check, and axe-core accessibility runs.

Kept free of fixtures so tests and conftest can both import them.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from macros.exports.pdf.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: F401 - the tests import them from here
from macros.tools.local_server import serving

REPO_ROOT = Path(__file__).resolve().parents[2]
SETUP_SCRIPT = "scripts/install-browser-deps"
AXE_JS = REPO_ROOT / "vendor" / "axe-core" / "axe.min.js"

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

# A phone (iPhone 12-14 class): 390x844 CSS px, 3x, touch.
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 3, "is_mobile": True, "has_touch": True}

# Schemes that never reach the network, so they can't break the offline rule.
_NON_NETWORK_SCHEMES = {"data", "blob", "about"}


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - stdlib signature
        pass  # one line per request would drown pytest's output


@contextmanager
def serve_directory(root: Path) -> Iterator[str]:
    """Serve `root` on 127.0.0.1 on a free port; yield the base URL ("http://127.0.0.1:PORT/")."""
    with serving(functools.partial(_QuietHandler, directory=str(root))) as base_url:
        yield base_url


EDITOR_PATH = "admin/"  # the officers' web editor (Decap CMS), not a page of the public site


def page_paths(site: Path, editor: bool = False) -> list[str]:
    """The URL path of every built page ("", "about/", "404.html" ...), so tests cover new pages by themselves.

    The web editor at admin/ is an application of its own, tested in test_editor.py; pass
    editor=True where it must follow the site's rules too (nothing fetched from another host).
    """
    paths = []
    for page in sorted(site.rglob("*.html")):
        relative = page.relative_to(site).as_posix()
        if relative.startswith(EDITOR_PATH) and not editor:
            continue
        paths.append(relative.removesuffix("index.html") if page.name == "index.html" else relative)
    return paths


def is_local(url: str, base_url: str) -> bool:
    """True if `url` stays on the test server's origin or never touches the network."""
    parts, base = urlsplit(url), urlsplit(base_url)
    if parts.scheme in _NON_NETWORK_SCHEMES:
        return True
    return (parts.scheme, parts.netloc) == (base.scheme, base.netloc)


def record_requests(page) -> list[str]:
    """Start recording the URL of every request `page` makes; returns the live list.

    Call it before `page.goto(...)` so the first requests are caught too.
    """
    urls: list[str] = []
    page.on("request", lambda request: urls.append(request.url))
    return urls


def assert_only_local(urls: Iterable[str], base_url: str) -> None:
    """Fail, listing each one, if any request left the local test server.

    Stricter than "host is 127.0.0.1": the port must match too, which also
    catches links left pointing at a `mkdocs serve` on another port.
    """
    __tracebackhide__ = True  # report the failure at the test's line, not in here
    offsite = sorted({url for url in urls if not is_local(url, base_url)})
    if offsite:
        listing = "\n".join(f"  {url}" for url in offsite)
        raise AssertionError(
            f"{len(offsite)} request(s) went somewhere other than {base_url}:\n{listing}"
        )


def run_axe(page, tags: list[str] = AXE_TAGS) -> list[dict]:
    """Run the vendored axe-core on the page's current document; return its violations."""
    if not AXE_JS.is_file():
        pytest.skip(f"{AXE_JS.relative_to(REPO_ROOT)} is missing: run {SETUP_SCRIPT}")
    # Injected from disk as an inline script: no request, no CDN.
    page.add_script_tag(path=str(AXE_JS))
    return page.evaluate(
        """tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})
                      .then(results => results.violations)""",
        tags,
    )


def format_violations(violations: list[dict]) -> str:
    """Turn axe violations into a readable multi-line message, one line per failing node."""
    if not violations:
        return "no accessibility violations"
    lines = [f"{len(violations)} accessibility rule(s) violated:"]
    for v in violations:
        lines.append(f"- {v['id']} [{v.get('impact') or 'unknown impact'}]: {v['help']}")
        lines.append(f"  {v.get('helpUrl', '')}")
        for node in v.get("nodes", []):
            # A target is a list of selectors: one per frame / shadow root on the way in.
            lines.append(f"    * {' >> '.join(map(str, node.get('target', [])))}")
    return "\n".join(lines)
