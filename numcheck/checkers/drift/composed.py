"""A composite and its part told on two days, when the part's count can fall.

The part-of relation (``[composites]``: casualties = killed + wounded, dead or missing =
killed + missing) says a whole's figure is never below its part's, and that the same
figure for both is a part told as the whole (NC403). That holds of one moment. A part
whose count can fall (people missing: measures.toml ``[cumulative]`` false) moves into
another part of its whole from day to day: "85 missing" on Monday and "85 dead or
missing" on Wednesday, when divers have found 30 of them, are both true, and so are
"40 missing" on Sunday and "31 dead or missing" on Tuesday, when nine were found alive.
Such a part is judged against its whole only when both figures are of one day. A part
that only grows (the dead) keeps its verdict on any day: the whole's figure on a later
day is never below it. A whole of one part ("jobs affected" of "jobs cut") has no other
part for its count to move into, and keeps its verdict too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from numcheck.checkers.drift.conversions import days_apart
from numcheck.checkers.drift.entries import Pair, Relation
from numcheck.checkers.drift.verdicts import Verdict
from numcheck.lexicon import Lexicon
from numcheck.text import norm

__all__ = ["falling", "joined_wholes", "moved", "unproven"]


def falling(lexicon: Lexicon | None = None) -> frozenset[str]:
    """The events measures.toml ``[cumulative]`` says can fall (flagged false)."""
    return _falling(lexicon or Lexicon.default())


@cache
def _falling(lexicon: Lexicon) -> frozenset[str]:
    flags: Mapping[str, Any] = lexicon["measures"].get("cumulative", {})
    return frozenset(norm(e) for e, on in flags.items() if on is False)


def joined_wholes(composites: Mapping[str, frozenset[str]],
                  forms: Mapping[str, frozenset[str]], links: Iterable[str]) -> frozenset[str]:
    """The composite events told only by joining words ("dead or missing", "confirmed
    and suspected cases"): every form holds a link ("or", ``[widened] links``, or
    "and")."""
    joins = {f" {link} " for link in (*links, "and")}
    return frozenset(event for event in composites if forms.get(event) and all(
        any(j in f" {form} " for j in joins) for form in forms[event]))


def unproven(pair: Pair, verdict: Verdict | None, composites: Mapping[str, frozenset[str]],
             falls: frozenset[str], joined: frozenset[str], stale_days: int,
             least: float) -> bool:
    """Whether a composite pair's NC403 stands on no evidence: two days' figures of a
    part that can fall (``moved``), or the same small figure (below ``least``) for a
    whole told only by joining its parts' words (``joined``): "four killed or missing"
    and "four killed" are both true when nobody is missing, as small counts often
    are (drift/widened.py keeps the same floor)."""
    if verdict is None or verdict.rule != "NC403" or pair.relation is not Relation.COMPOSITE:
        return False
    if moved(pair, verdict, composites, falls, stale_days):
        return True
    whole = pair.second.claim
    value = whole.quantity.value
    return (norm(whole.key.event or "") in joined and verdict.reason == "same"
            and value is not None and abs(value) < least)


def moved(pair: Pair, verdict: Verdict | None, composites: Mapping[str, frozenset[str]],
          falls: frozenset[str], stale_days: int) -> bool:
    """Whether a composite pair's NC403 compares two days' figures, the part's of an
    event that can fall (``falls``) and the whole's of two or more parts: the part's
    count may have moved into another part since, so the pair is no evidence of a part
    told as the whole."""
    if verdict is None or verdict.rule != "NC403" or pair.relation is not Relation.COMPOSITE:
        return False
    part, whole = pair.first, pair.second
    apart = days_apart(part.date, whole.date)
    if apart is None or apart < stale_days:
        return False
    parts = composites.get(norm(whole.claim.key.event or ""), frozenset())
    return len(parts) > 1 and norm(part.claim.key.event or "") in falls
