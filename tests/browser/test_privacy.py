"""Nothing a visitor does on the site tells another host about it.

Every request made while a page loads (and while search runs) must go to the local test
server. Requests elsewhere are aborted by the fixtures, but still recorded, so a font from
Google or a script from a CDN shows up here by name even though the machine is offline.
"""

from __future__ import annotations

from tests.defects import DEFECT_PAGE, EXTERNAL_FONT

from .helpers import EDITOR_PATH, assert_only_local, is_local, page_paths, record_requests

SEARCH_QUERY = "graffiti"
LATE_REQUEST_MS = 300  # time for a request triggered by rendering results (images, fonts)


def offsite_requests_while_loading(page, base_url: str, paths: list[str]) -> dict[str, list[str]]:
    """Load each path until the network is idle; map each path to the offsite URLs it asked for."""
    requests = record_requests(page.context)  # the context also sees the search worker's requests
    offsite = {}
    for path in paths:
        already = len(requests)
        page.goto(base_url + path, wait_until="networkidle")
        leaks = sorted({url for url in requests[already:] if not is_local(url, base_url)})
        if leaks:
            offsite[path or "(home)"] = leaks
    return offsite


def test_loading_every_page_asks_only_the_local_server(page, site_server, built_site):
    paths = page_paths(built_site, editor=True)  # the web editor too: its scripts are served from the site
    assert len(paths) >= 14 and EDITOR_PATH in paths
    offsite = offsite_requests_while_loading(page, site_server, paths)
    assert not offsite, "Pages asked another host for something:\n" + "\n".join(
        f"  {path}: {', '.join(urls)}" for path, urls in offsite.items()
    )


def test_searching_from_the_home_page_asks_only_the_local_server(page, site_server):
    requests = record_requests(page.context)
    page.goto(site_server, wait_until="networkidle")
    search = page.get_by_role("textbox", name="Search")
    search.click()
    search.press_sequentially(SEARCH_QUERY)  # Material searches on key presses, not on fill()
    page.locator(".md-search-result__item").first.wait_for()
    page.wait_for_timeout(LATE_REQUEST_MS)

    assert any(url.endswith("search_index.json") for url in requests), "search never loaded its index"
    assert_only_local(requests, site_server)


def test_the_check_names_an_external_font(defective_page, defective_server):
    defect_path = DEFECT_PAGE.removesuffix("index.html")
    offsite = offsite_requests_while_loading(defective_page, defective_server, ["", defect_path])
    # The font is in the theme override, so every page asks for it.
    assert offsite == {"(home)": [EXTERNAL_FONT], defect_path: [EXTERNAL_FONT]}
