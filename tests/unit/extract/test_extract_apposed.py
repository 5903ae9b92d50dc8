"""The share-restated slot (docs/maintainers/phrasings.md §17): a share of a counted base
is named by the base; an absolute set beside such a share, or after a partitive opener,
is a part of that base. data/apposed_dev.toml holds realisations by desk, scored end to
end (planted problems found, look-alikes silent); data/apposed_aside.toml is the third
kept aside while tuning."""

from __future__ import annotations

import pytest
from extract_helpers import cases, check_case, claim


@pytest.mark.parametrize(
    ("text", "figure", "thing"),
    [
        ("Two-thirds of its 421 stores, or 240, now open late.", "Two-thirds", "business"),
        ("A third of the 1,204 respondents — 501 people — said so.", "A third",
         "respondent"),
        ("Nearly seven in ten of the 84,200 registered voters cast a ballot.",
         "Nearly seven in ten", "voter"),
    ],
)
def test_a_share_of_a_counted_base_is_named_by_it(text: str, figure: str,
                                                  thing: str) -> None:
    key = claim(text, figure)[0]
    assert key.split()[:2] == [thing, "?"]  # no event: a share of the voters is not all


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a share set after its part is left unnamed: keyed by the part's thing, two
        # sources' shares of one base (two different parts) would meet by likeness
        ("Four of the 29 victims, about a quarter, were galleries.", "about a quarter"),
        ("Ellis won nine of the 11 northern precincts, or 72%.", "72%"),
    ],
)
def test_a_share_after_its_part_names_nothing(text: str, figure: str) -> None:
    assert claim(text, figure)[0].startswith("? ?")


@pytest.mark.parametrize(
    ("text", "part", "whole", "thing"),
    [
        ("Two-thirds of its 421 stores, or 240, now open late.", "240", "421", "business"),
        ("Nearly two-fifths of the £18.6 million savings, £7.2 million, will come from care.",
         "£7.2 million", "£18.6 million", None),
        ("It has 18,400 claims, about three-quarters of them, some 13,800, for roofs.",
         "some 13,800", "18,400", None),
    ],
)
def test_an_absolute_beside_a_share_is_a_part_of_its_base(
        text: str, part: str, whole: str, thing: str | None) -> None:
    key, _, part_of = claim(text, part)
    assert part_of == text.index(whole)
    if thing is not None:
        assert key.split()[0] == thing


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a share of a base with no figure: named "revenue", the sum would meet the total
        ("Online channels accounted for 18% of revenue, or €520m, the company said.",
         "€520m"),
        ("Snacks made up 41% of sales, about €950m, while meals made €780m.", "about €950m"),
        # an age set off by commas is no part of anything
        ("Councillor Pavel Imre, 58, said a third of the homes were damp.", "58"),
        # a share and a figure of two clauses
        ("A third of the 1,204 respondents backed it, and 501 people opposed it.", "501"),
    ],
)
def test_no_part_without_a_counted_base_beside_it(text: str, figure: str) -> None:
    assert claim(text, figure)[2] is None
    key, measure, _ = claim(text, figure)
    assert "revenue" not in key
    assert "revenue" not in measure


@pytest.mark.parametrize("case", cases("apposed_dev.toml") + cases("apposed_aside.toml"))
def test_realisations(case: dict[str, str]) -> None:
    check_case(case)


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("Of the 18,400 claims, about 11,000 — roughly three-quarters — are for roofs.",
         "about 11,000", "18,400"),
        ("Of the £412 million budget, 62% — about £255 million — goes on social care.",
         "about £255 million", "£412 million"),
    ],
)
def test_the_absolute_after_a_partitive_opener_is_its_part(text: str, part: str,
                                                            whole: str) -> None:
    assert claim(text, part)[2] == text.index(whole)


def test_a_figure_of_its_own_clause_after_an_opener_is_no_part() -> None:
    # the verb's own frame names it: "councils spent £255 million on care"
    text = "Of the £412 million budget, councils spent £255 million on care."
    assert claim(text, "£255 million")[2] is None
