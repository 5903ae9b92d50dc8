"""A figure told without the scale word its list or its partner level carries (NC202,
NC206).

"The council will spend £4.2 million: 3 million on roads and 1.2 on schools": the
writer gives "million" once and leaves it out of a later item, which is 1.2 million, not
1.2. A bare item (no currency, unit or noun of its own, ``_sum_clauses.bare``) of a list
of amounts, written with no scale word and below a thousand, is read at the scale of the
nearest item before it that has one, else at the total's. An item written out in full
("£18,000: 12,000 for labour") or one that counts something ("30 posts: 18 in nursing")
is never rescaled. A change's level takes its partner's scale the same way ("rose from
1.8 to 2.4 million", ``level_pair``). Scale words are the parser's (scales.toml).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping, Sequence
from typing import Any

from numcheck.checkers._arith import arith
from numcheck.checkers._sum_clauses import UNITED, bare
from numcheck.checkers._words import value_of
from numcheck.claims import Claim
from numcheck.interval import Interval
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

__all__ = ["ScaleWords", "level_pair", "no_amounts", "rescaled"]

_NEAR = 2.0  # bare items at the total's scale within this factor of it: amounts of it
_FULL = 1000  # an item written at or above this is its whole value ("12,000"), never elided
# the first letters after the last digit of a figure: "4.2 million", "£2.5bn", "10k"
_AFTER_DIGITS = lazy_compile(r"\d[\d.,]*\s*([a-z]+)")  # one figure's text only


class ScaleWords:
    """The parser's scale words (``scales.toml``): ``words`` after any figure,
    ``attached`` and ``money_only`` glued to the digits of a sum of money only (a glued
    "m" of a measure is the metre)."""

    def __init__(self, scales: Mapping[str, Any]) -> None:
        self.words: dict[str, float] = {
            k.lower(): float(v) for k, v in scales.get("words", {}).items()
        }
        self.money: dict[str, float] = {
            **{k.lower(): float(v) for k, v in scales.get("attached", {}).items()},
            **{k.lower(): float(v) for k, v in scales.get("money_only", {}).items()},
            **self.words,
        }

    def of(self, claim: Claim) -> float | None:
        """The scale written in the figure's own text, or None."""
        found = _AFTER_DIGITS.search(claim.quantity.text.lower())
        if found is None:
            return None
        table = self.money if claim.quantity.kind is Kind.MONEY else self.words
        return table.get(found.group(1))


def _elidable(claim: Claim, like: Claim, scales: ScaleWords) -> bool:
    """A figure that may leave out the scale of ``like``: below a thousand, with no scale
    word of its own, and bare ("1.2") or an amount in ``like``'s currency or unit ("£1.8"
    beside "£2.4 million")."""
    q, value = claim.quantity, claim.quantity.value
    if value is None or not 0 < abs(value) < _FULL or scales.of(claim) is not None:
        return False
    same = q.kind is like.quantity.kind and claim.key.dimension == like.key.dimension
    return bare(claim) or (same and q.kind in UNITED)


def rescaled(
    members: Sequence[Claim], total: Claim, scales: ScaleWords | None
) -> tuple[Interval, float] | None:
    """The members' sum (interval, value as written) with each elided item read at the
    list's scale; None when no item is elided (or no scale words are given)."""
    if scales is None or total.quantity.kind not in UNITED:
        return None
    scale = scales.of(total)
    summed = Interval.point(0)
    value, changed = 0.0, False
    for member in members:
        own = scales.of(member)
        written, span = value_of(member.quantity), arith(member.quantity)
        if own is not None:
            scale = own if member.quantity.kind is total.quantity.kind or bare(member) else scale
        elif scale is not None and scale >= _FULL and _elidable(member, total, scales):
            span, written, changed = span * Interval.point(scale), (written or 0.0) * scale, True
        summed = summed + span
        value += written or 0.0
    return (summed, value) if changed else None


def no_amounts(members: Sequence[Claim], total: Claim, scales: ScaleWords | None) -> bool:
    """Whether every item is a bare small figure that even at the total's scale comes to
    less than half of it or more than twice: "€900 million, split between Terminals 2 and
    3", "£2.1 billion ... between junctions 14 and 15". Such figures name or count
    something else; a list of amounts told with the scale once comes near its total
    ("€4.2 million: 3 and 1.2"), and a wrong item of one still does."""
    if scales is None:
        return False
    value, scale = total.quantity.value, scales.of(total)
    if total.quantity.kind not in UNITED or not value or scale is None or scale < _FULL:
        return False
    if not all(bare(m) and _elidable(m, total, scales) for m in members):
        return False
    ratio = sum(abs(m.quantity.value or 0.0) for m in members) * scale / abs(value)
    return not 1 / _NEAR <= ratio <= _NEAR


_PLAUSIBLE = 10.0  # a rescaled level within this factor of its partner: "from 1.8 to 2.4 million"


@functools.cache
def _default_scales() -> ScaleWords:
    from numcheck.lexicon import Lexicon

    return ScaleWords(Lexicon.default()["scales"])


def level_pair(old: Claim, new: Claim) -> tuple[Claim, Claim]:
    """A change's two levels with the one told without its partner's scale word read at
    that scale: "rose from 1.8 to 2.4 million" is 1.8 million to 2.4 million, "fell from
    3.1 billion to 2.6" ends at 2.6 billion. Only a figure below a thousand whose rescaled
    value is within a factor of ten of its partner; else both as written."""
    return _rescaled_level(old, new), _rescaled_level(new, old)


def _rescaled_level(level: Claim, partner: Claim) -> Claim:
    scales = _default_scales()
    scale, other = scales.of(partner), partner.quantity.value
    if scale is None or scale < _FULL or not other or not _elidable(level, partner, scales):
        return level  # a rescaled level is at least a thousand: never rescaled twice
    q, value = level.quantity, level.quantity.value or 0.0
    if not 1 / _PLAUSIBLE < abs(value * scale) / abs(other) < _PLAUSIBLE:
        return level
    scaled = dataclasses.replace(
        q, value=value * scale, hard=q.hard.scaled(scale), soft=q.soft.scaled(scale)
    )
    return dataclasses.replace(level, quantity=scaled)
