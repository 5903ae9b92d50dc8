"""Figures of one key compared in article order, each with the first earlier figure it
contradicts (NC101-NC103), through an index instead of a walk over every pair.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from numcheck.checkers._arith import compared_hard, compared_soft
from numcheck.checkers._compare import (
    party_words,
    same_incident,
    same_party,
    same_place,
    same_sentence,
)
from numcheck.checkers._index import Earliest, Parties
from numcheck.checkers._restate_pair import converted, verdict
from numcheck.checkers._snapshots import days_apart
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.findings import Finding


def _things_match(a: Claim, b: Claim, generic: set[str]) -> bool:
    ta, tb = a.key.thing, b.key.thing
    if ta == tb:
        return True
    return (ta is None or ta in generic) and (tb is None or tb in generic)


_ALL = "*"  # the node holding every claimant (or every incident)
_GENERIC = "*generic*"  # the thing class of "people", "those" and unnamed things
_party = party_words
Places = Callable[[Claim], "frozenset[str] | None"]
Days = Callable[[Claim], "frozenset[str]"]
_Node = tuple[object, object, object, object]  # thing, claimant, place, incident


class _Group:
    """The figures of one key seen so far, indexed by thing, claimant, place, incident, unit.

    Each figure goes into four nodes (its claimant or every claimant, times its
    incident or every incident) of its place, so a new figure asks only the nodes of
    compatible parties for the earliest figure its interval misses, instead of
    walking the group. A figure without a place is the whole story's: it meets only
    other figures without one (a placed figure is a part of it, see ``place_key``).
    """

    def __init__(self, generic: set[str], place_of: Places) -> None:
        self.generic = generic
        self.place_of = place_of
        self.claims: list[Claim] = []
        self.nodes: dict[_Node, dict[str | None, Earliest]] = {}
        self.claimants: Parties = Parties()
        self.places: Parties = Parties()

    def thing(self, claim: Claim) -> object:
        t = claim.key.thing
        return _GENERIC if t is None or t in self.generic else t

    def add(self, claim: Claim) -> None:
        position = len(self.claims)
        self.claims.append(claim)
        ck, pk = _party(claim.claimant), self.place_of(claim)
        if ck is not None:
            self.claimants.add(ck)
        if pk is not None:
            self.places.add(pk)
        q = claim.quantity
        hard, soft = compared_hard(q), compared_soft(q)
        for c in {ck, _ALL}:
            for i in {claim.key.incident, _ALL}:
                units = self.nodes.setdefault((self.thing(claim), c, pk, i), {})
                units.setdefault(q.unit, Earliest()).add(position, hard, soft)

    @staticmethod
    def _keys(key: frozenset[str] | None, parties: Parties) -> list[object]:
        if not key:  # unknown (or only "the"): compatible with every party
            return [_ALL]
        return [None, *parties.compatible(key)]

    def earliest_apart(self, claim: Claim, before: int) -> int | None:
        """The first compatible figure before position ``before`` that ``claim`` misses."""
        q, best = claim.quantity, None
        thing = self.thing(claim)
        pk = self.place_of(claim)
        places = [None] if pk is None else list(self.places.compatible(pk))
        incident = claim.key.incident
        incidents = [_ALL] if incident is None else [None, incident]
        nodes = [
            (thing, c, p, i)
            for c in self._keys(_party(claim.claimant), self.claimants)
            for p in places
            for i in incidents
        ]
        for node in nodes:
            for unit, earliest in self.nodes.get(node, {}).items():
                hard = converted(q, compared_hard(q), unit)
                soft = converted(q, compared_soft(q), unit)
                if hard is None or soft is None:
                    continue
                at = earliest.first_apart(hard, soft, before)
                if at is not None and (best is None or at < best):
                    best = at
        return best


def walk(
    document: Document,
    group: Sequence[Claim],
    later: Claim,
    tolerance: float,
    generic: set[str],
    place_of: Places,
    days: Days | None = None,
) -> Finding | None:
    """The plain walk over every earlier figure; used when the index cannot decide (or
    when the figure it finds was read on another day)."""
    for earlier in group:
        if (
            same_sentence(earlier, later, document)
            or (days is not None and days_apart(days(earlier), days(later)))
            or not _things_match(earlier, later, generic)
            or not same_incident(earlier, later)
            or not same_party(earlier.claimant, later.claimant)
            or not same_place(place_of(earlier), place_of(later))
        ):
            continue
        found = verdict(document, earlier, later, tolerance)
        if found is not None:
            return found
    return None


def check_group(
    document: Document,
    claims: Sequence[Claim],
    tolerance: float,
    generic: set[str],
    place_of: Places,
    days: Days | None = None,
) -> list[Finding]:
    """Each figure against the first earlier one it contradicts (as the plain walk would).
    ``days`` gives the days a figure's sentence names: a figure of another day is no
    restatement ("12,500 still off on Sunday" ... "fewer than 2,000 on Monday")."""
    group = _Group(generic, place_of)
    findings: list[Finding] = []
    run_start = 0  # where the trailing run of figures from the current sentence starts
    for i, later in enumerate(claims):
        if i and not same_sentence(claims[i - 1], later, document):
            run_start = i
        at = group.earliest_apart(later, run_start)
        found = None
        if at is not None:
            earlier = claims[at]
            found = (
                None
                if same_sentence(earlier, later, document)
                or (days is not None and days_apart(days(earlier), days(later)))
                else verdict(document, earlier, later, tolerance)
            )
            if found is None:  # a sentence split across the run: fall back to the walk
                found = walk(document, claims[:i], later, tolerance, generic, place_of, days)
        if found is not None:
            findings.append(found)
        group.add(later)
    return findings


_PART_REACH = 64  # whole figures a part is held against (the first of their group)


def parts_exceeding(
    document: Document,
    parts: Sequence[Claim],
    wholes: Sequence[Claim],
    generic: set[str],
    place_of: Places,
    spans_apart: Callable[[Claim, Claim], bool] = lambda a, b: False,
) -> list[Finding]:
    """A figure named with a word the other lacks ("four mounted officers" of "eighteen
    officers", "12,000 tonnes of toxic chemicals" of "1,200 tonnes of chemicals") is a
    part of it or a description: it may be smaller, never larger. A total since the
    onset is no part of one past day's count (``spans_apart``: "Six people died on
    Monday" ... "The toll since Saturday stands at 17")."""
    findings: list[Finding] = []
    for part in parts:
        q = part.quantity
        for whole in wholes[:_PART_REACH]:
            if spans_apart(whole, part) or _apart(whole, part, document, generic, place_of):
                continue
            hard = converted(q, compared_hard(q), whole.quantity.unit)
            if hard is None or hard.low <= compared_hard(whole.quantity).high:
                continue
            first, second = sorted((whole, part), key=lambda c: c.location.start)
            found = verdict(document, first, second, 0.0)
            if found is not None:
                findings.append(found)
                break
    return findings


def _apart(a: Claim, b: Claim, document: Document, generic: set[str], place_of: Places) -> bool:
    """Two figures that cannot be one: one sentence, or another thing, incident, party
    or place."""
    return (
        same_sentence(a, b, document)
        or not _things_match(a, b, generic)
        or not same_incident(a, b)
        or not same_party(a.claimant, b.claimant)
        or not same_place(place_of(a), place_of(b))
    )


def falls(
    document: Document,
    claims: Sequence[Claim],
    rank: Callable[[Claim], tuple[int, object]],
    generic: set[str],
    place_of: Places,
) -> list[Finding]:
    """A cumulative count (a toll, arrests, people rescued) read at two moments or
    updated ("by noon" ... "by evening", "later said") may rise, never fall: a later
    figure wholly below an earlier one of another moment is reported. ``rank`` gives
    each figure's moment: (when, what); a reading said to be earlier (when 0:
    "initially") is a revision the article reports, never a fall."""
    findings: list[Finding] = []
    for i, later in enumerate(claims):
        for earlier in reversed(claims[max(0, i - _PART_REACH) : i]):
            a, b = rank(earlier), rank(later)
            if a == b or 0 in (a[0], b[0]) or _apart(earlier, later, document, generic, place_of):
                continue  # "police initially said 25": a revision, reported as such
            was, q = earlier.quantity, later.quantity
            hard = converted(was, compared_hard(was), q.unit)
            if hard is None or compared_hard(q).high >= hard.low:
                continue
            found = verdict(document, earlier, later, 0.0)
            if found is not None:
                findings.append(found)
                break
    return findings


__all__ = ["Places", "check_group", "falls", "parts_exceeding", "walk"]
