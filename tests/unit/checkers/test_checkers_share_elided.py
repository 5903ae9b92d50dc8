"""NC203 on a share of a whole told before whose count names nothing of its own (wave 33,
pof33; own copy in ``share_elided_cases``): "employs 4,200 people. The company said 1,300
would go, about a fifth of the workforce"."""

from __future__ import annotations

import pytest

from numcheck.checkers import shares
from numcheck.testing import run_checks
from tests.unit.checkers.share_elided_cases import (
    ARTICLES,
    ASIDE,
    ASIDE_SILENT,
    LINKED,
    LINKED_SILENT,
    SILENT,
    TUNED,
)

# realisations the reader leaves, with why (xfail: they must fail until read)
GAPS = {
    "education: pupils, those absent bare": (
        "600 of 1,400 is over three times the 10% told (`whole_factor`): a count so far "
        "from its share is read as another whole's"
    ),
    "aviation: flights scheduled, those cancelled bare, two sentences on": (
        "'By Wednesday' names a time the base's sentence does not, so the schedule is "
        "read as another time's"
    ),
    "unions: members, those who voted bare": (
        "'half the membership' has no 'of': the share's noun phrase is not read"
    ),
}


def _marked(cases: dict[str, tuple[str, str]], gaps: dict[str, str]) -> list[object]:
    return [
        pytest.param(*pair, id=name, marks=pytest.mark.xfail(reason=gaps[name], strict=True))
        if name in gaps else pytest.param(*pair, id=name)
        for name, pair in cases.items()
    ]


def codes(text: str) -> list[str]:
    return run_checks(text, [shares], path="article.txt").codes()


@pytest.mark.parametrize(("wrong", "right"), _marked(TUNED, GAPS))
def test_tuned_realisations(wrong: str, right: str) -> None:
    assert "NC203" in codes(wrong)
    assert "NC203" not in codes(right)


@pytest.mark.parametrize("text", [*SILENT.values(), *ARTICLES])
def test_look_alikes_and_articles_stay_silent(text: str) -> None:
    found = codes(text)
    assert "NC203" not in found
    assert "NC205" not in found


# the aside slice's misses, scored at the end
ASIDE_GAPS = {
    "crime: officers, those off sick bare, a percentage": (
        "'Last month' names a time the base's sentence does not, so the strength is read "
        "as another time's"
    ),
}


@pytest.mark.parametrize(("wrong", "right"), _marked(ASIDE, ASIDE_GAPS))
def test_aside_realisations(wrong: str, right: str) -> None:
    assert "NC203" in codes(wrong)
    assert "NC203" not in codes(right)


@pytest.mark.parametrize("text", ASIDE_SILENT.values(), ids=list(ASIDE_SILENT))
def test_aside_look_alikes_stay_silent(text: str) -> None:
    found = codes(text)
    assert "NC203" not in found
    assert "NC205" not in found


# a share linked to its count's clause by a copula ([shares] copulas), not set off
LINKED_GAPS = {
    "energy: homes, the share accounted for": (
        "'on Friday' names a time the base's sentence does not, so the grid is read as "
        "another time's"
    ),
}


@pytest.mark.parametrize(("wrong", "right"), _marked(LINKED, LINKED_GAPS))
def test_linked_realisations(wrong: str, right: str) -> None:
    assert "NC203" in codes(wrong)
    assert "NC203" not in codes(right)


@pytest.mark.parametrize("text", LINKED_SILENT.values(), ids=list(LINKED_SILENT))
def test_linked_look_alikes_stay_silent(text: str) -> None:
    found = codes(text)
    assert "NC203" not in found
    assert "NC205" not in found
