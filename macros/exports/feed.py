"""An Atom feed of the news updates, written after the build (site/updates/feed.xml).

ElementTree escapes every title and body, so nothing in an update can break the XML.
Links are absolute when mkdocs.yml sets site_url, and relative to the feed otherwise
(Atom allows relative references; set site_url once the site's address is known).
"""

from __future__ import annotations

import datetime
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ATOM = "http://www.w3.org/2005/Atom"
FEED_PATH = "updates/feed.xml"


@dataclass(frozen=True)
class FeedEntry:
    title: str
    date: datetime.date
    url: str  # relative to the site root, e.g. updates/2020/11/09/slug/
    summary: str | None
    content_html: str


def atom_feed(title: str, entries: list[FeedEntry], site_url: str | None) -> bytes:
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    base = (site_url or "").rstrip("/") + "/" if site_url else "../"  # the feed sits in updates/
    _text(feed, "title", title)
    _text(feed, "id", _id(f"{base}updates/"))
    newest = max((entry.date for entry in entries), default=datetime.date(2020, 1, 1))
    _text(feed, "updated", _timestamp(newest))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=f"{base}updates/")
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", type="application/atom+xml", href=f"{base}{FEED_PATH}")
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", title)
    for entry in entries:
        item = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _text(item, "title", entry.title)
        _text(item, "id", _id(f"{base}{entry.url}"))
        _text(item, "updated", _timestamp(entry.date))
        _text(item, "published", _timestamp(entry.date))
        ET.SubElement(item, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=f"{base}{entry.url}")
        if entry.summary:
            _text(item, "summary", entry.summary)
        content = _text(item, "content", entry.content_html)
        content.set("type", "html")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def write_feed(site_dir: Path, title: str, entries: list[FeedEntry], site_url: str | None) -> Path:
    path = Path(site_dir) / FEED_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(atom_feed(title, entries, site_url))
    return path


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}")
    element.text = text
    return element


def _timestamp(day: datetime.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def _id(url: str) -> str:
    """A stable absolute id: the address itself when it is absolute, else a UUID made from it."""
    return url if "://" in url else f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, url.removeprefix('../'))}"
