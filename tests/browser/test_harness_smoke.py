"""Checks the browser harness itself, not the site's content."""

from .helpers import assert_only_local, format_violations, record_requests, run_axe


def test_home_page_loads_locally_and_axe_runs(page, site_server):
    requests = record_requests(page)
    response = page.goto(site_server, wait_until="networkidle")

    assert response is not None and response.ok, f"home page answered {response and response.status}"
    assert page.url.startswith("http://127.0.0.1:")
    assert page.title(), "home page has no <title>"
    assert requests, "no requests were recorded"
    assert_only_local(requests, site_server)

    violations = run_axe(page)
    # Zero violations is for the real accessibility tests; here axe only has to run.
    assert isinstance(violations, list), format_violations(violations)
    print(format_violations(violations))  # shown with -s / on failure, handy when wiring up
