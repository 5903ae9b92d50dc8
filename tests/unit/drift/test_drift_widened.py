"""drift/widened.py: what "or" joins to a figure's event word."""

from __future__ import annotations

import pytest

from numcheck.checkers.drift.alignment import Alignment
from numcheck.checkers.drift.widened import content, joined
from numcheck.claims import Claim, ClaimKey
from numcheck.findings import Location
from numcheck.lexicon import Lexicon, LexiconError
from numcheck.parsing import Parser

CANCELLED = ("cancelled", "canceled", "cancellations", "scrapped", "grounded")
OTHERS = content(("delayed", "delays", "missing", "killed"))


def _claim(text: str, figure: str) -> Claim:
    start = text.index(figure)
    quantity = next(q for q in Parser().parse(text) if figure in q.text)
    end = start + len(figure)
    location = Location("a.txt", start, end, 1, start + 1, 1, end + 1, figure)
    return Claim(quantity=quantity, location=location, key=ClaimKey(None, "cancelled"))


def test_another_event() -> None:
    text = "Some 260 flights were cancelled or delayed on Monday."
    assert joined(_claim(text, "260"), text, CANCELLED, OTHERS) == "delayed"


def test_the_event_narrowed() -> None:
    text = "Westline said 118 services were cancelled or part-cancelled on Tuesday."
    assert joined(_claim(text, "118"), text, CANCELLED, OTHERS) == "part-cancelled"
    text = "Westline said 118 services were cancelled or partly cancelled on Tuesday."
    assert joined(_claim(text, "118"), text, CANCELLED, OTHERS) == "partly cancelled"


def test_no_other_measure() -> None:
    for text in ("Harbour Line said 36 sailings were cancelled or scrapped on Tuesday.",
                 "Harbour Line said 36 sailings were cancelled or more on Tuesday.",
                 "Harbour Line said 36 sailings were cancelled or postponed on Tuesday.",
                 "Harbour Line said 36 sailings were cancelled, or delayed, on Tuesday."):
        assert joined(_claim(text, "36"), text, CANCELLED, OTHERS) is None, text


def test_the_join_words_are_lexicon_data() -> None:
    """A desk that writes "cancelled versus delayed" as a join adds the link to
    ``[widened] links``; a wrong entry is refused with its key."""
    text = "Some 260 flights were cancelled plus delayed on Monday."
    assert joined(_claim(text, "260"), text, CANCELLED, OTHERS) is None
    extended = Lexicon.default().extended([{"alignment": {"widened": {"links": ["plus"]}}}])
    words = Alignment.from_lexicon(extended).joins
    assert joined(_claim(text, "260"), text, CANCELLED, OTHERS, words) == "delayed"
    for wrong in ({"links": ["Or"]}, {"skipped": [3]}, {"function": "to"}, {"joins": []}):
        bad = Lexicon.default().extended([{"alignment": {"widened": wrong}}])
        with pytest.raises(LexiconError, match="widened"):
            Alignment.from_lexicon(bad)
