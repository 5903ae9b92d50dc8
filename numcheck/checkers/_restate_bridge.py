"""A figure with an event restated by one of the same noun told without it (NC101-NC103).

"85 patients have fallen ill with norovirus" ... "86 patients had shown symptoms since
the outbreak began"; "Harlow will cut 350 jobs" ... "the 530 jobs, the firm said, will
go by March". The first figure names an event of the claim vocabulary, the second
only its noun (the verb of its clause is no event the lexicon knows), so the keyed
groups and the measured groups of ``_restate_grouping.py`` never hold both. They meet
here when everything else says one figure: the same head (as ``head_key`` reads it:
one synonym set, one unit dimension), the same span of time, moment and update words,
the same years or none, compatible incident, party and place, and two sentences.

An event picks out a part of its noun ("The plant employs 1,250 workers" ... "350
workers will lose their jobs"), and a verb the lexicon does not know may be another
event ("In Leeds, 45 homes flooded" ... "54 homes lost power"): so one of the two has to
be told as a figure the reader already knows, after a determiner or a possessive or
"all" ("the 530 jobs", "the plant's 1,520 workers", "all 221 passengers"), and the two
have to read as one figure by value: near (within half of the larger: a part is mostly
well under its whole) or written with the same digits ("27" and "72", "1,250" and
"1,520": a transposition).

Neither need be told as known when the digits themselves say one figure (restate34):
"Police seized 1,240 handbags" ... "We took 1,420 handbags off the streets", "lost 316
sheep" ... "316" told "361 sheep". Three significant digits or more on both sides, one
slip of the pen apart (``_slips.one_slip``: a digit changed, added or dropped, or the
digits in another order) and within half of the larger: a part or a second set of one
noun seldom repeats its whole's digits that closely, while a part told apart by a verb
of its own ("45 homes flooded" ... "54 homes lost power") has two digits, which stay
under the rule above. Every other guard (one head, span, moment, years, incident,
party, place, two sentences) still holds.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from numcheck.checkers._compare import (
    before,
    compiled,
    cue_set,
    same_incident,
    same_party,
    same_place,
    same_sentence,
    sentence_of,
)
from numcheck.checkers._frames import FrameWords
from numcheck.checkers._restate_grouping import Grouping
from numcheck.checkers._restate_measured import head_key
from numcheck.checkers._restate_pair import near, verdict
from numcheck.checkers._slips import digits, one_slip
from numcheck.checkers._snapshots import snapshot
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.findings import Finding

_REACH = 16  # measured figures of one head a keyed figure is held against


def bridged_findings(
    document: Document, g: Grouping, lex: Mapping[str, Any], tolerance: float, told: set[int]
) -> list[Finding]:
    """Keyed figures against measured figures of the same head, each pair once; no
    finding for a figure already in one (``told``: the start offsets of the figures
    reported or related)."""
    heads: dict[tuple[object, ...], list[Claim]] = {}
    for key, group in g.measured.items():
        if "rate" in key or "whole of a part" in key:
            continue  # "80,000 vehicles a day", "nine of the 41 miners"
        for claim in group:
            heads.setdefault(head_key(claim, g.names), []).append(claim)
    if not heads:
        return []
    findings: list[Finding] = []
    keys: dict[tuple[str, str], tuple[object, ...]] = {}  # head_key by head and dimension
    for group in g.groups.values():
        for keyed in group:
            if not keyed.measure or " " in keyed.measure[0] or keyed.key.thing in g.generic:
                continue  # "people": any group; no head to read
            at = (keyed.measure[0], keyed.key.dimension)
            if at not in keys:
                keys[at] = head_key(keyed, g.names)
            for other in heads.get(keys[at], ())[:_REACH]:
                if not _one_figure(document, keyed, other, g, lex):
                    continue
                first, second = sorted((keyed, other), key=lambda c: c.location.start)
                if first.location.start in told or second.location.start in told:
                    continue
                found = verdict(document, first, second, tolerance)
                if found is not None:
                    findings.append(found)
                    told |= {first.location.start, second.location.start}
    return findings


def _one_figure(
    document: Document, a: Claim, b: Claim, g: Grouping, lex: Mapping[str, Any]
) -> bool:
    if not (_definite(document, a, lex) or _definite(document, b, lex) or slipped(a, b)):
        return False
    return one_time(document, a, b, g, lex)


_SIGNIFICANT = 3  # digits each side writes before the slip is read as one figure's


def slipped(a: Claim, b: Claim) -> bool:
    """Two values of three significant digits or more, unequal, one slip of the pen apart
    ("1,240" and "1,420", "316" and "361", "4,850" and "4,580"): the digits say one figure
    misstated where no determiner says the reader knows it."""
    x, y = a.quantity.value, b.quantity.value
    if x is None or y is None or x <= 0 or y <= 0 or x == y:
        return False
    dx, dy = digits(x), digits(y)
    if min(len(dx), len(dy)) < _SIGNIFICANT:
        return False
    return one_slip(dx, dy)


def one_time(
    document: Document,
    a: Claim,
    b: Claim,
    g: Grouping,
    lex: Mapping[str, Any],
    moment: Callable[[tuple[str, ...]], tuple[str, ...]] = lambda marks: marks,
) -> bool:
    """Two figures of two sentences that may be one figure misstated: near in value, of
    one span, incident, party and place, moment and update words, and years (or none).
    ``moment`` picks what of each figure's snapshot words must agree (all of them here;
    ``_restate_named`` keeps only the moment words)."""
    if (
        same_sentence(a, b, document)
        or not near(a, b)
        or g.spans.span.get(id(a)) != g.spans.span.get(id(b))
        or g.spans.apart(a, b)
        or not same_incident(a, b)
        or not same_party(a.claimant, b.claimant)
        or not same_place(g.place_of(a), g.place_of(b))
    ):
        return False
    if moment(snapshot(document, a, lex)) != moment(snapshot(document, b, lex)):
        return False  # "still", "by noon", "four mounted officers"
    era = compiled(FrameWords.of, lex).era
    return bool(
        era(document.prose, *sentence_of(document, a))
        == era(document.prose, *sentence_of(document, b))
    )


_POSSESSIVE = ("'s", "’s", "s'", "s’")


def _definite(
    document: Document, claim: Claim, lex: Mapping[str, Any],
    determiners: frozenset[str] | None = None,
) -> bool:
    """A figure after a determiner, a possessive or "all": one the reader knows
    (``determiners``: the lexicon's, read once by a caller that asks of many figures)."""
    words = before(document, claim, 24).split()
    last = words[-1].strip("\"“”‘(") if words else ""
    if determiners is None:
        determiners = cue_set(lex.get("restated", {}), "determiners")
    return last in determiners or last == "all" or (len(last) > 3 and last.endswith(_POSSESSIVE))


definite = _definite  # also read by _restate_transposed.py
one_figure = _one_figure  # also read by _restate_clause.py

__all__ = ["bridged_findings", "definite", "one_figure", "one_time", "slipped"]
