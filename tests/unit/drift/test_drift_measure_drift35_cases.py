"""The measure-drift cases of tests/unit/drift/cases/measure_drift35_dev.toml
(meet_cases.py's format): one figure told under a part-measure in one article and the
whole (or a neighbouring) measure in another, across twelve desks; look-alikes (a
synonym, a part told as a part, two facts of two days) stay silent. The aside
(measure_drift35_aside.toml) was written before tuning and scored once at the end."""

from __future__ import annotations

import pytest
from meet_cases import Case, check, load

DEV = load("measure_drift35_dev.toml")
ASIDE = load("measure_drift35_aside.toml")
# the mechanism's own cases: the confirmed and the suspected summed and told as the
# confirmed (retold.py ``_sum``, either side narrowed), "confirmed cases" grouped with
# "cases"; each realisation fails on main
SUMS = load("measure_drift35_sums.toml")
KNOWN: frozenset[str] = frozenset({
    # still missed, see docs "57.N": the confirmed part of all recorded cases, when the
    # retelling says "confirmed" of the whole; one unit's sales told as group revenue
    "health: recorded cases told as confirmed",
    "business: unit sales told as group revenue",
    # aside: intercepted at sea told as brought ashore (no relation of the two measures)
    "migration: intercepted told as brought ashore",
    # a false alarm left alone: 12 arrested on Saturday and "12 now charged" on Tuesday
    "look-alike crime: one number, two days, two measures",
    # held by the lead on the gates: grouping "confirmed cases" with "cases" and reading a
    # whole from two joined words (", confirmed and suspected,") each raised a false alarm
    # on held-out copy; without them these three are missed again
    "health: confirmed and probable told as confirmed",
    "health: confirmed and further suspected cases told as confirmed",
    "health: confirmed told as confirmed and suspected",
})
CASES = DEV + ASIDE + SUMS  # the aside scored once, at the end: 4/5 before and after


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case: Case) -> None:
    check(case, KNOWN)
