"""NC101: a headline's level restated by the lede with the verb that governs it
("Brewer fined £250,000" over "A brewery was fined £205,000"; _headline.py)."""

from __future__ import annotations

import pytest

from numcheck.checkers import restated
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [restated], path="article.md").codes()


@pytest.mark.parametrize(
    "text",
    [
        "# Brewer fined £250,000 over river spill\n\nA brewery was fined £205,000 at Crown "
        "Court on Thursday after beer waste killed thousands of fish.\n",
        "# Man jailed for six years over fraud\n\nA man was jailed for four years at Leeds "
        "Crown Court on Friday.\n",
        "# Council to spend £5m on roads\n\nThe county council will spend £3m on roads "
        "next year, its cabinet agreed.\n",
    ],
)
def test_the_lede_restates_the_headline_with_its_verb(text: str) -> None:
    assert codes(text) == ["NC101"]


@pytest.mark.parametrize(
    "text",
    [
        # the lede agrees
        "# Brewer fined £205,000 over river spill\n\nA brewery was fined £205,000 at Crown "
        "Court on Thursday.\n",
        # one figure of the verb fits
        "# Man jailed for six years over fraud\n\nA man was jailed for four years and his "
        "brother was jailed for six years at Leeds Crown Court.\n",
        # a sum's parts: two figures of the dimension in one sentence
        "# Firm fined £250,000 over spill\n\nThe firm was fined £205,000 and ordered to pay "
        "£45,000 costs at Crown Court.\n",
        # another object
        "# Council to spend £5m on roads\n\nThe council will spend £2m on potholes this "
        "year.\n",
        # another verb; a figure after the lede
        "# Club raises £10,000 for hospice\n\nA running club collected £4,000 at a fun run "
        "on Sunday.\n\nIts members have now raised £10,000 in all.\n",
        "# Pensioner, 84, left waiting 15 hours for ambulance\n\nAn 84-year-old woman "
        "waited 15 hours for an ambulance after falling at home.\n",
    ],
)
def test_a_lede_that_fits_or_says_another_thing_is_silent(text: str) -> None:
    assert codes(text) == []
