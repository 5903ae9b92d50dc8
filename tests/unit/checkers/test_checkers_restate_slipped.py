"""NC101-NC103: a figure that names nothing, retold one slip off under the same head word
in another sentence, is compared with the figure it retells; another year, place,
holder, frame or object keeps two such figures apart
(numcheck/checkers/_restate_slipped.py)."""

from __future__ import annotations

import pytest

from numcheck.checkers import restated
from numcheck.checkers._restate_slipped import _slipped
from numcheck.testing import run_checks

from .restate_slipped_cases import ARTICLES, LOOKALIKES, RETOLD


def restated_codes(text: str) -> list[str]:
    return [c for c in run_checks(text, [restated]).codes() if c.startswith("NC10")]


# realisations the reader retells (one slip, one head word, nothing told apart)
SLIPPED = [
    # property, trade press: the earlier figure names nothing, the later a rent
    RETOLD[-1],
    # weather, local paper: two depths of snow, one slip apart
    ("A total of 28cm (11in) of snow fell on the hills overnight.\n\n"
     "Snow depths of {} were measured on the hills.", "28cm", "23cm"),
    # business, wire: a bid in pence, the offer named before it
    ("Harrow made an offer of 420p a share for the group.\n\n"
     "Investors said they would hold out for an offer above {} a share.", "420p", "470p"),
]


@pytest.mark.parametrize(("text", "agrees", "slipped"), SLIPPED)
def test_a_bare_figure_retold_one_slip_off_is_reported(
    text: str, agrees: str, slipped: str
) -> None:
    assert restated_codes(text.format(slipped))
    assert not restated_codes(text.format(agrees))


@pytest.mark.parametrize("text", LOOKALIKES + ARTICLES)
def test_consistent_copy_a_slip_apart_stays_silent(text: str) -> None:
    assert restated_codes(text) == []


def test_a_frame_naming_another_set_keeps_two_figures_apart() -> None:
    text = ("Patients wait 18 weeks for a first orthopaedic appointment, the trust said.\n\n"
            "For cardiology the wait is 16 weeks.")
    assert restated_codes(text) == []
    assert restated_codes(text.replace("For cardiology the", "The"))


def test_no_shared_head_word_keeps_two_figures_apart() -> None:
    text = ("Snow up to 18cm deep covered the moor road by dawn.\n\n"
            "The river rose by {} at the weir.")
    assert restated_codes(text.format("13cm")) == []


def test_figures_further_than_one_slip_are_never_paired() -> None:
    text = ("A total of 28cm (11in) of snow fell on the hills overnight.\n\n"
            "Snow depths of {} were measured on the hills.")
    assert restated_codes(text.format("23cm"))
    assert restated_codes(text.format("43cm")) == []  # two digits changed


def test_a_pair_whose_words_allow_both_is_no_slip() -> None:
    """"up to 28cm" and "up to 23cm" both allow 20cm: the slip is the reader's only
    evidence that two figures are one, so it reports contradictions (NC101) only."""
    text = ("Up to 28cm (11in) of snow fell on the hills overnight.\n\n"
            "Snow depths of up to {} were measured on the hills.")
    assert restated_codes(text.format("23cm")) == []


class _Q:
    def __init__(self, value: float) -> None:
        self.value = value


class _C:
    def __init__(self, value: float) -> None:
        self.quantity = _Q(value)


@pytest.mark.parametrize(("a", "b", "slip"), [
    (4.62, 4.26, True),   # two digits swapped
    (340, 310, True),     # one digit changed
    (18, 13, True),
    (25, 38, False),      # two digits changed
    (8, 7, False),        # one digit a side: any tally is one slip from another
])
def test_slipped_digits(a: float, b: float, slip: bool) -> None:
    assert _slipped(_C(a), _C(b)) is slip  # type: ignore[arg-type]
