"""Two articles telling one subject's level with a level verb ([grammar] level_verbs):
a contradiction is raised; other subjects, places or years told with the same verb stay
silent (wave 23, align23)."""

from __future__ import annotations

import pytest
from drift_helpers import drift_rules


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The club's wage bill amounts to £96m a year, the accounts show.",
         "According to its accounts, the club's wage bill amounts to £69m a year."),
        ("The funding shortfall for the tram works out at £38 per household.",
         "The funding shortfall for the tram works out at £83 per household."),
        ("The new Helix processor clocks in at 3.2GHz, the company said.",
         "The Helix processor clocks in at 2.3GHz, its maker said."),
    ],
)
def test_one_subject_two_levels_is_a_contradiction(a: str, b: str) -> None:
    assert "NC401" in drift_rules(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Rainfall totalled 40mm in Leeds on Tuesday.",
         "Rainfall totalled 85mm in Keswick on Tuesday."),
        ("Sales of the Aria ran to 40,000 units in 2025, up from 32,000 in 2024.",
         "The Aria's sales ran to 32,000 units in 2024, the maker said."),
        ("Hip operations account for 12% of the list, which came to 40,000.",
         "The waiting list came to 40,000, the trust said."),
        ("The Helix processor clocks in at 3.2GHz, the company said.",
         "Its rival, the Corvid chip, clocks in at 2.8GHz."),
    ],
)
def test_look_alikes_stay_silent(a: str, b: str) -> None:
    assert not [r for r in drift_rules(a, b) if r in ("NC401", "NC402", "NC403")]
