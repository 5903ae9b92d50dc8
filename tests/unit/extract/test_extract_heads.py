"""The noun a compound figure is told under (extract/bearers.py ``compound_head``,
extract/measure.py ``_compound``): read up to the first word no noun phrase holds (an
adverb, a verb), never past it; and a lone noun in -ing right after a determiner's figure
of a size or a duration is that noun ("the 3-day meeting"), after a sum the activity
it pays for ("£90m funding": no head), and an -ing word after a noun is a participle
("a £40m deal covering ..."). data/heads_dev.toml holds realisations by desk
(one article: restated; two articles: drift), data/heads_aside.toml the slice kept aside
while tuning."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import cases, check_case, claim


@pytest.mark.parametrize(
    ("text", "figure", "thing"),
    [
        # a compound's noun, then an adverb or a verb: the noun is the head
        ("A 20-mile exclusion zone now surrounds the plant.", "20-mile", "zone"),
        ("The 12-week trial still needs approval.", "12-week", "trial"),
        ("A 300-mile band of rain also crossed the north.", "300-mile", "band"),
        # the head as before: the last noun of the run
        ("The 40-mile convoy reached the border.", "40-mile", "convoy"),
        ("The 12-week closure begins in June.", "12-week", "closure"),
    ],
)
def test_a_compound_is_keyed_by_its_noun(text: str, figure: str, thing: str) -> None:
    assert claim(text, figure)[0].split(" ")[0] == thing


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        # a lone noun in -ing after a size's or a duration's figure names it
        ("The 3-day meeting ended without a deal.", "3-day", ("meeting",)),
        ("The five-day hearing opened on Monday.", "five-day", ("hearing",)),
        # after a sum it is an activity the sum pays for, of which a story tells many
        ("The council's £90m funding was approved.", "£90m", ()),
        ("The £2bn spending was cut.", "£2bn", ()),
        # an -ing word after the noun is a participle: the noun heads
        ("The £40m deal covering the stadium was signed.", "£40m", ("deal",)),
        ("The $2 billion spending cuts were approved.", "$2 billion", ("cut", "spending")),
    ],
)
def test_a_noun_in_ing_heads_its_compound(text: str, figure: str,
                                          measure: tuple[str, ...]) -> None:
    assert claim(text, figure)[1] == measure


@pytest.mark.parametrize("case", cases("heads_dev.toml") + cases("heads_aside.toml"))
def test_head_realisations(case: dict[str, Any]) -> None:
    check_case(case)
