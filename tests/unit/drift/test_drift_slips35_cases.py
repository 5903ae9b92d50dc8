"""A slip of the pen as the evidence that two articles tell one figure (drift/slipped.py,
the third meeting route). tests/unit/drift/cases/slips35_dev.toml is slip35's taxonomy,
written before tuning across desks: one outlet copies a figure with two neighbouring
digits swapped and tells it under other nouns and verbs (planted), and figures whose
digits swap by chance (look-alikes: an update, two days, a score told from each side,
two things counted, a figure each article also gives right, two trials). The aside
slice, slips35_aside.toml, is scored once at the end (the report gives both figures)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

import pytest
from meet_cases import check, raised
from slip_cases import load

from numcheck.checkers.drift.entries import Entry

DEV = load("slips35_dev.toml")

# Misses the route leaves to other evidence (docs/maintainers/phrasings-relations.md,
# slip35): a swap of two significant digits ("320"/"230 tonnes": two-digit swaps land by
# chance); two measures the likeness gates keep apart whatever the digits (revenue and
# sales, "third-quarter" revenue; a summit's depth and a peak's; a workforce told
# "employs"); a plan's future ("will spend £14.6m"); a hedged figure ("Some 3,142") the
# judge reads as agreeing; two words of one thing in two story views (households,
# homes); one told two ways the gates read as two measures ("left under water").
KNOWN = {
    "business: quarterly revenue and sales",
    "disasters: homes flooded and properties under water",
    "health: patients enrolled and volunteers who took part",
    "local government: a repair bill and money set aside",
    "science: a summit's depth told two ways",
    "energy: households cut off and homes without gas",
    "labour: workers at a plant and staff at the factory",
    "conflict: aid loaded and cargo carried",
}


@pytest.mark.parametrize("case", DEV, ids=[c.name for c in DEV])
def test_case(case: object) -> None:
    check(case, KNOWN)  # type: ignore[arg-type]


def test_about_a_third_of_the_cases_are_look_alikes() -> None:
    alike = sum(1 for c in DEV if not c.expect)
    assert alike >= 6
    assert 0.25 < alike / len(DEV) < 0.5


def test_the_odd_one_of_three_outlets_carries_the_finding() -> None:
    """Two outlets give 6,428.7, a third 6,482.7: one finding, on the third."""
    from numcheck.checkers import drift
    from numcheck.testing import run_checks

    case = next(c for c in DEV if c.name.startswith("markets: three outlets"))
    found = [f for f in run_checks(case.articles, [drift]) if f.rule == "NC401"]
    assert len(found) == 1
    assert found[0].location.path.endswith("b.md")


def _entry(text: str, value: float, kind: str = "count", unit: str | None = None) -> Entry:
    from numcheck.quantity import Kind

    quantity = SimpleNamespace(kind=Kind(kind), unit=unit, value=value, text=text)
    return cast(Entry, SimpleNamespace(claim=SimpleNamespace(quantity=quantity)))


@pytest.mark.parametrize(("x", "vx", "y", "vy", "unit", "kind", "swapped"), [
    ("$4.27 billion", 4.27e9, "$4.72bn", 4.72e9, "USD", "money", True),
    ("12,408", 12408, "12,480", 12480, None, "count", True),
    ("6,428.7", 6428.7, "6,482.7", 6482.7, None, "count", True),
    ("1,340", 1340, "1,430", 1430, None, "count", True),
    # the same digits, but not in place: "£14.2 million" is no copy of "£412 million"
    ("£14.2 million", 14.2e6, "£412 million", 412e6, "GBP", "money", False),
    # two significant digits: two counts land on swapped digits by chance
    ("320", 320, "230", 230, None, "count", False),
    ("34", 34, "43", 43, None, "count", False),
    # not neighbours, or more than two digits moved: another number
    ("1,234", 1234, "1,432", 1432, None, "count", False),
    ("4,172", 4172, "4,182", 4182, None, "count", False),  # one digit: misprint.py
    # two kinds or two units
    ("412", 412, "421", 421, None, "percent", False),
    ("412 km", 412, "421 miles", 421, "km", "measure", False),
])
def test_a_swap_in_place(x: str, vx: float, y: str, vy: float, unit: str | None, kind: str,
                         swapped: bool) -> None:
    from numcheck.checkers.drift.slipped import swapped_in_place

    other = "mi" if unit == "km" else unit
    assert swapped_in_place(_entry(x, vx, kind, unit), _entry(y, vy, kind, other)) is swapped
    assert swapped_in_place(_entry(y, vy, kind, other), _entry(x, vx, kind, unit)) is swapped


@pytest.mark.parametrize(("text", "figure", "told"), [
    ("Two-thirds of its 421 stores now open until midnight.", "421", True),
    ("Planners said the finished network would have 216 stations.", "216", True),
    ("The list has so far reached 7,540 names.", "7,540", True),
    # another verb's modal after the figure, a change's verb: nothing of its moment
    ("Brook Lane's 117 pupils would be moved to Hillside.", "117", False),
    ("Revenue rose 6% to £412m in the half.", "£412m", False),
    ("The trial enrolled 3,412 patients at 214 hospitals.", "3,412", False),
])
def test_a_figure_told_as_its_moment_or_a_plan(text: str, figure: str, told: bool) -> None:
    from numcheck.checkers.drift.aspect import AspectWords
    from numcheck.checkers.drift.slipped import revisable

    start = text.index(figure)
    claim = SimpleNamespace(sentence=(0, len(text)), location=SimpleNamespace(
        start=start, end=start + len(figure)))
    assert revisable(cast("object", claim), text, AspectWords.from_lexicon()) is told  # type: ignore[arg-type]


def test_a_figure_each_article_also_gives_right_stays_silent() -> None:
    """Both articles give 12,480 votes, and one a swapped 12,840 of another thing: the
    article told the figure too, so its swapped one is another (slipped._echoed)."""
    case = next(c for c in DEV if c.name.startswith("elections: a figure each"))
    assert raised(case) == []
