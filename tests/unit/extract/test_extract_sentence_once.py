"""What a sentence says of all its figures (the day its attribution names, the earlier
year it tells) is read once per sentence and given to each figure; a figure's own day
stays its own. A sentence of thousands of figures must not be re-read for each one
(benchmarks/adversarial.py ``counted-soup`` times it)."""

from __future__ import annotations

import datetime as dt

from numcheck.claims import Claim
from numcheck.engine import Engine
from numcheck.testing.builders import make_document

ENGINE = Engine()


def _claims(text: str) -> dict[str, Claim]:
    found = ENGINE.analyse(make_document(text, "a.txt", date="2026-12-02")).claims
    return {c.quantity.text: c for c in found if isinstance(c, Claim) and c.quantity.is_amount}


def test_every_figure_takes_the_day_its_sentence_attribution_names() -> None:
    claims = _claims(
        "Crews had rescued 41 people, treated 17 and moved 230 to shelters, the fire "
        "service said on Monday."
    )
    assert {claims[t].day for t in ("41", "17", "230")} == {dt.date(2026, 11, 30)}


def test_a_figure_with_its_own_day_keeps_it_beside_the_sentence_day() -> None:
    claims = _claims("The airport said 182 flights were canceled on Monday and 64 on Tuesday.")
    assert claims["182"].day == dt.date(2026, 11, 30)
    assert claims["64"].day == dt.date(2026, 12, 1)


def test_every_figure_of_a_sentence_telling_an_earlier_year_is_of_that_year() -> None:
    claims = _claims(
        "The 2019 floods killed 56 people, destroyed 1,400 homes and closed 38 schools."
    )
    assert {claims[t].window for t in ("56", "1,400", "38")} == {"in 2019"}


def test_the_next_sentence_is_read_for_itself() -> None:
    claims = _claims(
        "The 2019 floods killed 56 people and destroyed 1,400 homes. This week's storm has "
        "killed 12 people and damaged 300 homes."
    )
    assert claims["56"].window == "in 2019"
    assert claims["12"].window != "in 2019"
    assert claims["300"].window != "in 2019"
