"""A day count's start told in the count's own clause, after it (NC301).

"Thursday was the fifth day of the closure the council ordered on Monday", "on the
fourth day of a search crews mounted on Sunday night": the count names its event, and
a clause on that event's noun, with a past verb and no break, gives the day it was
set going. The verb is any past form (a regular "-ed", or an irregular one of
alignment.toml's ``[aspect] past``), less ``[days] clause_not_onsets`` (words of
speech and of the end of an event: "the fifth day of a strike the union called off on
Monday" tells no start), and never one a determiner makes an adjective ("the planned").
Read only when the article writes no onset (the fallback of ``_day_kin.kin_starts``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any

from numcheck.checkers._compare import words
from numcheck.checkers._starts import Cues, Start, iso_parts, past_weekday
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

__all__ = ["clause_starts"]

_REACH = 160  # characters after a count read for its clause
# the count's unit (fillers first: "the 12th straight day of"), "of", a phrase with no
# clause break, "on" [late|early] and the day right after
_OWN = lazy_compile(
    r"(?:\s+(?:straight|consecutive|successive|full))?(?:\s+(?:day|night|week|month)s?)?"
    r"\s+of\s+(?P<phrase>[^,;:.!?()\u2013\u2014\"]{1,120}?)\s+on(?:\s+(?:late|early))?\s+",
    re.IGNORECASE,
)
_TOKEN = lazy_compile(r"[a-z][a-z'-]*")
_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "his", "her", "this", "that"))


def _past(phrase: str, pasts: frozenset[str], refused: frozenset[str]) -> bool:
    """A past verb in ``phrase`` that is no adjective and tells no speech or end."""
    tokens = _TOKEN.findall(phrase.lower())
    told = f" {' '.join(tokens)} "
    if any(f" {word} " in told for word in refused):
        return False
    return any(
        (t in pasts or (len(t) > 4 and t.endswith("ed")))
        and (i == 0 or tokens[i - 1] not in _DETERMINERS)
        for i, t in enumerate(tokens)
    )


def clause_starts(
    document: Document,
    claims: Sequence[Claim],
    counts: Sequence[Claim],
    cues: Cues,
    today: dt.date | None,
    lex: Mapping[str, Any],
    pasts: Sequence[str] = (),
) -> list[Start]:
    """The day each count's own clause gives its event ("the fifth day of the closure
    the council ordered on Monday"), a weekday or a date right after "on"."""
    if not counts:
        return []
    refused = frozenset(words(lex.get("clause_not_onsets", ()))) | frozenset(
        words(lex.get("future_cues", ())))
    known = frozenset(words(pasts)) - {"was", "were", "had", "did"}
    dates = {
        c.location.start: (c, parts)
        for c in claims
        if c.quantity.kind is Kind.DATE and (parts := iso_parts(c.quantity.iso)) is not None
    }
    found: list[Start] = []
    prose = document.prose
    for count in counts:
        lo, hi = count.sentence if count.sentence[1] > count.sentence[0] else (0, len(prose))
        end = count.location.end
        stop = min(hi, end + _REACH)
        own = _OWN.match(prose, end, stop)
        if own is None or not _past(own.group("phrase"), known, refused):
            continue
        at = own.end()
        if at in dates:
            anchor, parts = dates[at]
            found.append(Start(parts, (lo, hi), (at, anchor.location.end), True, anchor))
            continue
        day = cues.weekday.match(prose, at, stop) if cues.weekday is not None else None
        if day is None or today is None:
            continue
        name = day.group(1).lower()
        when = past_weekday(today, cues.names.index(name), day.group(0).lower() != name)
        if when is not None:
            span = (day.start(), day.end())
            found.append(Start((when.year, when.month, when.day), (lo, hi), span, True))
    return found
