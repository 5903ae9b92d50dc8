"""The three CC rules. Each compares hard bounds only: a finding means the words
themselves cannot all be true, never that one estimate merely looks high."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import combinations

from numcheck.claims import Claim, Scope
from numcheck.document import Document
from numcheck.findings import Finding
from numcheck.interval import Interval

from ._common import Group, clause, counted, cue_pattern, group_of, party, sentence


def _finding(rule: str, message: str, claim: Claim, related: Sequence[Claim]) -> Finding:
    return Finding(
        rule=rule,
        message=message,
        location=claim.location,
        related=tuple(c.location for c in related),
        in_quote=claim.scope == Scope.QUOTE,
    )


_MANY = 6  # a part with more qualifiers than this is scanned, not indexed (2**n keys)


class _Widest:
    """For each group a whole could be, the part it contains with the highest lower bound.

    ``Group.contains`` holds when the whole's thing and side are None or equal, its
    qualifiers a subset, and claimant, window and place equal; so each part is filed
    under every whole group that contains it (thing or None, side or None, each
    subset of its few qualifiers) once, and a whole looks itself up: linear in the
    claims instead of every whole scanning every part. Ties keep the earliest part,
    as ``max`` over the parts in order did.
    """

    def __init__(self, parts: Sequence[tuple[Claim, Group]]) -> None:
        self._best: dict[Group, tuple[float, int, Claim]] = {}
        self._many: list[tuple[int, Claim, Group]] = []
        for order, (claim, group) in enumerate(parts):
            if len(group.qualifiers) > _MANY:
                self._many.append((order, claim, group))
                continue
            low = claim.quantity.hard.low
            quals = sorted(group.qualifiers)
            subsets = (frozenset(c) for n in range(len(quals) + 1) for c in combinations(quals, n))
            for qualifiers in subsets:
                for thing in {group.thing, None}:
                    for side in {group.side, None}:
                        key = replace(group, thing=thing, side=side, qualifiers=qualifiers)
                        self._keep(key, low, order, claim)

    def _keep(self, key: Group, low: float, order: int, claim: Claim) -> None:
        held = self._best.get(key)
        if held is None or low > held[0] or (low == held[0] and order < held[1]):
            self._best[key] = (low, order, claim)

    def of(self, whole: Group) -> Claim | None:
        """The part of ``whole`` with the highest certain lower bound."""
        best = self._best.get(whole)
        for order, claim, group in self._many:
            low = claim.quantity.hard.low
            if whole.contains(group) and (
                best is None or low > best[0] or (low == best[0] and order < best[1])
            ):
                best = (low, order, claim)
        return None if best is None else best[2]


def _widest(parts: Sequence[tuple[Claim, Group]], whole: Group) -> Claim | None:
    """The part of ``whole`` with the highest certain lower bound (one-off lookup)."""
    return _Widest(parts).of(whole)


def _sum(claims: Sequence[Claim]) -> Interval:
    total = Interval.point(0.0)
    for claim in claims:
        total = total + claim.quantity.hard
    return total


def casualties_total(claims: Sequence[Claim]) -> Iterator[Finding]:
    """CC101: killed + wounded never exceed the casualties of the same group."""
    by_event: dict[str, list[tuple[Claim, Group]]] = defaultdict(list)
    for claim in counted(claims):
        if claim.key.event in ("killed", "wounded", "casualties"):
            by_event[claim.key.event].append((claim, group_of(claim)))
    widest = [_Widest(by_event[e]) for e in ("killed", "wounded")]
    for total, group in by_event["casualties"]:
        parts = [p for p in (w.of(group) for w in widest) if p]
        if not parts:
            continue
        summed = _sum(parts)
        high = total.quantity.hard
        if summed.low > high.high or (summed.low == high.high and not summed.low_closed):
            said = " and ".join(f"{p.quantity.text} {p.key.event}" for p in parts)
            yield _finding(
                "CC101",
                f"{said} add up to more than the {total.quantity.text} casualties reported "
                "for the same group; casualties include the killed and the wounded.",
                total,
                parts,
            )


def _kind_of_displacement(document: Document, claim: Claim) -> str | None:
    words = clause(document, claim)
    if cue_pattern("displaced", "exclude").search(words):
        return None
    refugees = bool(cue_pattern("refugees", "cues").search(words))
    displaced = bool(cue_pattern("displaced", "cues").search(words))
    if refugees == displaced:
        return None
    return "refugees" if refugees else "displaced"


def refugees_within_displaced(document: Document, claims: Sequence[Claim]) -> Iterator[Finding]:
    """CC102: refugees abroad are part of everyone displaced, never more."""
    kinds: dict[str, list[tuple[Claim, Group]]] = defaultdict(list)
    for claim in counted(claims):
        if claim.key.event not in ("fled", "displaced", None):
            continue
        kind = _kind_of_displacement(document, claim)
        if kind:
            kinds[kind].append((claim, group_of(claim)))
    refugees = _Widest(kinds["refugees"])
    for total, group in kinds["displaced"]:
        part = refugees.of(group)
        if part is None:
            continue
        low, high = part.quantity.hard, total.quantity.hard
        if low.low > high.high or (
            low.low == high.high and not (low.low_closed and high.high_closed)
        ):
            yield _finding(
                "CC102",
                f"{total.quantity.text} displaced in total is fewer than the "
                f"{part.quantity.text} who fled abroad; refugees abroad are part of the "
                "displaced.",
                total,
                [part],
            )


def _rolling(window: str | None) -> bool:
    return bool(window) and bool(cue_pattern("windows", "rolling").match(window or ""))


def falling_tolls(documents: Sequence[Document], claims: Sequence[Claim]) -> Iterator[Finding]:
    """CC103: a claimant's cumulative death toll for one window does not fall unexplained."""
    docs = {doc.path: doc for doc in documents}
    groups: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
    for claim in counted(claims):
        date = claim.date or (docs[claim.path].metadata.date if claim.path in docs else None)
        if claim.key.event != "killed" or claim.scope == Scope.QUOTE or date is None:
            continue
        if party(claim.claimant) is None or _rolling(claim.window):
            continue
        group = group_of(claim)
        groups[(group, claim.key.dimension)].append(claim)
    for members in groups.values():
        members.sort(key=lambda c: (_date(c, docs), c.path, c.location.start))
        highest: Claim | None = None  # the earlier report with the highest certain toll
        for claim in members:
            if (
                highest is not None
                and _date(highest, docs) < _date(claim, docs)
                and claim.quantity.hard.high < highest.quantity.hard.low
                and not _corrected(docs, claim)
            ):
                yield _finding("CC103", _fall_message(highest, claim, docs), claim, [highest])
            if highest is None or claim.quantity.hard.low > highest.quantity.hard.low:
                highest = claim


def _date(claim: Claim, docs: dict[str, Document]) -> str:
    date = claim.date or docs[claim.path].metadata.date
    return date.isoformat() if date else ""


def _corrected(docs: dict[str, Document], claim: Claim) -> bool:
    doc = docs.get(claim.path)
    return doc is not None and bool(cue_pattern("corrections", "cues").search(sentence(doc, claim)))


def _fall_message(before: Claim, after: Claim, docs: dict[str, Document]) -> str:
    who = after.claimant or "the same claimant"
    was = before.source or before.path
    return (
        f"The death toll from {who} falls from {before.quantity.text} ({was}, "
        f"{_date(before, docs)}) to {after.quantity.text} ({_date(after, docs)}) with no "
        "correction stated; a cumulative toll only rises."
    )
