"""The standing-figure cases of tests/unit/drift/cases/standing_dev.toml (pair_cases.py):
every planted problem but the known misses below is paired by the claim index and
found; every look-alike but the known alarms stays silent. standing_aside.toml, the
aside slice, is scored apart (not asserted)."""

from __future__ import annotations

import pytest
from key_cases import assert_right, planted_share
from pair_cases import KeyCase, load, right

DEV = load("standing_dev.toml")

# Standing measures (a bridge's length, a budget, a council's seats, a fine) and verbs
# ("employs 1,450 drivers") read as one fact over a story's days found these, but each
# route raised one NC401 outside the gold on a blind batch and moved no blind family
# (branch state13-facts; docs/maintainers/claims.md): left out, so their figures told on
# two days stay a level on two days. Also missed before the judge: a year in one
# descriptor ("when it opens in 2028"); "covers 42 hectares of farmland" keyed by its
# "of" noun; "in 2025" read as no window; "its runway, 2,300 metres long" naming no
# measure; jobs cut (an event whose count is a day's level, measures.toml [cumulative]).
KNOWN_MISSES = {
    "stadium capacity told twice",
    "tunnel length on two days",
    "quarterly revenue named by both on two days",
    "site area told on two days",
    "fine told on two days",
    "job cuts announced, retold two days later",
}
# look-alikes still alarmed (before this mechanism too): "cancelled 140 flights" and
# "60 flights were cancelled on Tuesday"
KNOWN_ALARMS = {"flights cancelled on two days"}


@pytest.mark.parametrize("case", DEV, ids=[c.name for c in DEV])
def test_case(case: KeyCase) -> None:
    assert_right(case, right, KNOWN_MISSES | KNOWN_ALARMS)


def test_about_half_the_cases_are_look_alikes() -> None:
    assert 0.3 < planted_share(DEV) < 0.7
