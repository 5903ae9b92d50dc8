"""The phrasal-verb cases of tests/unit/drift/cases/particles_dev.toml (pair_cases.py):
a count told with a phrasal verb whose particle stands before it ("rounded up 40
protesters") meets the same count told in the passive and is found when the values
differ; a real change of a count, another quantity of the noun and agreeing values stay
silent. particles_aside.toml, the aside slice, is scored apart (not asserted)."""

from __future__ import annotations

import pytest
from key_cases import assert_right, planted_share
from pair_cases import KeyCase, load, right

DEV = load("particles_dev.toml")

# planted problems not paired: the two tellings are keyed apart ("the 130 trees cut down"
# keys the event cut, "cut down 300 trees" reads no verb: extract/measure.py), or the
# active telling reads no verb but its particle ("pulled down 18 tower blocks": {tower,
# down}) and the other no particle ({pulled, tower}), so neither says all of the other
KNOWN_MISSES = {"trees cut down told in a relative clause", "tower blocks pulled down"}
# look-alikes still alarmed: none ("A further 2,000 reservists will be called up" is an
# addition, which drift files under no block: aspect.added)
KNOWN_ALARMS: set[str] = set()


@pytest.mark.parametrize("case", DEV, ids=[c.name for c in DEV])
def test_case(case: KeyCase) -> None:
    assert_right(case, right, KNOWN_MISSES | KNOWN_ALARMS)


def test_about_half_the_cases_are_look_alikes() -> None:
    assert 0.3 < planted_share(DEV) < 0.7
