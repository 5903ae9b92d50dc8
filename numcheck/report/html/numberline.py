"""One shared number line: where each figure's bounds lie, in SVG coordinates.

The geometry is computed here (pure and unit-tested); the template only draws it.
Every row of a line uses the same scale, so a reader sees at once whether two bars
overlap: the hard bounds (what the words allow) as a hatched bar, the soft bounds
(the usual reading) as a solid bar inside it, the figure as written as a tick. An
unbounded end ("more than 2,000") runs to the edge and ends in an arrow.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from numcheck.interval import Interval

WIDTH = 480.0
PLOT_LEFT = 44.0  # room for the row's letter and a leftward arrow
PLOT_RIGHT = WIDTH - 22.0  # room for a rightward arrow
ROW_HEIGHT = 28.0
TOP = 4.0
AXIS_HEIGHT = 32.0
HARD_HEIGHT = 16.0
SOFT_HEIGHT = 6.0
MIN_WIDTH = 4.0  # a point still shows as a bar


@dataclass(frozen=True, slots=True)
class LineInput:
    label: str  # "A", "B", "Σ" (the sum of parts)
    hard: Interval
    soft: Interval
    value: float | None
    title: str  # what a pointer hover shows


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    width: float
    unbounded_low: bool
    unbounded_high: bool

    @property
    def end(self) -> float:
        return self.x + self.width


@dataclass(frozen=True, slots=True)
class Row:
    label: str
    y: float  # the row's centre line
    hard: Bar
    soft: Bar
    value_x: float | None
    title: str


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True, slots=True)
class NumberLine:
    rows: tuple[Row, ...]
    ticks: tuple[Tick, ...]
    low: float  # the domain shown
    high: float
    width: float = WIDTH
    plot_left: float = PLOT_LEFT
    plot_right: float = PLOT_RIGHT

    @property
    def axis_y(self) -> float:
        return TOP + ROW_HEIGHT * len(self.rows) + 4

    @property
    def height(self) -> float:
        return self.axis_y + AXIS_HEIGHT

    @property
    def hard_height(self) -> float:
        return HARD_HEIGHT

    @property
    def soft_height(self) -> float:
        return SOFT_HEIGHT


def number_line(inputs: Sequence[LineInput]) -> NumberLine:
    """Rows on one scale spanning every finite bound (padded; open ends get room)."""
    low, high = _domain(inputs)
    scale = _Scale(low, high)
    rows = tuple(
        Row(
            label=item.label,
            y=TOP + ROW_HEIGHT * (i + 0.5),
            hard=scale.bar(item.hard),
            soft=scale.bar(item.soft),
            value_x=scale.x(item.value) if item.value is not None and math.isfinite(item.value)
            else None,
            title=item.title,
        )
        for i, item in enumerate(inputs)
    )
    ticks = tuple(Tick(scale.x(v), number(v)) for v in nice_ticks(low, high))
    return NumberLine(rows, ticks, low, high)


def _domain(inputs: Sequence[LineInput]) -> tuple[float, float]:
    finite = [
        v
        for item in inputs
        for v in (item.hard.low, item.hard.high, item.soft.low, item.soft.high, item.value)
        if v is not None and math.isfinite(v)
    ]
    if not finite:
        return 0.0, 1.0
    low, high = min(finite), max(finite)
    span = high - low or max(abs(low) * 0.1, 1.0)
    pad = span * 0.08
    nonnegative = low >= 0
    low, high = low - pad, high + pad
    if any(math.isinf(item.hard.high) for item in inputs):
        high += span * 0.25  # an open upper end runs on past the last finite bound
    if any(math.isinf(item.hard.low) for item in inputs):
        low -= span * 0.25
    elif nonnegative and low < span * 0.3:
        low = 0.0  # close to zero: show zero, the natural start of a count
    return low, high


@dataclass(frozen=True, slots=True)
class _Scale:
    low: float
    high: float

    def x(self, value: float) -> float:
        clamped = min(max(value, self.low), self.high)
        share = (clamped - self.low) / (self.high - self.low)
        return round(PLOT_LEFT + share * (PLOT_RIGHT - PLOT_LEFT), 2)

    def bar(self, interval: Interval) -> Bar:
        left, right = self.x(interval.low), self.x(interval.high)
        if right - left < MIN_WIDTH:
            centre = (left + right) / 2
            left, right = centre - MIN_WIDTH / 2, centre + MIN_WIDTH / 2
        return Bar(round(left, 2), round(right - left, 2),
                   math.isinf(interval.low), math.isinf(interval.high))


def nice_ticks(low: float, high: float, target: int = 5) -> list[float]:
    """Round values inside [low, high], about ``target`` of them (1-2-5 steps)."""
    span = high - low
    raw = span / target
    # a step finer than the labels' 10 decimals (or one that underflows) labels nothing
    if not math.isfinite(span) or raw < 1e-10:
        return [low]
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    first = math.ceil(low / step) * step
    count = math.floor((high - first) / step + 1e-9) + 1
    return [round(first + i * step, 10) for i in range(count)]


def number(value: float) -> str:
    """A figure for people: 5,840 / 0.25 / 1.5 million / ∞."""
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    if abs(value) >= 1e6 and value == round(value, -4):
        return f"{value / 1e6:,.6g} million" if abs(value) < 1e9 else f"{value / 1e9:,.6g} billion"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def interval_text(interval: Interval) -> str:
    """[450, 500) with people's numbers; a point as one number."""
    if interval.low == interval.high and interval.low_closed and interval.high_closed:
        return number(interval.low)
    left = "[" if interval.low_closed and math.isfinite(interval.low) else "("
    right = "]" if interval.high_closed and math.isfinite(interval.high) else ")"
    return f"{left}{number(interval.low)}, {number(interval.high)}{right}"


__all__ = [
    "Bar",
    "LineInput",
    "NumberLine",
    "Row",
    "Tick",
    "interval_text",
    "nice_ticks",
    "number",
    "number_line",
]
