"""A multiplier verb read as the factor of a change ("nearly doubled" as about 2, its
hedge read by the public parser), split from numcheck/checkers/_levels.py (which binds
it to a level pair)."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from numcheck.checkers._compare import sentence_of, squash
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.findings import Location
from numcheck.quantity import Bound, Kind, Quantity

if TYPE_CHECKING:
    from numcheck.checkers._levels import LevelCues


def factor(document: Document, anchor: Claim, m: re.Match[str], cues: LevelCues) -> Claim | None:
    """ "nearly doubled" as a claim of the factor (2) with its hedge, at the cue's words.

    The public parser reads the hedge before the verb ("nearly 2"), so a hedge means
    what it means anywhere; the factor's interval is that hedge's reading with the
    relative tolerance alone (a factor has no rounding: "doubled" is about 2, +-10%)."""
    from numcheck import parse as parse_text
    from numcheck.parsing import DEFAULT_TOLERANCE
    from numcheck.parsing.bounds import hedged

    word = squash(m.group()).lower()
    factor = cues.factors.get(word) or cues.comparisons[word]
    lead_start = max(sentence_of(document, anchor)[0], m.start() - 30)
    lead = document.prose[lead_start : m.start()]
    read = [q for q in parse_text(lead + "2") if q.end == len(lead) + 1]
    if not read or read[0].value is None:
        return None
    q = read[0]
    key = _HEDGE_KEYS.get(q.bound, "approx")
    if factor < 1:  # "nearly halved" cut nearly half: the factor is just over 0.5
        key = _MIRRORED.get(key, key)
    hard, soft = hedged(factor, 0.0001, key, DEFAULT_TOLERANCE)
    factor_q = dataclasses.replace(q, value=factor, hard=hard, soft=soft, granularity=None)
    return _at(document, anchor, factor_q, lead_start + q.start, m.end())


# how a hedge bounds a factor (numcheck/parsing/bounds.py keys); a bare verb is "about"
_HEDGE_KEYS = {
    Bound.APPROX: "approx",
    Bound.BELOW: "below",
    Bound.ABOVE: "above",
    Bound.GT: "gt",
    Bound.GE: "ge",
    Bound.LT: "lt",
    Bound.LE: "le",
}


# a hedge on a shrinking factor bounds the cut, not what is left ("more than halved" is
# under 0.5), so its direction turns round
_MIRRORED = {"below": "above", "above": "below", "gt": "lt", "lt": "gt", "ge": "le", "le": "ge"}


def _at(document: Document, anchor: Claim, q: Quantity, start: int, end: int) -> Claim:
    line, column = document.position(start)
    end_line, end_column = document.position(end)
    text = document.text[start:end]
    quantity = dataclasses.replace(q, start=start, end=end, text=text, kind=Kind.RATIO)
    location = Location(anchor.path, start, end, line, column, end_line, end_column, text)
    return dataclasses.replace(
        anchor, quantity=quantity, location=location, subject=None, event=None, is_change=True
    )
