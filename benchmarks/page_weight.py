"""Page weight and speed against the budget in PERFORMANCE.md. A benchmark, not a test.

Builds the site strictly and serves it on 127.0.0.1 as a static host does (benchmarks/
static_host.py: gzip, as GitHub Pages sends it), then for the 404 page (the baseline: the
barest page of the same site, with the same theme) and one page of each type residents use
(home, theme, roadmap, partner, who does what, EIA, get help, update; for a type with several
pages, the heaviest):
  1. loads each in headless Chromium (Playwright) with an empty cache and sums, by type
     (HTML, CSS, JS, images, other), the bytes transferred (gzip) and the bytes uncompressed;
  2. runs Lighthouse (scripts/install-bench-deps) on each, mobile profile, and takes the median
     of its runs: the four category scores, first and largest contentful paint, and what it
     says render-blocking resources and unused JavaScript cost.
Figures are also given as ratios to the baseline measured in the same run, so they compare
across machines. Exits 1 if a page is over budget.

    scripts/install-bench-deps
    PYTHONPATH=. .venv/bin/python benchmarks/page_weight.py [--no-lighthouse] [--runs N] [--write-doc]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.static_host import serve_like_a_host  # noqa: E402
from tests.browser.helpers import CHROMIUM, CHROMIUM_ARGS, is_local  # noqa: E402
from tests.sitebuild import build  # noqa: E402

RESULTS = ROOT / "bench-results"
DOC = ROOT / "PERFORMANCE.md"
LIGHTHOUSE = ROOT / "vendor" / "bench-npm" / "node_modules" / ".bin" / "lighthouse"
LIGHTHOUSE_FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TYPES = ("HTML", "CSS", "JS", "images", "other")
KB = 1024
LOADS = 5  # load times are the median of this many loads, each with an empty cache

# The budget the project holds itself to (PERFORMANCE.md explains why these figures).
# A page's own weight excludes the search index: every page shares that one file, it grows
# with the text of the whole site, and it has a budget of its own.
PAGE_BUDGET_KB = 100  # transferred, gzip, per page besides the search index
SEARCH_INDEX = "search/search_index.json"
SEARCH_INDEX_BUDGET_KB = 150  # uncompressed
BUDGET_SCORES = {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100}

_TYPE_OF_RESOURCE = {"document": "HTML", "stylesheet": "CSS", "script": "JS", "image": "images"}


def heaviest(site: Path, pattern: str, leave_out: tuple[str, ...] = ()) -> str:
    """The URL path of the largest page matching `pattern`, e.g. "themes/*/index.html"."""
    pages = [page for page in site.glob(pattern) if page.parent.name not in leave_out]
    page = max(pages, key=lambda page: (page.stat().st_size, page.as_posix()))
    return page.parent.relative_to(site).as_posix() + "/"


def pages_to_measure(site: Path) -> dict[str, str]:
    return {
        "baseline (404 page)": "404.html",
        "home": "",
        "theme": heaviest(site, "themes/*/index.html"),
        "roadmap": "roadmap/",
        "partner": heaviest(site, "partners/*/index.html", leave_out=("overview",)),
        "who does what": "partners/overview/",
        "EIA": "equality-impact-assessment/",
        "get help": "get-help/",
        "update": heaviest(site, "updates/*/index.html", leave_out=("page", "archive")),
    }


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
    """Bytes by type (transferred and uncompressed), requests and load timings for one page,
    loaded with an empty cache."""
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
    sent, body, offsite, encodings = Counter(), Counter(), [], Counter()
    for response in responses:
        if not is_local(response.url, base_url):
            offsite.append(response.url)
        elif response.status < 300:
            kind = kind_of(response)
            body[kind] += len(response.body())
            sent[kind] += response.request.sizes()["responseBodySize"]  # as it came over the wire
            encodings[response.headers.get("content-encoding", "none")] += 1
    requests = len(responses)
    context.close()
    return {"sent": dict(sent), "body": dict(body), "requests": requests, "ms": timing, "offsite": offsite, "encodings": dict(encodings)}


def own(bytes_by_kind: dict) -> int:
    """A page's own weight: everything but the search index, which every page shares."""
    return sum(size for kind, size in bytes_by_kind.items() if kind != "search index")


def lighthouse(url: str, name: str, run: int) -> dict:
    out = RESULTS / f"lighthouse-{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}-{run}.json"
    subprocess.run(
        [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}",
         f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={LIGHTHOUSE_FLAGS}"],
        env={**os.environ, "CHROME_PATH": str(CHROMIUM)},
        check=True,
        timeout=300,
    )
    report = json.loads(out.read_text())
    audits = report["audits"]
    return {
        **{category: round(report["categories"][category]["score"] * 100) for category in CATEGORIES},
        "fcp": audits["first-contentful-paint"]["numericValue"],
        "lcp": audits["largest-contentful-paint"]["numericValue"],
        "render-blocking": (audits.get("render-blocking-resources", {}).get("details") or {}).get("overallSavingsMs", 0),
        "unused-js": (audits.get("unused-javascript", {}).get("details") or {}).get("overallSavingsBytes", 0),
    }


def median_of(runs: list[dict]) -> dict:
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def precompression_saving(site: Path, results: dict) -> tuple[int, int]:
    """Bytes of the home page's text at the host's gzip level and at gzip -9, which a build
    writing .gz files for a host that serves them could use instead."""
    level_6 = level_9 = 0
    for path in [site / "index.html", *sorted(site.glob("assets/**/*.css")), *sorted(site.glob("assets/javascripts/bundle.*.js")), *sorted(site.glob("stylesheets/*.css"))]:
        data = path.read_bytes()
        level_6 += len(gzip.compress(data, compresslevel=6, mtime=0))
        level_9 += len(gzip.compress(data, compresslevel=9, mtime=0))
    return level_6, level_9


def ratio(value: float, baseline: float) -> str:
    return f"{value / baseline:.2f}x" if baseline else "n/a"


def over_budget(results: dict) -> list[str]:
    problems = []
    for name, result in results.items():
        if name.startswith("baseline"):
            continue
        if own(result["sent"]) > PAGE_BUDGET_KB * KB:
            problems.append(f"{name} page: {own(result['sent']) / KB:.0f} KB transferred besides the search index, budget {PAGE_BUDGET_KB} KB")
        if result["offsite"]:
            problems.append(f"{name} page asked another host: {result['offsite']}")
        for category, minimum in BUDGET_SCORES.items():
            score = result.get("lighthouse", {}).get(category)
            if score is not None and score < minimum:
                problems.append(f"{name} page: Lighthouse {category} {score:g}, budget {minimum}")
    index = max(result["body"].get("search index", 0) for result in results.values())
    if index > SEARCH_INDEX_BUDGET_KB * KB:
        problems.append(f"search index: {index / KB:.0f} KB, budget {SEARCH_INDEX_BUDGET_KB} KB")
    return problems


def kb(value: float) -> str:
    return f"{value / KB:.1f}"


def report(results: dict, context: dict) -> str:
    names = list(results)
    baseline = results[names[0]]
    index_body = max(r["body"].get("search index", 0) for r in results.values())
    index_sent = max(r["sent"].get("search index", 0) for r in results.values())
    lines = [
        f"Measured on {context['date']} on {context['machine']} with "
        f"`PYTHONPATH=. .venv/bin/python benchmarks/page_weight.py{context['arguments']}`: {context['chromium']}"
        + (f", Lighthouse {context['lighthouse']} (mobile, simulated slow 4G and CPU throttling; median of {context['runs']} runs)" if context["lighthouse"] else "")
        + ". The site is served as GitHub Pages serves it (gzip level 6, `benchmarks/static_host.py`). "
        f"Transferred sizes are what came over the wire; load times are the median of {LOADS} loads with an empty cache; "
        "ratios are to the baseline in the same run. For a type with several pages, the heaviest is measured.",
        "",
        "| Page | Address | HTML KB | CSS KB | JS KB | images KB | other KB | Transferred KB | vs baseline | Uncompressed KB | Requests | Load ms | vs baseline |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name in names:
        r = results[name]
        lines.append(
            f"| {name} | `/{r['path']}` | " + " | ".join(kb(r["sent"].get(kind, 0)) for kind in TYPES)
            + f" | **{kb(own(r['sent']))}** | {ratio(own(r['sent']), own(baseline['sent']))} | {kb(own(r['body']))} | {r['requests']}"
            + f" | {r['ms']['load']:.0f} | {ratio(r['ms']['load'], baseline['ms']['load'])} |"
        )
    lines += [
        "",
        f"Transferred and uncompressed sizes leave out the search index, which every page fetches once per visit: "
        f"{kb(index_sent)} KB transferred, {kb(index_body)} KB uncompressed (budget {SEARCH_INDEX_BUDGET_KB} KB uncompressed).",
    ]
    level_6, level_9 = context["precompression"]
    lines += [
        f"Precompressed files at gzip -9 would make the home page's HTML, CSS and JavaScript {kb(level_9)} KB instead of {kb(level_6)} KB "
        f"({(1 - level_9 / level_6) * 100:.1f}% less); GitHub Pages compresses by itself and does not use them, so the build does not write them.",
    ]
    if context["lighthouse"]:
        lines += [
            "",
            "| Page | " + " | ".join(CATEGORIES) + " | FCP ms | LCP ms | render-blocking ms | unused JS KB |",
            "| --- | " + " | ".join("---:" for _ in CATEGORIES) + " | ---: | ---: | ---: | ---: |",
        ]
        for name in names:
            scores = results[name]["lighthouse"]
            lines.append(
                f"| {name} | " + " | ".join(f"{scores[c]:g}" for c in CATEGORIES)
                + f" | {scores['fcp']:.0f} | {scores['lcp']:.0f} | {scores['render-blocking']:.0f} | {kb(scores['unused-js'])} |"
            )
        lines += ["", "render-blocking ms and unused JS KB are Lighthouse's estimates of what removing them would save."]
    problems = over_budget(results)
    lines += ["", "**Within budget.**" if not problems else "**Over budget:** " + "; ".join(problems)]
    return "\n".join(lines)


def write_doc(text: str) -> None:
    start, end = "<!-- measured:start -->", "<!-- measured:end -->"
    doc = DOC.read_text(encoding="utf-8")
    before, rest = doc.split(start, 1)
    DOC.write_text(before + start + "\n" + text + "\n" + end + rest.split(end, 1)[1], encoding="utf-8")


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")), platform.machine())
    # Other work on the machine slows Lighthouse's measured CPU time, and so its scores.
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, load average {load} at the start"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-lighthouse", action="store_true", help="page weight only (Lighthouse takes a few minutes)")
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page; the median counts (default 3)")
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
        pages = pages_to_measure(built.site)
        with serve_like_a_host(built.site) as base_url, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
            chromium_version = f"Chromium {browser.version}"
            weigh(browser, base_url, "")  # warm-up: the first load pays for starting the renderer
            for name, path in pages.items():
                runs = [weigh(browser, base_url, path) for _ in range(LOADS)]
                results[name] = {**runs[0], "path": path, "ms": {
                    key: statistics.median(run["ms"][key] for run in runs) for key in runs[0]["ms"]
                }}
            browser.close()
            lighthouse_version = None
            if use_lighthouse:
                lighthouse_version = subprocess.run([str(LIGHTHOUSE), "--version"], capture_output=True, text=True).stdout.strip()
                for name, path in pages.items():
                    results[name]["lighthouse"] = median_of([lighthouse(base_url + path, name, run) for run in range(args.runs)])
        precompression = precompression_saving(built.site, results)

    (RESULTS / "page-weight.json").write_text(json.dumps(results, indent=2))
    arguments = "".join(f" {flag}" for flag in ("--no-lighthouse",) if args.no_lighthouse) + (f" --runs {args.runs}" if args.runs != 3 and use_lighthouse else "")
    text = report(results, {
        "date": date.today().isoformat(), "machine": machine(), "arguments": arguments + (" --write-doc" if args.write_doc else ""),
        "chromium": chromium_version, "lighthouse": lighthouse_version, "runs": args.runs, "precompression": precompression,
    })
    print(text)
    if args.write_doc:
        write_doc(text)
    return 1 if over_budget(results) else 0


if __name__ == "__main__":
    sys.exit(main())
