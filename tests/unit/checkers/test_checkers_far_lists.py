"""NC202 on a breakdown told sentences after its total, other figures of its kind
between (numcheck/checkers/_far_lists.py): the wrong copy fires, the right copy and the
look-alikes stay silent (cases in far_lists_cases.py)."""

from __future__ import annotations

import pytest

from numcheck.checkers import _far_lists, _relations, parts
from numcheck.checkers._slips import digits, one_slip
from numcheck.claims import Claim
from numcheck.testing import run_checks
from tests.unit.checkers.far_lists_cases import (
    ARTICLES,
    ASIDE,
    KNOWN_ALARMS,
    LOOK_ALIKES,
    TUNED,
)


def codes(text: str) -> list[str]:
    return run_checks(text, [parts], path="article.txt").codes()


@pytest.mark.parametrize("name", sorted(TUNED))
def test_a_far_total_one_slip_from_its_list_fires(name: str) -> None:
    wrong, right = TUNED[name]
    assert "NC202" in codes(wrong)
    assert "NC202" not in codes(right)


@pytest.mark.parametrize("name", sorted(ASIDE))
def test_aside_right_copy_is_silent(name: str) -> None:
    """The aside slice's recall is reported, not asserted; its right copy must be silent."""
    assert "NC202" not in codes(ASIDE[name][1])


@pytest.mark.parametrize("name", sorted(LOOK_ALIKES))
def test_look_alikes_stay_silent(name: str) -> None:
    assert codes(LOOK_ALIKES[name]) == []


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_consistent_articles_stay_silent(name: str) -> None:
    assert codes(ARTICLES[name]) == []


def test_every_wrong_case_is_one_slip_from_its_sum() -> None:
    """The cases test the mechanism they claim: each wrong total differs from the right
    one by one slip (else the table tests another class)."""
    for wrong, right in (*TUNED.values(), *ASIDE.values()):
        assert wrong != right
    assert one_slip(digits(1320), digits(1340))
    assert not one_slip(digits(920), digits(1340))


def _read(text: str) -> list[tuple[tuple[Claim, ...], Claim]]:
    """What ``find_far_breakdowns`` reads in one text (spied on through the relations)."""
    seen: list[tuple[tuple[Claim, ...], Claim]] = []
    real = _far_lists.find_far_breakdowns

    def spy(*args: object, **kwargs: object) -> list[tuple[tuple[Claim, ...], Claim]]:
        out = real(*args, **kwargs)  # type: ignore[arg-type]
        seen.extend(out)
        return out

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_relations, "find_far_breakdowns", spy)
        run_checks(text, [parts], path="article.txt")
    return seen


@pytest.mark.parametrize("name", sorted(KNOWN_ALARMS))
def test_reads_nothing_where_other_routes_alarm(name: str) -> None:
    assert _read(KNOWN_ALARMS[name]) == []


def test_reads_the_far_list_and_its_one_slip_total() -> None:
    wrong = TUNED["ene: homes cut off, reconnections between, the list by town"][0]
    [(items, total)] = _read(wrong)
    assert [c.quantity.value for c in items] == [17000, 9000, 4000]
    assert total.quantity.value == 31000


def test_items_are_read_against_a_bounded_number_of_totals() -> None:
    """A sentence of hundreds of figures near the sum before a list: the items are
    read against a few of them only (linear in the figures, no pass per candidate)."""
    many = ", ".join(["1,340 people"] * 400)
    text = (
        f"Floods forced {many} from their homes. The evacuations covered 760 people in "
        "Brisk, 420 in Colby and 140 in Dunmore."
    )
    calls: list[int] = []
    real = _far_lists._counts

    def counting(*args: object) -> bool:
        calls.append(1)
        return real(*args)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_far_lists, "_counts", counting)
        assert _read(text) == []
    assert len(calls) <= _far_lists._READ * 3
