"""Properties of the verdicts: order-independent, and agreeing figures are never flagged."""

from __future__ import annotations

from drift_helpers import claim
from hypothesis import given, settings
from hypothesis import strategies as st

from numcheck.checkers.drift import judge
from numcheck.checkers.drift.align import Alignment, ClaimIndex, Pair, Relation
from numcheck.interval import Interval

ALIGN = Alignment.from_lexicon()
PARTIES = st.sampled_from([None, "Russia", "the Kremlin", "Ukraine", "the United Nations"])
DATES = st.sampled_from([None, "2022-03-03", "2022-03-10"])


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    low = draw(st.integers(0, 5000))
    width = draw(st.integers(0, 2000))
    return Interval.closed(float(low), float(low + width))


@settings(max_examples=200, deadline=None)
@given(intervals(), intervals(), intervals(), intervals(), PARTIES, PARTIES, DATES, DATES)
def test_verdict_does_not_depend_on_pair_order(
    hard_a: Interval,
    hard_b: Interval,
    soft_a: Interval,
    soft_b: Interval,
    party_a: str | None,
    party_b: str | None,
    date_a: str | None,
    date_b: str | None,
) -> None:
    a = claim("a.txt", "x", hard_a, soft_a, claimant=party_a, date=date_a, text="x")
    b = claim("b.txt", "x", hard_b, soft_b, claimant=party_b, date=date_b, text="x")
    index = ClaimIndex([a, b], ALIGN)
    [ea, eb] = [e for windows in index.blocks.values() for es in windows.values() for e in es]
    one = judge(Pair(ea, eb, Relation.SAME), ALIGN)
    two = judge(Pair(eb, ea, Relation.SAME), ALIGN)
    assert (one and (one.rule, one.primary.claim.path)) == (
        two and (two.rule, two.primary.claim.path)
    )
    if hard_a.intersects(hard_b) and soft_a.intersects(soft_b):
        assert one is None  # figures that agree in every reading are never reported
