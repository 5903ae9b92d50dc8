"""An old level named by its owner's possessive (cases in change_owner_cases.py): the
wrong versions are caught, the agreeing ones and the look-alikes stay silent."""

from __future__ import annotations

import pytest

from numcheck.checkers import change
from numcheck.testing import run_checks
from tests.unit.checkers.change_owner_cases import ASIDE, CHANGES, LOOK_ALIKES

_ALL = {**CHANGES, **ASIDE}
# the possessive is read; "longer than" is no comparative of [levels] (another class)
# aside, scored at the end: "best" is no reference noun of [levels]
_OTHER = {"health: a target owned by the health service": "'longer than'",
          "elections: the party's previous high": "'best' names no reference"}
_CAUGHT = [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=_OTHER[n]))
           if n in _OTHER else n for n in sorted(_ALL)]


@pytest.mark.parametrize("name", _CAUGHT)
def test_the_wrong_change_is_caught(name: str) -> None:
    assert run_checks(_ALL[name][0], [change]).codes() == ["NC206"]


@pytest.mark.parametrize("name", sorted(_ALL))
def test_the_agreeing_version_is_silent(name: str) -> None:
    assert run_checks(_ALL[name][1], [change]).codes() == []


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_stay_silent(text: str) -> None:
    assert run_checks(text, [change]).codes() == []
