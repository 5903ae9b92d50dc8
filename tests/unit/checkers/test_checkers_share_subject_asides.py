"""NC203 on a count a copula makes a share of its base when the count's noun phrase holds
"to" and a comma aside around a figure of another kind (numcheck/checkers/_apposed.py
``_subject``; ``[shares] reverse_ok``; ``_share_kinds.passed_asides``)."""

from __future__ import annotations

import pytest

from numcheck.checkers import shares
from numcheck.testing import run_checks

# realisation -> (wrong, right)
FORMS = {
    "'The N <noun> moving to <place>, <distance> <word>, are S of its M <noun>'": (
        "The 400 jobs moving to Leeds, some 200 miles north, are a fifth of its 1,500 staff.",
        "The 300 jobs moving to Leeds, some 200 miles north, are a fifth of its 1,500 staff.",
    ),
    "'The N <noun> transferred to <noun> account for S of the M'": (
        "The 90 drivers transferred to night shifts account for 25% of the 600 drivers.",
        "The 90 drivers transferred to night shifts account for 15% of the 600 drivers.",
    ),
    "'The N <noun> sent to <noun> make up about S of the M <verb>'": (
        "The 14 defendants sent to trial make up about a third of the 29 charged.",
        "The 14 defendants sent to trial make up about half of the 29 charged.",
    ),
    "'The N <noun> switched to <noun>, <distance> away, represent S of the M'": (
        "The 8,000 homes switched to the backup line, 3 km away, represent 60% of the "
        "20,000 affected.",
        "The 8,000 homes switched to the backup line, 3 km away, represent 40% of the "
        "20,000 affected.",
    ),
}


@pytest.mark.parametrize("name", sorted(FORMS))
def test_a_subject_with_an_aside_is_the_share_its_copula_states(name: str) -> None:
    wrong, right = FORMS[name]
    assert run_checks(wrong, [shares]).codes() == ["NC203"]
    assert run_checks(right, [shares]).codes() == []


@pytest.mark.parametrize(
    "text",
    [
        # the count is a new level, its share of another base told after "and"
        "The toll rose to 112 on Tuesday, and 30 of them were children.",
        "Rescuers sent 40 dogs to the site, a fifth of the 200 in the national corps.",
        "Cases fell from 800 to 600, and 150 of the 600, a quarter, were in children.",
    ],
)
def test_to_in_a_subject_opens_no_other_share(text: str) -> None:
    assert run_checks(text, [shares]).codes() == []
