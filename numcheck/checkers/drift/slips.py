"""A contradiction between two sources (NC401) whose figures stand ten times apart or
more by no slip of the pen is two figures, not one told two ways (checkers/_slips.py):
"340 dead" across the province on Monday and "27 dead" in one town on Tuesday, a day's
"9 arrested" and the running "140 arrested". "62" against "6", or "12" against "160", is
one slip away and still judged. The drift judge paired them by key; this withdraws the
verdict, as margins.py withdraws a margin's."""

from __future__ import annotations

from numcheck.checkers._slips import far_apart
from numcheck.checkers.drift.verdicts import Verdict

__all__ = ["two_figures"]


def two_figures(verdict: Verdict | None) -> bool:
    """Whether ``verdict`` is a contradiction of two figures ``far_apart``."""
    return (verdict is not None and verdict.rule == "NC401"
            and far_apart(verdict.primary.claim.quantity, verdict.other.claim.quantity))
