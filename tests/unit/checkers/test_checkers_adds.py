"""Wave 26 (alarm26): which figures add up (numcheck/checkers/_adds.py). A level (a
fare, a price, a rate, a turnout, a temperature) told for the whole and then per place,
group or period is no breakdown; an amount (a count, money spent, a revenue) is. The
parts and shares checkers ask one judge before they sum (``AddCues.level``)."""

from __future__ import annotations

import pytest
from sentence_rules import rules as _rules

from numcheck.checkers._adds import AddCues
from numcheck.lexicon import Lexicon, LexiconError

_PARTS = {"NC201", "NC202", "NC205"}


def _parts(sentence: str) -> list[str]:
    return [r for r in _rules(sentence) if r in _PARTS]


@pytest.mark.parametrize("sentence", [
    # wire, transport: a fare for the whole, then per place
    "Bus fares rose to £2.40 on Monday - £2.10 in the villages and £2.60 in the town, the "
    "council said.",
    # broadcaster, politics: a turnout by area
    "Turnout was 61% in the north, and 58% in the south, officials said.",
    # local paper, politics
    "Turnout was 41% across the borough: 38% in Lowton, 44% in Brackley and 43% in Tarn.",
    # broadcaster, weather
    "Temperatures reached 31C on Saturday - 29C in Hexby and 33C in Morley, forecasters "
    "said.",
    # local paper, education
    "The pass rate was 78%: 81% at Greyfield, 74% at St Anne's and 79% at Hollins.",
    # broadcaster, health
    "Occupancy was 94% across the trust - 97% at Kingsmead, 91% at Eastbridge and 95% at "
    "Norton.",
    # press release, property
    "House prices rose to £287,000 in March: £312,000 in Ashby and £261,000 in Marl.",
    # trade press, aviation
    "Punctuality was 88% in March: 91% at Heathmere, 84% at Sallow and 87% at Dunby.",
    # press release, education
    "Attendance was 93% last term: 95% in primary schools and 91% in secondaries, the "
    "trust said.",
    # local paper, health
    "Uptake was 68%, 71% in Orton and 64% in Mardle, the health board said.",
])
def test_a_level_told_per_place_is_no_breakdown(sentence: str) -> None:
    assert _parts(sentence) == []


def test_a_turnout_is_no_share_of_the_vote_beside_it() -> None:
    # wire, politics: the turnout is the value of an amount, never a third share of the
    # vote (the parts reader may still read "with" as some of the turnout: NC202)
    said = "Turnout was 72%, with 54% voting yes and 46% no."
    assert "NC205" not in _parts(said)


@pytest.mark.parametrize(("sentence", "rule"), [
    # trade press: a level noun that modifies another noun sizes nothing
    ("Fare revenue was £2.4m: £1.5m from buses and £0.6m from trams.", "NC202"),
    # local paper: the figure counts shops of its own
    ("Prices were cut at 14 shops: six in Leeds, five in York and two in Hull.", "NC202"),
    # council: a level noun after a preposition
    ("Spending on fares rose to £2.4m: £1.5m on buses and £0.6m on trains.", "NC202"),
    # a turnout in people is a count, and counts add
    ("Turnout was 12,400: 5,100 in Lowton and 6,300 in Brackley.", "NC202"),
    # a vote share is no level: shares of one vote
    ("The vote share was 52% for Aldwen, 31% for Bray and 24% for Cole.", "NC205"),
    # press release: one "of" makes the revenue the base of every share after it
    ("Some 60% of revenue came from Europe, 30% from Asia and 20% from the Americas.",
     "NC205"),
    # wire: the parts of a hospital trust's beds
    ("The trust has 1,200 beds: 500 at Kingsmead, 400 at Eastbridge and 200 at Norton.",
     "NC202"),
])
def test_an_amount_still_adds_up(sentence: str, rule: str) -> None:
    assert rule in _parts(sentence)


@pytest.mark.parametrize("sentence", [
    "Bus fares rose to £2.40. The operator carried 1.2 million passengers: 700,000 in the "
    "town and 500,000 in the villages.",
    "Occupancy was 94%. The trust has 1,100 beds: 500 at Kingsmead, 400 at Eastbridge and "
    "200 at Norton.",
    "Some 50% of revenue came from Europe, 30% from Asia and 20% from the Americas.",
    "Rail fares rose to £2.40, including 30p for the fuel surcharge.",
    "The price was £4.5m: £3m in cash and £1.5m in shares.",
])
def test_consistent_copy_beside_levels_stays_silent(sentence: str) -> None:
    assert _parts(sentence) == []


def _cues(adds: object) -> AddCues:
    lex = dict(Lexicon.default()["checkers"])
    lex["adds"] = adds
    return AddCues(lex, Lexicon.default()["measures"])


@pytest.mark.parametrize("sentence", [
    # wire, weather: a day's peak, then per place after "with"
    "Temperatures peaked at 31C on Tuesday, with 29C in the hills and 33C on the coast.",
    # local paper, maritime
    "The sea was 14C off Hexby on Sunday, with 16C in the bay and 12C further out, the "
    "coastguard said.",
    # court report, industry: a temperature of a thing, not of a place
    "The oven ran at 220C, with 240C at the back and 200C near the door, the inquest heard.",
    # broadcaster, weather: a low, and a place below it
    "Overnight the low was 3C, with minus 2C in the glens and 5C in the city.",
])
def test_a_temperature_holds_no_parts(sentence: str) -> None:
    # ``[adds] dimensions``: a temperature is a level whatever noun it sizes
    assert _parts(sentence) == []


def test_the_adds_tables_refuse_a_wrong_entry() -> None:
    good = {"links": ["was"], "governors": ["on"], "levels": {"percent": ["turnout"]}}
    assert "turnout" in _cues(good).levels[next(iter(_cues(good).levels))]
    for wrong in (
        {**good, "links": ["stood at"]},
        {**good, "governors": "on"},
        {**good, "levels": {"percent": ["Turnout"]}},
        {**good, "levels": {"count": ["turnout"]}},
        {**good, "levels": ["turnout"]},
        {**good, "dimensions": ["temperature"]},
        {**good, "dimensions": "[temperature]"},
    ):
        with pytest.raises(LexiconError, match=r"adds\."):
            _cues(wrong)


def test_a_revenue_told_by_shares_still_adds_up() -> None:
    # trade press: a percentage keyed by an amount that is no level is its share
    said = "Revenue came 60% from Europe, 30% from Asia and 20% from the Americas."
    assert "NC205" in _parts(said)
