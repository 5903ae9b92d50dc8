"""Number-line geometry and the verdict tiers of the html format."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from numcheck.findings import Finding, Location, Severity
from numcheck.interval import INF, Interval
from numcheck.report.html.numberline import (
    PLOT_LEFT,
    PLOT_RIGHT,
    LineInput,
    interval_text,
    nice_ticks,
    number,
    number_line,
)
from numcheck.report.html.verdicts import RULE_TIERS, Tier, tier_of


def row(label: str, hard: Interval, soft: Interval | None = None,
        value: float | None = None) -> LineInput:
    return LineInput(label, hard, soft or hard, value, label)


def test_disjoint_intervals_get_disjoint_bars_and_overlapping_ones_overlap() -> None:
    line = number_line([
        row("A", Interval(450, 500, True, False), value=500),
        row("B", Interval(5835, 5845, True, False), value=5840),
        row("C", Interval(480, 520)),
    ])
    a, b, c = (r.hard for r in line.rows)
    assert a.end <= b.x
    assert c.x < a.end
    assert a.x < c.end
    assert all(bar.x >= PLOT_LEFT and bar.end <= PLOT_RIGHT for bar in (a, b, c))
    assert line.rows[1].value_x == pytest.approx(b.x + b.width / 2, abs=0.1)


def test_an_open_end_runs_to_the_edge_and_the_scale_leaves_room_for_it() -> None:
    line = number_line([row("A", Interval(300, INF, True, False),
                            Interval(300, 400, True, True), 300),
                        row("B", Interval.point(116))])
    a, b = line.rows
    assert a.hard.unbounded_high
    assert not a.hard.unbounded_low
    assert a.hard.end == PLOT_RIGHT
    assert a.soft.end < PLOT_RIGHT  # the usual reading stays finite
    assert b.hard.end <= a.hard.x
    assert line.high > 400


def test_points_show_as_thin_bars_and_the_scale_starts_at_zero_near_zero() -> None:
    line = number_line([row("A", Interval.point(34)), row("B", Interval.point(285))])
    assert line.low == 0
    assert [t.label for t in line.ticks] == ["0", "100", "200", "300"]
    assert all(r.hard.width == 4.0 for r in line.rows)


def test_a_single_value_still_gets_a_scale() -> None:
    line = number_line([row("A", Interval.point(0)), row("B", Interval.point(0))])
    assert line.high > line.low
    assert not any(math.isnan(r.hard.x) for r in line.rows)


@given(st.lists(st.tuples(st.floats(-1e9, 1e9), st.floats(0, 1e8)), min_size=2, max_size=6))
def test_bars_keep_the_order_of_their_intervals(spans: list[tuple[float, float]]) -> None:
    intervals = [Interval(low, low + width) for low, width in spans]
    line = number_line([row(str(i), iv) for i, iv in enumerate(intervals)])
    for (first, bar_a), (second, bar_b) in zip(
            zip(intervals, (r.hard for r in line.rows), strict=True),
            zip(intervals[1:], (r.hard for r in line.rows[1:]), strict=True), strict=False):
        if first.high < second.low:
            assert bar_a.x <= bar_b.x
        assert bar_a.x >= PLOT_LEFT - 2
        assert bar_a.end <= PLOT_RIGHT + 2


def test_ticks_are_round_and_inside() -> None:
    assert nice_ticks(0, 1000) == [0, 200, 400, 600, 800, 1000]
    assert nice_ticks(317.7, 319.3) == [318.0, 318.5, 319.0]
    assert nice_ticks(5, 5) == [5]
    assert nice_ticks(0.0, 5e-324) == [0.0]  # a span that underflows the step


@pytest.mark.parametrize(("value", "text"), [
    (5840, "5,840"), (0.25, "0.25"), (1_500_000, "1.5 million"), (INF, "∞"),
    (2_000_000_000, "2 billion"), (-INF, "−∞"),
])
def test_numbers_read_as_an_editor_writes_them(value: float, text: str) -> None:
    assert number(value) == text


def test_interval_text_keeps_open_and_closed_ends() -> None:
    assert interval_text(Interval(450, 500, True, False)) == "[450, 500)"
    assert interval_text(Interval(2000, INF, False, False)) == "(2,000, ∞)"
    assert interval_text(Interval.point(498)) == "498"


def finding(rule: str, severity: Severity, related: int = 0) -> Finding:
    loc = Location("a.md", 0, 2, 1, 1, 1, 3, "12")
    return Finding(rule, "m", loc, related=(loc,) * related, severity=severity)


def test_rule_tiers_and_the_fallback_for_plugin_rules() -> None:
    assert tier_of(finding("NC401", Severity.ERROR)) is Tier.CONTRADICTION
    assert tier_of(finding("NC404", Severity.INFO)) is Tier.DISPUTED
    assert tier_of(finding("NC402", Severity.WARNING)) is Tier.DRIFT
    # a severity override does not change what the rule concludes
    assert tier_of(finding("NC401", Severity.INFO)) is Tier.CONTRADICTION
    assert tier_of(finding("CC101", Severity.ERROR)) is Tier.CONTRADICTION
    assert tier_of(finding("CC103", Severity.WARNING, related=1)) is Tier.DRIFT
    assert tier_of(finding("AP104", Severity.WARNING)) is Tier.NOTE
    assert tier_of(finding("AP101", Severity.INFO)) is Tier.NOTE
    assert Tier.CONTRADICTION.rank < Tier.DRIFT.rank < Tier.DISPUTED.rank < Tier.NOTE.rank
    assert Tier.NOTE.rank < Tier.CONSISTENT.rank < Tier.NOT_COMPARED.rank


def test_every_built_in_rule_has_a_tier() -> None:
    from numcheck.engine import Engine
    from numcheck.plugins import get_plugin_manager
    from numcheck.settings import Settings

    rules = Engine(Settings(), get_plugin_manager(Settings())).rules
    built_in = {code for code, rule in rules.items() if code.startswith("NC")}
    assert built_in <= set(RULE_TIERS)
