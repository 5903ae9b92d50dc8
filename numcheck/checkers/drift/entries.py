"""The claim index's value objects: a claim as an index block holds it (``Entry``) and a
pair of entries worth judging (``Pair``) with how their measures relate (``Relation``).
numcheck/checkers/drift/align.py builds them; verdicts.py judges them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from numcheck.claims import Claim
from numcheck.interval import Interval

__all__ = ["Entry", "Pair", "Relation"]


class Relation(StrEnum):
    SAME = "same"  # both claims measure the same thing
    COMPOSITE = "composite"  # ``first`` is a part (killed), ``second`` the whole (casualties)
    SIBLING = "sibling"  # neighbouring measures (arrests, charges): never one figure


@dataclass(frozen=True, slots=True)
class Entry:
    """A claim as the index sees it: bounds in the block's base unit, party, window."""

    claim: Claim
    hard: Interval
    soft: Interval
    party: str | None
    window: str | None
    reference: bool = False
    # the day the figure is about: its article's date, or for a count of one day
    # ("walked out on Thursday") the day its clause names
    date: dt.date | None = None
    # told as a fact of the story's event, fixed once it happened (aspect.py): compared
    # with another such figure whatever day each article tells it
    fixed: bool = False
    # the day a fixed fact names, not the day it was told ("said on Monday"): two
    # such days that differ are two moments (aspect.moment)
    moment: dt.date | None = None
    # the verb a fixed fact is told with ("were closed", "had reopened": aspect.fact_verb):
    # two verbs are two facts of one thing
    verb: str | None = None
    # how a figure told as no moved one stands over the story's days (standing.py):
    # "peak" (a state's peak, with the weekday it names), "period" (a figure of a named
    # period), "" (a day's state: compared within its day only)
    stands: str = ""
    # words that narrow a keyed figure's measure ("seriously" injured, "suspected"
    # cases: narrow.py)
    narrow: frozenset[str] = frozenset()
    # the whole a running count is told "of" ("200 of the 600 covered by the deal":
    # aspect.of_whole): a figure of that size elsewhere is the whole, not an older level
    of_whole: float | None = None
    # the part a count is told as the whole of ("14 of its 22 wagons": wholes.told_part),
    # and how: two wholes of one part are one figure, whichever day each is told
    of_part: tuple[str, float] | None = None
    # told as a closed period's count ("over the weekend", "last week": aspect.of_period),
    # not a running total since an onset ("since the heatwave began")
    period: bool = False
    # how a figure of a state that can fall is told (remainder.py): "rest" (what still
    # holds: "still without power", "all but 20,000"), "onset" (its reach, as entered:
    # "lost power"), "": on one day a rest is a part of an onset, no rival level
    remains: str = ""
    # who the figure is told of, by the words of its own that name it ("Lee Ash",
    # "Harwell"; checkers/holders.py): two figures told of two holders are two facts
    holders: frozenset[str] = frozenset()
    # how its own clause tells it (projected.py): "expected" ("analysts had expected
    # £52m"), "to come" ("will rise to £3.50"), "future" ("will cut 650"), "" as fact
    told_as: str = ""
    # its clause names the story's own span in words ("this year", "now": aspect.told_now)
    now: bool = False

    @property
    def order(self) -> tuple[str, str, int]:
        """Older before newer, then by path: the later one is the finding's primary."""
        date = self.date.isoformat() if self.date else ""
        return (date, self.claim.location.path, self.claim.location.start)


@dataclass(frozen=True, slots=True)
class Pair:
    first: Entry
    second: Entry
    relation: Relation
    met: bool = False  # met by likeness (meeting.py): only NC401-NC403 come of it
