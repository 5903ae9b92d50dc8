"""Counts no event keys and no word marks (stable.unmarked, standing ``COUNTED``): a
count of things told in the present with no word of a move, an update, a level or a
period has no day of its own, so one claimant's two days' figures of it are one fact
(settled._standing); a count told in the past, with "now" or "still", for a period, as
a capacity, or keyed by an event of the lexicon is not read so."""

from __future__ import annotations

import pytest
from drift_helpers import standing_of

from numcheck.checkers.drift.standing import COUNTED, kind


def _rules(a: str, b: str, day_a: str, day_b: str) -> list[str]:
    from numcheck.checkers import drift
    from numcheck.testing import run_checks

    texts = {"a.md": f"---\ndate: {day_a}\n---\n\n{a}\n",
             "b.md": f"---\ndate: {day_b}\n---\n\n{b}\n"}
    return sorted(f.rule for f in run_checks(texts, [drift]) if f.rule.startswith("NC4"))


@pytest.mark.parametrize(("sentence", "figure"), [
    ("Northline operates 212 buses across the city, the company said.", "212"),
    ("The Carn Ddu observatory operates 12 telescopes on the ridge.", "12"),
    ("Hollins Farm keeps 1,200 cows near Ashby.", "1,200"),
])
def test_an_unmarked_count(sentence: str, figure: str) -> None:
    assert kind(standing_of(sentence, figure)) == COUNTED


@pytest.mark.parametrize(("sentence", "figure"), [
    ("Northline now operates 180 buses, the company said.", "180"),  # a move
    ("The shelter is still caring for 50 dogs, its manager said.", "50"),  # a running level
    ("Hollins Farm kept 1,200 cows before the outbreak.", "1,200"),  # told in the past
    ("Pellow's opened 40 stores in 2025.", "40"),  # a period's count
    ("Pellow's will open 30 stores, its chief executive said.", "30"),  # a plan
    ("Twelve people remain in hospital, the trust said.", "Twelve"),  # an event's count
])
def test_a_marked_count_is_not_counted(sentence: str, figure: str) -> None:
    assert kind(standing_of(sentence, figure)) != COUNTED


def test_one_claimants_two_days_figures_contradict() -> None:
    assert _rules("Hollins Farm keeps 1,200 cows near Ashby, the farm said.",
                  "Hollins Farm keeps 2,100 cows near Ashby, the farm said.",
                  "2026-04-06", "2026-04-08") == ["NC401"]


def test_a_count_told_as_moved_on_the_second_day_is_silent() -> None:
    assert _rules("Northline operates 212 buses across the city, the company said.",
                  "After withdrawing older vehicles, Northline now operates 180 buses, "
                  "the company said.", "2026-03-02", "2026-03-04") == []


def test_two_places_counts_are_silent() -> None:
    assert _rules("Pellow's trades from 340 stores in the UK, according to its report.",
                  "Pellow's trades from 120 stores in Ireland, according to its report.",
                  "2026-01-12", "2026-01-13") == []
