"""A figure that cannot differ between two articles against a level that moves
(verdicts._one_moment, aspect.sized's plan, stable.reading's next clause): development
cases of wave 18, each with a look-alike that must stay silent."""

from __future__ import annotations

import pytest


def _rules(a: str, b: str, day_a: str, day_b: str) -> list[str]:
    from numcheck.checkers import drift
    from numcheck.testing import run_checks

    texts = {"a.md": f"---\ndate: {day_a}\n---\n\n{a}\n",
             "b.md": f"---\ndate: {day_b}\n---\n\n{b}\n"}
    return sorted(f.rule for f in run_checks(texts, [drift]) if f.rule != "NC404")


CONTRADICTED = [
    pytest.param(  # one day's closing price, told on two later days
        "Shares in Fenwick Group closed at 412p on Monday, down 18%, after the retailer "
        "warned that full-year profit would miss forecasts.",
        "Fenwick Group's chairman defended the board on Thursday. The shares closed at "
        "368p on Monday after the retailer warned that full-year profit would miss "
        "forecasts.", "2025-09-02", "2025-09-04", id="one-moment"),
    pytest.param(  # a plan's amount, told in its future on two days
        "The county council said on Monday that the new harbour wall at Pennock will "
        "have a budget of £18.5m, with work due to start in the autumn.",
        "Councillors approved the plan for a new harbour wall at Pennock. The project "
        "will have a budget of £23.5m, the county council said.",
        "2025-05-12", "2025-05-13", id="plan"),
    pytest.param(  # a property, the next clause in the future
        "The Marlow Playhouse, which seats 1,150 people, cancelled Monday's performance "
        "after water came through the ceiling.",
        "The Marlow Playhouse, which seats 1,480 people, will reopen on Tuesday after "
        "engineers sealed the leaking roof, its director Ruth Alder said.",
        "2025-06-03", "2025-06-05", id="property-next-clause"),
]

SILENT = [
    pytest.param(  # two days' closing prices
        "Shares in Fenwick Group closed at 412p on Monday, down 18%, after the retailer "
        "warned that full-year profit would miss forecasts.",
        "Shares in Fenwick Group closed at 436p on Thursday as investors bought back into "
        "the retailer after its profit warning.", "2025-09-01", "2025-09-04",
        id="two-moments"),
    pytest.param(  # a plan told as moved
        "The county council said on Monday that the new harbour wall at Pennock will "
        "have a budget of £18.5m, with work due to start in the autumn.",
        "The new harbour wall at Pennock will now have a budget of £23.5m after engineers "
        "found weak rock, the county council said.", "2025-05-12", "2025-05-16",
        id="plan-moved"),
    pytest.param(  # people in shelters on two days
        "About 420 people are in emergency shelters after the Tessel river broke its "
        "banks, the county council said on Monday.",
        "The county council said 130 people remained in emergency shelters on Wednesday "
        "as residents began returning to their homes.", "2025-03-10", "2025-03-12",
        id="shelters"),
    pytest.param(  # two days' arrests
        "Police arrested 14 people on Saturday during a protest against the Marlowe road "
        "scheme, a police spokesman said.",
        "Police arrested nine people on Tuesday at a second protest against the Marlowe "
        "road scheme, a police spokesman said.", "2025-05-11", "2025-05-14",
        id="two-days-tallies"),
]


@pytest.mark.parametrize(("a", "b", "day_a", "day_b"), CONTRADICTED)
def test_one_fact_told_on_two_days_differently_contradicts(a: str, b: str, day_a: str,
                                                           day_b: str) -> None:
    assert "NC401" in _rules(a, b, day_a, day_b)


@pytest.mark.parametrize(("a", "b", "day_a", "day_b"), SILENT)
def test_a_level_that_moves_stays_silent(a: str, b: str, day_a: str, day_b: str) -> None:
    assert not {"NC401", "NC402", "NC403"} & set(_rules(a, b, day_a, day_b))
