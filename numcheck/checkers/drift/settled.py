"""Whether two days' figures are one fact: one rule, asked of every pair whichever route.

Drift compares two figures told on two days as one day's only when both are one fact
whatever day each article tells it: a past event told as of the event ("was fined
£4.2m", "the contract, worth £1.2m, went to"), a thing's stable property, a state's peak
or a named period's figure told alike, one day both name, one whole of one told part.
That is a property of the two figures and their clauses (their ``Entry``), never of the
route that brought them together. Stated once here, asked by the judge of every pair
(verdicts.judge), whichever route paired it.
"""

from __future__ import annotations

from numcheck.checkers.drift.alignment import Alignment, parties_differ
from numcheck.checkers.drift.entries import Entry
from numcheck.checkers.drift.measured import happened
from numcheck.checkers.drift.stable import CAPACITY
from numcheck.checkers.drift.standing import (
    COUNTED,
    HELD,
    PROPERTY,
    REVISED,
    holders_meet,
    kind,
    rated,
)

__all__ = ["one_fact"]


def one_fact(a: Entry, b: Entry, alignment: Alignment) -> bool:
    """Whether two figures (of two days) are one fact, told on any day: the evidence
    that they are the same thing at the same time, never the absence of evidence that
    they differ. A property's holder (``_one_holder``: no other place and no other name
    said) is evidence of one thing only beside a key: the likeness route, which has
    words alike and no key, asks both figures to be fixed facts instead (meeting._gated;
    letting it ask this rule raised an NC401 outside the gold on development, wave 25)."""
    return (_one_fact(a, b, alignment) or _standing(a, b) or _one_moment(a, b, alignment)
            or _one_whole(a, b, alignment))


def _one_fact(a: Entry, b: Entry, alignment: Alignment) -> bool:
    """Two figures that tell one fact of the story's event, whatever day each article
    tells it: verb frames of the event ("travelling at", "jailed for"), or two figures
    told as past facts (aspect.py) that name no two different days ("the first convoy
    ... on Monday", "a second convoy ... on Wednesday" are two moments), or such a
    fact and a thing's stable property ("was fined £4.2m", "the fine of £3.8m")."""
    if happened(a.claim, alignment) and happened(b.claim, alignment):
        return True
    if a.window != b.window:
        return False  # "last year paid a dividend of 5.8p" and this year's: two periods'
    days = {a.moment, b.moment}
    if a.fixed and b.fixed and None not in (a.verb, b.verb) and a.verb != b.verb:
        return False  # "14 schools were closed", "3 schools had reopened": two facts
    if not (a.fixed and b.fixed) and not (  # a property told in the present on one side
            _timeless(a) and _timeless(b) and _one_holder(a, b)):
        return False
    return None in days or len(days) == 1


def _one_moment(a: Entry, b: Entry, alignment: Alignment) -> bool:
    """Two figures that both name one day as their fact's (``Entry.moment``: "shares
    closed at 412p on Monday", told on Tuesday and again on Thursday): a level of that
    moment, which no later day changes. Not a count counted up (a toll "in Sunday's
    attack" still grows as the wounded die) nor one of a rolling window."""
    if a.moment is None or a.moment != b.moment:
        return False
    return not _moves(a, b, alignment)


def _one_whole(a: Entry, b: Entry, alignment: Alignment) -> bool:
    """Two wholes of one told part ("14 of its 22 wagons", "14 of the train's 24
    wagons": wholes.py): one figure at the part's one time, whichever day each article
    tells it. Not a whole counted up (a toll "of the 120 injured" grows while the part
    stands still), one of a rolling window, or two parts naming two days."""
    if a.of_part is None or a.of_part != b.of_part or a.of_part[1] < alignment.sibling_min:
        return False  # a small part told twice may be chance (wholes.one_whole)
    if a.moment is not None and b.moment is not None and a.moment != b.moment:
        return False
    return not _moves(a, b, alignment)


def _moves(a: Entry, b: Entry, alignment: Alignment) -> bool:
    """Either figure is a count counted up (it grows between days) or one of a rolling
    window ("in the last 24 hours"): told on two days, it may be two figures."""
    return (alignment.grows(a.claim) or alignment.grows(b.claim)
            or alignment.is_rolling(a.window) or alignment.is_rolling(b.window))


def _timeless(entry: Entry) -> bool:
    """A fixed fact of the event ("was fined £4.2m") or a thing's stable property ("the
    fine of £3.8m"): either is one fact whichever day it is told."""
    return entry.fixed or kind(entry.stands) == PROPERTY


def _standing(a: Entry, b: Entry) -> bool:
    """Two figures that stand alike over the story's days (standing.py: both a state's
    peak, both of one named period, both a thing's stable property), over one span,
    that name no two different days: one fact, whichever day each is told. Counts a
    thing holds (``HELD``: no frame says they are its property) only for one party;
    counts no word marks (``COUNTED``: stable.unmarked) only when one claimant gives
    both, or neither names one: nothing in their sentences says they moved, so the
    same source's two figures are one count told two ways."""
    days = {a.moment, b.moment}
    if kind(a.stands) == REVISED:
        return False  # a count told with its corrections still moves over the days
    held = kind(a.stands) in (PROPERTY, HELD, COUNTED, CAPACITY) or rated(a.stands)  # one unit
    if not a.stands or a.window != b.window or (
            kind(a.stands) != kind(b.stands) if held else a.stands != b.stands):
        return False
    if None not in days and len(days) > 1:
        return False
    if held and not _one_holder(a, b):
        return False
    if kind(a.stands) == COUNTED and a.party != b.party:
        return False  # a count no word marks: one source's own, told twice (or no one's)
    return kind(a.stands) not in (HELD, COUNTED) or not _parties_differ(a, b)


def _one_holder(a: Entry, b: Entry) -> bool:
    """Two days' figures of a property can be one thing's: the same place named (or
    none by either: "employs 1,500" is not "employs 1,200 in Dublin"), no two names of
    its holder (standing.holders_meet), and values within
    an order of magnitude (``_SPREAD``: 1,200 and 25,000 staff are two holders, the
    site's and the group's; a wrong figure is a wrong digit or a rounding)."""
    if (a.claim.place or None) != (b.claim.place or None):
        return False
    if not holders_meet(a.stands, b.stands):
        return False  # "Hillcrest Primary has 620 pupils", "Oakfield Primary has 410"
    low = min(a.hard.low, b.hard.low)
    high = max(a.hard.high, b.hard.high)
    return low > 0 and high <= _SPREAD * low


_SPREAD = 10.0  # as the likeness route's [likeness] ratio: one order of magnitude


def _parties_differ(a: Entry, b: Entry) -> bool:
    return parties_differ(a.party, b.party)
