"""Two levels of one measure a comparing word sets side by side, the old one marked by an
older period (checkers/_levels.py ``_period_pair``, _level_forms.py ``older_period``):
"9,800 patients in January, against 8,900 a year earlier, a rise of 15%" states a change
checked as "rose to 9,800 from 8,900" is (NC206). Without the older period, or with the
change of another quantity, the two levels are no change."""

from __future__ import annotations

import pytest
from sentence_rules import rules as _rules


@pytest.mark.parametrize("sentence", [
    "The hospital treated 9,800 patients in A&E in January, against 8,900 a year earlier, "
    "a rise of 15%.",
    "Police recorded 2,340 burglaries in the city last year, compared with 2,600 the year "
    "before, a fall of 20%.",
    "The university enrolled 14,500 students this autumn, against 13,000 last autumn, an "
    "increase of 18%.",
    "The metro carried 640,000 riders a day in May, compared with 590,000 a year earlier, a "
    "rise of 15%.",
])
def test_a_change_the_periods_levels_do_not_bear_out(sentence: str) -> None:
    assert _rules(sentence) == ["NC206"]


@pytest.mark.parametrize("sentence", [
    "The hospital treated 9,800 patients in A&E in January, against 8,900 a year earlier, "
    "a rise of 10%.",
    "Police recorded 2,340 burglaries last year, compared with 2,600 the year before, a "
    "fall of 10%.",
    # the change of another quantity
    "The hospital treated 9,800 patients in January, compared with 8,900 a year earlier, "
    "while waiting times rose 30%.",
    # two levels of two things, a share
    "Boats landed 48,000 tonnes of cod, against 42,000 tonnes of haddock, and cod made up "
    "35% of the catch.",
    "The council will spend £18.4m on roads, compared with £16.3m on parks, with roads "
    "taking 9% of the total budget.",
    # a change in a relative clause of its own ("where", ``[levels] breaks``)
    "Police in the north recorded 2,340 burglaries, compared with 2,600 in the south, "
    "where arrests were up 40%.",
    # no older period: two places
    "The hospital treated 9,800 patients in the north in January, against 8,900 in the "
    "south, a rise of 15%.",
])
def test_no_change_or_one_borne_out(sentence: str) -> None:
    assert _rules(sentence) == []
