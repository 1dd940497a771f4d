"""Every place this site reaches into another package's insides, in one module.

Each is something the package offers no door for: a private method, a module's function
replaced, an attribute it does not document. Each is named for what it works around and has
a test in tests/unit/test_upstream.py that fails when the package changes under it, so an
upgrade breaks a test here rather than the site, silently.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import unescape

from markupsafe import escape

# --- Material for MkDocs -------------------------------------------------------------------


def format_blog_dates(config, long_date: Callable) -> None:
    """Material's blog formats dates with the theme language as a Babel locale, and ours is
    "custom" (for en-GB), which Babel does not know: dates on updates are written the GOV.UK
    way instead, by replacing the blog plugin's private _format_date."""
    for name, plugin in config.plugins.items():
        if name.endswith("blog") and hasattr(plugin, "_format_date"):
            plugin._format_date = lambda date, format, config: long_date(date)


def keep_theme_templates_compiled(config, bytecode_cache) -> None:
    """Material's compiled templates are kept between builds (render/template_cache.py), in every
    Jinja environment the theme makes: MkDocs' own, and the print-site plugin's, which it makes
    after the build to render the print page. Theme.get_env is wrapped: MkDocs has no setting
    for a template cache."""
    theme = config.theme
    make_env = theme.get_env
    if getattr(make_env, "keeps_compiled", False):
        return

    def get_env():
        env = make_env()
        env.bytecode_cache = env.bytecode_cache or bytecode_cache
        return env

    get_env.keeps_compiled = True
    theme.get_env = get_env


# Material's blog adds <nav> landmarks without names: "Continue reading" after each excerpt,
# and the sidebar of a post. Landmarks need names that tell them apart (axe landmark-unique);
# copying post.html and blog-post.html to add them would freeze Material templates, so the
# names are added to the finished page.
# Each "Continue reading" is named after its update, as the updates page lists several.
UNNAMED_BLOG_NAVS = (
    re.compile(r'<nav class="md-post__action">'),
    re.compile(r'(<div class="md-sidebar__inner md-post">\s*<nav class="md-nav md-nav--primary")>'),
)
_POST_HEADING = re.compile(r"<h2\b[^>]*>(.*?)</h2>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def name_blog_landmarks(html: str) -> str:
    action, sidebar = UNNAMED_BLOG_NAVS
    html = sidebar.sub(r'\1 aria-label="About this update">', html)
    named, done = [], 0
    for found in action.finditer(html):
        headings = list(_POST_HEADING.finditer(html, done, found.start()))
        title = unescape(_TAG.sub("", headings[-1].group(1))).replace("\u00b6", "").strip() if headings else ""
        label = f"Read the whole update: {title}" if title else "Read the whole update"
        named += [html[done : found.start()], f'<nav class="md-post__action" aria-label="{escape(label)}">']
        done = found.end()
    return "".join(named) + html[done:]


# --- Python-Markdown -----------------------------------------------------------------------

# The toc extension's permalink after each heading (the ¶ of mkdocs.yml's `permalink: true`),
# which the extension gives no setting to take out of the Tab order.
_HEADERLINK = re.compile(r'<a class="headerlink" (?![^>]*\btabindex=)')


def headerlinks_out_of_tab_order(html: str) -> str:
    """Each heading's ¶ link gets tabindex="-1": a mouse can still copy a link to a section,
    but a keyboard user does not stop on one extra link per heading (the page's contents
    list already links to every section)."""
    return _HEADERLINK.sub('<a class="headerlink" tabindex="-1" ', html)


# --- mkdocs-macros-plugin ------------------------------------------------------------------


def without_macros_git_info() -> None:
    """The macros plugin runs git twelve times a build (and a serve rebuild) for a `git`
    variable that no page here reads: page dates come from one `git log` (history/). Its
    function is replaced before the plugin's on_config calls it; a page that used the variable
    would stop the strict build as an undefined value, not show wrong facts."""
    import mkdocs_macros.context

    if callable(getattr(mkdocs_macros.context, "get_git_info", None)):
        mkdocs_macros.context.get_git_info = lambda: {"status": False, "date": None}


# --- mkdocs-print-site-plugin --------------------------------------------------------------

PRINT_SITE = "print-site"
PRINT_SITE_SCRIPT = "js/print-site.js"  # the plugin adds it to every page


def print_site_plugin(config):
    """The print-site plugin, or None when mkdocs.yml does not use it or it is switched off."""
    plugin = config.plugins.get(PRINT_SITE)
    return plugin if plugin is not None and plugin.config.get("enabled", True) else None


def switch_print_site(config, on: bool) -> None:
    """Switch the print-site plugin on or off from the strategy plugin's print_page option,
    before the print-site plugin's own on_config reads it."""
    plugin = config.plugins.get(PRINT_SITE)
    if plugin is not None:
        plugin.config["enabled"] = plugin.config.get("enabled", True) and on


def set_print_order(plugin, pages: list) -> None:
    """The plugin joins the pages of its renderer.items (set from the navigation in its on_nav),
    and has no option for another order: after its on_nav, it is given the document's."""
    plugin.renderer.items = pages


def print_page(plugin):
    """The plugin's print page (its print_page attribute): a MkDocs Page."""
    return plugin.print_page


def print_section_id(page_url: str) -> str:
    """The id the plugin gives the section that holds a page on the print page."""
    from mkdocs_print_site_plugin.urls import get_page_key

    return get_page_key(page_url)


def without_print_site_script(config) -> None:
    """The plugin adds its script to every page; only the print page uses it (overrides/main.html
    loads it there). Runs after the plugin's on_config, which adds it."""
    config.extra_javascript[:] = [script for script in config.extra_javascript if str(script) != PRINT_SITE_SCRIPT]


# The plugin's two link and id fixes (its urls.py) replace each match they find in the whole
# page, one after another: time that grows with the square of a page's size (about 5 CPU s for
# the print page at 100 times today's data). These run the plugin's own function on each match
# alone, with the plugin's own patterns, in one pass: the same output
# (tests/build/test_print_page_links.py compares them on every page of the site).
_PLUGIN_LINK = re.compile(r"<a\s+([^>]*?\s+)?href=\"(.*?)\"", flags=re.IGNORECASE)
_PLUGIN_ID = re.compile(r"<([^\s]+).*?id=\"([^\"]*?)\".*?>", flags=re.IGNORECASE)


def print_links_fixed_in_one_pass() -> None:
    from mkdocs_print_site_plugin import urls

    if getattr(urls.fix_href_links, "in_one_pass", False):
        return
    by_match_links, by_match_ids = urls.fix_href_links, urls.update_anchor_ids

    def fix_href_links(page_html, page_key, page_url, directory_urls=False):
        return _PLUGIN_LINK.sub(lambda link: by_match_links(link.group(), page_key, page_url, directory_urls), page_html)

    def update_anchor_ids(page_html, page_key):
        return _PLUGIN_ID.sub(lambda tag: by_match_ids(tag.group(), page_key), page_html)

    fix_href_links.in_one_pass = update_anchor_ids.in_one_pass = True
    urls.fix_href_links, urls.update_anchor_ids = fix_href_links, update_anchor_ids


# --- MkDocs' live-reload server ------------------------------------------------------------


def watch_with(server, observer) -> bool:
    """Move the paths MkDocs' server has watched so far to `observer`; its own watch() puts later
    paths (mkdocs.yml `watch:`) there too. The server keeps what it watches in _watched_paths
    and watches with its `observer` attribute; it has no setting for either. False when the
    server is not as expected, or already watching, and nothing was moved."""
    watched = getattr(server, "_watched_paths", None)  # path -> how many times it is watched
    if not isinstance(watched, dict) or server.observer.is_alive():
        return False
    times = dict(watched)
    for path, count in times.items():
        for _ in range(count):
            server.unwatch(path)
    server.observer = observer
    for path, count in times.items():
        for _ in range(count):
            server.watch(path)
    return True
