"""NC206 read by a comparison's frame, wave 19 (pchange19): the first level's clause set
off before a frame that opens with a change noun ("an increase of"), a reference noun
after a period's owner ("on the previous year's total of"), "ahead of" and "behind" as
comparatives, and the period a step is told over before its link ("down 12% year on year
from"), and two levels joined by "and", each marked by its year ("5,900 in 2024 and 4,800
in 2025, a fall of 12%"). Each pair: the wrong step is reported, the right one is not."""

from __future__ import annotations

import pytest

from numcheck.checkers import change
from numcheck.checkers._level_forms import phrases
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [change]).codes()


FRAMES = {
    "a change noun after the clause's comma": (
        "The trust treated 4,800 patients last year, an increase of 25% on the 4,100 of 2024.",
        "The trust treated 4,800 patients last year, an increase of 17% on the 4,100 of 2024.",
    ),
    "a year's owner before the reference noun": (
        "The trust treated 4,800 patients, an increase of 25% on 2024's total of 4,100.",
        "The trust treated 4,800 patients, an increase of 17% on 2024's total of 4,100.",
    ),
    "a period's owner before the reference noun": (
        "Arrivals reached 4,800 last year, a rise of 25% on the previous year's total of 4,100.",
        "Arrivals reached 4,800 last year, a rise of 17% on the previous year's total of 4,100.",
    ),
    "ahead of": (
        "The group's revenue of $4.8 billion was 25% ahead of the $4.1 billion it made in 2024.",
        "The group's revenue of $4.8 billion was 17% ahead of the $4.1 billion it made in 2024.",
    ),
    "behind": (
        "Ticket sales of 3,200 were 40% behind the 4,100 sold last season.",
        "Ticket sales of 3,200 were 22% behind the 4,100 sold last season.",
    ),
    "two years in order joined by and": (
        "The agency received 5,900 complaints in 2024 and 4,800 in 2025, a fall of 12%.",
        "The agency received 5,900 complaints in 2024 and 4,800 in 2025, a fall of 19%.",
    ),
    "the period before the link": (
        "Home sales totalled 4,800 in the third quarter, down 12% year on year from 5,900.",
        "Home sales totalled 4,800 in the third quarter, down 19% year on year from 5,900.",
    ),
}


@pytest.mark.parametrize("name", FRAMES)
def test_a_frame_is_read(name: str) -> None:
    wrong, right = FRAMES[name]
    assert codes(wrong) == ["NC206"]
    assert codes(right) == []


@pytest.mark.parametrize("sentence", [
    # another measure's levels after a clause break
    "Home sales totalled 4,800 in the third quarter, down 18% on the year, while prices "
    "rose from 5,900 to 6,100.",
    "The team finished 12 points behind the 4,100 fans who came.",
    # two years joined by "and" but two things counted, or another measure's step
    "The agency received 5,900 complaints in 2024 and 4,800 appeals in 2025, a fall of 12%.",
    "Revenue was $5.9 billion in 2024 and $4.8 billion in 2025, while profit fell 12%.",
])
def test_no_frame_no_finding(sentence: str) -> None:
    assert codes(sentence) == []


@pytest.mark.parametrize("bad", [["year on year", 12], ["", "on the year"], "on the year",
                                 ["in 2024"]])
def test_a_wrong_table_is_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="step_periods"):
        phrases(bad, "step_periods")
