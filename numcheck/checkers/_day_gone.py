"""A week or a month one short, told as a period in the past, is one gone by (NC301).

"In the first week of the strike, 40 flights were cancelled" in a paper of its tenth
day tells the first week, which is over; it is no miscount of the second. A day count
must be two short before it reads as a day gone by (a story's own day is told in the
past tense: "Police moved in on the eighth day"), but a week or a month is a whole
period: one short of the running one is the last one completed. Only a period phrase
is read so ("in/during/over its first week", ``[days] period_openers``), never the
period's onset ("entered its second week" is the story's day), and the caller keeps
the count checked when its sentence is about now or names a weekday.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from numcheck.checkers._compare import words
from numcheck.checkers._day_units import _openers, _period
from numcheck.claims import Claim
from numcheck.document import Document

# periods longer than a day, whose previous one is complete once the next has begun
_PERIODS = frozenset(("week", "month"))


def period_gone(
    document: Document,
    ordinal: Claim,
    unit: str | None,
    stated: int,
    expected: int,
    lex: Mapping[str, Any],
) -> bool:
    """Whether ``stated`` names, as a period ("in its first week"), the whole period
    before the running one."""
    if unit not in _PERIODS or stated != expected - 1 or stated < 1:
        return False
    now = frozenset(words(lex.get("present_cues", ())))
    return _period(document, ordinal, _openers(lex), now)
