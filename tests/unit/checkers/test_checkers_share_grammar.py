"""NC203 from the share grammar (numcheck/checkers/_share_grammar.py, ``[share_grammar]``
in checkers.toml, wave 20): a share inside a partitive ("won 8,912, or 41%, of the
25,300 votes"), a change or a new level that is the share of a base ("lost £40m, 12% of
its £330m income"), a share set off after its count's clause ("left 84,000 homes without
power ..., roughly one in three of the 410,000 properties"), a share restated by a
partitive after it ("Some 41% of respondents: 8,912 of the 25,300 surveyed"). Each
wrong figure is found, its right twin is quiet, and the look-alikes (a change, another
thing, another group) stay quiet; a wrong pattern is refused when the lexicon is read."""

from __future__ import annotations

import pytest

from numcheck.checkers import shares
from numcheck.checkers._kinds import Kinds
from numcheck.checkers._share_grammar import Pattern, ShareGrammar
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [shares]).codes()


# (wrong, right)
REALISATIONS = {
    "a share inside a partitive, commas": (
        "Petra Holm won 8,912, or 41%, of the 25,300 valid votes in Marsh Central.",
        "Petra Holm won 8,912, or 35%, of the 25,300 valid votes in Marsh Central.",
    ),
    "a share inside a partitive, brackets": (
        "Holm took 8,912 (41%) of the 25,300 votes cast.",
        "Holm took 8,912 (35%) of the 25,300 votes cast.",
    ),
    "a loss as a share of its base": (
        "The fund lost £40m, 20% of its £330m annual income.",
        "The fund lost £40m, 12% of its £330m annual income.",
    ),
    "a new level as a share of a base": (
        "Spending on repairs climbed to £4.2m, a third of its £18m budget.",
        "Spending on repairs climbed to £4.2m, nearly a quarter of its £18m budget.",
    ),
    "a share after the count's clause": (
        "Storm Kara left 84,000 homes without power across the region on Saturday, "
        "roughly one in three of the 410,000 properties on the network.",
        "Storm Kara left 84,000 homes without power across the region on Saturday, "
        "roughly one in five of the 410,000 properties on the network.",
    ),
    "a share restated by a partitive after a colon": (
        "Some 41% of respondents: 8,912 of the 25,300 surveyed, said yes.",
        "Some 35% of respondents: 8,912 of the 25,300 surveyed, said yes.",
    ),
    "a share restated by a partitive after a comma": (
        "About 45%, 7,600 of the 21,700 patients, waited more than four hours.",
        "About 35%, 7,600 of the 21,700 patients, waited more than four hours.",
    ),
    "a turnout restated by 'out of'": (
        "Labour held the ward on a turnout of 24%, or 2,140 out of the 11,900 registered.",
        "Labour held the ward on a turnout of 18%, or 2,140 out of the 11,900 registered.",
    ),
}


@pytest.mark.parametrize("name", list(REALISATIONS))
def test_a_realisation_of_the_grammar(name: str) -> None:
    wrong, right = REALISATIONS[name]
    assert codes(wrong) == ["NC203"]
    assert codes(right) == []


@pytest.mark.parametrize(
    "text",
    [
        # a change with its percentage change, no base after "of"
        "Revenue rose by £40m, or 12%, to £373m.",
        # the share's clause counts another thing than the count's
        "Storm Kara left 84,000 homes without power across the region on Saturday, "
        "roughly one in three of the 410,000 customers of Westgrid.",
        # a share of a subgroup set off after a count of the whole
        "The ferry carried 2,400 passengers, 1,300 of them British. About 30% of the "
        "Britons, some 390, were children.",
        # a share of one group, then a partitive of another after a clause
        "Some 64% of voters backed the plan: 1,200 of the 2,000 in the north and 700 "
        "in the south.",
        # an old level is no share of a base of today
        "Spending fell from £4.2m, a third of the £18m budget, to £3m.",
    ],
)
def test_look_alikes_stay_quiet(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(
    "raw",
    [
        {"order": "CSX", "gaps": ["mark", "of"], "count": "alike"},
        {"order": "CSB", "gaps": ["mark"], "count": "alike"},
        {"order": "CSB", "gaps": ["mark", "comma"], "count": "alike"},
        {"order": "CSB", "gaps": ["mark", "close_of"], "count": "alike"},
        {"order": "CSB", "gaps": ["open", "close_of"], "count": "any"},
        {"order": "CSB", "gaps": ["open", "close_of"], "count": "alike", "note": "x"},
    ],
)
def test_a_wrong_pattern_is_refused(raw: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="share_grammar"):
        Pattern.of(raw)


def test_wrong_pairs_are_refused() -> None:
    kinds = Kinds({}, {}, str)
    with pytest.raises(ValueError, match="pairs"):
        ShareGrammar({"share_grammar": {"pairs": {"(": ""}}}, kinds)
