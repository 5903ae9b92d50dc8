"""The reasons ``_restate_grouping.apart`` gives benchmarks/claim_funnel.py for two figures
of one article that meet in one group but raise nothing: two measured figures whose
windows or descriptors do not fit, or who have no word said of both
(``_restate_measured.misfit``), and two whose bounds meet
(the verdict finds them compatible)."""

from __future__ import annotations

from numcheck.checkers._restate_grouping import apart, grouping
from numcheck.claims import Claim
from numcheck.engine import Engine
from numcheck.readers import read_text


def _reason(text: str, first: str, second: str) -> str:
    engine = Engine()
    document = read_text(text, "article.md")
    claims = list(engine.analyse(document).claims)

    def at(figure: str, nth: int) -> Claim:
        return [c for c in claims if c.quantity.text == figure][nth]

    later = at(second, 1 if first == second else 0)
    return apart(grouping(document, claims, engine.context), document, at(first, 0), later)


def test_two_counts_of_one_head_told_with_other_words() -> None:
    text = ("The survey asked 1,402 adults about their bills.\n\n"
            "A second poll of 1,204 adults found the same.\n")
    assert _reason(text, "1,402", "1,204") == "measured: descriptors"


def test_the_same_figure_told_twice() -> None:
    text = ("Flooding damaged 212 homes on Sunday.\n\n"
            "Roofs were torn off and 212 homes were damaged.\n")
    assert _reason(text, "212", "212") == "met: bounds meet"


def test_a_contradiction_meets() -> None:
    text = ("Flooding damaged 212 homes on Sunday.\n\n"
            "Roofs were torn off and 221 homes were damaged.\n")
    assert _reason(text, "212", "221") == ""
