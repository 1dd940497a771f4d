"""Layout facts measured in the browser, each returning the problems it finds (an empty list
when there are none), so a test can show every problem of every page at once, and a test on a
deliberately broken page can show that each check fails when it should."""

from __future__ import annotations

# Elements wider than the viewport, or starting left of it, that are not inside a box that
# scrolls or clips sideways (a table's scroll region) and are not hidden.
WIDER_THAN_VIEWPORT = """() => {
  const width = document.documentElement.clientWidth;
  const clipsSideways = el => {
    for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
      const overflow = getComputedStyle(node).overflowX;
      if (overflow !== 'visible') return true;
    }
    return false;
  };
  const problems = [];
  for (const el of document.body.querySelectorAll('*')) {
    const style = getComputedStyle(el);
    if (style.visibility !== 'visible' || style.display === 'none') continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if ((box.right > width + 1 || box.left < -1) && !clipsSideways(el)) {
      problems.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} spans ${Math.round(box.left)} to ${Math.round(box.right)} px in a ${width} px viewport`);
    }
  }
  const page = document.documentElement.scrollWidth;
  if (page > width) problems.push(`the page scrolls sideways: ${page} px wide in a ${width} px viewport`);
  return problems.slice(0, 10);
}"""

# Something drawn over the page's heading: a point of the heading's text where the element on
# top is not the heading, or a positioned or floated element whose box crosses the heading's.
OVER_THE_HEADING = """() => {
  const h1 = document.querySelector('article h1, .md-content h1');
  if (!h1) return ['no h1 on the page'];
  const problems = [];
  const range = document.createRange();
  range.selectNodeContents(h1);
  for (const rect of range.getClientRects()) {
    for (const fx of [0.1, 0.5, 0.9]) {
      const x = rect.left + rect.width * fx, y = rect.top + rect.height / 2;
      if (y < 0 || y > innerHeight || x < 0 || x > innerWidth) continue;
      const top = document.elementFromPoint(x, y);
      if (top && !h1.contains(top)) {
        problems.push(`${top.tagName.toLowerCase()}.${[...top.classList].join('.')} covers the heading at (${Math.round(x)}, ${Math.round(y)})`);
      }
    }
  }
  const heading = h1.getBoundingClientRect();
  for (const el of document.body.querySelectorAll('*')) {
    if (el.contains(h1) || h1.contains(el)) continue;
    const style = getComputedStyle(el);
    if (style.visibility !== 'visible' || style.display === 'none' || parseFloat(style.opacity) === 0) continue;
    if (style.position === 'static' && style.float === 'none') continue;
    const box = el.getBoundingClientRect();
    const across = Math.min(box.right, heading.right) - Math.max(box.left, heading.left);
    const down = Math.min(box.bottom, heading.bottom) - Math.max(box.top, heading.top);
    if (across > 1 && down > 1) {
      problems.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${style.position}${style.float !== 'none' ? ', float' : ''}) overlaps the heading`);
    }
  }
  return [...new Set(problems)].slice(0, 10);
}"""

# Every status icon drawn, with a width and height and a shape inside it.
STATUS_ICONS = """() => {
  const problems = [];
  for (const icon of document.querySelectorAll('.status .status__icon')) {
    const box = icon.getBoundingClientRect();
    const label = icon.closest('.status').textContent.trim();
    if (!(box.width > 0 && box.height > 0)) problems.push(`the icon of "${label}" is ${box.width} x ${box.height} px`);
    // Each icon uses a shape drawn once in the page (overrides/partials/status-icons.html).
    const use = icon.querySelector('use');
    const shape = use && document.querySelector(use.getAttribute('href'));
    if (!shape || !shape.querySelector('circle, path')) problems.push(`the icon of "${label}" has no shape in it`);
  }
  return problems;
}"""

# What has keyboard focus: on screen, of a size, not hidden, and with a visible indicator.
FOCUSED = """async () => {
  const el = document.activeElement;
  if (!el || el === document.body) return {name: 'nothing', problem: null, left: true};
  // Material fades things in and out as focus moves (a link's anchor, the search overlay
  // closing): measure once the page is still, or after a second at most.
  const settled = Promise.all(document.getAnimations().map(animation => animation.finished.catch(() => null)));
  await Promise.race([settled, new Promise(resolve => setTimeout(resolve, 1000))]);
  const box = el.getBoundingClientRect(), style = getComputedStyle(el);
  const name = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') || el.textContent || el.value || '').trim().replace(/\\s+/g, ' ').slice(0, 40)}"`;
  const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 &&
    box.top < innerHeight && box.left < innerWidth && box.left > -1 && box.right < innerWidth + 1;
  if (!onScreen) return {name, problem: `is off screen or has no size (${Math.round(box.left)}, ${Math.round(box.top)}, ${Math.round(box.width)} x ${Math.round(box.height)})`};
  if (style.visibility !== 'visible' || parseFloat(style.opacity) === 0) return {name, problem: 'is invisible'};
  const indicator = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && style.outlineColor !== 'rgba(0, 0, 0, 0)') ||
    style.boxShadow !== 'none';
  if (!indicator) return {name, problem: 'has no visible focus indicator'};
  // Not hidden under something else, such as a sticky header (WCAG 2.4.11 Focus Not Obscured).
  const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
  const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
  const top = document.elementFromPoint(x, y);
  if (top && !el.contains(top) && !top.contains(el)) {
    return {name, problem: `is covered by ${top.tagName.toLowerCase()}.${[...top.classList].join('.')}`};
  }
  return {name, problem: null};
}"""


def problems_on_page(page, checks: tuple[str, ...] = (WIDER_THAN_VIEWPORT, OVER_THE_HEADING, STATUS_ICONS)) -> list[str]:
    problems = []
    for check in checks:
        problems += page.evaluate(check)
    return problems


def first_tab_stops(page, count: int) -> list[str]:
    """Press Tab `count` times on a page just loaded (so Tab starts from the top); return a
    problem for each stop that is off screen, hidden, covered or without a focus indicator."""
    problems = []
    for stop in range(1, count + 1):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused.get("left"):
            break  # a short page: Tab has gone past its last stop, to the browser's own controls
        if focused["problem"]:
            problems.append(f"Tab stop {stop}, {focused['name']}: {focused['problem']}")
    return problems
