"""The story-set cases of tests/unit/drift/cases/stories_dev.toml (meet_cases.py): two
articles of one story, each naming a place of its own, or of two stories of one day.
Every look-alike stays silent; every planted problem but the known misses below is
found. stories_aside.toml, the aside slice, is scored apart (not asserted)."""

from __future__ import annotations

import pytest
from meet_cases import Case, check, load

DEV = load("stories_dev.toml")

# planted problems not found yet, and why: the two articles now share a story set but
# each figure names its own place ("near Brest", "in Finistere"; "the Dravo Coal pit",
# "its shaft in Ruda"), and a figure of one place is never the figure of another (a
# town's toll is a part of the region's: keys.block_key keeps places apart); a bare
# count ("46,000 loaves") meets another only when their descriptors share a word
# (measured.fits); "Teachers Alliance organisers" opens with a longer run than the name
# the other article gives; "Harlan County deputies" with a shorter one. "protest arrests,
# force opens sentences" is found since slip35 (its digits are swapped: drift/slipped.py)
KNOWN_MISSES = {
    "storm evacuations, agency opens sentences",
    "mine toll, company name at sentence start",
    "strike turnout, union opens sentences",
    "bakery recall, brand opens sentences",
    "airline cancellations, carrier opens sentences",
    "hospital admissions, trust opens sentences",
    "wildfire evacuees, sheriff office opens",
    "pipeline outage homes, operator opens",
}


@pytest.mark.parametrize("case", DEV, ids=[c.name for c in DEV])
def test_case(case: Case) -> None:
    check(case, KNOWN_MISSES)


def test_about_half_the_cases_are_planted() -> None:
    planted = sum(1 for c in DEV if c.expect)
    assert 0.3 < planted / len(DEV) < 0.7
