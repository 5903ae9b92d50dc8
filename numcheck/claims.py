"""The Claim value object: a Quantity plus what it measures and who says so.

Claims are what checkers compare. ``key`` is the normalized alignment key: two
claims can only be compared when their keys are compatible (see
numcheck/extract/ for how keys are built from the lexicon data files).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from numcheck.findings import Location
from numcheck.quantity import Quantity


class Scope(StrEnum):
    """Where a claim stands in the article."""

    HEADLINE = "headline"
    BODY = "body"
    QUOTE = "quote"  # inside a direct quotation: flag, never "correct"
    CAPTION = "caption"
    BOILERPLATE = "boilerplate"  # copyright lines, link lists, sign-offs: never checked
    REFERENCE = "reference"  # a figure of the desk's fact sheet (--reference), not copy


@dataclass(frozen=True, slots=True)
class ClaimKey:
    """What a figure measures, normalized for alignment across wordings.

    ``thing`` ("soldier", "civilian", "people"), ``event`` ("killed", "wounded",
    "fled", "casualties"), ``qualifiers`` (sorted: "russian", "military"), and the
    unit ``dimension`` ("count", "[length]", "USD", "percent"), and the ``incident``.
    """

    thing: str | None
    event: str | None
    qualifiers: tuple[str, ...] = ()
    dimension: str = "count"
    # the incident or cause named near the figure ("storm", "crash"; "incident#1" for
    # "in a separate incident" without a noun). Unknown is compatible with any
    # incident, which equality cannot say: it is left out of ==/hash (drift blocks on
    # equal keys) and compared by ``compatible``.
    incident: str | None = field(default=None, compare=False)

    def compatible(self, other: ClaimKey) -> bool:
        """Equal keys whose incidents are equal or unknown on either side."""
        if self != other:
            return False
        return self.incident is None or other.incident is None or self.incident == other.incident

    def __str__(self) -> str:
        parts = [*self.qualifiers, self.thing or "?", self.event or "?"]
        return " ".join(parts) + ("" if self.dimension == "count" else f" [{self.dimension}]")


@dataclass(frozen=True, slots=True)
class Claim:
    quantity: Quantity
    location: Location
    key: ClaimKey
    scope: Scope = Scope.BODY
    subject: str | None = None  # the measured thing as written: "Russian soldiers"
    event: str | None = None  # as written: "were killed"
    claimant: str | None = None  # "Russia's Defense Ministry"
    window: str | None = None  # normalized time scope: "last 24 hours", "first 7 days"
    place: str | None = None
    is_change: bool = False  # the number is a change ("rose 12%"), not a level
    date: dt.date | None = None  # the document's date, when known
    source: str | None = None  # the document's source name, when known
    sentence: tuple[int, int] = (0, 0)  # offsets of the sentence holding the claim
    # start offset of the figure this one is a part of ("285 injured ..., including
    # 10 children": the children's claim has part_of = start of "285")
    part_of: int | None = None
    # the day the figure is about when its clause names one ("walked out on Thursday"),
    # resolved against the document's date
    day: dt.date | None = None
    # what a figure with a unit is an amount of when no lexicon key names it: its
    # head noun (or verb frame) then sorted modifiers, ("budget", "repaving");
    # numcheck/extract/measure.py. Drift aligns otherwise unkeyed figures on it.
    measure: tuple[str, ...] = ()

    @property
    def path(self) -> str:
        return self.location.path

    def to_json(self) -> dict[str, Any]:
        """The documented ``claims`` wire form (docs/users/json.md)."""
        return {
            "quantity": self.quantity.to_json(),
            "line": self.location.line,
            "column": self.location.column,
            "key": {
                "thing": self.key.thing,
                "event": self.key.event,
                "qualifiers": list(self.key.qualifiers),
                "dimension": self.key.dimension,
                "incident": self.key.incident,
            },
            "scope": self.scope.value,
            "subject": self.subject,
            "event": self.event,
            "claimant": self.claimant,
            "window": self.window,
            "place": self.place,
            "is_change": self.is_change,
            "date": self.date.isoformat() if self.date else None,
            "source": self.source,
            "part_of": self.part_of,
            "day": self.day.isoformat() if self.day else None,
        }
