"""Which main-text extractor for news pages: accuracy and speed on article pages.

Run: ``.venv-test/bin/python benchmarks/html_extractors.py`` (trafilatura is not a
numcheck dependency: ``pip install trafilatura lxml_html_clean`` to compare). The pages
in tests/data/articles/ are realistic article pages (WordPress, div soup, semantic
HTML5, 1990s tables, AMP, a live blog, a page with comments and teasers) with their
gold main text (``NAME.gold.txt``: headline, dek, body, captions, subheads).

For each candidate it prints word precision/recall/F1 against the gold and the same
for *figures only* (tokens with a digit: what numcheck checks; a figure from a
comment or a "most read" box is a false alarm waiting to happen), and the time per
page after a warm-up (import time printed apart). docs/maintainers/readers.md keeps
the table and the decision.
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

PAGES = Path(__file__).resolve().parent.parent / "tests" / "data" / "articles"
_TOKEN = re.compile(r"\w+(?:[.,']\w+)*")


def tokens(text: str) -> Counter[str]:
    return Counter(t.lower() for t in _TOKEN.findall(text))


def scores(got: Counter[str], gold: Counter[str]) -> tuple[float, float, float]:
    common = sum((got & gold).values())
    precision = common / max(1, sum(got.values()))
    recall = common / max(1, sum(gold.values()))
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    return precision, recall, f1


def figures(counter: Counter[str]) -> Counter[str]:
    return Counter({t: n for t, n in counter.items() if any(c.isdigit() for c in t)})


def numcheck_reader(html: str) -> str:
    from numcheck.readers import read_text

    return read_text(html, "page.html").prose


def numcheck_old_rules(html: str) -> str:
    """The hand rules numcheck used before: all text outside chrome, and only the
    ``<article>``/``<main>`` text when the page has one (the same reader without the
    main-text step)."""
    from numcheck.readers import html as reader

    chosen = reader.find_main_text
    reader.find_main_text = lambda marked: None  # type: ignore[assignment]
    try:
        return reader.read_html(html, "page.html").prose
    finally:
        reader.find_main_text = chosen


def trafilatura_text(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_comments=False, include_tables=True) or ""


def trafilatura_precise(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_comments=False, include_tables=True,
                               favor_precision=True) or ""


CANDIDATES: dict[str, Callable[[str], str]] = {
    "selectolax + Readability (shipped)": numcheck_reader,
    "old hand rules (html.parser)": numcheck_old_rules,
    "trafilatura 2.x": trafilatura_text,
    "trafilatura, favor_precision": trafilatura_precise,
}


def main(names: list[str]) -> None:
    pages = sorted(PAGES.glob("*.html"))
    print(f"{len(pages)} pages; P/R/F1 over words, then over figures; ms/page after warm-up")
    for name, extract in CANDIDATES.items():
        if names and not any(n in name for n in names):
            continue
        started = time.perf_counter()
        try:
            extract(pages[0].read_text(encoding="utf-8"))
        except ImportError as err:
            print(f"{name:34} skipped: {err}")
            continue
        first = time.perf_counter() - started
        total_got, total_gold = Counter[str](), Counter[str]()
        elapsed = 0.0
        for page in pages:
            html = page.read_text(encoding="utf-8")
            gold = tokens(page.with_suffix("").with_suffix(".gold.txt").read_text("utf-8"))
            started = time.perf_counter()
            for _ in range(5):
                text = extract(html)
            elapsed += (time.perf_counter() - started) / 5
            total_got += tokens(text)
            total_gold += gold
        words = scores(total_got, total_gold)
        nums = scores(figures(total_got), figures(total_gold))
        print(f"{name:34} words P {words[0]:.3f} R {words[1]:.3f} F1 {words[2]:.3f} | "
              f"figures P {nums[0]:.3f} R {nums[1]:.3f} F1 {nums[2]:.3f} | "
              f"{1000 * elapsed / len(pages):6.2f} ms/page (first call {1000 * first:.0f} ms)")


if __name__ == "__main__":
    main(sys.argv[1:])
