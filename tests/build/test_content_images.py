"""Every image in a page's content says what it shows.

axe-core and the HTML checker accept alt="" (it means "decorative"), and Markdown writes
alt="" for `![](picture.png)`, so an officer who forgets the words in the brackets passes
both. On this site an image in the content carries information unless the officer says
otherwise: `![](picture.png){ role="presentation" }` marks it decorative on purpose.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.defects import DEFECT_PAGE, IMAGE

pytestmark = pytest.mark.build


class _ArticleImages(HTMLParser):
    """Collects the attributes of each <img> inside <article>."""

    def __init__(self):
        super().__init__()
        self.depth = 0  # >0 while inside <article>
        self.images: list[dict[str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
        elif tag == "img" and self.depth:
            self.images.append(dict(attrs))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "article" and self.depth:
            self.depth -= 1


def decorative_on_purpose(image: dict) -> bool:
    return image.get("role") in ("presentation", "none") or image.get("aria-hidden") == "true"


def images_without_words(site: Path) -> list[str]:
    problems = []
    for page in sorted(site.rglob("*.html")):
        parser = _ArticleImages()
        parser.feed(page.read_text(encoding="utf-8"))
        for image in parser.images:
            if not (image.get("alt") or "").strip() and not decorative_on_purpose(image):
                problems.append(f"{page.relative_to(site).as_posix()}: <img src=\"{image.get('src')}\"> has no alt text")
    return problems


def test_every_content_image_has_alt_text(built_site):
    problems = images_without_words(built_site)
    assert not problems, "Describe each image in the square brackets, ![like this](picture.png):\n" + "\n".join(problems)


def test_the_check_reports_markdown_and_html_images_without_alt(defective_site):
    everywhere = images_without_words(defective_site)
    # The whole-strategy print page holds the defective page too, and is checked the same way.
    assert len([problem for problem in everywhere if problem.startswith("print_page/index.html: ")]) == 2, everywhere
    problems = [problem for problem in everywhere if problem.startswith(f"{DEFECT_PAGE}: ")]
    assert problems == [
        f'{DEFECT_PAGE}: <img src="../{IMAGE}"> has no alt text',  # ![](untitled.png): alt=""
        f'{DEFECT_PAGE}: <img src="../{IMAGE}"> has no alt text',  # <img src=...>: no alt at all
    ]
