"""The comparison of two builds (tests/site_compare.py) finds each kind of difference and
excuses only the generator tag."""

from __future__ import annotations

import gzip

from tests.site_compare import compare_sites

PAGE = """<html><head>
<meta name="generator" content="{generator}">
<title>Home</title>
</head><body>
<p>{text}</p>
</body></html>
"""


def make_site(folder, files):
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
    return folder


def page(generator="mkdocs-1.6.1, mkdocs-material-9.8.2", text="Report a concern"):
    return PAGE.format(generator=generator, text=text)


def test_sites_that_differ_only_in_the_generator_match(tmp_path):
    a = make_site(tmp_path / "a", {"index.html": page(), "assets/site.css": "p{}", "sitemap.xml.gz": gzip.compress(b"<x/>", mtime=0)})
    b = make_site(tmp_path / "b", {"index.html": page("mkdocs-ProperDocs 1.6.7, mkdocs-material-9.8.2"), "assets/site.css": "p{}", "sitemap.xml.gz": gzip.compress(b"<x/>", mtime=0)})
    assert compare_sites(a, b) == []


def test_a_missing_or_extra_file_is_named(tmp_path):
    a = make_site(tmp_path / "a", {"index.html": page(), "feed.xml": "<rss/>"})
    b = make_site(tmp_path / "b", {"index.html": page(), "extra/index.html": page()})
    assert compare_sites(a, b) == ["only built by MkDocs: feed.xml", "only built by ProperDocs: extra/index.html"]


def test_changed_html_is_shown_as_a_diff(tmp_path):
    a = make_site(tmp_path / "a", {"index.html": page()})
    b = make_site(tmp_path / "b", {"index.html": page(text="Report a concem")})
    [difference] = compare_sites(a, b)
    assert difference.startswith("index.html:")
    assert "-<p>Report a concern</p>" in difference and "+<p>Report a concem</p>" in difference


def test_only_the_generator_tag_is_excused(tmp_path):
    a = make_site(tmp_path / "a", {"index.html": page().replace("<title>", '<meta name="description" content="one"><title>')})
    b = make_site(tmp_path / "b", {"index.html": page().replace("<title>", '<meta name="description" content="two"><title>')})
    [difference] = compare_sites(a, b)
    assert 'content="two"' in difference


def test_compressed_files_are_compared_by_content_and_header(tmp_path):
    a = make_site(tmp_path / "a", {"sitemap.xml.gz": gzip.compress(b"<lastmod>2021-02-01</lastmod>", mtime=0), "logo.png": b"\x89PNG1"})
    b = make_site(tmp_path / "b", {"sitemap.xml.gz": gzip.compress(b"<lastmod>2021-02-02</lastmod>", mtime=0), "logo.png": b"\x89PNG2"})
    differences = compare_sites(a, b)
    assert differences[0] == "logo.png: differs (5 bytes from MkDocs, 5 from ProperDocs)"
    assert "+<lastmod>2021-02-02</lastmod>" in differences[1]
    same_text = make_site(tmp_path / "c", {"sitemap.xml.gz": gzip.compress(b"<lastmod>2021-02-01</lastmod>", mtime=1), "logo.png": b"\x89PNG1"})
    assert compare_sites(a, same_text) == ["sitemap.xml.gz: same content, different compressed bytes"]
