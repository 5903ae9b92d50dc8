"""The two-article cases of a clause's verb shared by its counts
(tests/unit/extract/data/shared_verbs_dev.toml, extract/shared.py): every planted
problem but the known misses is filed in one group and found; every look-alike but the
known alarms stays silent. shared_verbs_aside.toml, the aside third, is scored apart
(not asserted)."""

from __future__ import annotations

import pytest
from event_verb_cases import check, load, planted_share
from story_cases import Case

DEV = load("shared_verbs_dev.toml")

# planted problems still missed, and why: a place named on one side only keeps the index
# from pairing them ("in the Lower Quarter"); a conjunct with a phrase of its own after
# its noun ("240 flights to Spain and 86 flights to Italy") is no bare conjunct
KNOWN_MISSES = {"homes in a subject list", "object list of flights"}
# look-alikes still alarmed: a verb the tables do not hold as one measure ("employs" /
# "laid off" of one plant, "treated" / "remain in hospital": no stage of this rule); the
# conjuncts of one kind of thing as parts of a total another article gives ("40 workers
# and 12 managers" / "52 staff"): each conjunct is told as its own count
KNOWN_ALARMS = {"employed then laid off", "list then a verb of state",
                "list sum against its total"}


@pytest.mark.parametrize("case", DEV, ids=[c.name for c, _ in DEV])
def test_case(case: tuple[Case, tuple[str, str]]) -> None:
    check(case, KNOWN_MISSES | KNOWN_ALARMS)


def test_half_the_cases_are_planted() -> None:
    assert 0.3 < planted_share(DEV) < 0.7
