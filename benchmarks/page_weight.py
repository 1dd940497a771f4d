"""Page weight and speed against the budget in PERFORMANCE.md. A benchmark, not a test.

Builds the site strictly, serves it on 127.0.0.1, then for the 404 page (the baseline: the
barest page of the same site, with the same theme), the home page, a theme page and the
roadmap (the site's heaviest page of data):
  1. loads each in headless Chromium (Playwright) with an empty cache and sums the bytes of
     every response body by type: HTML, CSS, JS, fonts, images, other (the search index);
  2. runs Lighthouse (scripts/install-bench-deps) and reads the four category scores.
Figures are also given as ratios to the baseline measured in the same run, so they compare
across machines. Exits 1 if a page is over budget.

    scripts/install-bench-deps
    PYTHONPATH=. .venv/bin/python benchmarks/page_weight.py [--no-lighthouse] [--write-doc]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from macros.catalogue import load_catalogue  # noqa: E402
from tests.browser.helpers import CHROMIUM, CHROMIUM_ARGS, is_local, serve_directory  # noqa: E402
from tests.sitebuild import build  # noqa: E402

RESULTS = ROOT / "bench-results"
DOC = ROOT / "PERFORMANCE.md"
LIGHTHOUSE = ROOT / "vendor" / "bench-npm" / "node_modules" / ".bin" / "lighthouse"
LIGHTHOUSE_FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TYPES = ("HTML", "CSS", "JS", "fonts", "images", "search index", "other")
KB = 1024
LOADS = 5  # timings are the median of this many loads, each with an empty cache

# The budget the project holds itself to (PERFORMANCE.md explains why these figures).
# A page's own weight excludes the search index: every page shares that one file, it grows
# with the text of the whole site, and it has a budget of its own.
BUDGET_KB = {"home": 350, "theme": 350}  # the roadmap is measured, with no budget of its own yet
SEARCH_INDEX = "search/search_index.json"
SEARCH_INDEX_BUDGET_KB = 150
BUDGET_SCORES = {"performance": 90, "accessibility": 100, "best-practices": 90, "seo": 90}

_TYPE_OF_RESOURCE = {"document": "HTML", "stylesheet": "CSS", "script": "JS", "font": "fonts", "image": "images"}


def pages_to_measure() -> dict[str, str]:
    theme = load_catalogue(ROOT / "data").themes[0]
    return {"baseline (404 page)": "404.html", "home": "", "theme": f"themes/{theme.id}/", "roadmap": "roadmap/"}


def kind_of(response) -> str:
    if response.url.endswith(SEARCH_INDEX):
        return "search index"
    kind = _TYPE_OF_RESOURCE.get(response.request.resource_type)
    if kind is None:
        # Chromium reports the search worker's script and the favicon as "other".
        content_type = response.headers.get("content-type", "")
        kind = "JS" if "javascript" in content_type else "images" if content_type.startswith("image/") else None
    return kind or "other"


def weigh(browser, base_url: str, path: str) -> dict:
    """Bytes by type, request count and load timings for one page, loaded with an empty cache."""
    context = browser.new_context()
    context.route(lambda url: not is_local(url, base_url), lambda route: route.abort())
    responses = []
    # Only collect in the handler: fetching a body there blocks the event loop and loses events.
    context.on("response", lambda response: responses.append(response))
    page = context.new_page()
    page.goto(base_url + path, wait_until="networkidle")
    timing = page.evaluate(
        """() => { const t = performance.getEntriesByType('navigation')[0];
                   return {domContentLoaded: t.domContentLoadedEventEnd, load: t.loadEventEnd}; }"""
    )
    sizes, offsite = Counter(), []
    for response in responses:
        if not is_local(response.url, base_url):
            offsite.append(response.url)
        elif response.status < 300:
            sizes[kind_of(response)] += len(response.body())
    requests = len(responses)
    context.close()
    return {"bytes": {kind: sizes[kind] for kind in TYPES}, "total": sum(sizes.values()), "requests": requests, "ms": timing, "offsite": offsite}


def lighthouse(url: str, name: str) -> dict[str, int]:
    out = RESULTS / f"lighthouse-{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}.json"
    subprocess.run(
        [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}",
         f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={LIGHTHOUSE_FLAGS}"],
        env={**os.environ, "CHROME_PATH": str(CHROMIUM)},
        check=True,
        timeout=300,
    )
    report = json.loads(out.read_text())
    return {category: round(report["categories"][category]["score"] * 100) for category in CATEGORIES}


def ratio(value: float, baseline: float) -> str:
    return f"{value / baseline:.2f}x" if baseline else "n/a"


def over_budget(results: dict) -> list[str]:
    problems = []
    for name, limit in BUDGET_KB.items():
        own = results[name]["total"] - results[name]["bytes"]["search index"]
        if own > limit * KB:
            problems.append(f"{name} page: {own / KB:.0f} KB transferred besides the search index, budget {limit} KB")
        if results[name]["bytes"]["search index"] > SEARCH_INDEX_BUDGET_KB * KB:
            problems.append(f"search index: {results[name]['bytes']['search index'] / KB:.0f} KB, budget {SEARCH_INDEX_BUDGET_KB} KB")
        if results[name]["offsite"]:
            problems.append(f"{name} page asked another host: {results[name]['offsite']}")
        for category, minimum in BUDGET_SCORES.items():
            score = results[name].get("lighthouse", {}).get(category)
            if score is not None and score < minimum:
                problems.append(f"{name} page: Lighthouse {category} {score}, budget {minimum}")
    return problems


def report(results: dict, chromium_version: str, lighthouse_version: str | None) -> str:
    names = list(results)
    baseline = results[names[0]]
    lines = [
        f"Measured with `benchmarks/page_weight.py` on {chromium_version}"
        + (f", Lighthouse {lighthouse_version} (mobile, simulated throttling)" if lighthouse_version else "")
        + f". Sizes are uncompressed bodies (the local server does not compress); load times are the median of {LOADS} loads"
        + " with an empty cache; ratios are to the baseline in the same run.",
        "",
        "| Page | " + " | ".join(f"{kind} KB" for kind in TYPES) + " | Total KB | vs baseline | Requests | Load ms | vs baseline |",
        "| --- | " + " | ".join("---:" for _ in TYPES) + " | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name in names:
        r = results[name]
        lines.append(
            f"| {name} | " + " | ".join(f"{r['bytes'][kind] / KB:.1f}" for kind in TYPES)
            + f" | {r['total'] / KB:.1f} | {ratio(r['total'], baseline['total'])} | {r['requests']}"
            + f" | {r['ms']['load']:.0f} | {ratio(r['ms']['load'], baseline['ms']['load'])} |"
        )
    if lighthouse_version:
        lines += ["", "| Page | " + " | ".join(CATEGORIES) + " |", "| --- | " + " | ".join("---:" for _ in CATEGORIES) + " |"]
        for name in names:
            scores = results[name]["lighthouse"]
            lines.append(
                f"| {name} | "
                + " | ".join(f"{scores[c]} ({ratio(scores[c], baseline['lighthouse'][c])})" for c in CATEGORIES)
                + " |"
            )
    problems = over_budget(results)
    lines += ["", "**Within budget.**" if not problems else "**Over budget:** " + "; ".join(problems)]
    return "\n".join(lines)


def write_doc(text: str) -> None:
    start, end = "<!-- measured:start -->", "<!-- measured:end -->"
    doc = DOC.read_text(encoding="utf-8")
    before, rest = doc.split(start, 1)
    DOC.write_text(before + start + "\n" + text + "\n" + end + rest.split(end, 1)[1], encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-lighthouse", action="store_true", help="page weight only (Lighthouse takes about a minute)")
    parser.add_argument("--write-doc", action="store_true", help=f"put the figures into {DOC.name}")
    args = parser.parse_args()
    use_lighthouse = not args.no_lighthouse
    if use_lighthouse and not LIGHTHOUSE.exists():
        sys.exit(f"{LIGHTHOUSE.relative_to(ROOT)} is missing: run scripts/install-bench-deps (or pass --no-lighthouse)")

    from playwright.sync_api import sync_playwright

    RESULTS.mkdir(exist_ok=True)
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        built = build(site_dir=Path(folder) / "site", pdf=True)  # the pages as published, with the link to the PDF
        if built.returncode != 0:
            sys.exit(f"mkdocs build --strict failed:\n{built.output}")
        with serve_directory(built.site) as base_url, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
            chromium_version = f"Chromium {browser.version}"
            weigh(browser, base_url, "")  # warm-up: the first load pays for starting the renderer
            for name, path in pages_to_measure().items():
                runs = [weigh(browser, base_url, path) for _ in range(LOADS)]
                results[name] = {**runs[0], "ms": {
                    key: statistics.median(run["ms"][key] for run in runs) for key in runs[0]["ms"]
                }}
            browser.close()
            lighthouse_version = None
            if use_lighthouse:
                lighthouse_version = subprocess.run([str(LIGHTHOUSE), "--version"], capture_output=True, text=True).stdout.strip()
                for name, path in pages_to_measure().items():
                    results[name]["lighthouse"] = lighthouse(base_url + path, name)

    (RESULTS / "page-weight.json").write_text(json.dumps(results, indent=2))
    text = report(results, chromium_version, lighthouse_version)
    print(text)
    if args.write_doc:
        write_doc(text)
    return 1 if over_budget(results) else 0


if __name__ == "__main__":
    sys.exit(main())
