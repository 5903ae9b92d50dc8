"""Two articles' distances to one named place (extract/distances.py) are a standing
property (standing.stands): told differently on two days they contradict; converted,
of two places, of a moving storm or of a route they do not."""

from __future__ import annotations

import pytest
from drift_helpers import drift_rules


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # the writers' copy (quennick, sarnholm) and our own, told on two days
        ("Sarvane, 65 km to the south, has opened two more reception centres.",
         "Most walked towards Sarvane, the capital, 40 km to the south.", True),
        ("Staff will be offered posts at the plant in Kelvedge, 35 miles up the coast.",
         "Offered a transfer to Kelvedge, 50 miles away: 190", True),
        ("Evacuees were taken by bus to Marrow Bay, 80 kilometres inland.",
         "Shelters have opened in Marrow Bay, 50 km inland, the agency said.", True),
        ("The injured were flown to the hospital in Ashgrove, 25 miles away.",
         "Patients face a long drive to Ashgrove, 40 miles down the road.", True),
        # consistent: one distance converted, two places, a moving storm, a route
        ("Families fled to Sarvane, 40 km to the south.",
         "Sarvane, about 25 miles south, has opened two reception centres.", False),
        ("Staff will be offered posts in Kelvedge, 35 miles up the coast.",
         "The 190 staff offered a move to Kelvedge, some 56 km away, are few.", False),
        ("Storm Hera, 200 miles off the coast, is expected on Saturday.",
         "Storm Hera, now 80 miles away, brought gusts to the islands.", False),
        ("Patients from Kelby must travel to Brenford, 50 miles by road, for scans.",
         "The nearest scanner is at Brenford, 35 miles away as the crow flies.", False),
        ("The aid convoy, 40 km from Tarsk, was stopped at a checkpoint.",
         "The aid convoy reached Tarsk, 40 km to the east, on Tuesday.", False),
    ],
)
def test_two_days_distances_of_one_place(a: str, b: str, found: bool) -> None:
    rules = [r for r in drift_rules(a, b, "2026-06-01", "2026-06-03") if r in ("NC401", "NC402")]
    assert bool(rules) is found
