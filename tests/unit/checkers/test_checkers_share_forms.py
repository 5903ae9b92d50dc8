"""NC203 on more forms of a share stated with its count or restated (docs/maintainers/
phrasings-relations.md, shares, rows 1, 5, 7, 10, 11, 14): wrong and right, in other
words than the story corpus."""

from __future__ import annotations

import pytest

from numcheck.checkers import shares
from numcheck.testing import run_checks

# realisation -> (wrong, right)
FORMS = {
    "a change verb before a share of a base: 'will shed a fifth of its N staff - M'": (
        "The insurer will shed a fifth of its 4,500 staff - 1,200 people.",
        "The insurer will shed a fifth of its 4,500 staff - 900 people.",
    ),
    "a colon glued to the words before the count": (
        "A quarter of the 48 councillors walked out: 16 members.",
        "A quarter of the 48 councillors walked out: 12 members.",
    ),
    "a one-sided share: 'fewer than one in ten of N, M'": (
        "Fewer than one in ten of the 2,300 bridges inspected, 310, needed repairs.",
        "Fewer than one in ten of the 2,300 bridges inspected, 190, needed repairs.",
    ),
    "a one-sided share: 'more than X% of N, or M'": (
        "More than 30% of the 600 flights, or 150, were delayed.",
        "More than 30% of the 600 flights, or 210, were delayed.",
    ),
    "a word share restated as a percentage: 'three in four (X%)'": (
        "Three in four nurses (62%) said they planned to leave.",
        "Three in four nurses (76%) said they planned to leave.",
    ),
    "a percentage restated as a word share: 'X%, or about a third,'": (
        "Some 45%, or about a third, of the claims were rejected.",
        "Some 35%, or about a third, of the claims were rejected.",
    ),
    "a share, then the part and its whole in dashes: 'X% of <noun> - M of N -'": (
        "Roughly 30% of the fines - 540 of 1,200 - went unpaid.",
        "Roughly 45% of the fines - 540 of 1,200 - went unpaid.",
    ),
}


@pytest.mark.parametrize("name", sorted(FORMS))
def test_a_share_and_its_restatement_disagree(name: str) -> None:
    wrong, right = FORMS[name]
    assert run_checks(wrong, [shares]).codes() == ["NC203"]
    assert run_checks(right, [shares]).codes() == []


@pytest.mark.parametrize(
    "text",
    [
        # "with N of M" may start a progress clause, not a restatement
        "Turnout was 64%, with 12 of the 40 wards still to report.",
        # a hedged word share beside a percentage within its hedge
        "Nearly half (48%) of the crew were rescued.",
        "More than half (52%) of the tenants signed.",
        # a change is no share of a base
        "Prices rose 5% on the month, and 12% of the 300 shops closed.",
    ],
)
def test_a_share_with_no_disagreeing_restatement_is_quiet(text: str) -> None:
    assert run_checks(text, [shares]).codes() == []
