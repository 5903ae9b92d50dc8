"""The html report in a real browser: hostile copy never runs, nothing loads from the
network, text contrast meets WCAG AA, the page fits a phone; screenshots saved."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from browser_helpers import ROOT, Opened, render

if TYPE_CHECKING:
    from playwright.sync_api import Browser

HOSTILE_MD = """---
title: "</title><script>window.__pwned = 'title'</script>"
source: "\\"><img src=x onerror=\\"window.__pwned = 'source'\\">"
url: "javascript:window.__pwned = 'url'"
author: "</textarea><script>window.__pwned = 'author'</script>"
---

# Storm kills 34

<script>document.title = "pwned"; window.__pwned = "script"</script>
The storm killed 34 people <img src=x onerror="window.__pwned = 'img'">, officials said.
</textarea><svg onload="window.__pwned = 'svg'"></svg> At least 40 people died, police said.
[Read more](javascript:window.__pwned='link')
<iframe src="javascript:window.__pwned='iframe'"></iframe>
"""

HOSTILE_HTML = """<html><head><title>Flood &amp; <script>window.__pwned='head'</script></title>
<meta name="author" content="x&quot;><script>window.__pwned='meta'</script>"></head>
<body><h1>Flood</h1><p>The flood killed 12 people.<script>window.__pwned='body'</script></p>
<p onclick="window.__pwned='p'">Rescuers said 15 people died.</p></body></html>
"""

# Relative luminance and contrast (WCAG 2.x) of every visible piece of text against
# the first opaque background behind it; SVG text by its fill.
CONTRAST_JS = """() => {
  const rgb = (s) => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => { const c = [r, g, b].map(v => { v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]; };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05); };
  const background = (el) => { for (; el; el = el.parentElement) {
      const c = rgb(getComputedStyle(el).backgroundColor);
      if (c.length === 3 || c[3] === 1) return c.slice(0, 3); }
    return [255, 255, 255]; };
  const worst = [];
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walk.nextNode(); node; node = walk.nextNode()) {
    const el = node.parentElement;
    if (!node.data.trim() || !el.getClientRects().length) continue;
    const style = getComputedStyle(el);
    const ink = rgb(el.closest('svg') ? style.fill : style.color);
    const r = ratio(ink, background(el));
    if (r < 4.5) worst.push([el.tagName, String(el.className), r, node.data.slice(0, 30)]);
  }
  for (const el of document.querySelectorAll('mark.q, .sample')) {
    const after = getComputedStyle(el, '::after');
    if (after.content === 'none' || after.content === '""' || !el.dataset.icon) continue;
    const r = ratio(rgb(after.color), background(el));
    if (r < 4.5) worst.push(['::after', el.className, r, el.dataset.icon]);
  }
  return worst;
}"""


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render(tmp_path_factory.mktemp("seeds") / "seeds.html", ROOT / "seeds")


def test_hostile_copy_is_shown_as_text_and_never_runs(
        browser: Browser, tmp_path: Path, artifacts: Path) -> None:
    (tmp_path / "storm.md").write_text(HOSTILE_MD, encoding="utf-8")
    (tmp_path / "flood.html").write_text(HOSTILE_HTML, encoding="utf-8")
    page_file = render(tmp_path / "hostile.html", tmp_path / "storm.md", tmp_path / "flood.html")
    control = browser.new_page()  # scripts do run in this browser: the check can fail
    control.set_content("<script>window.__pwned = 'control'</script>")
    assert control.evaluate("window.__pwned") == "control"
    control.close()

    opened = Opened(browser, page_file, 1280, 900)
    try:
        page = opened.page
        page.wait_for_timeout(200)
        assert page.evaluate("window.__pwned") is None
        assert page.title().startswith("numcheck report")
        assert opened.dialogs == []
        assert page.eval_on_selector_all("script", "s => s.length") == 0
        assert page.eval_on_selector_all("iframe, img, embed, object", "s => s.length") == 0
        handlers = page.evaluate("""() => [...document.querySelectorAll('*')].flatMap(
            el => [...el.attributes].filter(a => a.name.startsWith('on')).map(a => a.name))""")
        assert handlers == []
        assert page.eval_on_selector_all("a[href^='javascript' i]", "s => s.length") == 0
        text = page.inner_text("main")
        assert '<script>document.title = "pwned"; window.__pwned = "script"</script>' in text
        assert "<p onclick=\"window.__pwned='p'\">" in text
        assert "</title><script>window.__pwned = 'title'</script>" in text
        assert page.locator("mark.q.k-figure", has_text="34").count() >= 1
        assert all(url.startswith("file:") for url in opened.requests), opened.requests
        page.locator("#d1").scroll_into_view_if_needed()
        page.screenshot(path=str(artifacts / "hostile-desktop.png"))
    finally:
        opened.close()


def test_nothing_loads_from_the_network_and_contrast_meets_wcag_aa(
        browser: Browser, seeds_report: Path, artifacts: Path) -> None:
    opened = Opened(browser, seeds_report, 1280, 900)
    try:
        page = opened.page
        assert opened.requests == [seeds_report.as_uri()]
        assert page.evaluate(CONTRAST_JS) == []
        first = page.locator("mark.q.t-disputed").first  # with its tooltip open
        first.focus()
        assert page.evaluate(CONTRAST_JS) == []
        page.screenshot(path=str(artifacts / "seeds-desktop-top.png"))
        page.locator("#d4").scroll_into_view_if_needed()
        first.scroll_into_view_if_needed()
        page.evaluate("window.scrollBy(0, 240)")
        first.focus()
        page.screenshot(path=str(artifacts / "seeds-desktop-figure.png"))
        page.locator("#f1").screenshot(path=str(artifacts / "seeds-finding.png"))
    finally:
        opened.close()


def test_the_page_fits_a_phone(browser: Browser, seeds_report: Path, artifacts: Path) -> None:
    opened = Opened(browser, seeds_report, 390, 844)
    try:
        page = opened.page
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        outside = page.evaluate("""() => [...document.querySelectorAll('mark.q')].filter(m => {
            m.focus();  // each tooltip, shown by focus, stays on the screen
            const box = document.getElementById(m.id + '-tip').getBoundingClientRect();
            return box.width === 0 || box.left < 0 || box.right > innerWidth;
        }).map(m => m.id)""")
        assert outside == []
        page.locator("mark.q.t-disputed").first.focus()
        page.screenshot(path=str(artifacts / "seeds-phone-figure.png"))
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        page.evaluate("document.activeElement.blur(); window.scrollTo(0, 0)")
        page.screenshot(path=str(artifacts / "seeds-phone-top.png"))
        page.locator("#f1").scroll_into_view_if_needed()
        svg = page.locator("#f1 svg").first.bounding_box()
        assert svg is not None
        assert svg["x"] + svg["width"] <= 390
        page.locator("#f1").screenshot(path=str(artifacts / "seeds-phone-finding.png"))
    finally:
        opened.close()
