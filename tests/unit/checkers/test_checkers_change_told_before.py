"""NC206 on a change told in a sentence of its own whose two levels the next sentence
gives, only on positive evidence that both tell one figure at one time
(numcheck/checkers/_told_before.py); wrong and right from several desks, and the
look-alikes a carried reading could confuse (another measure, a part, a forecast,
another time, a day's change after a week's)."""

from __future__ import annotations

import pytest

from numcheck.checkers import change
from numcheck.testing import run_checks

# realisation -> (wrong, right)
CHANGES = {
    "business: rose P% in YEAR. It reached A, up from B the year before": (
        "Operating profit at Hallam Steel rose 22% in 2025. It reached €380 million, up "
        "from €340 million the year before, the company said on Monday.",
        "Operating profit at Hallam Steel rose 12% in 2025. It reached €380 million, up "
        "from €340 million the year before, the company said on Monday.",
    ),
    "markets: lost P% in the week. It closed at A, down from B a week earlier": (
        "The Kestrel index lost 8% in the week. It closed on Friday at 4,620 points, down "
        "from 4,880 points a week earlier.",
        "The Kestrel index lost 5% in the week. It closed on Friday at 4,620 points, down "
        "from 4,880 points a week earlier.",
    ),
    "transport: a plural subject pointed back at by 'they'": (
        "Passenger numbers at Tarrow airport rose 18% last year. They reached 4.6 million, "
        "up from 3.4 million.",
        "Passenger numbers at Tarrow airport rose 35% last year. They reached 4.6 million, "
        "up from 3.4 million.",
    ),
    "elections: the same subject opens both sentences": (
        "Turnout rose 20% in the city. Turnout went from 40,000 votes to 42,000 votes.",
        "Turnout rose 5% in the city. Turnout went from 40,000 votes to 42,000 votes.",
    ),
}


@pytest.mark.parametrize("name", sorted(CHANGES))
def test_a_change_whose_levels_follow_it(name: str) -> None:
    wrong, right = CHANGES[name]
    assert run_checks(wrong, [change]).codes() == ["NC206"]
    assert run_checks(right, [change]).codes() == []


@pytest.mark.parametrize(
    "text",
    [
        # another measure after a pointing subject
        "Revenue at Calder Tools rose 12% in 2025. It made a profit of €88 million, up "
        "from €61 million the year before.",
        # a part of the subject
        "Sales rose 12% in 2025. Sales in Europe went from €40 million to €52 million.",
        # a forecast
        "Sales rose 12% in 2025. It expects sales of €90 million next year, up from "
        "€80 million this year.",
        # a day's change after a week's
        "The index lost 8% in the week. It closed at 4,620 on Friday, down from 4,700 on "
        "Thursday.",
        "The index lost 8% in the week. It closed at 4,620, down from 4,700 a day earlier.",
        # another time
        "The council's budget rose 5% this year. It was £120 million in 2020, up from £100 "
        "million in 2019.",
        # another place after a pointing subject
        "Pay rose 6% in the year to March. It reached £520 a week, up from £470 in 2020.",
        # another subject
        "Turnout rose 9% in the city. Turnout in the suburbs went from 40,000 votes to "
        "42,000 votes.",
        # another paragraph
        "Turnout rose 20% in the city.\n\nTurnout went from 40,000 votes to 42,000 votes.",
    ],
)
def test_look_alikes_stay_quiet(text: str) -> None:
    assert run_checks(text, [change]).codes() == []
