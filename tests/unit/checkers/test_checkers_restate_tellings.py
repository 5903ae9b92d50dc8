"""NC101: a finding of one figure against another names every telling of that other
figure in the article (the same kind, unit, value, bounds and noun, both levels or both
changes, outside the later figure's sentence) and never a figure that says anything
else of its amount (numcheck/checkers/_restate_tellings.py)."""

from __future__ import annotations

import pytest

from numcheck.checkers import restated
from numcheck.testing import run_checks


def _nc101(text: str) -> list[list[int]]:
    return [sorted(at.start for at in f.related)
            for f in run_checks(text, [restated]) if f.rule == "NC101"]


def _at(text: str, figure: str, n: int = 0) -> int:
    at = -1
    for _ in range(n + 1):
        at = text.index(figure, at + 1)
    return at


# (desk and register; text; the figure told twice) - the finding names both tellings
TWICE = [
    # local government, local paper: a relative clause retells one telling
    ("The council will spend £1.3m on the library, a report says.\n\n"
     "The council spent £1.3m on the library, its accounts show.\n\n"
     "Residents say the £3.1m the council spent was wasted.", "£1.3m"),
    # court, police press release
    ("Officers said £412,500 was lost.\n\n"
     "The pair took £412,500 from 34 elderly victims.\n\n"
     "We are working to recover the £421,500 the pair pocketed.", "£412,500"),
]


@pytest.mark.parametrize(("text", "figure"), TWICE)
def test_both_tellings_are_named(text: str, figure: str) -> None:
    found = _nc101(text)
    assert len(found) == 1
    assert found[0] == [_at(text, figure), _at(text, figure, 1)]


LOOK_ALIKES = [
    # another value of the unit: another figure
    ("Halden spent £2.4m on roads, a report says.\n\n"
     "The council spent £1.3m on the library, its accounts show.\n\n"
     "Residents say the £3.1m the council spent was wasted.", "£2.4m"),
    # the same value hedged: another reading
    ("The council spent about £1.3m on parks, a report says.\n\n"
     "The council spent £1.3m on the library, its accounts show.\n\n"
     "Residents say the £3.1m the council spent was wasted.", "about £1.3m"),
    # the same value in the later figure's own sentence: a comparison there
    ("The council spent £1.3m on the library, its accounts show.\n\n"
     "Residents say the £3.1m the council spent was wasted, against £1.3m in Halden.",
     "£1.3m in"),
]


@pytest.mark.parametrize(("text", "figure"), LOOK_ALIKES)
def test_another_figure_is_not_named(text: str, figure: str) -> None:
    at = text.index(figure) + (len("about ") if figure.startswith("about") else 0)
    found = _nc101(text)
    assert found  # the misstatement is still reported
    assert all(at not in related for related in found)
