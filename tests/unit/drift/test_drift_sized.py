"""A size of a thing told on two days (checkers/drift/aspect.py ``sized``): "the £45m
contract" is one fact whichever day an article gives it, so two days' sizes that differ
contradict; a level ("shares closed at 412p", "the river stood at 4.2 metres"), an
estimate ("will cost") or an update ("has risen to") stays its day's."""

from __future__ import annotations

import pytest
from drift_helpers import analysed, drift_rules

from numcheck.checkers.drift.alignment import Alignment
from numcheck.checkers.drift.aspect import AspectWords, sized


def _sized(sentence: str, figure: str) -> bool:
    engine, doc, claim = analysed(sentence, figure)
    return sized(claim, Alignment.from_lexicon(engine.lexicon), doc.text,
                 AspectWords.from_lexicon(engine.lexicon))


def _rules(a: str, b: str, day_a: str = "2026-05-04", day_b: str = "2026-05-05") -> list[str]:
    return [r for r in drift_rules(a, b, day_a, day_b) if r in ("NC401", "NC402")]


@pytest.mark.parametrize(("sentence", "figure"), [
    ("Tollis Construction won the £54m contract to rebuild the road.", "£54m"),
    ("The grocer was ordered to pay £580,000 in damages.", "£580,000"),
    ("Engineers examined the 430-metre bridge after the collapse.", "430-metre"),
    ("Nurses turned down the 5.4% pay offer on Tuesday.", "5.4%"),
])
def test_the_size_of_a_thing(sentence: str, figure: str) -> None:
    assert _sized(sentence, figure)


@pytest.mark.parametrize(("sentence", "figure"), [
    ("Shares in Haldane closed at 412p on Monday.", "412p"),  # a verb frame's level
    ("The new hospital will cost £1.2bn, the authority said.", "£1.2bn"),  # an estimate
    ("The bill for the hospital has now reached £1.6bn.", "£1.6bn"),  # an update
    ("Reservoirs were 61% full on Monday, the water company said.", "61%"),  # a level
    ("Some 400 workers walked out over pay on Monday.", "400"),  # a count, not a size
])
def test_a_level_an_estimate_or_a_count(sentence: str, figure: str) -> None:
    assert not _sized(sentence, figure)


def test_two_days_sizes_of_one_contract_contradict() -> None:
    a = ("Harbrook council has awarded a £45m contract to resurface the B4120 to Tollis "
         "Construction. Work will start in June.")
    b = ("Residents were warned of two summers of roadworks after Tollis Construction won "
         "the £54m contract to rebuild the road. It carries 12,000 vehicles a day.")
    assert _rules(a, b) == ["NC401"]


@pytest.mark.parametrize(("a", "b"), [
    ("Orrin Rail won a £44.7m contract to upgrade signalling on the Vale line.",
     "Orrin Rail will hire 70 engineers for its £45m Vale line signalling contract."),
    ("Shares in Haldane Foods closed at 412p on Monday after a strong quarter.",
     "Shares in Haldane Foods closed at 388p on Tuesday as analysts turned cautious."),
    ("The new Farrow hospital will cost £1.2bn, the health authority said.",
     "The bill for the new Farrow hospital has risen to £1.6bn, the authority admitted."),
])
def test_one_size_rounded_a_level_or_an_update_agree(a: str, b: str) -> None:
    assert _rules(a, b) == []


def test_a_growing_thing_told_in_a_progressive_is_its_days_state() -> None:
    a = "Crews were fighting a 12-mile fire front near Sella on Monday."
    b = "Crews were fighting a 30-mile fire front near Sella on Thursday."
    assert _rules(a, b, "2026-05-04", "2026-05-07") == []


def test_an_amount_a_move_took_is_no_fixed_fact() -> None:
    """ "raised its offer to 350p" tells where the offer stands now, not a fact the first
    offer of 305p contradicts ([properties] moved before the figure)."""
    a = "Vestry Homes has tabled an offer of 305p for rival Dunmore."
    assert _rules(a, "Vestry Homes raised its offer for Dunmore to 350p.") == []
    assert _rules(a, "Vestry Homes sweetened its offer for Dunmore to 350p.") == []
    assert _rules("Corran Mills set a fee of £45 a year for its members.",
                  "Corran Mills raised the members' fee to £48 a year.") == []
    # the offer of 350p told as a fact, not as a move, still contradicts 305p
    assert _rules(a, "Dunmore's board rejected the offer of 350p from Vestry Homes.") \
        == ["NC401"]


@pytest.mark.parametrize(("sentence", "figure"), [
    ("The board declared a final dividend of 6.1p a share.", "6.1p"),  # a denominator
    ("The board declared a dividend of 6.1p a share, payable in May.", "6.1p"),  # a month
])
def test_a_denominator_or_a_month_is_no_level_or_estimate(sentence: str, figure: str) -> None:
    assert _sized(sentence, figure)


@pytest.mark.parametrize(("sentence", "figure"), [
    ("The dividend of 6.1p may be cut, the board said.", "6.1p"),  # the modal
    ("The offer of 350p values the shares at £2.1bn.", "350p"),  # shares told after it
])
def test_the_modal_or_a_level_after_the_denominator_stays(sentence: str, figure: str) -> None:
    assert not _sized(sentence, figure)
