"""The Quantity value object: one numeric phrase read as written.

A Quantity keeps what the copy said (``text``, ``value``, ``hedge``) apart from what
it allows (``hard`` bounds from the words, ``soft`` bounds from the pragmatic
reading). Checkers decide "contradiction" from hard bounds and "drift" from soft
bounds; see docs/maintainers/semantics.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from numcheck.interval import Interval


class Kind(StrEnum):
    COUNT = "count"
    MEASURE = "measure"
    MONEY = "money"
    PERCENT = "percent"
    PERCENTAGE_POINT = "percentage_point"
    RATIO = "ratio"
    ORDINAL = "ordinal"
    DURATION = "duration"
    DATE = "date"
    YEAR = "year"
    TIME = "time"
    IDENTIFIER = "identifier"

    @property
    def is_comparable(self) -> bool:
        """Kinds whose values can contradict each other as amounts."""
        return self not in _NOT_AMOUNTS


_NOT_AMOUNTS = frozenset({Kind.DATE, Kind.YEAR, Kind.TIME, Kind.IDENTIFIER, Kind.ORDINAL})


class Bound(StrEnum):
    """How the words bound the value (the hedge's direction)."""

    EXACT = "exact"  # 498, 5,800 (round numbers still carry their rounding)
    APPROX = "approx"  # about / roughly / an estimated
    BELOW = "below"  # nearly / almost / just under: close, from below
    ABOVE = "above"  # just over / slightly more than: close, from above
    GT = "gt"  # more than / over / topped
    GE = "ge"  # at least / no fewer than
    LT = "lt"  # fewer than / less than / under
    LE = "le"  # up to / as many as / at most
    RANGE = "range"  # between A and B, A-B
    VAGUE = "vague"  # dozens, hundreds, several, mileslong


class Change(StrEnum):
    UP = "up"
    DOWN = "down"


class Level(StrEnum):
    """Which end of a change a figure is: "fell 5% to [3.9%] from [4.1%]"."""

    NEW = "new"  # the level a change reached: after "to" ("rose to 64.8%")
    OLD = "old"  # the level it started from: after "from" ("up from 380")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A numeric phrase with its value, unit and bounds.

    ``start``/``end`` are character offsets into the text that was parsed, so
    ``text == source[start:end]`` always holds. ``value`` is the number as written
    (None for ranges and vague amounts). ``unit`` is a unit name in numcheck's pint
    registry ("mile", "kilometer / hour", "percent"), an ISO 4217 code for money,
    or None for bare counts and ratios.
    """

    text: str
    start: int
    end: int
    value: float | None
    hard: Interval
    soft: Interval
    kind: Kind
    bound: Bound
    unit: str | None = None
    hedge: str | None = None
    change: Change | None = None
    granularity: float | None = None
    # ISO 8601 for dates ("2022-02-24", or "--02-24" when the year is not written)
    iso: str | None = None
    # the unit-bearing noun a compound adjective qualifies ("convoy" in "40-mile convoy")
    head: str | None = None
    # the lemma of what a count counts ("tablet" in "3.1 million tablets", "cylinder"
    # in "eight-cylinder engine", "people" in "4,000 people"); None when nothing is
    noun: str | None = None
    # the figure is a level of a change, not the change: NEW after "to" ("fell 5% to
    # 3.9%"), OLD after "from" ("up from 380"); None for changes and plain figures
    level: Level | None = None

    @property
    def is_amount(self) -> bool:
        return self.kind.is_comparable

    def to_json(self) -> dict[str, Any]:
        """The documented wire form (docs/users/json.md, version 1)."""
        data: dict[str, Any] = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
        }
        data.update(self.hard.json_bounds())
        soft = self.soft.json_bounds()
        data.update({"soft_low": soft["low"], "soft_high": soft["high"]})
        data.update(
            {
                "unit": self.unit,
                "kind": self.kind.value,
                "hedge": self.hedge,
                "bound": self.bound.value,
                "change": self.change.value if self.change else None,
                "granularity": self.granularity,
                "iso": self.iso,
                "head": self.head,
                "noun": self.noun,
                "level": self.level.value if self.level else None,
            }
        )
        return data


# The parser builds one Quantity per numeric phrase; the frozen dataclass __init__
# pays object.__setattr__ per field. Setting the slots through their descriptors
# yields the same immutable Quantity at under half the cost.
_new = object.__new__
_SETTERS = tuple(
    Quantity.__dict__[name].__set__
    for name in (
        "text", "start", "end", "value", "hard", "soft", "kind", "bound",
        "unit", "hedge", "change", "granularity", "iso", "head", "noun", "level",
    )
)  # fmt: skip
(_S_TEXT, _S_START, _S_END, _S_VALUE, _S_HARD, _S_SOFT, _S_KIND, _S_BOUND,
 _S_UNIT, _S_HEDGE, _S_CHANGE, _S_GRAN, _S_ISO, _S_HEAD, _S_NOUN, _S_LEVEL) = _SETTERS  # fmt: skip


def quantity(
    text: str, start: int, end: int, value: float | None, hard: Interval, soft: Interval,
    kind: Kind, bound: Bound, unit: str | None, hedge: str | None, change: Change | None,
    granularity: float | None, iso: str | None, head: str | None, noun: str | None = None,
    level: Level | None = None,
) -> Quantity:  # fmt: skip
    """``Quantity(...)`` with every field given in order, faster (the parser's path)."""
    q: Quantity = _new(Quantity)
    _S_TEXT(q, text)
    _S_START(q, start)
    _S_END(q, end)
    _S_VALUE(q, value)
    _S_HARD(q, hard)
    _S_SOFT(q, soft)
    _S_KIND(q, kind)
    _S_BOUND(q, bound)
    _S_UNIT(q, unit)
    _S_HEDGE(q, hedge)
    _S_CHANGE(q, change)
    _S_GRAN(q, granularity)
    _S_ISO(q, iso)
    _S_HEAD(q, head)
    _S_NOUN(q, noun)
    _S_LEVEL(q, level)
    return q
