"""NC203 across sentences (wave 18, pof18): a share whose base is the standing count of
the sentence before, pointed back to by a partitive opening ("Of them,", "Of the total,",
"Of the flooded homes,") or by "of the total" after it, and a count whose noun is an
irregular plural ("120 men"); look-alikes of another base, a subgroup or another time
stay silent."""

from __future__ import annotations

import pytest

from numcheck.checkers import shares
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [shares], path="article.txt").codes()


# (wrong, right)
CASES = {
    "of them, opening": (
        "The cooperative has 2,000 members in the valley. Of them, 70%, about 900 farmers, "
        "grow coffee.",
        "The cooperative has 2,000 members in the valley. Of them, 70%, about 1,400 farmers, "
        "grow coffee.",
    ),
    "of the total, opening": (
        "The hospital treated 300 patients last month. Of the total, 45%, or 160 patients, "
        "were children.",
        "The hospital treated 300 patients last month. Of the total, 45%, or 135 patients, "
        "were children.",
    ),
    "of a definite noun, opening": (
        "Some 2,400 homes were flooded. Of the flooded homes, 60%, or 1,900, had no cover.",
        "Some 2,400 homes were flooded. Of the flooded homes, 60%, or 1,440, had no cover.",
    ),
    "an irregular plural beside the share": (
        "The mine employed 640 miners before the collapse. A tenth of the miners, 120 men, "
        "were underground at the time.",
        "The mine employed 640 miners before the collapse. A tenth of the miners, 64 men, "
        "were underground at the time.",
    ),
}


@pytest.mark.parametrize(("wrong", "right"), CASES.values(), ids=list(CASES))
def test_share_across_sentences(wrong: str, right: str) -> None:
    assert "NC203" in codes(wrong)
    assert "NC203" not in codes(right)


LOOK_ALIKES = {
    "a noun naming another thing": "Some 2,400 homes were flooded in the town. Of the shops, "
    "60%, or 180, had no cover.",
    "a subgroup told last": "Some 2,400 homes were flooded, 800 of them in Arlo. Of them, 60%, "
    "or 480, had no cover.",
    "another time before the share": "The district enrolled 12,000 pupils in 2020. This year "
    "40% of its pupils, or 5,600, qualify for free meals.",
    "another time, of the total": "The hospital treated 300 patients last month. Last year, of "
    "the total, 45%, or 160 patients, were children.",
    "another base named": "The trust employs 4,800 staff and runs 6,500 beds. About a fifth "
    "of the beds, 1,300, are in the new wing.",
}


@pytest.mark.parametrize("text", LOOK_ALIKES.values(), ids=list(LOOK_ALIKES))
def test_share_across_look_alikes(text: str) -> None:
    assert "NC203" not in codes(text)
