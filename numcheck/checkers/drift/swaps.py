"""The same number in another unit, between articles, when no key aligns the figures.

"130 km off the coast" in one article and "130 miles offshore" in another, "cocaine
worth £96 million" and "a haul worth €96 million": one source kept the number and
changed the unit. The number itself is the evidence that both are one figure, so
such figures are paired even when neither names what it measures (``Claim.measure``
empty, no lexicon key), under conditions that keep a coincidence out:

- the number has at least two significant digits and is at least 10 (a "5 km" walk
  and "5 miles" of road are two facts);
- the units are of one kind (two lengths, two currencies) and differ, and the two
  figures do not agree once converted;
- each of the two articles gives that number in that kind once, and no article of
  the story gives it in the other's unit too (then both readings are the story's);
- neither is aligned by a key or a measure (those meet the figures their key names;
  an engine that splits a corpus by key sends these by their number: ``swap_key``).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator

from numcheck.checkers.drift.alignment import conversion
from numcheck.claims import Claim, Scope
from numcheck.quantity import Kind, Level

__all__ = ["swap_candidate", "swap_key", "swapped"]

_KINDS = frozenset({Kind.MEASURE, Kind.MONEY, Kind.DURATION})


def _distinct(value: float) -> bool:
    """At least two significant digits and at least 10: 130, 96, 2,645; not 5 or 300."""
    if value < 10 or not math.isfinite(value):
        return False
    digits = f"{value:.6g}".replace(".", "").rstrip("0").lstrip("0")
    return len(digits) >= 2


def swap_candidate(claim: Claim) -> bool:
    """A figure the unit-swap pass looks at (when no key aligns it)."""
    q = claim.quantity
    return (q.kind in _KINDS and q.value is not None and q.unit is not None
            and claim.scope is not Scope.BOILERPLATE and claim.part_of is None
            and q.level is not Level.OLD and q.change is None and not claim.is_change
            and _distinct(abs(q.value)))


def swap_key(claim: Claim, story: str) -> tuple[str, tuple[str, None, tuple[()], str, None,
                                                        bool]]:
    """The group of a swap candidate for engines that split a corpus by key: its story
    set, its number and its kind."""
    q = claim.quantity
    return (story, (f"#{q.value:g}", None, (), q.kind.value, None, False))


def swapped(
    claims: Iterable[Claim], story: Callable[[str], str]
) -> Iterator[tuple[Claim, Claim]]:
    """Pairs of claims of two articles of one story: one number, two units of a kind."""
    groups: dict[tuple[str, str, float], list[Claim]] = defaultdict(list)
    for claim in claims:
        q = claim.quantity
        assert q.value is not None
        groups[(story(claim.location.path), q.kind.value, q.value)].append(claim)
    for key in sorted(groups, key=lambda k: (k[0], k[1], k[2])):
        group = groups[key]
        by_path: dict[str, list[Claim]] = defaultdict(list)
        for claim in group:
            by_path[claim.location.path].append(claim)
        units = {c.quantity.unit for c in group}
        if len(by_path) < 2 or len(units) < 2:
            continue
        ones = sorted((cs[0] for cs in by_path.values() if len(cs) == 1),
                      key=lambda c: (c.location.path, c.location.start))
        for i, a in enumerate(ones):
            for b in ones[i + 1:]:
                if a.quantity.unit == b.quantity.unit:
                    continue
                if not _apart(a, b):
                    continue
                yield a, b


def _apart(a: Claim, b: Claim) -> bool:
    """Two units that do not make the figures agree: other currencies, or units of one
    dimension whose conversion leaves the bounds apart (130 km is not 130 miles)."""
    qa, qb = a.quantity, b.quantity
    convert = conversion(qb.unit, qa.unit)
    if convert is None:
        return qa.kind is Kind.MONEY and qb.kind is Kind.MONEY
    factor, offset = convert
    return not qa.hard.intersects(qb.hard.scaled(factor, offset))
