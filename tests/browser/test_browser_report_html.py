"""The html report in a real browser: the seeds and two drift fixtures (and the parts
fixture for in-article arithmetic), rendered by ``numcheck check`` and opened in
headless Chromium. Asserts on the DOM and the SVG geometry; saves screenshots."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from browser_helpers import ROOT, Opened, render

from numcheck.engine import Engine
from numcheck.readers import read_path
from numcheck.settings import Settings

if TYPE_CHECKING:
    from playwright.sync_api import Browser

# The text of a document container with the tooltips left out, and each mark's
# offset in code points (JavaScript strings count UTF-16 units; Array.from counts
# code points, as Python does).
MARKS_JS = """(container) => {
  const out = []; let text = '';
  const walk = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walk.nextNode(); node; node = walk.nextNode()) {
    if (node.parentElement.closest('.tip')) continue;
    const mark = node.parentElement.closest('mark.q');
    if (mark && mark.firstChild === node) {
      out.push({id: mark.id, start: +mark.dataset.start, end: +mark.dataset.end,
                text: mark.textContent, kind: mark.classList.contains('k-figure'),
                offset: Array.from(text).length});
    }
    text += node.data;
  }
  return {marks: out, text};
}"""

BARS_JS = """(svg) => Object.fromEntries([...svg.querySelectorAll('g.nl-row')].map(row => {
  const box = (sel) => { const r = row.querySelector(sel).getBoundingClientRect();
                         return [r.left, r.right, r.width]; };
  return [row.dataset.row, {hard: box('.bar-hard'), soft: box('.bar-soft')}];
}))"""


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("reports")
    sets = {"seeds": ROOT / "seeds", "flood": ROOT / "fixtures/drift-flood-tolls",
            "rally": ROOT / "fixtures/drift-rally-arrests",
            "parts": ROOT / "fixtures/in-article-parts"}
    return {name: render(out / f"{name}.html", folder) for name, folder in sets.items()}


@pytest.fixture(scope="module")
def seeds(browser: Browser, reports: dict[str, Path]) -> Iterator[Opened]:
    opened = Opened(browser, reports["seeds"], 1280, 900)
    yield opened
    opened.close()


def test_figures_are_marked_where_the_parser_read_them(seeds: Opened) -> None:
    engine = Engine(Settings())
    containers = seeds.page.query_selector_all("div.text[data-path]")
    assert len(containers) == 5
    for container in containers:
        path = container.get_attribute("data-path")
        assert path is not None
        analysis = engine.analyse(read_path(path))
        found = container.evaluate(MARKS_JS)
        assert found["text"] == analysis.document.text  # the page holds the text exactly
        figures = [(m["start"], m["end"], m["text"]) for m in found["marks"] if m["kind"]]
        expected = sorted((q.start, q.end, q.text) for q in analysis.quantities)
        assert figures == expected
        for mark in found["marks"]:
            assert mark["offset"] == mark["start"], mark


def test_tab_reaches_every_figure_and_focus_shows_its_tooltip(seeds: Opened) -> None:
    page = seeds.page
    page.goto(page.url)
    marks = set(page.eval_on_selector_all("mark.q", "ms => ms.map(m => m.id)"))
    stops = page.eval_on_selector_all("a[href], mark.q[tabindex]", "els => els.length")
    seen: set[str] = set()
    for _ in range(stops + 5):
        page.keyboard.press("Tab")
        state: dict[str, Any] = page.evaluate("""() => {
          const el = document.activeElement;
          if (!el || !el.matches('mark.q')) return {id: el && el.id};
          const tip = document.getElementById(el.getAttribute('aria-describedby'));
          const box = tip.getBoundingClientRect();
          return {id: el.id, text: el.textContent, display: getComputedStyle(tip).display,
                  tip: tip.textContent, inside: box.left >= 0 && box.right <= innerWidth,
                  height: box.height};
        }""")
        if state.get("text") is None:
            continue
        seen.add(state["id"])
        assert state["display"] == "block", state
        assert state["height"] > 20
        assert state["inside"], state
        assert f"“{state['text']}”" in state["tip"]
        assert "Claim key:" in state["tip"]
        assert "Claimant:" in state["tip"]
        assert "Date:" in state["tip"]
        if seen == marks:
            break
    assert seen == marks


def test_hover_shows_the_tooltip_too(seeds: Opened) -> None:
    page = seeds.page
    page.mouse.move(0, 0)
    mark = page.locator("mark.q.t-disputed").first
    tip = page.locator(f"#{mark.get_attribute('id')}-tip")
    assert not tip.is_visible()
    mark.hover()
    assert tip.is_visible()
    assert "Words allow:" in tip.inner_text()


def test_contradiction_bars_do_not_overlap(browser: Browser, reports: dict[str, Path]) -> None:
    opened = Opened(browser, reports["flood"], 1280, 900)
    try:
        lines = opened.page.query_selector_all(".finding[data-rule=NC401] .panel svg")
        assert lines
        for svg in lines:
            bars = svg.evaluate(BARS_JS)
            first = bars.pop("A")
            assert bars
            for other in bars.values():
                left, right = sorted((first["hard"], other["hard"]))
                assert left[1] <= right[0], (first, other)  # the hard bars are apart
    finally:
        opened.close()


def test_drift_bars_meet_only_at_the_edges(browser: Browser, reports: dict[str, Path]) -> None:
    """NC402: the words allow both figures (hard bars overlap), the usual readings do
    not (soft bars apart): the picture says what the rule says."""
    opened = Opened(browser, reports["rally"], 1280, 900)
    try:
        lines = opened.page.query_selector_all(".finding[data-rule=NC402] .panel svg")
        assert len(lines) == 2
        for svg in lines:
            a, b = svg.evaluate(BARS_JS).values()
            assert a["hard"][0] < b["hard"][1]
            assert b["hard"][0] < a["hard"][1]
            left, right = sorted((a["soft"], b["soft"]))
            assert left[1] <= right[0]
    finally:
        opened.close()


def test_sum_of_parts_and_stated_total_are_apart(browser: Browser, reports: dict[str, Path],
                                                 artifacts: Path) -> None:
    opened = Opened(browser, reports["parts"], 1280, 900)
    try:
        panel = opened.page.query_selector(".finding[data-rule=NC202] .panel-arithmetic")
        assert panel is not None
        closer = panel.query_selector_all("svg")[-1]
        bars = closer.evaluate(BARS_JS)
        assert set(bars) == {"Σ", "C"}
        left, right = sorted((bars["Σ"]["hard"], bars["C"]["hard"]))
        assert left[1] <= right[0]
        panel.screenshot(path=str(artifacts / "parts-arithmetic.png"))
    finally:
        opened.close()
