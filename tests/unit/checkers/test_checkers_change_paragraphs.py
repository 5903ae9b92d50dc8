"""Consistent copy told over a paragraph break stays silent (cases in
change_paragraph_cases.py): another item, another place, a paragraph that does not open
with the change, two figures a pointer could mean, and a whole wire article."""

from __future__ import annotations

import pytest

from numcheck.checkers import change
from numcheck.testing import run_checks
from tests.unit.checkers.change_paragraph_cases import ARTICLE, CHANGES, LOOK_ALIKES


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_across_a_paragraph_stay_silent(text: str) -> None:
    assert run_checks(text, [change]).codes() == []


def test_a_consistent_wire_article_is_silent() -> None:
    assert run_checks(ARTICLE, [change]).codes() == []


@pytest.mark.parametrize("name", sorted(CHANGES))
def test_the_agreeing_version_is_silent(name: str) -> None:
    assert run_checks(CHANGES[name][1], [change]).codes() == []
