"""Shares and changes read from their grammar, whatever the desk (wave 23, shares23): a
level reached by a verb whose particle is "up" ("went up to 9,600 from 8,000"), a share
set off by paired marks after a ratio, a period phrase and a comparing word with no comma
("9,600 this year against 8,000 last year"), a share named by its own noun (", a 94% yes
vote"), an amount's own "of" complement ("48bn crowns of government debt, about a
third of ..."), and a share closing a sentence opened by a partitive ("Of the 640
pupils, 58 ..., about one in seven"). Each wrong realisation is reported; its right
twin and the look-alikes stay silent."""

from __future__ import annotations

import pytest

from numcheck.checkers import change, shares
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [shares, change], path="article.txt").codes()


# (wrong, right, rule)
CASES = {
    "went up to, sport": (
        "Attendance went up to 9,600 from 8,000, a rise of 25%, the club said.",
        "Attendance went up to 9,600 from 8,000, a rise of 20%, the club said.",
        "NC206",
    ),
    "will go up to, education": (
        "Tuition fees will go up to £9,535 from £9,250, a rise of 5%, the university said.",
        "Tuition fees will go up to £9,535 from £9,250, a rise of 3%, the university said.",
        "NC206",
    ),
    "edged up to, energy": (
        "Brent crude edged up to $88 a barrel from $80, a 12% increase, traders said.",
        "Brent crude edged up to $88 a barrel from $80, a 10% increase, traders said.",
        "NC206",
    ),
    "shot up to, health": (
        "Waiting lists have shot up to 7.6 million from 4.6 million, a jump of 80%.",
        "Waiting lists have shot up to 7.6 million from 4.6 million, a jump of 65%.",
        "NC206",
    ),
    "out of the, set off by commas, courts": (
        "Police said 45 out of the 120 people arrested, about 55%, had previous convictions.",
        "Police said 45 out of the 120 people arrested, about 38%, had previous convictions.",
        "NC203",
    ),
    "dash and or, health": (
        "Of the 640 patients seen last month, 208 - or 42% - were over 70, the trust said.",
        "Of the 640 patients seen last month, 208 - or 33% - were over 70, the trust said.",
        "NC203",
    ),
    "period and against, no comma, business": (
        "Ticket sales hit 9,600 this year against 8,000 last year, a 25% increase.",
        "Ticket sales hit 9,600 this year against 8,000 last year, a 20% increase.",
        "NC206",
    ),
    "compared with after a period, wire": (
        "Sales were £56m in the first half compared with £48m a year earlier, a rise of 12%.",
        "Sales were £56m in the first half compared with £48m a year earlier, a rise of 17%.",
        "NC206",
    ),
    "a yes vote, labour": (
        "The strike was backed by 118 of the 131 who voted, a 94% yes vote.",
        "The strike was backed by 118 of the 131 who voted, a 90% yes vote.",
        "NC203",
    ),
    "a stake, markets": (
        "The fund holds 12 million of the 75 million shares, a 20% stake.",
        "The fund holds 12 million of the 75 million shares, a 16% stake.",
        "NC203",
    ),
    "an amount's own of, markets": (
        "Non-residents hold 48bn crowns of government debt, about a third of the 190bn "
        "crowns outstanding.",
        "Non-residents hold 48bn crowns of government debt, about a quarter of the 190bn "
        "crowns outstanding.",
        "NC203",
    ),
    "a premium to, business": (
        "Sunvane offered 585p a share, a 45% premium over the 390p close.",
        "Sunvane offered 585p a share, a 50% premium over the 390p close.",
        "NC206",
    ),
    "a premium of, wire": (
        "Sunvane offered 585p a share, a premium of 45% to the undisturbed 390p.",
        "Sunvane offered 585p a share, a premium of 50% to the undisturbed 390p.",
        "NC206",
    ),
    "a discount to, trade": (
        "The trust's shares trade at 540p, a 15% discount to the 600p net asset value.",
        "The trust's shares trade at 540p, a 10% discount to the 600p net asset value.",
        "NC206",
    ),
    "closing share after a partitive, education": (
        "Of the 640 pupils at Quillmoor, 58 have been kept home on advice, about one in seven.",
        "Of the 640 pupils at Quillmoor, 58 have been kept home on advice, about one in 11.",
        "NC203",
    ),
    "closing share after a partitive, local": (
        "Of the 48 councillors, 30 voted for the budget on Tuesday night, nearly "
        "three-quarters.",
        "Of the 48 councillors, 30 voted for the budget on Tuesday night, nearly two-thirds.",
        "NC203",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_wrong_is_reported(name: str) -> None:
    wrong, _right, rule = CASES[name]
    assert rule in codes(wrong)


@pytest.mark.parametrize("name", sorted(CASES))
def test_right_is_silent(name: str) -> None:
    _wrong, right, _rule = CASES[name]
    assert codes(right) == []


LOOK_ALIKES = [
    "Fines can go up to £5,000 from next year, the council said.",
    "The army will move up to 400 troops to the border by 2027.",
    "Prices rose by up to 10% last year, the regulator said.",
    "Up to 400 people may have died, officials said, up from 250 on Monday.",
    "Staff work 10- or 12-hour shifts at the depot.",
    "Ticket sales hit 9,600 this year against a target of 12,000, a shortfall of 20%.",
    "Members voted 118 to 13 to reject a 4.5% pay offer.",
    "Of the 640 pupils, 58 were kept home, and 12% of staff were off sick.",
    "The port handled 2,000 tonnes of the grain, a third of the 6,000 tonnes shipped.",
    "Yields crept back up to 4.3% from 4.1% on Friday.",
    "Of the 900 flights due, 120 were cancelled on Friday, about 13%.",
    "The firm holds £40m of its own debt, about 8% of the £500m it owes.",
    "The 585p offer values the group at £1.5bn, a premium the board called fair.",
    "Shares closed at 412p, a 3% discount to the 2023 high of 425p.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_silent(text: str) -> None:
    assert codes(text) == []


def test_premium_nouns_reject_a_wrong_direction() -> None:
    from numcheck.checkers._levels import LevelCues

    with pytest.raises(ValueError, match="premium_nouns"):
        LevelCues({"levels": {"premium_nouns": {"premium": "sideways"}}})
