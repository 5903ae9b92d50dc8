"""The wholes cases of tests/unit/drift/cases/wholes_{dev,in}.toml (pair_cases.py): two
articles that tell one part of a whole alike ("14 of its 22 wagons", "214 sites in 16
countries") and the whole apart are paired and found (drift/wholes.py); another part, a
whole counted up, two places, two holders, two years, a whole told as its day's and two
named days stay silent. And the part is read only right next to its whole."""

from __future__ import annotations

import pytest
from drift_helpers import analysed
from key_cases import assert_right, planted_share
from pair_cases import KeyCase, load, right

from numcheck.checkers.drift.wholes import IN, OF, told_part

DEV = load("wholes_dev.toml")
WIDENED = load("wholes_in.toml")

# planted cases the rule does not reach: the part's verb keys the whole to an event
# on one side only ("walked out", "lose their jobs": another block), a place said on
# one side only, a small part (under ``Alignment.sibling_min``: it coincides too easily)
KNOWN_MISSES = {
    "teachers striking, local paper and broadcaster",
    "staff laid off, press release and local paper",
    "trucks of a convoy hit, wire and broadcaster",
    "refinery units shut, trade press and wire",
    "pupils at schools, education desk and press release",
    "staff at depots, labour desk",
}


@pytest.mark.parametrize("case", DEV + WIDENED, ids=[c.name for c in DEV + WIDENED])
def test_case(case: KeyCase) -> None:
    assert_right(case, right, KNOWN_MISSES)


def test_about_half_the_cases_are_look_alikes() -> None:
    assert 0.3 < planted_share(DEV + WIDENED) < 0.7


@pytest.mark.parametrize(("sentence", "figure", "told"), [
    ("Crews lifted 14 of its 22 wagons.", "22 wagons", (OF, 14.0)),
    ("Seventeen of the 48 councillors voted against.", "48 councillors", (OF, 17.0)),
    ("Marren has 21 of Rovers' 33 goals.", "33 goals", (OF, 21.0)),
    ("Of the 44 defendants, 31 were convicted.", "44 defendants", (OF, 31.0)),
    ("The trial ran at 214 sites in 16 countries.", "16 countries", (IN, 214.0)),
    ("The trial ran in 16 countries.", "16 countries", None),
    ("It has 22 wagons, 14 of them new.", "22 wagons", None),
])
def test_told_part(sentence: str, figure: str, told: tuple[str, float] | None) -> None:
    _, doc, claim = analysed(sentence, figure)
    assert told_part(claim, doc.text) == told
