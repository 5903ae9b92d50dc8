"""The head cases of tests/unit/drift/cases/heads33b_dev.toml (pair_cases.py): one figure
two articles tell under two head nouns the lexicon does not relate, each with words of
its own, copied wrong (digits in another order, one digit otherwise), is paired across
blocks (drift/copied.py across_pairs) and found; the same figure under two nouns, a
figure said of the other's thing, an article also giving the other figure or a slip of
its own, round or small figures, two places, two years, today's figure against a
period's stay silent. heads33b_aside.toml, the aside slice, is scored apart (not
asserted)."""

from __future__ import annotations

import pytest
from key_cases import assert_right, planted_share
from pair_cases import KeyCase, load, right

DEV = load("heads33b_dev.toml")

# planted problems not found: "crates" is a lexicon thing (no measured head); "6,183
# operations" says no descriptor word (a bare head); "held" and "reached" read as a
# level's verbs (verdicts._garbled); "on Cyber Monday" read as a claimant on one side
KNOWN_MISSES = {
    "farming: crates and boxes of apples from the orchards",
    "health: operations and procedures in the surgical wing",
    "courts: appeals and hearings in the first full year",
    "business: parcels and packages from the depot",
    "tech: downloads and installs in the launch week",
}
KNOWN_ALARMS: set[str] = set()


@pytest.mark.parametrize("case", DEV, ids=[c.name for c in DEV])
def test_case(case: KeyCase) -> None:
    assert_right(case, right, KNOWN_MISSES | KNOWN_ALARMS)


def test_about_half_the_cases_are_look_alikes() -> None:
    assert 0.3 < planted_share(DEV) < 0.7


def test_a_place_said_on_one_side_only_keeps_two_heads_apart() -> None:
    """Two heads and a place named on one side only: nothing ties the two figures."""
    from numcheck.checkers import drift
    from numcheck.testing import run_checks

    texts = {
        "a.md": "---\ndate: 2026-08-04\n---\n\nThe port handled 6,714 containers on its "
                "busiest day.\n",
        "b.md": "---\ndate: 2026-08-04\n---\n\nDockers in Felmouth moved 6,174 steel boxes "
                "on the port's busiest day.\n",
    }
    assert not [f for f in run_checks(texts, [drift]) if f.rule == "NC401"]
    texts["b.md"] = texts["b.md"].replace("Dockers in Felmouth moved", "Dockers moved")
    assert [f.rule for f in run_checks(texts, [drift]) if f.rule == "NC401"]
