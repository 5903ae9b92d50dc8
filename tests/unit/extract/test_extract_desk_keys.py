"""Claim keys across the desks: the measure vocabulary (measures.toml), lemmas, and the
syntax a head noun hides in ("the number of X who ...", "N of them")."""

from __future__ import annotations

import pytest

from numcheck.engine import Engine
from numcheck.testing.builders import make_document

ENGINE = Engine()


def keys(text: str) -> list[tuple[str, str, bool]]:
    claims = ENGINE.analyse(make_document(text, "a.txt")).claims
    return [(c.quantity.text, str(c.key), c.is_change) for c in claims if c.quantity.is_amount]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # jobs: roles, employees, staff and jobs are one thing; cut/shed/axe one event
        ("The bank will shed more than 900 roles.", "worker cut"),
        ("The carmaker will cut 1,200 jobs.", "worker cut"),
        ("The group axed 300 staff.", "worker cut"),
        ("About 800 employees will be affected by the plan.", "worker affected"),
        # health
        ("There were almost 60 cases in the district.", "people infected"),
        ("Confirmed infections rose to 64 on Tuesday.", "people infected"),
        ("Officials said 14 people were hospitalised.", "people hospitalised"),
        # disasters, energy, transport, crime
        ("The storm destroyed 212 homes.", "home destroyed"),
        ("About 320,000 customers were without power.", "customer without_power"),
        ("The airline cancelled 220 flights.", "flight cancelled"),
        ("Prosecutors charged 12 people.", "people charged"),
        ("The sheriff said 5,100 people were under evacuation orders.", "people evacuated"),
        ("The company said 28 miners were still trapped.", "miner trapped"),
        ("Officials said 73 guests fell ill with food poisoning.", "guest ill"),
        # an inflection the table does not list still finds its thing (lemma)
        ("Officials said 3 lorries were destroyed.", "truck destroyed"),
        # the head of "the number of X who ..." behind relative clauses
        (
            "The number of people who died in the storms that hit the coast on Friday "
            "rose to 19.",
            "people killed",
        ),
    ],
)
def test_desk_vocabulary(text: str, key: str) -> None:
    [(_, found, _)] = keys(text)
    assert found == key


def test_a_verb_object_count_is_not_a_change() -> None:
    # "cut 900 jobs" counts jobs; "cut 12%" is a change
    [(_, key, change)] = keys("The firm will cut 900 jobs.")
    assert (key, change) == ("worker cut", False)
    [(_, _, change)] = keys("Prices were cut 12% last year.")
    assert change is True


def test_them_takes_the_antecedent() -> None:
    text = "Twelve passengers were taken to hospital. Four of them were later released."
    claims = ENGINE.analyse(make_document(text, "a.txt")).claims
    whole, part = claims
    assert str(part.key) == str(whole.key) == "passenger hospitalised"
    assert part.part_of == whole.location.start


def test_share_of_those_does_not_borrow_the_other_share() -> None:
    text = "Turnout was 65%, and 55% of those present voted for the wall."
    first, second = ENGINE.analyse(make_document(text, "a.txt")).claims
    assert first.key.thing == "turnout"
    assert second.key.thing is None


def test_a_past_year_keeps_its_figures_apart() -> None:
    # "the 2011 floods killed 56" in this week's flood story: its window is its year
    from numcheck.checkers import restated
    from numcheck.testing import run_checks

    text = (
        "The floods have killed 14 people, officials said.\n\n"
        "In 2011, floods killed 56 people in the same valley.\n"
    )
    assert run_checks(text, [restated], date="2023-11-06").codes() == []
    claims = ENGINE.analyse(make_document(text, "a.txt")).claims
    assert [c.window for c in claims if c.quantity.is_amount] == [None, None]
