"""The words that end a list or make a figure no item of it are read as whole words at
their place (``[sums] beyond``, ``relatives``, ``pointers``), whatever the list's length."""

from __future__ import annotations

import pytest
from sentence_rules import rules as _rules

from numcheck.checkers._sum_cues import SumCues
from numcheck.lexicon import Lexicon


@pytest.fixture(scope="module")
def cues() -> SumCues:
    return SumCues(dict(Lexicon.default()["checkers"]), {})


@pytest.mark.parametrize(("gap", "extra"), [
    (", plus", True),
    ("and , in addition to", True),
    (", as well as", True),
    (", surplus", False),  # a word that holds "plus" is no extra
    (",", False),
    ("and", False),
])
def test_an_extra_after_a_list_is_read_as_a_whole_word(cues: SumCues, gap: str,
                                                        extra: bool) -> None:
    assert cues.beyond_in(gap) is extra


@pytest.mark.parametrize(("gap", "relative"), [
    (", which would be closed by", True),
    (", who", True),
    (", whichever", False),
    ("and , which", False),  # only a clause that opens the gap is about the figure before
])
def test_a_relative_clause_opens_the_gap(cues: SumCues, gap: str, relative: bool) -> None:
    assert cues.opens_relative(gap) is relative


@pytest.mark.parametrize(("sentence", "rules"), [
    # a figure pointing back into the list ends it: 35 is no item of the 612
    ("The airline cancelled 612 flights on Friday, 400 at Northgate and 212 at Sele, 35 of "
     "them to Spain.", []),
    ("The airline cancelled 612 flights on Friday, 400 at Northgate, 212 at Sele and 35 at "
     "Orrin.", ["NC202"]),
])
def test_a_pointing_figure_is_no_item(sentence: str, rules: list[str]) -> None:
    assert _rules(sentence) == rules
