"""HTML main text: the article's paragraphs are prose, the page around them is not.

The pages in tests/data/articles are realistic news pages (comments, related links,
"most read" boxes, ads, bylines, footers); benchmarks/html_extractors.py scores the
extractor on them against their gold text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from numcheck.readers import read_text

PAGES = Path(__file__).resolve().parents[2] / "data" / "articles"


def visible(name: str) -> str:
    html = (PAGES / name).read_text(encoding="utf-8")
    return " ".join(read_text(html, name).prose.split())


@pytest.mark.parametrize(
    ("page", "kept", "dropped"),
    [
        ("wordpress-flood.html",
         ["closing 14 roads and forcing about 300 residents", "Seven schools will stay closed",
          "Volunteers fill sandbags in Arlo"],
         ["at least 50 cars", "40 volunteers", "18,000 readers", "2.5% tax rise",
          "Levee repairs to cost $4 million"]),
        ("divsoup-quake.html",
         ["rose to 212 on Tuesday", "about 25,000 people", "Rescuers search the rubble"],
         ["73 million under heat alerts", "2022 quake killed 48", "Five stories, 7 days",
          "accept our 3 cookie policies"]),
        ("main-teasers-budget.html",
         ["adds 300 police officers", "$610 million", "The budget takes effect on July 1."],
         ["School board cuts 40 bus routes", "3 free articles", "2 dead in highway crash",
          "11 years"]),
        ("comments-inside-vaccine.html",
         ["about 1,200 children", "The county had 37 measles cases"],
         ["12 kids out sick", "over 100 if you ask", "Hospital adds 60 beds"]),
        ("liveblog-storm.html",
         ["14 lines are closed", "two people were taken to hospital",
          "red warning for wind for 6 coastal counties"],
         ["Load 20 more posts", "wind 45mph"]),
        ("plain-fire.html",
         ["injured six people", "some 2,000 tonnes of paper", "estimated at $3.5 million"],
         []),
    ],
)
def test_article_text_is_prose_and_page_chrome_is_not(
    page: str, kept: list[str], dropped: list[str]
) -> None:
    shown = visible(page)
    for phrase in kept:
        assert phrase in shown, phrase
    for phrase in dropped:
        assert phrase not in shown, phrase


def test_a_page_without_paragraphs_keeps_its_text() -> None:
    doc = read_text("<html><body><div>Storm: 34 dead</div></body></html>", "a.html")
    assert "Storm: 34 dead" in doc.prose


@pytest.mark.parametrize(
    ("page", "source", "date", "author"),
    [
        ("amp-ferry.html", "Island Wire", "2022-08-19", "Island Wire staff"),  # JSON-LD only
        ("divsoup-quake.html", "The Daily Courier", "2023-02-07", "Priya Nand"),
        ("main-teasers-budget.html", "Northside Times", "2024-01-30", "Rosa Lind"),  # @graph
        ("semantic-strike.html", "Metro Herald", "2023-06-21", None),  # OpenGraph
        ("comments-inside-vaccine.html", "Health Desk", "2021-09-10", None),  # Dublin Core
    ],
)
def test_page_metadata(page: str, source: str, date: str, author: str | None) -> None:
    html = (PAGES / page).read_text(encoding="utf-8")
    meta = read_text(html, page).metadata
    assert (meta.source, meta.date.isoformat() if meta.date else None, meta.author) == (
        source, date, author)
