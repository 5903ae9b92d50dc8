"""The verdict an aligned pair of drift claims deserves (NC401-NC405), or none."""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

from numcheck.checkers.drift.align import (
    Entry,
    Pair,
    Relation,
    days_apart,
    parties_differ,
    unit_swap,
)
from numcheck.checkers.drift.alignment import Alignment
from numcheck.checkers.drift.aspect import EARLIER, RECURRING, AspectWords
from numcheck.checkers.drift.misprint import one_digit
from numcheck.checkers.drift.narrow import told_apart
from numcheck.checkers.drift.periods import other_period, past_period
from numcheck.checkers.drift.projected import apart as expected_apart
from numcheck.checkers.drift.remainder import ONSET, REST
from numcheck.checkers.drift.settled import one_fact
from numcheck.checkers.drift.standing import told_corrected
from numcheck.checkers.drift.transposed import one_moment_apart, transposed
from numcheck.checkers.holders import apart as held_apart
from numcheck.claims import Claim
from numcheck.interval import INF, Interval
from numcheck.quantity import Bound, Kind

__all__ = ["FELL", "NARROWED", "RETOLD", "TRANSPOSED", "UNIT_SWAP", "Verdict", "judge",
           "odd_one_out"]

FELL = "a cumulative figure fell"  # NC401 reasons, worded by messages.py
UNIT_SWAP = "the same number in another unit"
TRANSPOSED = "the same digits in another order"  # NC401 of transposed.py's one figure
NARROWED = "narrowed"  # NC403: "14 seriously injured" and "14 slightly injured"
RETOLD = "retold"  # NC403: one source's figure is the other's for a neighbouring measure

_BELOW = frozenset({Bound.BELOW, Bound.LT, Bound.LE})
_ABOVE = frozenset({Bound.ABOVE, Bound.GT, Bound.GE})


class Verdict(NamedTuple):
    rule: str
    primary: Entry
    other: Entry
    reason: str = ""
    whole: Entry | None = None  # for measure drift: the composite (casualties) side
    echo: Claim | None = None  # retold: the other source's figure for the neighbouring measure
    owner: Claim | None = None  # retold: the other source's own figure for this measure


def judge(pair: Pair, alignment: Alignment, stale_days: int = 1) -> Verdict | None:
    """The one verdict a pair deserves, or None when the figures agree.

    Different parties that disagree are disputed whatever the dates. Across days (at
    least ``stale_days`` apart) only cumulative events are compared, and not in a
    rolling window ("last 24 hours"); then, for one party (or an unnamed one), a
    lower older figure is stale and a lower newer figure is a contradiction.
    """
    if pair.relation is Relation.COMPOSITE:
        return _judge_composite(pair.first, pair.second)
    if pair.relation is Relation.SIBLING:
        return _judge_siblings(pair.first, pair.second, alignment.sibling_min)
    a, b = pair.first, pair.second
    if unit_swap(a, b):
        return Verdict("NC401", *_primary(a, b), reason=UNIT_SWAP)
    apart_words = told_apart(a.narrow, b.narrow, alignment.descriptor_siblings,
                             alignment.unmarked)
    if apart_words is not None:  # "seriously injured" and "injured" (narrow.py)
        same = _judge_siblings(a, b, alignment.sibling_min) if apart_words else None
        return Verdict("NC403", same.primary, same.other, reason=NARROWED) if same else None
    if held_apart(a.holders, b.holders):
        return None  # "Lee Ash was fined £1,200", "Carl Moss was fined £800": two holders
    if expected_apart(a.told_as, b.told_as):
        return None  # "analysts had expected £52m" and "made £47m": a forecast, an outcome
    if pair.met and _spans_apart(a, b):
        return None  # "£38m the year before" and "£47m": two periods, met by likeness only
    apart = days_apart(a.date, b.date)
    garbled = apart is not None and _garbled(a, b, alignment)  # one figure, digits swapped
    if apart is not None and (one_fact(a, b, alignment) or garbled):
        apart = None  # one event's fact, told on two days: "entered the curve at 43 mph"
    if apart is not None and apart >= stale_days:
        if not alignment.grows(a.claim) or alignment.is_rolling(a.window):
            return None  # a level, or a rolling window, on another day is another fact
        if a.moment is not None and b.moment is not None and a.moment != b.moment:
            return None  # "14 arrested on Saturday", "9 arrested on Tuesday": two days' tallies
        if _parties_differ(a, b):
            return Verdict("NC404", *_primary(a, b)) if _apart(a, b) else None
        old, new = sorted((a, b), key=lambda e: e.order)
        if not _disagree(old, new) or _whole_of(old, new) or _whole_of(new, old):
            return None  # agreeing, or one is the plan the other's running count is "of"
        if _two_windows(a, b):
            return None  # a closed period's count and a running total since an onset
        if _below(new.hard, old.hard):
            if told_corrected(new.stands, old.claim.quantity.value):
                return None  # "police first gave the toll as 11 before correcting it"
            return Verdict("NC401", *_primary(new, old), reason=FELL)
        if _below(old.hard, new.hard) or _below(old.soft, new.soft):
            primary, other = (new, old) if old.reference else (old, new)
            return Verdict("NC405", primary, other)
        return None
    if _parties_differ(a, b):
        return Verdict("NC404", *_primary(a, b)) if _apart(a, b) else None
    if a.claim.quantity.unit != b.claim.quantity.unit and _converted(a, b):
        return None  # "35 hectares" and "the 86-acre site": one figure, rounded on conversion
    if _rounded(a, b):
        return None  # "fell 6 percent" and "fell 6.2%": one figure, rounded
    if _remainder(a, b) or _remainder(b, a):
        return None  # "20,000 still without power" beside "150,000 lost power": a part of it
    if not a.hard.intersects(b.hard):
        return Verdict("NC401", *_primary(a, b),
                       reason=TRANSPOSED if garbled and transposed(a, b) else "")
    if a.claim.quantity.unit != b.claim.quantity.unit:
        return None  # a converted figure is rounded by whoever converted it: hard bounds only
    if not a.soft.intersects(b.soft):
        return Verdict("NC402", *_primary(a, b), reason="their usual readings do not overlap")
    if _opposite_hedges(a, b):
        return Verdict("NC402", *_primary(a, b), reason="the hedges point opposite ways")
    return None


def _spans_apart(a: Entry, b: Entry) -> bool:
    """Two figures whose spans are both said and differ: one an earlier or a recurring
    span (aspect.of_earlier: "the year before", "each year") or a past year (periods.py),
    the other another span, or the story's own said in words ("this year", "now":
    aspect.told_now). The likeness route meets a figure that names a span with one that
    names none (one source leaves the year out); it does not meet two spans both said."""
    return a.window != b.window and any(
        (one.window in (EARLIER, RECURRING) or past_period(one.window))
        and (other.window is not None or other.now) for one, other in ((a, b), (b, a)))


def _remainder(rest: Entry, onset: Entry) -> bool:
    """Whether ``rest`` tells what still holds of a state that can fall and ``onset`` the
    state's reach on the same day, told as entered and no smaller (remainder.py): a part
    and its whole."""
    return (rest.remains == REST and onset.remains == ONSET
            and rest.hard.low <= onset.hard.high)


def odd_one_out(verdicts: list[Verdict]) -> list[Verdict]:
    """A figure whose digits two other sources give in another order, or with one digit
    otherwise (``_slipped`` against each of them), is the one garbled: its verdicts sit on
    it, so one finding names both sources (messages.findings_from: one finding per claim
    and rule), not one on each of the two figures told right."""
    partners: dict[tuple[str, int], set[tuple[str, int]]] = defaultdict(set)
    for v in verdicts:
        if _slipped(v):
            partners[_spot(v.primary)].add(_spot(v.other))
            partners[_spot(v.other)].add(_spot(v.primary))
    out = []
    for v in verdicts:
        if _slipped(v) and len(partners[_spot(v.other)]) > 1 \
                and len(partners[_spot(v.primary)]) == 1 and not v.other.reference:
            v = Verdict(v.rule, v.other, v.primary, v.reason)
        out.append(v)
    return out


def _slipped(v: Verdict) -> bool:
    """An NC401 between a figure and its copy with its digits in another order or one
    digit otherwise (transposed.py, misprint.py)."""
    return v.reason == TRANSPOSED or (v.rule == "NC401" and not v.reason
                                      and one_digit(v.primary, v.other))


def _spot(entry: Entry) -> tuple[str, int]:
    return entry.claim.location.path, entry.claim.location.start


def _garbled(a: Entry, b: Entry, alignment: Alignment) -> bool:
    """One claimant's figure of a level told on two days with its digits in another
    order (transposed.py): one figure, one of them copied wrong; not an event's count
    (the lexicon's situations move: without power, in shelters, missing), a level's
    measure ("closed at 412p"), a rolling window, or two figures naming two days."""
    if a.claim.key.event is not None or b.claim.key.event is not None:
        return False
    levels = AspectWords.from_lexicon().levels
    for entry in (a, b):
        said = [w.lower() for m in entry.claim.measure for w in m.split()]
        if (set(said) | alignment.content(said)) & levels:
            return False  # "closed at 412p", "the river stood at 4.2 metres": a level
    if alignment.grows(a.claim) or alignment.grows(b.claim):
        return False  # a count counted up: its rise is news, its fall is judged already
    if any(alignment.is_rolling(e.window) or alignment.is_rolling(alignment.window(
            e.claim.window)) for e in (a, b)):
        return False  # "in the last 24 hours": the index's window may be the story's span
    if one_moment_apart(a, b) or _parties_differ(a, b):
        return False
    return transposed(a, b) or one_digit(a, b)


def _two_windows(a: Entry, b: Entry) -> bool:
    """One figure a running total since an onset (its window "since ..."), the other a
    closed period's count ("over the weekend", "last week"): two windows of one measure,
    neither a level nor a part of the other."""
    return any(_onset(x) and y.period for x, y in ((a, b), (b, a)))


def _onset(entry: Entry) -> bool:
    return (entry.claim.window or "").startswith("since ")


def _whole_of(count: Entry, whole: Entry) -> bool:
    """Whether ``whole`` gives the size of the whole ``count`` is told "of" ("200 of the
    600 covered by the deal" against "600 prisoners will be freed"): a plan's or a
    population's size and a running count are two measures, not two days' levels."""
    size = count.of_whole
    if size is None or None is not count.claim.quantity.unit or whole.claim.quantity.unit:
        return False  # counts only: bounds of a converted amount are in the block's unit
    return whole.hard.contains(size) and not count.hard.contains(size)


def _judge_composite(part: Entry, whole: Entry) -> Verdict | None:
    """A whole smaller than its part, or the same figure read as both (NC403). A whole
    told on an earlier day than its part may be smaller: the part has grown since."""
    if _two_windows(part, whole):
        return None  # "380 treated over the weekend", "600 in hospital since it began"
    at_least_part = Interval(part.hard.low, INF, part.hard.low_closed, False)
    if not whole.hard.intersects(at_least_part):
        if _earlier(whole, part):
            return None  # "31 casualties" on Monday, "40 killed" by Thursday
        return Verdict("NC403", *_primary(part, whole), reason="fewer", whole=whole)
    if whole.hard.intersects(part.hard) and whole.soft.intersects(part.soft):
        # the same figure read both ways; "at least 40 killed" is not "about" 319
        # casualties: its words allow 319, its usual reading does not
        return Verdict("NC403", *_primary(part, whole), reason="same", whole=whole)
    return None


def _earlier(a: Entry, b: Entry) -> bool:
    """Whether ``a`` is told on an earlier day than ``b``."""
    return a.date is not None and b.date is not None and a.date < b.date


def _judge_siblings(a: Entry, b: Entry, least: float) -> Verdict | None:
    """The same figure given for two neighbouring measures ("148 arrests", "148 people
    charged"), whatever the days: one source retold the other's figure as the wrong
    measure. Figures below ``least`` coincide too easily to say so."""
    qa, qb = a.claim.quantity, b.claim.quantity
    va, vb = qa.value, qb.value
    if va is None or va != vb or not a.hard.intersects(b.hard):
        return None
    if va < least and Kind.COUNT in (qa.kind, qb.kind):
        return None  # small counts coincide; "4.9%" core and headline do not
    if other_period(a.claim, b.claim):
        return None  # "The 2011 earthquake killed 85" against "85 injured this week"
    ta, tb = a.claim.key.thing, b.claim.key.thing
    if None not in (ta, tb) and ta != tb and None in (a.claim.key.event, b.claim.key.event):
        return Verdict("NC403", *_primary(a, b), reason="sibling thing")  # customers, people
    if a.claim.key.event is None and a.claim.measure and b.claim.measure:
        return Verdict("NC403", *_primary(a, b), reason="sibling measure")
    same_event = a.claim.key.event == b.claim.key.event
    return Verdict("NC403", *_primary(a, b), reason="sibling thing" if same_event else "sibling")


def _converted(a: Entry, b: Entry) -> bool:
    """Two figures in two units that agree once the converted one is rounded to its
    last written digit: their gap is within half that digit of either (relative)."""
    gap = max(a.hard.gap(b.hard), 0.0)
    if gap == 0.0:
        return True
    size = max(abs(a.hard.low), abs(b.hard.low), 1e-9)
    slack = max(_rounding(a), _rounding(b))
    return gap / size <= slack


def _rounded(a: Entry, b: Entry) -> bool:
    """One exact figure the other rounded to the unit: "fell 6 percent" and "fell 6.2%",
    "a 7% rise" and "7.4%" (a whole number written to the unit is a point, so their
    bounds never meet); not a count, whose whole figures are exact, and not a round
    figure ("40 months" and "42 months"), whose bounds already hold its rounding."""
    qa, qb = a.claim.quantity, b.claim.quantity
    if Kind.COUNT in (qa.kind, qb.kind) or Bound.EXACT not in (qa.bound, qb.bound):
        return False
    if qa.bound is not qb.bound or qa.value is None or qb.value is None:
        return False
    coarse, fine = sorted((qa, qb), key=lambda q: -(q.granularity or 1.0))
    if coarse.granularity != 1.0 or (fine.granularity or 1.0) >= 1.0:
        return False  # only a whole figure, a point, against one with decimals
    if coarse.value is None or fine.value is None:
        return False
    return round(fine.value) == coarse.value


def _rounding(entry: Entry) -> float:
    """Half the last written digit of a figure, relative to its value (86 -> 0.5/86), for
    a figure read as a point (written to the unit: "the 86-acre site"). A hedged figure
    ("about 70 mph") or a round one ("1,500ft": [1,450, 1,550)) has its slack in its
    bounds already: none more, or "430 metres" and "1,500ft" would meet."""
    q = entry.claim.quantity
    if q.value is None or q.value == 0 or q.bound is not Bound.EXACT:
        return 0.0
    if q.hard.low != q.hard.high:
        return 0.0
    return 0.5 * (q.granularity or 1.0) / abs(q.value)


def _disagree(a: Entry, b: Entry) -> bool:
    return not a.hard.intersects(b.hard) or not a.soft.intersects(b.soft)


def _apart(a: Entry, b: Entry) -> bool:
    """Two parties disagree when a gap separates their figures: "nearly 500" and "as
    low as 500" only meet at an open end, which is wording, not another figure."""
    return a.hard.gap(b.hard) > 0 or a.soft.gap(b.soft) > 0


def _below(low: Interval, high: Interval) -> bool:
    """Every value of ``low`` is under every value of ``high``."""
    return not low.intersects(high) and low.high <= high.low


def _parties_differ(a: Entry, b: Entry) -> bool:
    return parties_differ(a.party, b.party)


def _opposite_hedges(a: Entry, b: Entry) -> bool:
    qa, qb = a.claim.quantity, b.claim.quantity
    if qa.value is None or qa.value != qb.value:
        return False
    bounds = {qa.bound, qb.bound}
    return bool(bounds & _BELOW) and bool(bounds & _ABOVE)


def _primary(a: Entry, b: Entry) -> tuple[Entry, Entry]:
    """The finding sits on the newer article's claim; never on the reference sheet."""
    if a.reference != b.reference:
        return (b, a) if a.reference else (a, b)
    return (a, b) if a.order > b.order else (b, a)
