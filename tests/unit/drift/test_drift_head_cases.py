"""The one-head cases of tests/unit/drift/cases/heads_dev.toml (pair_cases.py): two
articles each give one figure of one measured head told with other words (an unknown
verb, or none on one side). Planted: one quantity, values apart; look-alikes: two
quantities of the noun, agreeing values, two years or places. The words do not tell
one from the other: these cases measure what the key route's descriptor rule
(measured.fits) and the likeness route (meeting.py) make of them.
heads_aside.toml, the aside slice, is scored apart (not asserted)."""

from __future__ import annotations

import pytest
from key_cases import assert_right, planted_share
from pair_cases import KeyCase, load, right

DEV = load("heads_dev.toml")

# planted problems not paired: two verbs the lexicon knows neither of, keyed apart or
# not alike enough to meet (docs/maintainers/claims.md, "descriptors that conflict"; a
# head told once by each article was tried as evidence and left out: "a count told with
# a phrasal verb is no change")
KNOWN_MISSES = {
    "lifeboats launched told as taking part",
    "firefighters battling told as at the fire",
    "boats sunk told as gone down",
    "laptops taken told as stolen",
    # a phrasal count against a count of another verb: the likeness route keeps two
    # verbs apart when one is a phrasal verb's (meeting._verbed), and the key route's
    # words do not fit
    "tickets sold told as snapped up",
}
# look-alikes alarmed: the likeness route lets any two verbs meet when the rest of two
# short sentences is alike
KNOWN_ALARMS = {
    "bridges destroyed against bridges inspected",
    "beds against beds occupied",
    "wagons hauled against wagons derailed",
    "applications received against approved",
    "jets ordered against jets delivered",
    "homes flooded against homes evacuated",
}


@pytest.mark.parametrize("case", DEV, ids=[c.name for c in DEV])
def test_case(case: KeyCase) -> None:
    assert_right(case, right, KNOWN_MISSES | KNOWN_ALARMS)


def test_about_half_the_cases_are_look_alikes() -> None:
    assert 0.3 < planted_share(DEV) < 0.7
