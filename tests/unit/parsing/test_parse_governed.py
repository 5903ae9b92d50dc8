"""Hedges that are verbs of passing a threshold, and "over"/"under" that a word
governs (numcheck/parsing/governed.py; phrasings.md 16.2, 16.3)."""

from __future__ import annotations

import pytest

from numcheck import parse
from numcheck.quantity import Quantity


def figure(text: str, at: str) -> Quantity:
    i = text.index(at)
    return next(q for q in parse(text) if q.start <= i < q.end)


@pytest.mark.parametrize(
    ("text", "at", "bound"),
    [
        ("Visitor numbers passed 2 million for the first time.", "2 million", "gt"),
        ("The national debt crosses $40 trillion this week.", "40", "gt"),
        ("Wind speeds broke 200km/h on the coast.", "200", "gt"),
        ("Petrol prices breached £2 a litre.", "2", "gt"),
        ("Its valuation surpasses $1tn.", "1tn", "gt"),
        ("Deaths now top 3,000.", "3,000", "gt"),
        ("Sales eclipsed 500,000 copies.", "500,000", "gt"),
        ("The toll has not yet passed 100.", "100", "le"),
        ("Turnout never exceeded 60% in those years.", "60%", "le"),
        ("Growth didn't top 1% in any quarter.", "1%", "le"),
        ("Parliament passed 14 laws this session.", "14", "exact"),
        ("The hikers crossed 6 rivers in a week.", "6", "exact"),
        ("She broke 4 national records.", "4", "exact"),
        ("The bill passed 219-211.", "219", "identifier"),
        ("He named the top 5 risks.", "5", "exact"),
    ],
)
def test_threshold_verbs(text: str, at: str, bound: str) -> None:
    q = figure(text, at)
    assert (q.kind.value if bound == "identifier" else q.bound.value) == bound


@pytest.mark.parametrize(
    ("text", "at", "bound"),
    [
        ("Officers pulled over 17 lorries at the checkpoint.", "17", "exact"),
        ("The militia handed over 300 weapons.", "300", "exact"),
        ("The firm forked over $2m in fees.", "2m", "exact"),
        ("The group took over 5 hospitals in the city.", "5", "exact"),
        ("Villagers clashed over 3 wells.", "3", "exact"),
        ("There is a dispute over 60 acres of land.", "60", "exact"),
        ("The union protested over £300 in lost pay.", "300", "exact"),
        ("A row over 9 closures split the council.", "9", "exact"),
        ("Two men have been arrested over 4 burglaries.", "4", "exact"),
        ("Police arrested over 40 protesters.", "40", "gt"),
        ("The cars were buried under 2 metres of snow.", "2", "exact"),
        ("The parcel weighed under 2 kilograms.", "2", "lt"),
        ("The bombing took over 30 lives.", "30", "gt"),
        ("Repairs took over 6 weeks.", "6", "gt"),
        ("Over 200 flights were cancelled.", "200", "gt"),
        ("The firm employs over 900 staff.", "900", "gt"),
    ],
)
def test_governed_over_and_under(text: str, at: str, bound: str) -> None:
    assert figure(text, at).bound.value == bound


@pytest.mark.parametrize(
    ("text", "at", "level", "change"),
    [
        ("The rand fell below 19 to the dollar.", "19", "new", None),
        ("Core inflation rose above 4% in June.", "4%", "new", None),
        ("Gold shot past $2,500 an ounce.", "2,500", "new", None),
        ("Exports slid beneath £30bn.", "30bn", "new", None),
        ("Exports rose more than 4%.", "4%", None, "up"),
        ("Profits fell nearly 10%.", "10%", None, "down"),
    ],
)
def test_a_threshold_after_a_change_verb_is_the_level_reached(
    text: str, at: str, level: str | None, change: str | None
) -> None:
    """"fell below $1.20" places the level; "rose more than 4%" bounds the change."""
    q = figure(text, at)
    assert (q.level.value if q.level else None, q.change.value if q.change else None) == (
        level, change
    )


@pytest.mark.parametrize(
    ("text", "at", "bound"),
    [
        ("Downloads crossed the 10 million mark in May.", "10 million", "gt"),
        ("The FTSE broke through the 8,000 barrier.", "8,000", "gt"),
        ("Gold has never topped the $3,000 level.", "3,000", "le"),
        ("Membership passed the 50,000 milestone.", "50,000", "gt"),
        ("She reached the 100 mark.", "100", "exact"),
        ("The receiver crossed the 40-yard line.", "40", "exact"),
        ("MPs passed the 2 bills.", "2", "exact"),
        ("The death toll neared 900.", "900", "below"),
    ],
)
def test_a_verb_of_passing_before_the_mark(text: str, at: str, bound: str) -> None:
    """"crossed the 1 million mark": the verb bounds the figure through "the"."""
    assert figure(text, at).bound.value == bound
