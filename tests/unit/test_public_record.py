"""Facts from the public record, as their template shows them: how sure each is, in words, and
where each was read, escaped like everything from data."""

from __future__ import annotations

import datetime

from macros.data.public_record import Certainty, Fact, Topic
from macros.render.jinja import Renderer

RENDERER = Renderer()
SOURCE = {"name": "Council minutes", "url": "https://www.example.org/minutes?a=1&b=2"}


def fact(**fields) -> Fact:
    record = {"id": "f", "order": 1, "topic": Topic.FINISHED.value, "statement": "It was endorsed in 2021.",
              "certainty": Certainty.KNOWN.value, "sources": [SOURCE], "checked": datetime.date(2026, 12, 2)}  # fmt: skip
    checked = Fact.model_validate({**record, **fields})
    # Markup in its first source's name, put in after validation (which refuses it, free_text.py):
    # the template must escape it even so.
    first = checked.sources[0].model_copy(update={"name": checked.sources[0].name + " <b>"})
    return checked.model_copy(update={"sources": [first, *checked.sources[1:]]})


def test_a_known_fact_shows_its_source_and_when_it_was_checked():
    html = str(RENDERER.html("facts.html", facts=[fact()]))
    assert '<p>It was endorsed in 2021.</p>' in html
    assert 'Source: <a href="https://www.example.org/minutes?a=1&amp;b=2">Council minutes &lt;b&gt;</a>.' in html
    assert 'Checked <time datetime="2026-12-02">2 December 2026</time>.' in html
    assert "Not known" not in html and "<b>" not in html


def test_what_is_not_known_or_disputed_says_so_in_words_and_names_every_source():
    other = {"name": "Local news", "url": "https://news.example.org/story"}
    html = str(RENDERER.html("facts.html", facts=[fact(certainty="not known"), fact(id="g", certainty="sources disagree", sources=[SOURCE, other])]))
    assert '<strong class="certainty certainty--not-known">Not known.</strong> It was endorsed' in html
    assert '<strong class="certainty certainty--disagree">Sources disagree.</strong> It was endorsed' in html
    assert 'Sources: <a href="https://www.example.org/minutes?a=1&amp;b=2">Council minutes &lt;b&gt;</a>; <a href="https://news.example.org/story">Local news</a>.' in html
