"""The same number in another unit between two articles of one story
(numcheck/checkers/drift/swaps.py): the number is its own evidence that both are one
figure, even when neither says what it measures; short or round numbers, agreeing
conversions and articles that give the number in both units stay silent."""

from __future__ import annotations

import pytest
from drift_helpers import drift_rules


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # energy desk: kilometres kept as miles
        ("The wind farm, 130 km off the east coast, sent its first power on Monday.",
         "The project is being built 130 miles offshore."),
        # crime desk: sterling kept as euros
        ("Police seized cocaine worth an estimated £96 million.",
         "Officers seized 1,200 kilos of the drug worth €96 million."),
        # sport desk: dollars kept as pounds. Known loss (wave 25): "the fine, $250,000,"
        # names the fine (extract/bearers.py), and a named figure no longer meets an
        # unnamed one by its number; letting it meet one raised NC401s outside the gold
        # of two held-out batches, so the swap route stays between unnamed figures.
        pytest.param("The fine, $250,000, was paid on Friday.",
                     "The club paid £250,000 on Friday.",
                     marks=pytest.mark.xfail(strict=True, reason="named meets unnamed")),
        # farming desk: months kept as weeks (the same known loss: "the dry spell, now
        # 18 weeks old" names the spell)
        pytest.param("The drought has lasted 18 months, farmers said.",
                     "Farmers say the dry spell, now 18 weeks old, has ruined the harvest.",
                     marks=pytest.mark.xfail(strict=True, reason="named meets unnamed")),
        # the same swap with both figures unnamed is still found
        ("The club paid $250,000 on Friday, its owner said.", "The club paid £250,000 on Friday."),
    ],
)
def test_one_number_in_another_unit_contradicts(a: str, b: str) -> None:
    assert drift_rules(a, b) == ["NC401"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a one-digit number coincides too easily
        ("The walk is 5 km long.", "The road is closed for 5 miles."),
        # the same unit, the same figure
        ("Police seized cocaine worth £96 million.", "The haul was worth £96 million."),
        # an article that gives the number in the other unit too: a conversion, not a swap
        ("The wind farm, 130 km (81 miles) off the coast, opened.",
         "The farm lies 130 km offshore."),
        # the number twice in one kind in one article: which one is meant is a guess
        ("The tower rose 96 metres above the square, and its spire 96 feet above the roof.",
         "The bridge spans 96 feet."),
        # converted figures that agree
        ("The wind farm lies 130 km off the coast.", "The wind farm lies 81 miles offshore."),
    ],
)
def test_coincidences_and_conversions_stay_silent(a: str, b: str) -> None:
    assert drift_rules(a, b) == []
