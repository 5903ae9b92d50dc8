"""The two-article cases of the verb a figure is told with
(tests/unit/extract/data/event_verbs_dev.toml, read by event_verb_cases.py): every
planted problem but the known misses is filed in one group and found; every look-alike
but the known alarms stays silent. event_verbs_aside.toml, the aside third, is scored
apart (not asserted)."""

from __future__ import annotations

import pytest
from event_verb_cases import check, load, planted_share
from story_cases import Case

DEV = load("event_verbs_dev.toml")

# planted problems still missed, and why: a place named on one side only keeps the
# index from pairing them ("at the Rotherby plant"); "the A52" is no thing the reader
# keys
KNOWN_MISSES = {"were laid off against shed", "widening said twice"}
# look-alikes still alarmed: a verb no event table holds is not part of what a physical
# amount measures, so "maintains 1,150 miles of streets" and "will repave 62 miles of
# streets" are one measure (the action as part of the key split agreeing pairs told with
# the verb on one side only, docs/maintainers/claims.md); an action on one side and a
# state on the other meet by likeness (checkers/drift/meeting.py gates two events only
# when both sides name one). Three such pairs are silent since wave 28 for another
# reason: their figures are ten times apart or more with no slip of one into the other
# ("1,150 miles" and "62 miles"), two figures rather than one told wrong
# (checkers/drift/slips.py)
KNOWN_ALARMS = {"operates and electrifies track", "build and has cycle lanes",
                "cancelled and operated flights", "widen and the motorway's length"}


@pytest.mark.parametrize("case", DEV, ids=[c.name for c, _ in DEV])
def test_case(case: tuple[Case, tuple[str, str]]) -> None:
    check(case, KNOWN_MISSES | KNOWN_ALARMS)


def test_half_the_cases_are_planted() -> None:
    assert 0.3 < planted_share(DEV) < 0.7
