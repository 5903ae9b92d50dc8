"""A definite re-mention retold one slip of the pen off its antecedent
(numcheck/checkers/_restate_definite.py): each realisation of the taxonomy is reported
and its agreeing copy silent; each look-alike stays silent."""

from __future__ import annotations

import pytest

from numcheck.checkers import restated
from numcheck.checkers._restate_definite import definite_slips, swapped, swapped_or_changed
from numcheck.checkers._restate_grouping import grouping
from numcheck.engine import Engine
from numcheck.readers import read_text
from numcheck.testing import run_checks

from .restate_definite_cases import LOOKALIKES, RETOLD


def restated_codes(text: str) -> list[str]:
    return [c for c in run_checks(text, [restated]).codes() if c.startswith("NC10")]


def slips(text: str) -> list[str]:
    """The figures this reader alone reports (later figure's text)."""
    engine = Engine()
    document = read_text(text, "article.md")
    claims = list(engine.analyse(document).claims)
    g = grouping(document, claims, engine.context)
    return [f.location.text for f in definite_slips(document, g, g.lex, 0.0, set())]


# realisations the reader leaves (strict: a change that reads one moves it up)
MISSED = {
    "14": "two claimants (police, the department): an amount's claimant is kept",
    "41": "a modifier after the noun ('on board') narrows it to a part (_anaphora)",
    "8,900": "a modifier before the noun ('season ticket') narrows it to a part",
    "8": "one digit changed in place ('six weeks' / 'the 8-week closure'): left out, as "
         "every one-digit change the reader reported on the gates was outside the gold",
}


def _case(text: str, agrees: str, slipped: str) -> object:
    why = MISSED.get(slipped)
    marks = [pytest.mark.xfail(reason=why, strict=True)] if why else []
    return pytest.param(text, agrees, slipped, marks=marks)


@pytest.mark.parametrize(("text", "agrees", "slipped"), [_case(*c) for c in RETOLD])
def test_a_definite_re_mention_a_slip_off_is_reported(
    text: str, agrees: str, slipped: str
) -> None:
    assert restated_codes(text.format(slipped))
    assert not restated_codes(text.format(agrees))


# "the 14 officers injured on Friday night" after a running total since the protests began
# alarms on the group route (a day's count beside a total), not on this one: left to the
# groups (docs §57.N restate35, "left alone")
SILENT = [t for t in LOOKALIKES if "Friday night" not in t]


@pytest.mark.parametrize("text", SILENT)
def test_a_look_alike_stays_silent(text: str) -> None:
    assert restated_codes(text) == []


def test_two_slip_partners_name_no_antecedent() -> None:
    """A definite figure one slip off two earlier figures of its noun may restate either:
    the slip says nothing of which."""
    text = ("The farm keeps 341 cows on its hill pasture and 413 cows in the valley.\n\n"
            "The vet said the 431 cows had all been tested for TB.")
    assert slips(text) == []
    assert slips(text.replace(" and 413 cows in the valley", "")) == ["431"]


def test_an_equal_earlier_figure_is_the_antecedent() -> None:
    text = ("The bank will close 36 branches next year.\n\n"
            "It opened 63 branches in the 1990s.\n\n"
            "Unions said the 36 branches earmarked for closure served older customers.")
    assert slips(text) == []
    assert slips(text.replace("close 36", "close 63")) == []  # two figures it may slip from


def test_a_possessive_names_the_earlier_clause_subject() -> None:
    text = ("A coalition of the Reds, the Greens and the Left would have 82 seats.\n\n"
            "The Reds' {} seats are four more than they won before.")
    assert restated_codes(text.format("28")) == []
    owned = ("The Reds won 28 seats, the count showed.\n\n"
             "The Reds' {} seats are four more than they won before.")
    assert restated_codes(owned.format("82"))


def test_the_rest_of_a_set_is_no_antecedent() -> None:
    text = ("Parents at Brook Lane school are fighting plans to close it, along with two "
            "other schools.\n\n"
            "The council says the three schools have 410 pupils between them.")
    assert restated_codes(text) == []


def test_a_year_of_its_own_dates_another_figure() -> None:
    text = ("The academy has 1,250 pupils on its roll this term.\n\n"
            "In 2015 the 1,520 pupils were taught on two sites.")
    assert restated_codes(text) == []
    assert restated_codes(text.replace("In 2015 the", "The"))


def test_a_day_owning_the_occasion_is_another_occasion() -> None:
    text = ("A recount on Monday confirmed the winner by a majority of 31 votes.\n\n"
            "Friday's count had put her 38 votes ahead.")
    assert restated_codes(text) == []


@pytest.mark.parametrize(("a", "b", "slip"), [
    (42, 24, True),       # two adjacent digits swapped
    (4.87, 4.78, True),
    (260, 290, True),     # one digit changed
    (6, 8, True),
    (1250, 1520, True),   # "1,250"/"1,520": 125 and 152, adjacent in the significant digits
    (1250, 125, False),   # a dropped digit: a rounding or another scale, left alone
    (25, 38, False),      # two digits changed
    (123, 321, False),    # two digits swapped that are not adjacent
    (40, 40, False),
])
def test_swapped_or_changed(a: float, b: float, slip: bool) -> None:
    assert swapped_or_changed(a, b) is slip


@pytest.mark.parametrize(("a", "b", "slip"), [(42, 24, True), (4.87, 4.78, True),
                                               (260, 290, False), (6, 8, False), (36, 36, False)])
def test_only_a_swap_ties_a_definite_re_mention(a: float, b: float, slip: bool) -> None:
    assert swapped(a, b) is slip
