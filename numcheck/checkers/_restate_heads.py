"""A figure retold under another noun, one slip of the pen off (NC101).

"The fire has destroyed 450 hectares of forest" ... "replanting the 540 hectares of
woodland"; "revenue of £4.27m" ... "the company's £4.72m in sales". Reporters retell a
figure under another real noun for one thing, so its key (a measured head, an event)
differs from the first telling's and no group holds both. The copy still carries the
evidence that the later one points back (a blind count over every pair of one article the
keys keep apart, benchmarks/restated_pairs.py):

- one unit that is no bare count (a length, an area, a mass, money): two counts one slip
  apart under two nouns are mostly two sets, two sums or measures rarely;
- the later figure told as known (a determiner, a possessive, "all"): a retelling;
- values one slip of the pen apart (``_slips.one_slip``: a digit changed, dropped or
  added, digits in another order), at least two significant digits, within three times
  ("27" and "72");
- the later figure in a group (a measured head or a keyed event); the earlier one may be
  in none, told by its frame alone ("ordered him to repay £38,500");
- one such earlier figure only, and none told before with the later one's own value (the
  retelling would point at that one);
- no possessive name before the later figure that the earlier one's sentence does not
  name ("Kerr's £11m deal" after "the £14m contract with Arden Build");
- not in one sentence, of one place and incident, with no part word, earlier time or
  other instance on one side only. Another party, period, year or a moment does not
  keep a slip apart: on the gates every known measure or sum one slip from another that
  those words told apart was a planted restatement.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from numcheck.checkers._compare import (
    cue_set,
    same_incident,
    same_place,
    same_sentence,
)
from numcheck.checkers._restate_bridge import definite
from numcheck.checkers._restate_grouping import Grouping
from numcheck.checkers._restate_pair import verdict
from numcheck.checkers._restate_transposed import owned
from numcheck.checkers._slips import digits, one_slip
from numcheck.checkers._snapshots import snapshot
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.findings import Finding
from numcheck.quantity import Kind

_KINDS = (Kind.MEASURE, Kind.MONEY)
_NEAR = 3.0  # the larger at most this many times the smaller ("27" and "72")
_DIGITS = 2  # significant digits a slip needs: "5 km" and "8 km" coincide
_REACH = 40  # earlier figures a figure is held against
_UNNAMED = "population"  # left out as naming no amount of anything a key reads
_TIMES = ("at ", "update")  # snapshot words of a moment or an update: a level, not a set


_POSSESSIVE = ("'s", "’s", "s'", "s’")
_INDEFINITE = frozenset({"a", "an", "another"})


def _known(document: Document, claim: Claim, lex: Mapping[str, Any],
           determiners: frozenset[str]) -> bool:
    """A figure told as known (``_restate_bridge.definite``), unless its possessor is
    itself new to the reader ("a second convoy's 68 tonnes", "another bidder's £4.7m")."""
    if not definite(document, claim, lex, determiners):
        return False
    words = document.prose[max(0, claim.location.start - 40) : claim.location.start].split()
    return not (words[-1:] and words[-1].endswith(_POSSESSIVE)
                and _INDEFINITE & {w.lower() for w in words[-4:-1]})


def _slip(a: Claim, b: Claim) -> bool:
    x, y = a.quantity.value, b.quantity.value
    if x is None or y is None or x <= 0 or y <= 0 or x == y or max(x, y) > _NEAR * min(x, y):
        return False
    dx, dy = digits(x), digits(y)
    return max(len(dx), len(dy)) >= _DIGITS and bool(dx and dy) and one_slip(dx, dy)


def _kept(snap: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for w in snap if not w.startswith(_TIMES))


def _apart(document: Document, a: Claim, b: Claim, g: Grouping, lex: Mapping[str, Any]) -> bool:
    """Two figures told of two places or incidents, in one sentence, or by a part word,
    an earlier time or another instance. Another party, period, year or a moment does
    not keep a slip apart: on the gates every known measure or sum a slip from another
    that those words told apart was a planted restatement (restated_pairs.py)."""
    return (
        same_sentence(a, b, document)
        or not same_incident(a, b)
        or not same_place(g.place_of(a), g.place_of(b))
        or _kept(snapshot(document, a, lex)) != _kept(snapshot(document, b, lex))
    )


def _keyed_apart(g: Grouping, a: Claim, b: Claim) -> bool:
    """Keys that differ by more than the noun a figure is told under: one measured
    head (the measured words class reads it) or one key (the group reads it)."""
    if id(a) not in g.key_of:
        return True  # a figure no group holds ("repay £38,500"): told by its frame alone
    ka, kb = g.key_of[id(a)], g.key_of[id(b)]
    if ka == kb:
        return False
    return not (ka[0] == kb[0] == "measured" and ka[1] == kb[1])


def retold_findings(
    document: Document, g: Grouping, lex: Mapping[str, Any], tolerance: float, told: set[int]
) -> list[Finding]:
    """Each later figure told as known against the one earlier figure of its unit, under
    another noun, it is a slip of; none for a figure already reported (``told``)."""
    determiners = cue_set(lex.get("restated", {}), "determiners")
    kept = [c for c in g.ordered
            if (id(c) in g.key_of or g.left_out.get(id(c), "").startswith(_UNNAMED))
            and c.quantity.kind in _KINDS and c.quantity.unit]
    findings: list[Finding] = []
    for i, later in enumerate(kept):
        if (later.location.start in told or id(later) not in g.key_of
                or not _known(document, later, lex, determiners)):
            continue
        q = later.quantity
        before = [e for e in kept[max(0, i - _REACH) : i]
                  if e.quantity.kind is q.kind and e.quantity.unit == q.unit]
        if any(e.quantity.value == q.value for e in before):
            continue  # it points back to a figure of its own value
        slips = [e for e in before if _slip(e, later)]
        if len(slips) != 1 or slips[0].location.start in told:
            continue
        earlier = slips[0]
        x, y = g.as_grouped.get(id(earlier), earlier), g.as_grouped[id(later)]
        if (
            not _keyed_apart(g, earlier, later)
            or not owned(document, later, earlier)  # "Kerr's £11m deal": another owner
            or _apart(document, x, y, g, lex)
        ):
            continue
        found = verdict(document, x, y, tolerance)
        if found is not None:
            findings.append(found)
            told |= {earlier.location.start, later.location.start}
    return findings


__all__ = ["retold_findings"]
