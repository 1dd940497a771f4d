"""Every internal link and #anchor in the built site leads somewhere.

MkDocs checks links written in Markdown, but not those in raw HTML, templates or theme
overrides; this reads the built HTML, so it checks them all, whatever made them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from tests.defects import DEFECT_PAGE, MISSING_ANCHOR, MISSING_PAGE

pytestmark = pytest.mark.build

# Where each tag keeps the address the browser follows or fetches.
LINK_ATTRIBUTES = {"a": "href", "area": "href", "link": "href", "img": "src", "script": "src", "source": "src", "iframe": "src"}
# A scheme (http:, mailto:, tel:, data: ...) or a leading // means another host or no host at all.
NOT_INTERNAL = re.compile(r"^([a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)
# Resolving against a made-up origin turns every relative form (../x/, /x, #y) into a site path.
ORIGIN = "http://site.invalid/"


@dataclass
class ParsedPage:
    ids: set[str] = field(default_factory=set)
    links: list[tuple[str, str]] = field(default_factory=list)  # (tag, address)


class _LinkParser(HTMLParser):
    def __init__(self, parsed: ParsedPage):
        super().__init__()
        self.parsed = parsed

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name in ("id", "name") if tag == "a" else ("id",):
            if attributes.get(name):
                self.parsed.ids.add(attributes[name])
        address = attributes.get(LINK_ATTRIBUTES.get(tag, ""))
        if address is not None and not (tag == "link" and attributes.get("rel") in ("canonical", "alternate")):
            self.parsed.links.append((tag, address))


def parse(page: Path) -> ParsedPage:
    parsed = ParsedPage()
    _LinkParser(parsed).feed(page.read_text(encoding="utf-8"))
    return parsed


def target_file(site: Path, path: str) -> Path:
    """The file a server would send for a site path: a folder means its index.html."""
    target = site / unquote(path).lstrip("/")
    return target / "index.html" if path.endswith("/") or target.is_dir() else target


def broken_links(site: Path) -> list[str]:
    """One line per internal link whose file, or whose #fragment in that file, does not exist."""
    site = site.resolve()
    pages = {page.relative_to(site).as_posix(): parse(page) for page in sorted(site.rglob("*.html"))}
    problems = []
    for name, parsed in pages.items():
        for tag, address in parsed.links:
            if not address.strip() or NOT_INTERNAL.match(address.strip()):
                continue
            resolved = urlsplit(urljoin(ORIGIN + name, address.strip()))
            target = target_file(site, resolved.path)
            shown = f'{name}: <{tag}> "{address}"'
            if site not in target.resolve().parents or not target.is_file():
                problems.append(f"{shown}: {target.relative_to(site) if site in target.resolve().parents else resolved.path} does not exist")
                continue
            fragment = unquote(resolved.fragment)
            if fragment and target.suffix == ".html":
                target_ids = pages[target.resolve().relative_to(site).as_posix()].ids
                if fragment not in target_ids:
                    problems.append(f'{shown}: no id="{fragment}" in {target.relative_to(site).as_posix()}')
    return problems


def test_every_internal_link_and_anchor_resolves(built_site):
    assert len(list(built_site.rglob("*.html"))) >= 14
    problems = broken_links(built_site)
    assert not problems, f"{len(problems)} broken internal link(s):\n" + "\n".join(problems)


def test_the_check_reports_a_missing_page_and_a_missing_anchor(defective_site):
    everywhere = broken_links(defective_site)
    problems = [problem for problem in everywhere if problem.startswith(f"{DEFECT_PAGE}: ")]
    # The whole-strategy print page holds the defective page too, and is checked the same way.
    in_print_page = [problem for problem in everywhere if problem.startswith("print_page/index.html: ")]
    assert len(problems) == 2 and len(in_print_page) == 2 and len(everywhere) == 4, "\n".join(everywhere)
    assert problems[0].startswith(f'{DEFECT_PAGE}: <a> "{MISSING_PAGE}": ') and "does not exist" in problems[0]
    assert problems[1] == f'{DEFECT_PAGE}: <a> "{MISSING_ANCHOR}": no id="{MISSING_ANCHOR[1:]}" in {DEFECT_PAGE}'
