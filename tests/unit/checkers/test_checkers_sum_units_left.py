"""NC202 on a list whose later items leave the first item's unit out and keep what they
are of ("1,200 tonnes of aid: 700 tonnes of food, 300 of medicine and 250 of kits":
numcheck/checkers/_sum_cues.py ``unit_left``): the wrong copy fires, the right copy and
the look-alikes stay silent (cases in unit_left_cases.py, run with label_first's in
test_checkers_sum_brackets.py); here, what the reader reads."""

from __future__ import annotations

import pytest

from numcheck.checkers._sum_cues import unit_left
from numcheck.engine import Engine
from numcheck.readers import read_text
from numcheck.settings import Settings


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
