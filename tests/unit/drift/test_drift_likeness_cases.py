"""The cross-document cases of tests/unit/drift/cases/likeness_dev.toml (meet_cases.py):
one figure told by two desks in other words, and the same story's other figures. Every
agreeing look-alike stays silent; the planted problems not met yet are listed with why.
likeness_aside.toml, the aside third, is scored apart (not asserted)."""

from __future__ import annotations

import pytest
from meet_cases import check, load

DEV = load("likeness_dev.toml")

# planted problems not found yet, and why
# "marathon runners finished" and "operating level vs operating profit" are found since
# slip35: their figures' digits are swapped in place (drift/slipped.py)
KNOWN_MISSES = {
    # the two heads share no lexicon word (fine / penalty, visits / people, cyclists /
    # bikes, turnout / voters, runners / people, jobs / workers named as a change)
    "fine for the water company", "library visitors a year", "cyclists counted on the bridge",
    "turnout at the by-election", "jobs to go at the plant",
    # a sum or a share with no head the claim reader names ("made £212 million at the
    # operating level", "shares fell 12%"; a price paid meets by its clause now)
    "cocaine seized street value", "grant awarded to the museum", "share price fall",
    # the gates keep them apart: one names its place and the other none ("on Hollin
    # Moor", "of Hollin Moor"), two parties named, two lexicon things the key route
    # keys apart, or a pair the judge does not compare
    "trees felled for the road", "power outage customers vs properties",
    "evacuees in rest centres", "prisoners released early", "patients waiting in corridors",
    "sheep killed by dogs",
}


@pytest.mark.parametrize("case", DEV, ids=[c.name for c in DEV])
def test_case(case: object) -> None:
    from meet_cases import Case

    assert isinstance(case, Case)
    check(case, KNOWN_MISSES)
