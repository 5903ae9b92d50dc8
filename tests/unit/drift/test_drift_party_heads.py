"""A description stands for a named party only when their heads are alike
(drift/parties.py ``named_alike``): "police" is not "the Police Federation", whose
words it holds, while "the force" is Corrow Police and "the relief office" the UN Relief
Coordination Office; and one the story itself sets beside a name ("Northgrid, the
utility,": ``apposed``). Two parties disagreeing is a dispute (NC404), one party a
contradiction."""

from __future__ import annotations

import pytest


def _rules(first: str, second: str) -> list[str]:
    from numcheck.checkers import drift
    from numcheck.testing import run_checks

    texts = {
        "a.md": "---\ndate: 2025-08-10\n---\n\nEleven workers were injured in the blast at "
                f"the plant on Saturday, {first} said.\n",
        "b.md": "---\ndate: 2025-08-10\n---\n\nNineteen workers were injured in the blast at "
                f"the plant on Saturday, {second} said.\n",
    }
    return sorted(f.rule for f in run_checks(texts, [drift]))


@pytest.mark.parametrize(("first", "second"), [
    ("Corrow Police", "the force"),
    ("UN Relief Coordination Office", "the relief office"),
    ("the Environment Agency", "the agency"),
    ("police", "the Metropolitan Police Service"),
    ("Corvid Systems Inc", "the company"),
    ("Northgrid, the utility,", "the utility"),  # the story sets the two side by side
])
def test_one_party_named_two_ways_contradicts(first: str, second: str) -> None:
    assert _rules(first, second) == ["NC401"]


@pytest.mark.parametrize(("first", "second"), [
    ("police", "the Police Federation"),
    ("Northgrid", "the utility"),  # nothing in the story says Northgrid is the utility
])
def test_a_body_of_another_kind_is_another_party(first: str, second: str) -> None:
    assert _rules(first, second) == ["NC404"]
