"""A figure no event keys, told by two sources on two days with one digit otherwise
(drift/misprint.py, asked by verdicts._garbled): one figure copied wrong, whatever
tense tells it. sc32's taxonomy, written before tuning, across desks; each look-alike
is a level that moved, two figures or two days that must stay silent. ``ASIDE_*`` were
kept apart and scored once, at the end (the report gives both figures)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

import pytest

from numcheck.checkers.drift.entries import Entry


def _rules(a: str, b: str, day_a: str = "2026-03-02", day_b: str = "2026-03-04") -> list[str]:
    from numcheck.checkers import drift
    from numcheck.testing import run_checks

    texts = {"a.md": f"---\ndate: {day_a}\n---\n\n{a}\n",
             "b.md": f"---\ndate: {day_b}\n---\n\n{b}\n"}
    return sorted(f.rule for f in run_checks(texts, [drift]) if f.rule in WARNS)


WARNS = frozenset({"NC401", "NC402", "NC403"})

CONTRADICTED = [
    pytest.param("The pay deal covers 4,172 staff at the Marlow plant, the union said.",
                 "The union said the pay deal covers 4,182 staff at the Marlow plant.",
                 id="labour-covered"),
    pytest.param("Vessey Chemicals faces a fine of £4.27m over the leak, the regulator said.",
                 "The regulator said Vessey Chemicals faces a fine of £4.87m over the leak.",
                 id="courts-fine"),
    pytest.param("The new Kelham bypass is 12.4 km long, the county council said.",
                 "The county council said the Kelham bypass is 12.9 km long.",
                 id="transport-length"),
    pytest.param("Storm Ida left 2,415 homes without a roof in Northmoor, the council said.",
                 "In Northmoor 2,475 homes were left without a roof by Storm Ida, the "
                 "council said.", id="weather-homes"),
    pytest.param("The telescope's main mirror is 6.52 metres across, the observatory said.",
                 "The observatory said the telescope's main mirror is 6.82 metres across.",
                 id="science-mirror"),
    # written after the first run, as one the judge reaches: found by one_digit only
    pytest.param("The airline's fleet numbers 214 aircraft, it said.",
                 "The airline said its fleet numbers 284 aircraft.", id="transport-fleet"),
]

# Kept apart at the claim index's descriptor window until sc33 (drift/copied.py pairs
# a figure copied wrong across it): found since
CROSSED = [
    pytest.param("The Harrow Vale constituency has 71,820 registered voters, the returning "
                 "officer said.",
                 "Turnout in Harrow Vale, which has 71,320 registered voters, was low.",
                 id="elections-electorate"),
    pytest.param("The Quindle trial has 3,412 patients across 16 countries.",
                 "Across 16 countries, the Quindle trial has 3,442 patients.",
                 id="health-enrolled"),
    pytest.param("The Ashby trust's schools have 1,426 pupils on their rolls.",
                 "The Ashby trust said its schools have 1,486 pupils on their rolls.",
                 id="schools-roll"),
]

# Known misses: kept apart before the judge (a sum naming nothing, a verb the index
# keys), so no verdict reads them; the class after this.
KEPT_APART = [
    pytest.param("The Port Aubrey refinery can process 185,000 barrels a day.",
                 "The Port Aubrey refinery, which can process 135,000 barrels a day, is shut.",
                 id="energy-capacity"),
    pytest.param("The bond sale by Valdorra raised $2.45bn, the finance ministry said.",
                 "Valdorra's bond sale raised $2.75bn, the finance ministry said.",
                 id="markets-raised"),
]

SILENT = [
    pytest.param("About 1,200 people are in shelters in Northmoor, the council said.",
                 "About 1,300 people are in shelters in Northmoor, the council said.",
                 id="round-level-moved"),
    pytest.param("There are 38 patients in hospital with the virus, the trust said.",
                 "There are 39 patients in hospital with the virus, the trust said.",
                 id="two-digit-level"),
    pytest.param("The river stood at 4.21 metres at Kelham on Monday morning.",
                 "The river stood at 4.71 metres at Kelham on Wednesday morning.",
                 id="level-noun"),
    pytest.param("Police said 1,240 people joined the march in Marlow.",
                 "Organisers said 1,290 people joined the march in Marlow.",
                 id="two-parties"),
    pytest.param("The pay deal covers 4,172 staff at the Marlow plant, the union said.",
                 "The pay deal covers 4,172 staff at the Marlow plant, the union said.",
                 id="same-figure"),
    pytest.param("The Quindle trial has 3,412 patients across 16 countries.",
                 "The Quindle trial has 3,412 patients, about 3,400, across 16 countries.",
                 id="rounded-again"),
    pytest.param("The pay deal covers 4,172 staff at the Marlow plant, the union said.",
                 "A second deal covers 4,182 staff at the Dunmore plant, the union said.",
                 id="another-plant"),
    pytest.param("Valdorra's bond sale raised $2.45bn on Monday, the finance ministry said.",
                 "Valdorra's second bond sale raised $2.75bn on Wednesday, the finance "
                 "ministry said.", id="two-sales-two-days"),
    pytest.param("Call centres took 1,240 calls about the floods in the last 24 hours.",
                 "Call centres took 1,290 calls about the floods in the last 24 hours.",
                 id="rolling-window"),
    pytest.param("The Ashby trust's schools have 1,426 pupils on their rolls.",
                 "Ashby High, one of the trust's schools, has 986 pupils.",
                 id="a-part"),
]

ASIDE_CONTRADICTED = [
    pytest.param("The ferry Ardent carries 1,184 passengers and crew at most.",
                 "The Ardent can carry at most 1,134 passengers and crew.",
                 id="aside-ferry"),
    pytest.param("The Dunmore takeover values the brewer at £612m, the board said.",
                 "The board said the takeover values Dunmore at £642m.",
                 id="aside-takeover"),
]

ASIDE_SILENT = [
    pytest.param("About 3,100 homes are without power in Eastbrook, the network said.",
                 "About 3,600 homes are without power in Eastbrook, the network said.",
                 id="aside-outage-moved"),
    pytest.param("The Dunmore takeover values the brewer at £612m, the board said.",
                 "A rival bid values Dunmore at £642m, its backers said.",
                 id="aside-rival-bid"),
]


@pytest.mark.parametrize(("a", "b"), CONTRADICTED)
def test_a_figure_with_one_digit_otherwise_contradicts(a: str, b: str) -> None:
    assert _rules(a, b) == ["NC401"]


@pytest.mark.parametrize(("a", "b"), CROSSED)
def test_a_copy_kept_apart_by_its_words_contradicts(a: str, b: str) -> None:
    assert _rules(a, b) == ["NC401"]


@pytest.mark.parametrize(("a", "b"), KEPT_APART)
def test_known_misses_are_kept_apart_before_the_judge(a: str, b: str) -> None:
    assert _rules(a, b) == []  # a pairing gain turns these into finds: move them up


@pytest.mark.parametrize(("a", "b"), SILENT)
def test_look_alikes_stay_silent(a: str, b: str) -> None:
    assert _rules(a, b) == []



def _entry(text: str, value: float, kind: str = "count", unit: str | None = None) -> Entry:
    """A stand-in entry: one_digit reads only its quantity's kind, unit, value, text."""
    from numcheck.quantity import Kind

    quantity = SimpleNamespace(kind=Kind(kind), unit=unit, value=value, text=text)
    return cast(Entry, SimpleNamespace(claim=SimpleNamespace(quantity=quantity)))


@pytest.mark.parametrize(("x", "vx", "y", "vy", "same"), [
    ("71,820", 71820, "71,320", 71320, True),
    ("4,172", 4172, "4,182", 4182, True),
    ("1,200", 1200, "1,300", 1300, False),  # round: two digits before the zeros
    ("38", 38, "39", 39, False),  # two digits: a count that moved
    ("4,172", 4172, "4,712", 4712, False),  # a transposition (transposed.py), two digits
    ("4,172", 4172, "14,172", 14172, False),  # another length
    ("4,172", 4172, "4,172", 4172, False),  # the same figure
])
def test_one_digit(x: str, vx: float, y: str, vy: float, same: bool) -> None:
    from numcheck.checkers.drift.misprint import one_digit

    assert one_digit(_entry(x, vx), _entry(y, vy)) is same


def test_one_digit_needs_one_kind_and_unit() -> None:
    from numcheck.checkers.drift.misprint import one_digit

    assert not one_digit(_entry("4,172", 4172), _entry("4,182", 4182, "money", "GBP"))
