"""Two wholes of one told part: "14 of its 22 wagons" and "14 of the train's 24 wagons".

A partitive tells a part and the whole it is "of" in one phrase. When two articles of
one story each tell a count of one head as the whole of a part, and the parts are the
same figure, the part is evidence of sameness no descriptor gives: the same part of
the same kind of thing is told "of" one whole at one time (the train's wagons when 14 of
them left the track; the council's members when 17 of them voted against), so the two
wholes are one figure told twice, whatever verbs each desk tells the part with and
whichever day each article tells it. Two such wholes that differ contradict (NC401).

The rule fires only on that evidence, never on words left unsaid: both parts read
from the text right next to their whole ("P of [the|its|<holder>'s] W", "Of the W ...,
P", or the places P things are spread over: "P sites in W countries"), equal, of at
least ``Alignment.sibling_min`` (a smaller figure coincides too easily), smaller than
each whole it is "of", each its article's one whole of that part (``lone_wholes``); the
wholes within ``SPREAD`` of each other, no two places, windows or years said, neither
told as its day's ("now"); never a whole counted up (a toll, cases: ``verdicts``
compares those as running counts) nor one of a rolling window, and no two named days
(``Entry.moment``).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import cache

from numcheck.checkers.drift.entries import Entry
from numcheck.claims import Claim
from numcheck.lazyre import lazy_compile
from numcheck.lexicon import Lexicon
from numcheck.quantity import Kind
from numcheck.text import norm

__all__ = ["IN", "OF", "SPREAD", "lone_wholes", "one_whole", "told_part"]

_REACH = 80  # characters read before a whole (or after it, to its clause's comma)
_DIGITS = r"\d[\d,]*(?:\.\d+)?"
_OWNER = r"(?:(?:the|its|their|his|her|our)\s+)?(?:(?:[A-Z][\w-]*\s+){0,2}[\w-]+['’]s?\s+)?"
# "14 of its 22", "Nine of the school's 31", "21 of Rovers' 33", "400 out of the 2,300"
_BEFORE = lazy_compile(rf"(?:^|[^\w,.])(?P<part>{_DIGITS}|[A-Za-z]+)\s+(?:out\s+)?of\s+"
                     rf"{_OWNER}$")
# "214 sites in 16 countries", "340 homes across 12 villages", "1,200 drivers at 14
# depots": the things the part counts spread over the whole's places (``IN``)
_SPREAD_OVER = lazy_compile(rf"(?:^|[^\w,.])(?P<part>{_DIGITS}|[A-Za-z]+)\s+(?:[a-z][\w-]*\s+)"
                          r"{1,3}(?:in|across|at)\s+$")
# "Of the 44 defendants, 31 were convicted": the whole opens its clause, the part follows
_OPENS = lazy_compile(rf"(?:^|[.;:]\s+|\A\s*)[Oo]f\s+{_OWNER}$")
_AFTER = lazy_compile(rf"[^,;.\d]{{0,{_REACH}}},\s+(?:(?:some|about|around|nearly|almost)\s+)?"
                    rf"(?P<part>{_DIGITS}|[A-Za-z]+)\b")
_YEAR = lazy_compile(r"(?:19|20)\d\d")
_TOKEN = lazy_compile(r"[a-z]+")
SPREAD = 2.0  # wholes told of one part differ by a digit or a rounding, not a holder
# words that tell a whole as its day's, right after its noun
_UPDATES = frozenset({"now", "currently", "latest", "today"})
_UPDATE_PHRASES = frozenset({("so", "far"), ("to", "date")})


@cache
def _numerals() -> Mapping[str, float]:
    """Number words of numbers.toml (``[units]``, ``[tens]``): "fourteen" -> 14."""
    numbers = Lexicon.default()["numbers"]
    return {norm(str(w)): float(v) for name in ("units", "tens")
            for w, v in numbers.get(name, {}).items() if isinstance(v, int | float)}


def _value(word: str) -> float | None:
    if word[0].isdigit():
        try:
            return float(word.replace(",", ""))
        except ValueError:
            return None
    return _numerals().get(word.lower())


OF = "of"  # a partitive's whole: "14 of its 22 wagons"
IN = "in"  # the places a count is spread over: "214 sites in 16 countries"


def told_part(claim: Claim, text: str | None) -> tuple[str, float] | None:
    """The part told right next to a count as its whole, and how (``OF``: "14 of its 22
    wagons" -> ("of", 14) for the 22; ``IN``: "214 sites in 16 countries" -> ("in",
    214) for the 16), or None."""
    if text is None or claim.quantity.kind is not Kind.COUNT:
        return None
    start, end = claim.sentence
    if end <= start:
        return None
    before = text[max(start, claim.location.start - _REACH):claim.location.start]
    for how, pattern in ((OF, _BEFORE), (IN, _SPREAD_OVER)):
        match = pattern.search(before)
        if match is not None:
            return _told(how, match.group("part"))
    if _OPENS.search(text[start:claim.location.start]) is None:
        return None
    after = _AFTER.match(text, claim.location.end, min(end, claim.location.end + _REACH))
    return _told(OF, after.group("part")) if after is not None else None


def _told(how: str, word: str) -> tuple[str, float] | None:
    value = _value(word)
    return None if value is None else (how, value)


def one_whole(first: Entry, second: Entry, texts: Mapping[str, str], least: float) -> bool:
    """Whether two counts of two articles are the wholes of one told part
    (``Entry.of_part``, kept by ``lone_wholes`` only for an article's one whole of that
    part) of at least ``least`` (``Alignment.sibling_min``: a smaller figure told twice
    may be chance, "four of its 12 tankers" and "four of its 16 tankers"), the module's
    rule less what only the judge knows: whether the whole is counted up."""
    a, b = first.claim, second.claim
    if a.location.path == b.location.path or a.quantity.kind is not Kind.COUNT:
        return False
    told = first.of_part
    if told is None or told[1] < least or told != second.of_part:
        return False
    how, part = told
    if how == OF and (part >= a.quantity.hard.low or part >= b.quantity.hard.low):
        return False  # a part is smaller than its whole
    low = min(a.quantity.hard.low, b.quantity.hard.low)
    if max(a.quantity.hard.high, b.quantity.hard.high) > SPREAD * low:
        return False  # a group's stores and one chain's: two holders' wholes
    if norm(a.place or "") != norm(b.place or ""):
        return False  # "12 of the 40 schools in Kesby", "12 of the county's 230 schools"
    if norm(a.window or "") != norm(b.window or ""):
        return False
    if _updated(a, texts) or _updated(b, texts):
        return False  # "412 of the 1,300 members now on the roll": the whole's day's
    return _years(a, texts) == _years(b, texts)


def _updated(claim: Claim, texts: Mapping[str, str]) -> bool:
    """Whether the words around a whole and its part tell them as their day's: "now",
    "so far" among the six words before the whole or the three after it ("1,300
    members now on the roll", "There are now 140 cases in 15 districts")."""
    text = texts.get(claim.location.path, "")
    start, end = claim.sentence
    before = _TOKEN.findall(text[max(start, claim.location.start - _REACH):
                                 claim.location.start].lower())[-6:]
    after = _TOKEN.findall(text[claim.location.end:min(end, claim.location.end + 40)]
                           .lower())[:3]
    words = before + after
    return bool(set(words) & _UPDATES) or any(
        tuple(words[i:i + 2]) in _UPDATE_PHRASES for i in range(len(words) - 1))


def _years(claim: Claim, texts: Mapping[str, str]) -> frozenset[str]:
    """The years its sentence names ("in 2025"): two wholes of two years are two."""
    start, end = claim.sentence
    return frozenset(_YEAR.findall(texts.get(claim.location.path, "")[start:end]))


def lone_wholes(windows: Iterable[list[Entry]]) -> None:
    """Keep a whole's told part (``Entry.of_part``) only when its article gives no other
    figure of its block told with the same part: "closed 30 of its 430 beds" beside "a
    neighbouring trust has closed 30 of its 610 beds" are two holders' wholes, and which
    one another article retells is not known (as ``aspect.lone_facts``)."""
    groups = list(windows)
    values: dict[tuple[str, tuple[str, float]], set[tuple[float, float]]] = defaultdict(set)
    for entries in groups:
        for e in entries:
            if e.of_part is not None:
                values[(e.claim.location.path, e.of_part)].add((e.hard.low, e.hard.high))
    for entries in groups:
        entries[:] = [dataclasses.replace(e, of_part=None)
                      if e.of_part is not None
                      and len(values[(e.claim.location.path, e.of_part)]) > 1 else e
                      for e in entries]
