"""NC203 on a share whose whole was told sentences before in other words than the
share's noun (wave 32, pof32; own copy in ``share_whole_cases``)."""

from __future__ import annotations

import pytest

from numcheck.checkers import shares
from numcheck.checkers._share_grammar import Pattern
from numcheck.testing import run_checks
from tests.unit.checkers.share_whole_cases import (
    ARTICLES,
    ASIDE,
    ASIDE_SILENT,
    SILENT,
    TUNED,
)

# realisations the reader leaves, with why (xfail: they must fail until read)
GAPS = {
    "farming: cattle told by head, the share of the herd": (
        "'before the outbreak' is an earlier time ([shares] other_times) the count's "
        "sentence does not name, so the herd is read as another time's"
    ),
    "crime: reports told as crimes, 'the total', never called a total": (
        "'last year' is named by the base's sentence only, so the total is read as "
        "another time's"
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
    "energy: households told as customers, the share of the network": (
        "the kinds graph tells homes (buildings) and customers (people) apart, so the "
        "customers are no whole of the homes"
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


@pytest.mark.parametrize(
    "raw",
    [
        {"order": "CSB", "gaps": ["whole", "clause"], "count": "alike"},
        {"order": "BCS", "gaps": ["clause", "whole"], "count": "alike"},
    ],
)
def test_whole_is_the_first_gap_of_bcs_only(raw: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="'whole'"):
        Pattern.of(raw)
