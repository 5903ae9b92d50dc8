"""NC202 on a list whose later items leave the first item's unit out and keep what they
are of ("1,200 tonnes of aid: 700 tonnes of food, 300 of medicine and 250 of kits":
numcheck/checkers/_sum_cues.py ``unit_left``): the wrong copy fires, the right copy and
the look-alikes stay silent (cases in unit_left_cases.py)."""

from __future__ import annotations

import pytest

from numcheck.checkers import parts
from numcheck.checkers._sum_cues import unit_left
from numcheck.engine import Engine
from numcheck.readers import read_text
from numcheck.settings import Settings
from numcheck.testing import run_checks
from tests.unit.checkers.unit_left_cases import ASIDE, LOOK_ALIKES, TUNED


def codes(text: str) -> list[str]:
    return run_checks(text, [parts], path="article.txt").codes()


@pytest.mark.parametrize("name", sorted(TUNED))
def test_a_list_leaving_its_unit_out_one_slip_from_its_total_fires(name: str) -> None:
    wrong, right = TUNED[name]
    assert codes(wrong) == ["NC202"]
    assert codes(right) == []


@pytest.mark.parametrize("name", sorted(ASIDE))
def test_aside_right_copy_is_silent(name: str) -> None:
    """The aside slice's recall is reported, not asserted; its right copy must be silent."""
    assert codes(ASIDE[name][1]) == []


@pytest.mark.parametrize("name", sorted(LOOK_ALIKES))
def test_look_alikes_stay_silent(name: str) -> None:
    assert codes(LOOK_ALIKES[name]) == []


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("700 tonnes of food and 300 of medicine.", True),
        ("140 km of motorway and 51 of A-roads.", True),  # "A-" is no article
        ("700 tonnes of food and 300 of them.", False),  # a pointer back
        ("700 tonnes of food and 300 of the 700.", False),  # a determiner: a part
        ("700 tonnes of food and 300 people.", False),  # a count of its own noun
        ("700 people and 300 of medicine.", False),  # the first item has no unit
    ],
)
def test_unit_left_reads_of_and_a_material_after_a_unit(text: str, left: bool) -> None:
    document = read_text(text, "article.txt")
    claims = sorted(Engine(Settings(local_plugins=False)).analyse(document).claims,
                    key=lambda c: c.location.start)
    assert unit_left(document, claims[1], claims[0]) is left
